import { type DynamicModule, Module } from '@nestjs/common';
import { AttachPhotoUseCase } from './attach-photo.usecase';
import { LocalPhotoStorage } from './local-photo.storage';
import type { PhotoConfig } from './photo.config';
import { PhotoRepository } from './photo.repository';
import { PHOTO_STORAGE, type PhotoStorage } from './photo-storage.port';
import { PhotosController } from './photos.controller';
import { ReadPhotoUseCase } from './read-photo.usecase';
import { createS3Client, S3PhotoStorage } from './s3-photo.storage';

/** Residents' photos of their problems, kept outside the database. */
@Module({})
export class PhotosModule {
  static forRoot(config: PhotoConfig): DynamicModule {
    return {
      module: PhotosModule,
      controllers: [PhotosController],
      providers: [{ provide: PHOTO_STORAGE, useFactory: () => photoStorageFor(config) }, PhotoRepository, AttachPhotoUseCase, ReadPhotoUseCase],
    };
  }
}

export function photoStorageFor(config: PhotoConfig): PhotoStorage {
  return config.storage === 'local' ? new LocalPhotoStorage(config.dir) : new S3PhotoStorage(createS3Client(config.s3), config.s3.bucket);
}
