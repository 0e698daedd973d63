import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import type { S3PhotoConfig } from './photo.config';
import type { PhotoStorage } from './photo-storage.port';

/** The part of the S3 client this adapter uses, so tests can hand it a fake. */
export interface S3Sender {
  send(command: PutObjectCommand | GetObjectCommand | DeleteObjectCommand): Promise<unknown>;
}

export function createS3Client(config: S3PhotoConfig): S3Client {
  return new S3Client({ endpoint: config.endpoint, region: config.region, credentials: config.credentials, forcePathStyle: config.forcePathStyle });
}

/** Photos as objects in an S3-compatible bucket (MinIO, Ceph, a cloud store). */
export class S3PhotoStorage implements PhotoStorage {
  constructor(
    private readonly client: S3Sender,
    private readonly bucket: string,
  ) {}

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType, ContentLength: body.length }));
  }

  async open(key: string): Promise<Readable | null> {
    try {
      const result = (await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }))) as { Body?: unknown };
      return result.Body instanceof Readable ? result.Body : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

function isMissing(error: unknown): boolean {
  if (error instanceof NoSuchKey) return true;
  return error instanceof S3ServiceException && error.$metadata?.httpStatusCode === 404;
}
