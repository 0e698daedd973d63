import { GIVEN_NAME_CHARACTERS, MOBILE_PREFIXES, SURNAMES } from './demo-catalogue';
import type { Person } from './demo-city.types';
import type { SeededRandom } from './seeded-random';

/** Hands out people whose names and phone numbers are unique across the whole demo city. */
export interface PeopleRegistry {
  person(): Person;
}

export function createPeopleRegistry(rng: SeededRandom): PeopleRegistry {
  const names = new Set<string>();
  const phones = new Set<string>();
  return {
    person: () => ({ name: unique(names, () => chineseName(rng)), phone: unique(phones, () => mobileNumber(rng)) }),
  };
}

/** Draws until the value is new. The pools hold far more values than the city needs. */
function unique(taken: Set<string>, draw: () => string): string {
  for (;;) {
    const value = draw();
    if (!taken.has(value)) {
      taken.add(value);
      return value;
    }
  }
}

/** Surname plus one or two given-name characters; two-character given names are the majority. */
function chineseName(rng: SeededRandom): string {
  const surname = rng.pick(SURNAMES);
  const first = rng.pick(GIVEN_NAME_CHARACTERS);
  if (rng.chance(0.3)) return surname + first;
  // Reduplicated names (海海) exist but read as nicknames in an official roster.
  let second = rng.pick(GIVEN_NAME_CHARACTERS);
  while (second === first) second = rng.pick(GIVEN_NAME_CHARACTERS);
  return surname + first + second;
}

function mobileNumber(rng: SeededRandom): string {
  const rest = Array.from({ length: 8 }, () => rng.int(0, 9)).join('');
  return rng.pick(MOBILE_PREFIXES) + rest;
}
