import type { Readable } from 'node:stream';

/** Where photo bytes live. Keys are chosen by the service (never a resident's file name). */
export interface PhotoStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The stored bytes as a stream, or null when nothing is stored under the key. */
  open(key: string): Promise<Readable | null>;
  remove(key: string): Promise<void>;
}

export const PHOTO_STORAGE = Symbol('PHOTO_STORAGE');
