import { exifOrientation, stripPhotoMetadata } from './photo-metadata';

/**
 * Real images (4×2 pixels, encoded by Chromium), into which the tests write the metadata a phone
 * or an editor adds. The clean JPEG decodes in Chromium, and so does each stripped result.
 */
const CLEAN_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAQDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAZEAEAAgMAAAAAAAAAAAAAAAAAAgQzgbH/xAAVAQEBAAAAAAAAAAAAAAAAAAABBv/EABoRAAAHAAAAAAAAAAAAAAAAAAABAgQzcbH/2gAMAwEAAhEDEQA/AI+znlrgCoawIosA5mXZ6P/Z',
  'base64',
);
const CLEAN_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAYAAAB/qH1jAAAAGElEQVR4AWI6w8DwH4QZGM78B2EmBjQAAAAA//+de3JTAAAABklEQVQDALMIBzGpKU1fAAAAAElFTkSuQmCC',
  'base64',
);
/** The VP8 bitstream chunk of a lossy 4×2 WebP. */
const VP8_CHUNK = Buffer.from('VlA4ICwAAACQAQCdASoEAAIAAsBMJaACdLoAA5gA/vA4Q+K31A0U3/1aH/q0P/VofrcAAA==', 'base64');

/** What must never survive: a position, a device, a name. */
const SECRETS = ['GPS', 'Apple', 'iPhone', '王小红', '30.2741', 'Wang'];
const expectNoSecrets = (bytes: Buffer) => {
  for (const secret of SECRETS) expect(bytes.includes(Buffer.from(secret))).toBe(false);
};

// --- JPEG building blocks

const segment = (marker: number, body: Buffer) => {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([header, body]);
};

/** An EXIF TIFF block as a phone writes it: make, model, orientation and a GPS IFD. */
function exifTiff(orientation: number, order: 'II' | 'MM'): Buffer {
  const b = Buffer.alloc(160);
  const u16 = (v: number, at: number) => (order === 'II' ? b.writeUInt16LE(v, at) : b.writeUInt16BE(v, at));
  const u32 = (v: number, at: number) => (order === 'II' ? b.writeUInt32LE(v, at) : b.writeUInt32BE(v, at));
  b.write(order, 0, 'latin1');
  u16(42, 2);
  u32(8, 4);
  u16(4, 8);
  const entry = (i: number, tag: number, type: number, count: number, value: number) => {
    const at = 10 + i * 12;
    u16(tag, at);
    u16(type, at + 2);
    u32(count, at + 4);
    if (type === 3 && count === 1) u16(value, at + 8);
    else u32(value, at + 8);
  };
  entry(0, 0x010f, 2, 6, 100); // Make
  entry(1, 0x0110, 2, 10, 106); // Model
  entry(2, 0x0112, 3, 1, orientation);
  entry(3, 0x8825, 4, 1, 120); // GPS IFD
  b.write('Apple\0iPhone 15\0', 100, 'latin1');
  b.write('GPS 30.2741N 120.1551E', 120, 'latin1');
  return b;
}

const exifSegment = (orientation: number, order: 'II' | 'MM' = 'II') => segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff(orientation, order)]));
const xmpSegment = segment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><dc:creator>王小红</dc:creator></x:xmpmeta>'));
const iccSegment = segment(0xe2, Buffer.concat([Buffer.from('ICC_PROFILE\0\x01\x01', 'latin1'), Buffer.from('iPhone display profile')]));
const comment = segment(0xfe, Buffer.from('Wang family, 30.2741N'));
const adobeSegment = segment(0xee, Buffer.from([0x41, 0x64, 0x6f, 0x62, 0x65, 0, 100, 0, 0, 0, 0, 2]));

/** SOI, then the clean file's JFIF APP0, then `inserted`, then the rest of the clean file. */
const JFIF_END = 2 + 2 + CLEAN_JPEG.readUInt16BE(4);
const jpegWith = (...inserted: Buffer[]) => Buffer.concat([CLEAN_JPEG.subarray(0, JFIF_END), ...inserted, CLEAN_JPEG.subarray(JFIF_END)]);

