import { detectPhotoType } from './photo-content';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => Array.from(Buffer.from(s, 'latin1'));

describe('photo type by magic bytes', () => {
  it('recognises JPEG, PNG and WebP by their signatures', () => {
    expect(detectPhotoType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(detectPhotoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe('image/png');
    expect(detectPhotoType(bytes(...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WEBPVP8 ')))).toBe('image/webp');
  });

  it('refuses other files whatever they are called', () => {
    expect(detectPhotoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectPhotoType(Buffer.from('GIF89a......'))).toBeNull();
    expect(detectPhotoType(bytes(...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WAVE')))).toBeNull();
    expect(detectPhotoType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectPhotoType(new Uint8Array())).toBeNull();
  });
});
