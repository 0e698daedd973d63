import type { PhotoContentType } from './photo-content';

/**
 * Photos are served publicly, so what a camera writes beside the picture — the GPS position, the
 * device, the time, the owner's name, a thumbnail of the uncropped shot — is removed on upload.
 * Only the picture and what is needed to decode it are kept. The file is walked segment by
 * segment (no decoding, no native code); a file whose structure does not hold together is refused
 * rather than passed on with its metadata.
 */
export function stripPhotoMetadata(bytes: Buffer, type: PhotoContentType): Buffer {
  switch (type) {
    case 'image/jpeg':
      return stripJpeg(bytes);
    case 'image/png':
      return stripPng(bytes);
    case 'image/webp':
      return stripWebp(bytes);
  }
}

/** The file is not the image its first bytes promised: cut short, or its structure is broken. */
export class UnreadablePhotoError extends Error {
  constructor(format: 'JPEG' | 'PNG' | 'WebP', problem: string) {
    super(`the ${format} could not be read: ${problem}`);
    this.name = 'UnreadablePhotoError';
  }
}

// --- JPEG: a sequence of FF-marker segments; the picture is the entropy-coded data after SOS.

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP14 = 0xee;

function stripJpeg(src: Buffer): Buffer {
  if (src[0] !== 0xff || src[1] !== SOI) throw new UnreadablePhotoError('JPEG', 'it does not start with SOI');
  const kept: Buffer[] = [];
  let orientation: number | null = null;
  let ended = false;
  let pos = 2;
  while (pos < src.length) {
    if (src[pos] !== 0xff) throw new UnreadablePhotoError('JPEG', 'a segment does not start with a marker');
    while (src[pos + 1] === 0xff) pos += 1; // fill bytes before a marker
    const marker = src[pos + 1];
    if (marker === undefined || marker === 0x00) throw new UnreadablePhotoError('JPEG', 'a marker is missing');
    if (marker === EOI) {
      ended = true; // anything after the image (appended trailers, extra pictures) is dropped
      break;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      kept.push(src.subarray(pos, pos + 2)); // RSTn and TEM stand alone
      pos += 2;
      continue;
    }
    const length = pos + 4 <= src.length ? src.readUInt16BE(pos + 2) : 0;
    if (length < 2 || pos + 2 + length > src.length) throw new UnreadablePhotoError('JPEG', 'a segment runs past the end of the file');
    const segment = src.subarray(pos, pos + 2 + length);
    const body = segment.subarray(4);
    pos += 2 + length;
    if (marker === APP1 && startsWith(body, EXIF_HEADER)) orientation ??= exifOrientation(body.subarray(EXIF_HEADER.length));
    if (isAppSegment(marker) ? keepsApp(marker, body) : marker !== COM) kept.push(segment);
    if (marker === SOS) {
      const end = endOfEntropyData(src, pos);
      kept.push(src.subarray(pos, end));
      pos = end;
    }
  }
  // A truncated file (no EOI) keeps what it has: browsers show the part that is there.
  const trailer = ended ? [Buffer.from([0xff, EOI])] : [];
  return Buffer.concat([src.subarray(0, 2), ...withOrientation(kept, orientation), ...trailer]);
}

const isAppSegment = (marker: number) => marker >= APP0 && marker <= 0xef;

/**
 * JFIF (APP0) says how to read the pixels; Adobe (APP14) says whether the colours are transformed,
 * and a CMYK JPEG decodes to the wrong colours without it. Every other APPn (EXIF, XMP, ICC, MPF,
 * maker notes, Photoshop IRB) and comments are metadata.
 */
function keepsApp(marker: number, body: Buffer): boolean {
  return (marker === APP0 && startsWith(body, JFIF_HEADER)) || (marker === APP14 && startsWith(body, ADOBE_HEADER));
}

/** Where the scan's entropy-coded data ends: the first marker that is not a stuffed 00 or an RSTn. */
function endOfEntropyData(src: Buffer, from: number): number {
  for (let i = from; i < src.length - 1; i += 1) {
    if (src[i] !== 0xff) continue;
    const next = src[i + 1];
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return i;
  }
  return src.length;
}

const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1');
const JFIF_HEADER = Buffer.from('JFIF\0', 'latin1');
const ADOBE_HEADER = Buffer.from('Adobe', 'latin1');
const ORIENTATION_TAG = 0x0112;
const TIFF_SHORT = 3;