describe('removing metadata from a JPEG', () => {
  it('drops EXIF with its GPS position, XMP, the ICC profile and comments, leaving the picture byte for byte', () => {
    const stripped = stripPhotoMetadata(jpegWith(exifSegment(1), xmpSegment, iccSegment, comment), 'image/jpeg');
    expect(stripped).toEqual(CLEAN_JPEG);
  });

  it('keeps a file without metadata as it is', () => {
    expect(stripPhotoMetadata(CLEAN_JPEG, 'image/jpeg')).toEqual(CLEAN_JPEG);
  });

  it('drops what was appended after the end of the image (maker trailers, extra pictures)', () => {
    const trailer = Buffer.concat([Buffer.from('SEFT GPS 30.2741'), exifSegment(1)]);
    expect(stripPhotoMetadata(Buffer.concat([CLEAN_JPEG, trailer]), 'image/jpeg')).toEqual(CLEAN_JPEG);
  });

  it.each(['II', 'MM'] as const)('keeps the orientation (%s byte order) so that a phone photo is not shown on its side, and nothing else of EXIF', (order) => {
    const stripped = stripPhotoMetadata(jpegWith(exifSegment(6, order), xmpSegment), 'image/jpeg');
    expectNoSecrets(stripped);
    const app1 = stripped.subarray(JFIF_END, JFIF_END + 4 + stripped.readUInt16BE(JFIF_END + 2) - 2);
    expect(app1.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xe1]));
    expect(exifOrientation(app1.subarray(10))).toBe(6);
    expect(Buffer.concat([stripped.subarray(0, JFIF_END), stripped.subarray(JFIF_END + app1.length)])).toEqual(CLEAN_JPEG);
  });

  it('keeps the Adobe segment, without which a CMYK JPEG decodes to the wrong colours', () => {
    expect(stripPhotoMetadata(jpegWith(adobeSegment, exifSegment(1)), 'image/jpeg')).toEqual(jpegWith(adobeSegment));
  });

  it('walks the scans of a progressive JPEG, past stuffed bytes and restart markers, and drops metadata between them', () => {
    const sos = segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0]));
    const scan = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56, 0xff, 0xff, 0xd1, 0x78]);
    const head = Buffer.concat([Buffer.from([0xff, 0xd8]), segment(0xdb, Buffer.alloc(65, 1))]);
    const file = Buffer.concat([head, sos, scan, xmpSegment, segment(0xc4, Buffer.alloc(20, 2)), sos, scan, Buffer.from([0xff, 0xd9])]);
    const expected = Buffer.concat([head, sos, scan, segment(0xc4, Buffer.alloc(20, 2)), sos, scan, Buffer.from([0xff, 0xd9])]);
    expect(stripPhotoMetadata(file, 'image/jpeg')).toEqual(expected);
  });

  it('keeps a file cut short inside its picture data, as browsers show the part that is there', () => {
    const cut = jpegWith(exifSegment(1)).subarray(0, jpegWith(exifSegment(1)).length - 6);
    expect(stripPhotoMetadata(cut, 'image/jpeg')).toEqual(CLEAN_JPEG.subarray(0, CLEAN_JPEG.length - 6));
  });

  it('refuses a file whose segments do not hold together, rather than pass its metadata on', () => {
    expect(() => stripPhotoMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x07, 0x07, 1, 2, 3]), 'image/jpeg')).toThrow(/JPEG could not be read: a segment runs past the end/);
    expect(() => stripPhotoMetadata(Buffer.concat([CLEAN_JPEG.subarray(0, JFIF_END), Buffer.from('Exif')]), 'image/jpeg')).toThrow(/could not be read/);
    expect(() => stripPhotoMetadata(Buffer.from([0xff, 0xd8, 0xff]), 'image/jpeg')).toThrow(/could not be read/);
  });
});

describe('reading the EXIF orientation', () => {
  it('reads it in either byte order and ignores values out of range or of the wrong type', () => {
    expect(exifOrientation(exifTiff(8, 'MM'))).toBe(8);
    expect(exifOrientation(exifTiff(3, 'II'))).toBe(3);
    expect(exifOrientation(exifTiff(9, 'II'))).toBeNull();
    expect(exifOrientation(Buffer.from('II*\0\xff\xff\xff\xff', 'latin1'))).toBeNull();
    expect(exifOrientation(Buffer.from('XX'))).toBeNull();
  });
});

