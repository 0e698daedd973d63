import { CITY_NAME } from './demo-catalogue';
import type { Community, Council, DemoCity, Member, MemberGroup, SpecialCommittee } from './demo-city.types';
import { buildLocalities, pickCommunitySites, type CommunitySite } from './demo-localities';
import { buildMemberDrafts, formMemberGroups, type GroupDraft } from './demo-members';
import { buildDepartments, buildLeadership } from './demo-organisation';
import { createPeopleRegistry } from './demo-people';
import { memberStudio } from './demo-studios';
import { createSeededRandom, type SeededRandom } from './seeded-random';

export const DEFAULT_DEMO_SEED = 'shangliang-demo';

/** Members on duty in a community's member studio: the leader plus three others. */
const STUDIO_DUTY_SIZE = 4;

/**
 * A complete, fictional city council organisation for demos, seeding and tests: 103 localities
 * with conveners, 18 communities, 226 members in 18 balanced groups, 10 special committees,
 * 4 vice-chairs and 15 departments. Pure and deterministic: the same seed gives deep-equal data.
 */
export function generateDemoCity(seed: string = DEFAULT_DEMO_SEED): DemoCity {
  const rng = createSeededRandom(seed);
  const people = createPeopleRegistry(rng);
  const council: Council = { id: 'council-city', name: `${CITY_NAME}政协`, level: 'city' };
  const localities = buildLocalities(rng, people, council.id);
  const sites = pickCommunitySites(rng, localities);
  const drafts = buildMemberDrafts(rng, people, sites, council.id);
  const { members, groups } = formMemberGroups(rng, drafts, sites);
  const { specialCommittees, viceChairs } = buildLeadership(rng, people, groups, sites, council.id);
  const localityName = new Map(localities.map((locality) => [locality.id, locality.name]));
  const communities = sites.map((site, i) =>
    toCommunity(rng, site, groups[i], members, localityName.get(site.localityId) ?? ''),
  );
  return {
    seed,
    council,
    localities,
    communities,
    members,
    memberGroups: groups.map((group) => withCommittee(group, specialCommittees)),
    specialCommittees,
    viceChairs,
    departments: buildDepartments(people, council.id),
  };
}

function toCommunity(rng: SeededRandom, site: CommunitySite, group: GroupDraft, members: readonly Member[], localityName: string): Community {
  const inGroup = members.filter((member) => member.groupId === group.id);
  const leader = inGroup.filter((member) => member.id === group.leaderMemberId);
  const helpers = inGroup.filter((member) => member.id !== group.leaderMemberId && member.available);
  const onDuty = [...leader, ...rng.sample(helpers, STUDIO_DUTY_SIZE - 1)];
  return {
    ...site,
    memberGroupId: group.id,
    memberStudio: memberStudio(rng, localityName, site.name, onDuty.map((member) => member.name)),
  };
}

function withCommittee(group: GroupDraft, committees: readonly SpecialCommittee[]): MemberGroup {
  const committee = committees.find((candidate) => candidate.memberGroupIds.includes(group.id));
  if (!committee) throw new Error(`member group ${group.id} has no special committee`); // unreachable: chunks cover all groups
  return { ...group, specialCommitteeId: committee.id };
}
