import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { conflict, invalidField, notFound, wrongStage } from '@shangliang/http';
import { OPEN_STAGES } from '../duplicates/duplicate-finder';
import { detectPhotoType, MAX_PHOTO_BYTES, PHOTO_EXTENSIONS, type PhotoContentType } from './photo-content';
import { stripPhotoMetadata, UnreadablePhotoError } from './photo-metadata';
import { PHOTO_STORAGE, type PhotoStorage } from './photo-storage.port';
import { PhotoRepository, uploaderDigest } from './photo.repository';

/** Enough to show the place; more turns the public upload into free file hosting. */
export const MAX_PHOTOS_PER_PROBLEM = 5;

export interface UploadedPhoto {
  buffer: Buffer;
  size: number;
}

/**
 * A resident adds a photo to their problem, by its tracking code. The bytes are checked (type by
 * magic bytes, size), cleared of metadata, stored first and recorded second, so a row never
 * points at nothing.
 */
@Injectable()
export class AttachPhotoUseCase {
  private readonly logger = new Logger(AttachPhotoUseCase.name);

  constructor(
    private readonly photos: PhotoRepository,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  async execute(trackingCode: string, file: UploadedPhoto | undefined) {
    const { buffer, contentType } = checkPhoto(file);
    const code = trackingCode.trim().toUpperCase();
    const problem = await this.photos.problemByTrackingCode(code);
    if (!problem) throw notFound('problem');
    if (!OPEN_STAGES.includes(problem.stage) || problem.mergedIntoId) throw wrongStage('photos can be added to open problems only');
    const full = () => conflict(`a problem can have at most ${MAX_PHOTOS_PER_PROBLEM} photos`);
    const id = randomUUID();
    const storageKey = `problems/${problem.id}/${id}.${PHOTO_EXTENSIONS[contentType]}`;
    await this.storage.put(storageKey, buffer, contentType);
    let row;
    try {
      row = await this.photos.createWithinCap({ id, problemId: problem.id, storageKey, contentType, size: buffer.length, uploaderDigest: uploaderDigest(code) }, MAX_PHOTOS_PER_PROBLEM);
    } catch (error) {
      await this.removeObject(storageKey);
      throw error;
    }
    if (!row) {
      await this.removeObject(storageKey);
      throw full();
    }
    return { id: row.id, contentType: row.contentType, size: row.size, createdAt: row.createdAt.toISOString() };
  }

  private async removeObject(storageKey: string): Promise<void> {
    await this.storage.remove(storageKey).catch(() => this.logger.warn(`orphaned photo object ${storageKey}`));
  }
}

/**
 * The photo's real type and its bytes without metadata (photos are public; see
 * `stripPhotoMetadata`); a 400 naming `photo` when it is missing, too big, not an image or
 * damaged.
 */
export function checkPhoto(file: UploadedPhoto | undefined): { buffer: Buffer; contentType: PhotoContentType } {
  if (!file || file.buffer.length === 0) throw invalidField('photo', 'attach an image file in the multipart field "photo"');
  if (file.buffer.length > MAX_PHOTO_BYTES) throw invalidField('photo', 'must be at most 5 MB');
  const type = detectPhotoType(file.buffer);
  if (!type) throw invalidField('photo', 'must be a JPEG, PNG or WebP image');
  try {
    return { buffer: stripPhotoMetadata(file.buffer, type), contentType: type };
  } catch (error) {
    if (error instanceof UnreadablePhotoError) throw invalidField('photo', `${error.message} (is the file damaged?)`);
    throw error;
  }
}
