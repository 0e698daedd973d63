import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ApiExceptionFilter } from '@shangliang/http';
import { AttachPhotoUseCase, MAX_PHOTOS_PER_PROBLEM } from './attach-photo.usecase';
import { PhotoRepository, type PhotoRecord } from './photo.repository';
import { MAX_PHOTO_BYTES, PHOTO_STORAGE, type PhotoStorage } from '@shangliang/photos';
import { PhotosController } from './photos.controller';
import { ReadPhotoUseCase } from './read-photo.usecase';
import { PublicIntakeRateLimitGuard } from '../rate-limits/rate-limit.guard';

const segment = (marker: number, body: Buffer) => Buffer.concat([Buffer.from([0xff, marker, 0, body.length + 2]), body]);
/** A JPEG's structure: SOI, JFIF, a quantisation table, one scan, EOI. */
const JPEG_HEAD = Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')), segment(0xdb, Buffer.alloc(65, 1))]);
const JPEG_SCAN = Buffer.concat([segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])), Buffer.alloc(64, 7), Buffer.from([0xff, 0xd9])]);
const JPEG = Buffer.concat([JPEG_HEAD, JPEG_SCAN]);
/** The same picture as a phone saves it: EXIF with the device and where it was taken. */
const PHONE_JPEG = Buffer.concat([JPEG_HEAD, segment(0xe1, Buffer.from('Exif\0\0MM\0*\0\0\0\x08\0\0Apple iPhone GPS 30.2741N 120.1551E', 'latin1')), JPEG_SCAN]);

class MemoryStorage implements PhotoStorage {
  readonly objects = new Map<string, Buffer>();
  async put(key: string, body: Buffer) {
    this.objects.set(key, body);
  }
  async open(key: string) {
    const body = this.objects.get(key);
    return body ? Readable.from([body]) : null;
  }
  async remove(key: string) {
    this.objects.delete(key);
  }
}

class MemoryPhotos implements Pick<PhotoRepository, keyof PhotoRepository> {
  readonly problems = new Map([
    ['OPEN0001', { id: randomUUID(), stage: 'screening', mergedIntoId: null, ownCode: true }],
    ['DONE0001', { id: randomUUID(), stage: 'archived', mergedIntoId: null, ownCode: true }],
  ]);
  readonly rows: PhotoRecord[] = [];
  async problemByTrackingCode(code: string) {
    return this.problems.get(code) ?? null;
  }
  async createWithinCap(photo: Omit<PhotoRecord, 'createdAt'>, cap: number) {
    if (this.rows.filter((r) => r.problemId === photo.problemId).length >= cap) return null;
    const row = { ...photo, createdAt: new Date() };
    this.rows.push(row);
    return row;
  }
  async findById(id: string) {
    return this.rows.find((r) => r.id === id) ?? null;
  }
  async listForCode(problemId: string) {
    return this.rows.filter((r) => r.problemId === problemId);
  }
}