// --- PNG

const pngChunk = (type: string, data: Buffer) => {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(data.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, data, Buffer.from([0, 0, 0, 0])]); // the CRC is not checked here
};
/** After the signature and IHDR (8 + 25 bytes). */
const pngWith = (...inserted: Buffer[]) => Buffer.concat([CLEAN_PNG.subarray(0, 33), ...inserted, CLEAN_PNG.subarray(33)]);

describe('removing metadata from a PNG', () => {
  it('drops eXIf, the text chunks and the edit time, leaving the picture byte for byte', () => {
    const file = pngWith(
      pngChunk('eXIf', exifTiff(1, 'MM')),
      pngChunk('tEXt', Buffer.from('Author\0Wang')),
      pngChunk('iTXt', Buffer.from('Author\0\0\0\0\0王小红')),
      pngChunk('zTXt', Buffer.from('Comment\0\0GPS')),
      pngChunk('tIME', Buffer.from([7, 234, 11, 26, 8, 0, 0])),
    );
    expect(stripPhotoMetadata(file, 'image/png')).toEqual(CLEAN_PNG);
  });

  it('keeps the colour chunks and drops what follows IEND', () => {
    const gamma = pngChunk('gAMA', Buffer.from([0, 0, 0xb1, 0x8f]));
    expect(stripPhotoMetadata(Buffer.concat([pngWith(gamma), Buffer.from('GPS 30.2741')]), 'image/png')).toEqual(pngWith(gamma));
  });

  it('refuses a chunk running past the end, or a file without IEND', () => {
    expect(() => stripPhotoMetadata(CLEAN_PNG.subarray(0, 50), 'image/png')).toThrow(/a chunk runs past the end/);
    expect(() => stripPhotoMetadata(CLEAN_PNG.subarray(0, CLEAN_PNG.length - 12), 'image/png')).toThrow(/no IEND/);
  });
});

// --- WebP

const webpChunk = (fourcc: string, data: Buffer) => {
  const header = Buffer.alloc(8);
  header.write(fourcc, 0, 'latin1');
  header.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, data, Buffer.alloc(data.length % 2)]);
};
const riff = (...chunks: Buffer[]) => {
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'latin1');
  return Buffer.concat([header, body]);
};
/** The extended header of a 4×2 picture with these feature flags. */
const vp8x = (flags: number) => webpChunk('VP8X', Buffer.from([flags, 0, 0, 0, 3, 0, 0, 1, 0, 0]));
const ICC = 0x20;
const EXIF = 0x08;
const XMP = 0x04;

describe('removing metadata from a WebP', () => {
  it('drops the EXIF and XMP chunks and the header flags that announce them', () => {
    const file = riff(vp8x(ICC | EXIF | XMP), webpChunk('ICCP', Buffer.from('sRGB profile')), VP8_CHUNK, webpChunk('EXIF', exifTiff(6, 'MM')), webpChunk('XMP ', Buffer.from('<x:xmpmeta>Wang</x:xmpmeta>')));
    const stripped = stripPhotoMetadata(file, 'image/webp');
    expect(stripped).toEqual(riff(vp8x(ICC), webpChunk('ICCP', Buffer.from('sRGB profile')), VP8_CHUNK));
    expectNoSecrets(stripped);
  });

  it('keeps a simple WebP as it is and drops data after the RIFF container', () => {
    const simple = riff(VP8_CHUNK);
    expect(stripPhotoMetadata(simple, 'image/webp')).toEqual(simple);
    expect(stripPhotoMetadata(Buffer.concat([simple, Buffer.from('GPS 30.2741')]), 'image/webp')).toEqual(simple);
  });

  it('refuses a file cut short or a chunk running past the container', () => {
    const file = riff(vp8x(EXIF), VP8_CHUNK, webpChunk('EXIF', exifTiff(1, 'II')));
    expect(() => stripPhotoMetadata(file.subarray(0, file.length - 10), 'image/webp')).toThrow(/shorter than its RIFF header says/);
    const lying = Buffer.from(file);
    lying.writeUInt32LE(9999, 12 + 18 + VP8_CHUNK.length + 4);
    expect(() => stripPhotoMetadata(lying, 'image/webp')).toThrow(/a chunk runs past the end of the container/);
  });
});
