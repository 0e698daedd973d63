import { COMMUNITY_HEADS, COMMUNITY_TAILS, CITY_CENTRE, PLACE_HEADS, PLACE_TAILS } from './demo-catalogue';
import type { Locality, LocalityKind } from './demo-city.types';
import { planarKm, pointNear, spreadPointsInRing, type Point } from './demo-geography';
import type { PeopleRegistry } from './demo-people';
import { convenerStudio } from './demo-studios';
import type { SeededRandom } from './seeded-random';

// 103 localities as in the programme; streets form the urban core, townships the rural ring.
export const STREET_COUNT = 40;
export const TOWNSHIP_COUNT = 63;
export const COMMUNITY_COUNT = 18;
/** The programme's groups work in the urban core, so most communities sit in streets. */
const COMMUNITIES_IN_STREETS = 14;
/** Communities closer than this would compete for the same members and make groups arbitrary. */
const MIN_COMMUNITY_GAP_KM = 1.8;

/** Cadence rule (source: streets ≥ 1 activity every two months, townships every quarter). */
const CADENCE = {
  street: { cadenceMonths: 2, cadenceDays: 61 },
  township: { cadenceMonths: 3, cadenceDays: 92 },
} as const;

/** A community before its member group exists; the group and studio are added once members are balanced. */
export interface CommunitySite extends Point {
  id: string;
  localityId: string;
  name: string;
}

export function buildLocalities(rng: SeededRandom, people: PeopleRegistry, councilId: string): Locality[] {
  const places = uniqueNames(rng, STREET_COUNT + TOWNSHIP_COUNT, PLACE_HEADS, PLACE_TAILS);
  // Streets within 5.5 km of the centre; townships in a 8–24 km ring around them.
  const streetCentres = spreadPointsInRing(rng, STREET_COUNT, 0, 5.5, 0.9);
  const townshipCentres = spreadPointsInRing(rng, TOWNSHIP_COUNT, 8, 24, 2);
  const specs = [
    ...streetCentres.map((centre) => ({ kind: 'street' as const, centre })),
    ...townshipCentres.map((centre) => ({ kind: 'township' as const, centre })),
  ];
  return specs.map((spec, index) => {
    const suffix = spec.kind === 'street' ? '街道' : rng.chance(0.2) ? '乡' : '镇';
    return buildLocality(rng, people, { councilId, index, kind: spec.kind, centre: spec.centre, name: places[index] + suffix });
  });
}

interface LocalitySpec {
  councilId: string;
  index: number;
  kind: LocalityKind;
  centre: Point;
  name: string;
}

function buildLocality(rng: SeededRandom, people: PeopleRegistry, spec: LocalitySpec): Locality {
  const number = String(spec.index + 1).padStart(3, '0');
  const convener = { id: `cvn-${number}`, ...people.person() };
  const roster = [convener.name, people.person().name, people.person().name];
  return {
    id: `loc-${number}`,
    councilId: spec.councilId,
    name: spec.name,
    kind: spec.kind,
    lat: spec.centre.lat,
    lng: spec.centre.lng,
    convener,
    convenerStudio: convenerStudio(rng, spec.name, spec.kind, roster),
    ...CADENCE[spec.kind],
  };
}

/** One community in each of 14 random streets and the 4 townships nearest the centre (~15 km across). */
export function pickCommunitySites(rng: SeededRandom, localities: readonly Locality[]): CommunitySite[] {
  const streets = spacedSample(
    rng.shuffle(localities.filter((locality) => locality.kind === 'street')),
    COMMUNITIES_IN_STREETS,
    MIN_COMMUNITY_GAP_KM,
  );
  const townships = localities
    .filter((locality) => locality.kind === 'township')
    .sort((a, b) => planarKm(a, CITY_CENTRE) - planarKm(b, CITY_CENTRE))
    .slice(0, COMMUNITY_COUNT - COMMUNITIES_IN_STREETS);
  const hosts = [...streets, ...townships].sort((a, b) => a.id.localeCompare(b.id));
  const names = uniqueNames(rng, COMMUNITY_COUNT, COMMUNITY_HEADS, COMMUNITY_TAILS);
  return hosts.map((host, index) => ({
    id: `com-${String(index + 1).padStart(2, '0')}`,
    localityId: host.id,
    name: `${names[index]}社区`,
    ...pointNear(rng, host, 0.25),
  }));
}

/**
 * Takes localities in the given order, skipping any closer than `minGapKm` to one already taken,
 * so two communities are never a street apart; tops up from the skipped ones if it runs short.
 */
function spacedSample(candidates: readonly Locality[], count: number, minGapKm: number): Locality[] {
  const taken: Locality[] = [];
  for (const candidate of candidates) {
    if (taken.length < count && taken.every((other) => planarKm(candidate, other) >= minGapKm)) taken.push(candidate);
  }
  const skipped = candidates.filter((candidate) => !taken.includes(candidate));
  return [...taken, ...skipped.slice(0, count - taken.length)];
}

/** Two-character names (head + tail) with no repeats. */
function uniqueNames(rng: SeededRandom, count: number, heads: readonly string[], tails: readonly string[]): string[] {
  const all = heads.flatMap((head) => tails.map((tail) => head + tail));
  return rng.sample(all, count);
}
