import { balanceGroups } from '../balancing';
import { EXPERTISE_TAGS, type Member, type MemberGroup, type Weekday } from './demo-city.types';
import { pointInRing, pointNear } from './demo-geography';
import type { CommunitySite } from './demo-localities';
import type { PeopleRegistry } from './demo-people';
import type { SeededRandom } from './seeded-random';

export const MEMBER_COUNT = 226;
/** Standing members beyond the 18 group leaders; the standing committee is larger than the groups. */
const EXTRA_STANDING_MEMBERS = 6;
/** Share of members living away from any community cluster (new estates, villages). */
const SCATTERED_SHARE = 0.08;

/** A member before balancing has decided the group and leadership. */
export type MemberDraft = Omit<Member, 'groupId' | 'standing'>;
export type GroupDraft = Omit<MemberGroup, 'specialCommitteeId'>;

/**
 * Residences cluster around communities with uneven weights, so some communities have more
 * members nearby than their fair share — the case balancing exists for.
 */
export function buildMemberDrafts(
  rng: SeededRandom,
  people: PeopleRegistry,
  sites: readonly CommunitySite[],
  councilId: string,
): MemberDraft[] {
  const weights = sites.map(() => 0.5 + rng.next());
  return Array.from({ length: MEMBER_COUNT }, (_, index) => {
    const home = rng.chance(SCATTERED_SHARE) ? pointInRing(rng, 0, 9) : pointNear(rng, weightedPick(rng, sites, weights), 1.1);
    const available = rng.chance(0.92);
    return {
      id: `mem-${String(index + 1).padStart(3, '0')}`,
      councilId,
      ...people.person(),
      lat: home.lat,
      lng: home.lng,
      expertise: rng.sample(EXPERTISE_TAGS, rng.int(1, 3)).sort((a, b) => EXPERTISE_TAGS.indexOf(a) - EXPERTISE_TAGS.indexOf(b)),
      available,
      availableWeekdays: available ? weekdays(rng) : [],
    };
  });
}

/**
 * Balances members over the communities, then picks each group's leader (组长) from that group
 * and makes the leaders standing members (政协常委), plus a few standing members who lead no group.
 *
 * Standing status is decided after balancing on purpose: balancing places people by residence
 * alone, so choosing standing members first could leave a group without one. Choosing afterwards
 * guarantees every group exactly one leader who is a standing member in that group, without
 * bending the balanced assignment.
 */
export function formMemberGroups(
  rng: SeededRandom,
  drafts: readonly MemberDraft[],
  sites: readonly CommunitySite[],
): { members: Member[]; groups: GroupDraft[] } {
  const { assignments } = balanceGroups({ members: drafts, communities: sites });
  const groupIdOf = (communityId: string): string => communityId.replace('com-', 'grp-');
  const groups = sites.map((site): GroupDraft => {
    const memberIds = assignments.filter((a) => a.communityId === site.id).map((a) => a.memberId);
    const candidates = memberIds.filter((id) => drafts.find((draft) => draft.id === id)?.available);
    const leaderMemberId = rng.pick(candidates.length > 0 ? candidates : memberIds);
    return { id: groupIdOf(site.id), name: `${site.name}委员小组`, communityId: site.id, leaderMemberId, memberIds };
  });
  const leaders = new Set(groups.map((group) => group.leaderMemberId));
  const others = drafts.filter((draft) => !leaders.has(draft.id)).map((draft) => draft.id);
  const standing = new Set([...leaders, ...rng.sample(others, EXTRA_STANDING_MEMBERS)]);
  const members = drafts.map(
    (draft, i): Member => ({ ...draft, standing: standing.has(draft.id), groupId: groupIdOf(assignments[i].communityId) }),
  );
  return { members, groups };
}

function weightedPick<T>(rng: SeededRandom, items: readonly T[], weights: readonly number[]): T {
  let remaining = rng.next() * weights.reduce((sum, w) => sum + w, 0);
  for (let i = 0; i < items.length; i++) {
    remaining -= weights[i];
    if (remaining < 0) return items[i];
  }
  return items[items.length - 1];
}

const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

function weekdays(rng: SeededRandom): Weekday[] {
  return rng.sample(WEEKDAYS, rng.int(2, 4)).sort((a, b) => a - b);
}
