/** A point on the earth in decimal degrees (WGS-84). */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean earth radius (IUGG); the error against the ellipsoid is < 0.5 %, far below what matters here. */
export const EARTH_MEAN_RADIUS_KM = 6371.0088;

const RADIANS_PER_DEGREE = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * RADIANS_PER_DEGREE;
  const dLng = (b.lng - a.lng) * RADIANS_PER_DEGREE;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RADIANS_PER_DEGREE) * Math.cos(b.lat * RADIANS_PER_DEGREE) * Math.sin(dLng / 2) ** 2;
  // min() guards against h creeping past 1 through rounding for antipodal points.
  return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance rounded to whole metres. The solver works on these integers so that sums are exact
 * and optimality does not depend on floating-point summation order.
 */
export function distanceMetres(a: LatLng, b: LatLng): number {
  return Math.round(haversineKm(a, b) * 1000);
}
