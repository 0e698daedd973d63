import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { conflict, notFound, wrongStage } from '@shangliang/http';
import { checkPhoto, PHOTO_EXTENSIONS, PHOTO_STORAGE, type PhotoStorage, type UploadedPhoto } from '@shangliang/photos';
import { OPEN_STAGES } from '../duplicates/duplicate-finder';
import { PhotoRepository, uploaderDigest } from './photo.repository';

/** Enough to show the place; more turns the public upload into free file hosting. */
export const MAX_PHOTOS_PER_PROBLEM = 5;

export type { UploadedPhoto };

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
