import { ConfigError, loadConfig } from '@shangliang/config';
import { photoConfigFrom, photoEnv } from './photo.config';

const config = (env: Record<string, string>) => photoConfigFrom(loadConfig(photoEnv, env), '/srv/shangliang');

describe('photo storage configuration', () => {
  it('keeps photos in <VAR_DIR>/photos by default', () => {
    expect(config({})).toEqual({ storage: 'local', dir: '/srv/shangliang/var/dev/photos' });
    expect(config({ VAR_DIR: 'var/h2' })).toEqual({ storage: 'local', dir: '/srv/shangliang/var/h2/photos' });
    expect(config({ PHOTO_DIR: '/data/photos' })).toEqual({ storage: 'local', dir: '/data/photos' });
  });

  it('configures an S3-compatible store with path-style addressing', () => {
    expect(
      config({ PHOTO_STORAGE: 's3', S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'photos', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret' }),
    ).toEqual({
      storage: 's3',
      s3: { endpoint: 'http://minio:9000', bucket: 'photos', region: 'us-east-1', credentials: { accessKeyId: 'id', secretAccessKey: 'secret' }, forcePathStyle: true },
    });
  });

  it('stops the boot when S3 lacks its bucket or half of its keys', () => {
    expect(() => config({ PHOTO_STORAGE: 's3' })).toThrow(ConfigError);
    expect(() => config({ PHOTO_STORAGE: 's3' })).toThrow(/S3_BUCKET/);
    expect(() => config({ PHOTO_STORAGE: 's3', S3_BUCKET: 'photos', S3_ACCESS_KEY_ID: 'id' })).toThrow(/S3_SECRET_ACCESS_KEY/);
  });
});
