import { haversineKm, type LatLng } from '@shangliang/organisation';

/** The community closest to a point, if one lies within `maxKm`. */
export function nearestCommunity<C extends LatLng & { id: string }>(point: LatLng, communities: C[], maxKm: number): C | null {
  let best: { community: C; km: number } | null = null;
  for (const community of communities) {
    const km = haversineKm(point, community);
    if (!best || km < best.km) best = { community, km };
  }
  return best && best.km <= maxKm ? best.community : null;
}
