import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { booleanFlag, ConfigError } from '@shangliang/config';

/**
 * Where residents' photos are kept: outside the database, in a local folder by default or in
 * any S3-compatible object store (MinIO, Ceph, a cloud bucket) by configuration.
 */
export const photoEnv = z.object({
  PHOTO_STORAGE: z.enum(['local', 's3']).default('local'),
  /** Folder of the local adapter; defaults to <VAR_DIR>/photos. */
  PHOTO_DIR: z.string().min(1).optional(),
  VAR_DIR: z.string().min(1).default('var/dev'),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style addressing (endpoint/bucket/key), which self-hosted stores expect. */
  S3_FORCE_PATH_STYLE: booleanFlag.default(true),
});
export type PhotoEnv = z.infer<typeof photoEnv>;

export interface S3PhotoConfig {
  endpoint?: string;
  bucket: string;
  region: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  forcePathStyle: boolean;
}

export type PhotoConfig = { storage: 'local'; dir: string } | { storage: 's3'; s3: S3PhotoConfig };

/** The photo settings; an S3 configuration missing its bucket or half its keys stops the boot. */
export function photoConfigFrom(env: PhotoEnv, cwd: string = process.cwd()): PhotoConfig {
  if (env.PHOTO_STORAGE === 'local') {
    const dir = env.PHOTO_DIR ?? join(env.VAR_DIR, 'photos');
    return { storage: 'local', dir: isAbsolute(dir) ? dir : resolve(cwd, dir) };
  }
  const issues: string[] = [];
  if (!env.S3_BUCKET) issues.push('S3_BUCKET: required when PHOTO_STORAGE=s3');
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    issues.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: give both or neither (neither uses the default credential chain)');
  }
  if (!env.S3_BUCKET || issues.length) throw new ConfigError(issues);
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined;
  return {
    storage: 's3',
    s3: { endpoint: env.S3_ENDPOINT, bucket: env.S3_BUCKET, region: env.S3_REGION, credentials, forcePathStyle: env.S3_FORCE_PATH_STYLE },
  };
}
