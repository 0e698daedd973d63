import { CITY_CENTRE } from './demo-catalogue';
import type { SeededRandom } from './seeded-random';

export interface Point {
  lat: number;
  lng: number;
}

const KM_PER_DEGREE_LAT = 111.32;
const KM_PER_DEGREE_LNG = KM_PER_DEGREE_LAT * Math.cos((CITY_CENTRE.lat * Math.PI) / 180);

/** Offsets a point by east/north kilometres; a flat-earth step is exact enough at city scale. */
export function offsetKm(from: Point, eastKm: number, northKm: number): Point {
  return { lat: round6(from.lat + northKm / KM_PER_DEGREE_LAT), lng: round6(from.lng + eastKm / KM_PER_DEGREE_LNG) };
}

/** A point in the ring between the two radii around the city centre, uniform by area. */
export function pointInRing(rng: SeededRandom, innerKm: number, outerKm: number): Point {
  const radius = Math.sqrt(innerKm ** 2 + rng.next() * (outerKm ** 2 - innerKm ** 2));
  const angle = rng.next() * 2 * Math.PI;
  return offsetKm(CITY_CENTRE, radius * Math.cos(angle), radius * Math.sin(angle));
}

/** A point scattered around `centre` with the given standard deviation per axis. */
export function pointNear(rng: SeededRandom, centre: Point, sigmaKm: number): Point {
  return offsetKm(centre, rng.normal() * sigmaKm, rng.normal() * sigmaKm);
}

/**
 * `count` points in the ring, at least `minGapKm` apart so localities do not pile up. Falls back
 * to the best-spread candidate if the ring is too crowded, so it always terminates.
 */
export function spreadPointsInRing(rng: SeededRandom, count: number, innerKm: number, outerKm: number, minGapKm: number): Point[] {
  const points: Point[] = [];
  while (points.length < count) {
    let best = pointInRing(rng, innerKm, outerKm);
    for (let attempt = 0; attempt < 50 && nearestGapKm(best, points) < minGapKm; attempt++) {
      const candidate = pointInRing(rng, innerKm, outerKm);
      if (nearestGapKm(candidate, points) > nearestGapKm(best, points)) best = candidate;
    }
    points.push(best);
  }
  return points;
}

export function planarKm(a: Point, b: Point): number {
  return Math.hypot((a.lat - b.lat) * KM_PER_DEGREE_LAT, (a.lng - b.lng) * KM_PER_DEGREE_LNG);
}

/** Compass bearing from the city centre in radians, used to keep neighbouring groups together. */
export function bearingFromCentre(point: Point): number {
  return Math.atan2((point.lat - CITY_CENTRE.lat) * KM_PER_DEGREE_LAT, (point.lng - CITY_CENTRE.lng) * KM_PER_DEGREE_LNG);
}

function nearestGapKm(point: Point, others: readonly Point[]): number {
  return others.reduce((gap, other) => Math.min(gap, planarKm(point, other)), Number.POSITIVE_INFINITY);
}

/** Six decimals is ~0.1 m: plenty, and it keeps the generated data readable. */
function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
