import { invalidField } from '@shangliang/http';
import { detectPhotoType, MAX_PHOTO_BYTES, type PhotoContentType } from './photo-content';
import { stripPhotoMetadata, UnreadablePhotoError } from './photo-metadata';

export interface UploadedPhoto {
  buffer: Buffer;
  size: number;
}

/**
 * The photo's real type and its bytes without metadata (photos are shown to others; see
 * `stripPhotoMetadata`); a 400 naming `field` when it is missing, too big, not an image or
 * damaged.
 */
export function checkPhoto(file: UploadedPhoto | undefined, field = 'photo'): { buffer: Buffer; contentType: PhotoContentType } {
  if (!file || file.buffer.length === 0) throw invalidField(field, `attach an image file in the multipart field "${field}"`);
  if (file.buffer.length > MAX_PHOTO_BYTES) throw invalidField(field, 'must be at most 5 MB');
  const type = detectPhotoType(file.buffer);
  if (!type) throw invalidField(field, 'must be a JPEG, PNG or WebP image');
  try {
    return { buffer: stripPhotoMetadata(file.buffer, type), contentType: type };
  } catch (error) {
    if (error instanceof UnreadablePhotoError) throw invalidField(field, `${error.message} (is the file damaged?)`);
    throw error;
  }
}
