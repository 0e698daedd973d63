import { LocalPhotoStorage } from './local-photo.storage';
import type { PhotoConfig } from './photo.config';
import type { PhotoStorage } from './photo-storage.port';
import { createS3Client, S3PhotoStorage } from './s3-photo.storage';

/** The storage the configuration names: a local folder, or an S3-compatible bucket. */
export function photoStorageFor(config: PhotoConfig): PhotoStorage {
  return config.storage === 'local' ? new LocalPhotoStorage(config.dir) : new S3PhotoStorage(createS3Client(config.s3), config.s3.bucket);
}
