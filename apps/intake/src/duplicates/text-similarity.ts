/**
 * Similarity of two residents' descriptions. Chinese has no spaces between words, so word
 * search finds little; character bigrams (the usual n-gram for CJK) compare what was written
 * whatever the segmentation, and work the same for Latin text.
 */
export function characterBigrams(text: string): Set<string> {
  const chars = [...text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '')];
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return grams;
}

/** Dice coefficient over character bigrams: 1 for the same text, 0 for nothing in common. */
export function textSimilarity(a: string, b: string): number {
  const x = characterBigrams(a);
  const y = characterBigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** 1 within 50 m, falling linearly to 0 at 500 m. */
export function proximity(distanceMetres: number): number {
  if (distanceMetres <= 50) return 1;
  if (distanceMetres >= 500) return 0;
  return (500 - distanceMetres) / 450;
}

export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
