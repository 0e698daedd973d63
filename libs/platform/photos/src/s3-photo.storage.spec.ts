import { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';
import { S3PhotoStorage, type S3Sender } from './s3-photo.storage';

/** An in-memory bucket answering the three commands the adapter sends. */
function fakeBucket(): S3Sender & { objects: Map<string, { body: Buffer; contentType?: string }> } {
  const objects = new Map<string, { body: Buffer; contentType?: string }>();
  return {
    objects,
    async send(command) {
      const { Bucket, Key } = command.input;
      const id = `${Bucket}/${Key}`;
      if (command instanceof PutObjectCommand) {
        objects.set(id, { body: command.input.Body as Buffer, contentType: command.input.ContentType });
        return {};
      }
      if (command instanceof GetObjectCommand) {
        const object = objects.get(id);
        if (!object) throw new NoSuchKey({ message: 'missing', $metadata: { httpStatusCode: 404 } });
        return { Body: Readable.from([object.body]) };
      }
      if (command instanceof DeleteObjectCommand) objects.delete(id);
      return {};
    },
  };
}

describe('S3 photo storage', () => {
  it('puts objects with their content type into the bucket and reads them back', async () => {
    const bucket = fakeBucket();
    const storage = new S3PhotoStorage(bucket, 'photos');
    await storage.put('problems/p1/a.png', Buffer.from([9, 8]), 'image/png');
    expect(bucket.objects.get('photos/problems/p1/a.png')).toEqual({ body: Buffer.from([9, 8]), contentType: 'image/png' });
    const chunks: Buffer[] = [];
    for await (const chunk of (await storage.open('problems/p1/a.png'))!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from([9, 8]));
  });

  it('answers null for a missing object and removes objects', async () => {
    const bucket = fakeBucket();
    const storage = new S3PhotoStorage(bucket, 'photos');
    expect(await storage.open('nothing.jpg')).toBeNull();
    await storage.put('k.jpg', Buffer.from([1]), 'image/jpeg');
    await storage.remove('k.jpg');
    expect(bucket.objects.size).toBe(0);
  });
});
