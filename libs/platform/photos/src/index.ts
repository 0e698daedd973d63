// Photos kept outside the database (residents' photos of problems, departments' evidence):
// type by magic bytes, metadata stripped, stored in a local folder or an S3-compatible bucket.
export * from './check-photo';
export * from './photo-content';
export * from './photo-metadata';
export * from './photo-storage.port';
export * from './photo-storage.factory';
export * from './local-photo.storage';
export * from './s3-photo.storage';
export * from './photo.config';
export * from './photo-upload.filter';