/**
 * Phones store the pixels as the sensor saw them and record the turn in EXIF's Orientation, which
 * browsers apply. That one value says nothing about the resident, and without it the photo shows
 * on its side, so it is carried over in an EXIF segment of its own.
 */
function withOrientation(kept: Buffer[], orientation: number | null): Buffer[] {
  if (orientation === null || orientation === 1) return kept;
  const tiff = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([EXIF_HEADER, tiff]);
  const marker = Buffer.from([0xff, APP1, 0, 0]);
  marker.writeUInt16BE(body.length + 2, 2);
  const segment = Buffer.concat([marker, body]);
  const afterJfif = kept[0] && kept[0][1] === APP0 ? 1 : 0;
  return [...kept.slice(0, afterJfif), segment, ...kept.slice(afterJfif)];
}

/** The Orientation (1–8) in IFD0 of an EXIF TIFF block, or null when there is none or it is odd. */
export function exifOrientation(tiff: Buffer): number | null {
  if (tiff.length < 8) return null;
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const u16 = (at: number) => (order === 'II' ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (order === 'II' ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  if (u16(2) !== 42) return null;
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (u16(entry) !== ORIENTATION_TAG) continue;
    const value = u16(entry + 2) === TIFF_SHORT ? u16(entry + 8) : 0;
    return value >= 1 && value <= 8 ? value : null;
  }
  return null;
}

// --- PNG: a signature, then length/type/data/CRC chunks up to IEND.

const PNG_SIGNATURE_LENGTH = 8;
/** Text chunks (tEXt, zTXt, iTXt: author, software, comments, XMP) and EXIF (eXIf); tIME dates the edit. */
const PNG_METADATA = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function stripPng(src: Buffer): Buffer {
  const kept: Buffer[] = [src.subarray(0, PNG_SIGNATURE_LENGTH)];
  let pos = PNG_SIGNATURE_LENGTH;
  while (pos + 12 <= src.length) {
    const end = pos + 12 + src.readUInt32BE(pos);
    if (end > src.length) throw new UnreadablePhotoError('PNG', 'a chunk runs past the end of the file');
    const type = src.toString('latin1', pos + 4, pos + 8);
    if (!PNG_METADATA.has(type)) kept.push(src.subarray(pos, end));
    pos = end;
    if (type === 'IEND') return Buffer.concat(kept); // anything after IEND is dropped
  }
  throw new UnreadablePhotoError('PNG', 'the file has no IEND');
}

// --- WebP: a RIFF container of chunks; metadata chunks exist only in the extended (VP8X) form.

const WEBP_METADATA = new Set(['EXIF', 'XMP ']);
const VP8X_EXIF_FLAG = 0x08;
const VP8X_XMP_FLAG = 0x04;

function stripWebp(src: Buffer): Buffer {
  if (src.length < 12) throw new UnreadablePhotoError('WebP', 'the RIFF header is cut short');
  const end = 8 + src.readUInt32LE(4);
  if (end > src.length) throw new UnreadablePhotoError('WebP', 'the file is shorter than its RIFF header says');
  const kept: Buffer[] = [];
  let pos = 12;
  while (pos < end) {
    if (pos + 8 > end) throw new UnreadablePhotoError('WebP', 'a chunk runs past the end of the container');
    const size = src.readUInt32LE(pos + 4);
    if (pos + 8 + size > end) throw new UnreadablePhotoError('WebP', 'a chunk runs past the end of the container');
    // Chunks are padded to an even size; a last chunk may lack its pad byte.
    const chunkEnd = Math.min(pos + 8 + size + (size % 2), end);
    const fourcc = src.toString('latin1', pos, pos + 4);
    if (!WEBP_METADATA.has(fourcc)) kept.push(Buffer.from(src.subarray(pos, chunkEnd)));
    pos = chunkEnd;
  }
  // The extended header announces EXIF and XMP; it must not promise chunks that are gone.
  const header = kept[0];
  if (header && header.toString('latin1', 0, 4) === 'VP8X' && header.length > 8) header[8] &= ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
  const riff = Buffer.alloc(12);
  riff.write('RIFF', 0, 'latin1');
  riff.writeUInt32LE(4 + kept.reduce((n, c) => n + c.length, 0), 4);
  riff.write('WEBP', 8, 'latin1');
  return Buffer.concat([riff, ...kept]);
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
