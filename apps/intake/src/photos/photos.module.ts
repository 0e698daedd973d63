import { type DynamicModule, Module } from '@nestjs/common';
import { AttachPhotoUseCase } from './attach-photo.usecase';
import { PHOTO_STORAGE, photoStorageFor, type PhotoConfig } from '@shangliang/photos';
import { PhotoRepository } from './photo.repository';
import { PhotosController } from './photos.controller';
import { ReadPhotoUseCase } from './read-photo.usecase';

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