describe('public photo endpoints', () => {
  let app: INestApplication;
  let base: string;
  let storage: MemoryStorage;
  let photos: MemoryPhotos;

  beforeEach(async () => {
    storage = new MemoryStorage();
    photos = new MemoryPhotos();
    const moduleRef = await Test.createTestingModule({
      controllers: [PhotosController],
      providers: [AttachPhotoUseCase, ReadPhotoUseCase, { provide: PhotoRepository, useValue: photos }, { provide: PHOTO_STORAGE, useValue: storage }],
    })
      // Rate limits are Redis-backed and tested on their own.
      .overrideGuard(PublicIntakeRateLimitGuard)
      .useValue({ canActivate: () => true })
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalFilters(new ApiExceptionFilter());
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });
  afterEach(() => app.close());

  const upload = (code: string, body: Blob | null, field = 'photo', name = 'IMG_2041 张三家门口.jpg') => {
    const form = new FormData();
    if (body) form.append(field, body, name);
    return fetch(`${base}/public/problems/${code}/photos`, { method: 'POST', body: form });
  };

  it('stores a JPEG outside the database, under a key of its own making, and streams it back', async () => {
    const res = await upload('open0001', new Blob([JPEG], { type: 'image/jpeg' }));
    expect(res.status).toBe(201);
    const photo = (await res.json()) as { id: string; contentType: string; size: number };
    expect(photo).toMatchObject({ contentType: 'image/jpeg', size: JPEG.length });
    const [key] = [...storage.objects.keys()];
    expect(key).toBe(`problems/${photos.problems.get('OPEN0001')!.id}/${photo.id}.jpg`);

    const shown = await fetch(`${base}/public/photos/${photo.id}`);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-type')).toBe('image/jpeg');
    expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await shown.arrayBuffer())).toEqual(JPEG);

    const listed = await (await fetch(`${base}/public/problems/OPEN0001/photos`)).json();
    expect(listed).toEqual([expect.objectContaining({ id: photo.id, url: `/public/photos/${photo.id}` })]);
  });

  it('removes where and with what a photo was taken before storing it, so the public copy does not tell', async () => {
    const res = await upload('OPEN0001', new Blob([PHONE_JPEG], { type: 'image/jpeg' }));
    expect(res.status).toBe(201);
    const photo = (await res.json()) as { id: string; size: number };
    const [stored] = [...storage.objects.values()];
    expect(stored).toEqual(JPEG);
    expect(photo.size).toBe(JPEG.length);
    const shown = Buffer.from(await (await fetch(`${base}/public/photos/${photo.id}`)).arrayBuffer());
    expect(shown.includes(Buffer.from('GPS'))).toBe(false);
    expect(shown.includes(Buffer.from('iPhone'))).toBe(false);
  });

  it.each([
    ['a damaged JPEG', new Blob([JPEG.subarray(0, JPEG_HEAD.length - 10)], { type: 'image/jpeg' }), 'photo'],
    ['a file posing as an image', new Blob(['<script>alert(1)</script>'], { type: 'image/png' }), 'photo'],
    ['no file at all', null, 'photo'],
    ['a file in another field', new Blob([JPEG], { type: 'image/jpeg' }), 'picture'],
    ['a file over 5 MB', new Blob([JPEG, Buffer.alloc(MAX_PHOTO_BYTES)], { type: 'image/jpeg' }), 'photo'],
  ])('answers 400 naming photo for %s', async (_what, body, field) => {
    const res = await upload('OPEN0001', body, field);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'validation_failed', fields: [{ field: 'photo', message: expect.any(String) }] });
    expect(storage.objects.size).toBe(0);
  });

  it('answers 404 for an unknown tracking code and 409 for a closed problem', async () => {
    expect((await upload('NOPE0000', new Blob([JPEG]))).status).toBe(404);
    expect((await upload('DONE0001', new Blob([JPEG]))).status).toBe(409);
  });

  it(`takes at most ${MAX_PHOTOS_PER_PROBLEM} photos per problem`, async () => {
    for (let i = 0; i < MAX_PHOTOS_PER_PROBLEM; i++) expect((await upload('OPEN0001', new Blob([JPEG]))).status).toBe(201);
    expect((await upload('OPEN0001', new Blob([JPEG]))).status).toBe(409);
  });

  it('answers 404 for an unknown photo and 400 for a malformed id', async () => {
    expect((await fetch(`${base}/public/photos/${randomUUID()}`)).status).toBe(404);
    expect((await fetch(`${base}/public/photos/not-a-uuid`)).status).toBe(400);
  });

  it('removes the stored bytes when the row cannot be written', async () => {
    jest.spyOn(photos, 'createWithinCap').mockRejectedValueOnce(new Error('database down'));
    expect((await upload('OPEN0001', new Blob([JPEG]))).status).toBe(500);
    expect(storage.objects.size).toBe(0);
  });
});
