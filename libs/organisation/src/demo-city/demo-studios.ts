import {
  COMMUNITY_STUDIO_HOURS,
  COMMUNITY_STUDIO_VENUES,
  ROAD_NAMES,
  STREET_STUDIO_HOURS,
  STREET_STUDIO_VENUES,
  TOWNSHIP_STUDIO_HOURS,
  TOWNSHIP_STUDIO_VENUES,
} from './demo-catalogue';
import type { LocalityKind, Studio } from './demo-city.types';
import type { SeededRandom } from './seeded-random';

/** 召集人工作室: the convener and two staff of the street/township office take turns on duty. */
export function convenerStudio(rng: SeededRandom, localityName: string, kind: LocalityKind, dutyRoster: string[]): Studio {
  const venues = kind === 'street' ? STREET_STUDIO_VENUES : TOWNSHIP_STUDIO_VENUES;
  const hours = kind === 'street' ? STREET_STUDIO_HOURS : TOWNSHIP_STUDIO_HOURS;
  return { address: address(rng, localityName, venues), openingHours: rng.pick(hours), dutyRoster };
}

/** 委员工作室: members of the community's own group are on duty, so residents meet "their" members. */
export function memberStudio(rng: SeededRandom, localityName: string, communityName: string, dutyRoster: string[]): Studio {
  return {
    address: address(rng, `${localityName}${communityName}`, COMMUNITY_STUDIO_VENUES),
    openingHours: rng.pick(COMMUNITY_STUDIO_HOURS),
    dutyRoster,
  };
}

function address(rng: SeededRandom, area: string, venues: readonly string[]): string {
  return `${area}${rng.pick(ROAD_NAMES)}${rng.int(1, 399)}号${rng.pick(venues)}`;
}
