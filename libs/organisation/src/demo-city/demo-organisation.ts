import { DEPARTMENTS, SPECIAL_COMMITTEE_NAMES } from './demo-catalogue';
import type { Department, SpecialCommittee, ViceChair } from './demo-city.types';
import { bearingFromCentre } from './demo-geography';
import type { CommunitySite } from './demo-localities';
import type { GroupDraft } from './demo-members';
import type { PeopleRegistry } from './demo-people';
import type { SeededRandom } from './seeded-random';

/** 8 committees link two groups and 2 link one: 10 committees covering all 18 groups once. */
const GROUPS_PER_COMMITTEE = [2, 2, 2, 2, 2, 2, 2, 2, 1, 1];
/** 4 vice-chairs share the 10 committees. */
const COMMITTEES_PER_VICE_CHAIR = [3, 3, 2, 2];

/**
 * Chain of responsibility: vice-chair → special committee → member group. Groups are taken in
 * order of bearing around the city centre, so a committee's two groups are neighbours and one
 * visit can cover both.
 */
export function buildLeadership(
  rng: SeededRandom,
  people: PeopleRegistry,
  groups: readonly GroupDraft[],
  sites: readonly CommunitySite[],
  councilId: string,
): { specialCommittees: SpecialCommittee[]; viceChairs: ViceChair[] } {
  const bearing = new Map(sites.map((site) => [site.id, bearingFromCentre(site)]));
  const bearingOf = (group: GroupDraft): number => bearing.get(group.communityId) ?? 0;
  const aroundTheCity = [...groups].sort((a, b) => bearingOf(a) - bearingOf(b)).map((group) => group.id);
  const groupChunks = chunk(aroundTheCity, rng.shuffle(GROUPS_PER_COMMITTEE));
  const committeeIds = SPECIAL_COMMITTEE_NAMES.map((_, i) => `cmt-${String(i + 1).padStart(2, '0')}`);
  const viceChairs = chunk(committeeIds, COMMITTEES_PER_VICE_CHAIR).map(
    (specialCommitteeIds, i): ViceChair => ({ id: `vc-${i + 1}`, councilId, ...people.person(), specialCommitteeIds }),
  );
  const viceChairOf = new Map(viceChairs.flatMap((vc) => vc.specialCommitteeIds.map((id) => [id, vc.id] as const)));
  const specialCommittees = committeeIds.map(
    (id, i): SpecialCommittee => ({
      id,
      councilId,
      name: SPECIAL_COMMITTEE_NAMES[i],
      viceChairId: viceChairOf.get(id) ?? '',
      memberGroupIds: groupChunks[i],
    }),
  );
  return { specialCommittees, viceChairs };
}

export function buildDepartments(people: PeopleRegistry, councilId: string): Department[] {
  return DEPARTMENTS.map(({ code, name }) => ({ id: `dept-${code}`, councilId, code, name, contact: people.person() }));
}

/** Splits items into consecutive runs of the given sizes. */
function chunk<T>(items: readonly T[], sizes: readonly number[]): T[][] {
  let start = 0;
  return sizes.map((size) => {
    const run = items.slice(start, start + size);
    start += size;
    return run;
  });
}
