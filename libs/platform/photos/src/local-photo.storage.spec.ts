import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { LocalPhotoStorage } from './local-photo.storage';

describe('local photo storage', () => {
  let root: string;
  let storage: LocalPhotoStorage;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'photos-'));
    storage = new LocalPhotoStorage(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('stores, streams back and removes a photo under its key', async () => {
    await storage.put('problems/p1/a.jpg', Buffer.from([1, 2, 3]));
    expect(await buffer((await storage.open('problems/p1/a.jpg'))!)).toEqual(Buffer.from([1, 2, 3]));
    await storage.remove('problems/p1/a.jpg');
    expect(await storage.open('problems/p1/a.jpg')).toBeNull();
  });

  it('finds nothing under an unknown key', async () => {
    expect(await storage.open('problems/none.jpg')).toBeNull();
  });

  it('never reaches outside its folder', async () => {
    await expect(storage.put('../escape.jpg', Buffer.from([1]))).rejects.toThrow(/outside/);
  });
});
