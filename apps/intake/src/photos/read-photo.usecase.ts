import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '@shangliang/http';
import { PHOTO_STORAGE, type PhotoStorage } from '@shangliang/photos';
import { PhotoRepository } from './photo.repository';

/** A photo's bytes for display, and the list of a problem's photos for its tracking page. */
@Injectable()
export class ReadPhotoUseCase {
  constructor(
    private readonly photos: PhotoRepository,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  async open(id: string) {
    const photo = await this.photos.findById(id);
    if (!photo) throw notFound('photo');
    const stream = await this.storage.open(photo.storageKey);
    if (!stream) throw notFound('photo');
    return { stream, contentType: photo.contentType, size: photo.size };
  }

  async listByTrackingCode(trackingCode: string) {
    const code = trackingCode.trim().toUpperCase();
    const problem = await this.photos.problemByTrackingCode(code);
    if (!problem) throw notFound('problem');
    // Each resident sees the photos they added: another resident's may show their home or face.
    const rows = await this.photos.listForCode(problem.id, code, problem.ownCode);
    return rows.map((p) => ({ id: p.id, contentType: p.contentType, size: p.size, createdAt: p.createdAt.toISOString(), url: `/public/photos/${p.id}` }));
  }
}
