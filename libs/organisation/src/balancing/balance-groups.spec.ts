import { generateDemoCity } from '../demo-city';
import { createSeededRandom, type SeededRandom } from '../demo-city/seeded-random';
import { balanceGroups } from './balance-groups';
import type { BalanceGroupsInput, BalanceGroupsResult, BalancingCommunity, BalancingMember } from './balancing.types';
import { distanceMetres } from './haversine';

// Seeded random cities and a brute-force oracle. The PRNG is the demo city's, imported for tests only.
const CENTRE = { lat: 30.0, lng: 120.5 };
const KM_PER_DEGREE_LAT = 111.32;

function offsetKm(rng: SeededRandom, spreadKm: number): { lat: number; lng: number } {
  const dLat = (rng.next() - 0.5) * spreadKm;
  const dLng = (rng.next() - 0.5) * spreadKm;
  return {
    lat: CENTRE.lat + dLat / KM_PER_DEGREE_LAT,
    lng: CENTRE.lng + dLng / (KM_PER_DEGREE_LAT * Math.cos((CENTRE.lat * Math.PI) / 180)),
  };
}

function randomCity(seed: string, memberCount: number, communityCount: number, spreadKm = 15): BalanceGroupsInput {
  const rng = createSeededRandom(seed);
  const communities: BalancingCommunity[] = Array.from({ length: communityCount }, (_, k) => ({
    id: `c${k}`,
    name: `Community ${k}`,
    ...offsetKm(rng, spreadKm),
  }));
  const members: BalancingMember[] = Array.from({ length: memberCount }, (_, i) => ({ id: `m${i}`, ...offsetKm(rng, spreadKm) }));
  return { members, communities };
}

interface Objective {
  moves: number;
  metres: number;
}

/**
 * Enumerates all C^N assignments, keeps the balanced ones and returns the lexicographic minimum of
 * (moves, metres). Only for tiny instances.
 */
function bruteForceOptimum(input: BalanceGroupsInput): Objective {
  const { members, communities } = input;
  const n = members.length;
  const c = communities.length;
  const low = Math.floor(n / c);
  const metres = members.map((m) => communities.map((k) => distanceMetres(m, k)));
  let best: Objective = { moves: Number.POSITIVE_INFINITY, metres: Number.POSITIVE_INFINITY };
  const choice = new Array<number>(n).fill(0);
  for (let code = 0; code < c ** n; code++) {
    let rest = code;
    const sizes = new Array<number>(c).fill(0);
    for (let i = 0; i < n; i++) {
      choice[i] = rest % c;
      rest = Math.floor(rest / c);
      sizes[choice[i]] += 1;
    }
    if (sizes.some((size) => size < low || size > low + 1)) continue;
    let moves = 0;
    let total = 0;
    choice.forEach((k, i) => {
      const current = members[i].currentCommunityId;
      if (current !== undefined && current !== communities[k].id) moves += 1;
      total += metres[i][k];
    });
    if (moves < best.moves || (moves === best.moves && total < best.metres)) best = { moves, metres: total };
  }
  return best;
}

function sizesOf(result: BalanceGroupsResult): number[] {
  return Object.values(result.groupSizes);
}

function totalMetres(result: BalanceGroupsResult): number {
  return Math.round(result.totalDistanceKm * 1000);
}

function withCurrent(input: BalanceGroupsInput, result: BalanceGroupsResult): BalanceGroupsInput {
  return {
    communities: input.communities,
    members: input.members.map((member, i) => ({ ...member, currentCommunityId: result.assignments[i].communityId })),
  };
}

describe('balanceGroups', () => {
  describe('group sizes', () => {
    it.each([
      [226, 18],
      [100, 7],
      [60, 12],
      [13, 13],
      [9, 1],
      [31, 4],
    ])('gives every community floor(N/C) or ceil(N/C) members for %i members over %i communities', (n, c) => {
      for (let seed = 0; seed < 5; seed++) {
        const result = balanceGroups(randomCity(`sizes-${n}-${c}-${seed}`, n, c));
        const sizes = sizesOf(result);
        expect(sizes).toHaveLength(c);
        expect(sizes.every((size) => size === Math.floor(n / c) || size === Math.ceil(n / c))).toBe(true);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      }
    });

    it('splits 226 members over 18 communities into 10 groups of 13 and 8 groups of 12', () => {
      const sizes = sizesOf(balanceGroups(randomCity('council-226', 226, 18)));
      expect(sizes.filter((size) => size === 13)).toHaveLength(10);
      expect(sizes.filter((size) => size === 12)).toHaveLength(8);
    });

    it('keeps sizes within one of each other for the demo city', () => {
      const city = generateDemoCity();
      const result = balanceGroups({ members: city.members, communities: city.communities });
      const sizes = sizesOf(result);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    });

    it('still balances when every member lives in the same spot', () => {
      const input = randomCity('one-spot', 10, 3);
      const members = input.members.map((member) => ({ ...member, lat: 30, lng: 120.5 }));
      expect(sizesOf(balanceGroups({ members, communities: input.communities })).sort()).toEqual([3, 3, 4]);
    });
  });

  describe('optimality', () => {
    it('reaches the brute-force minimum total distance on many small random cities', () => {
      for (let seed = 0; seed < 300; seed++) {
        const rng = createSeededRandom(`small-${seed}`);
        const input = randomCity(`small-${seed}`, rng.int(6, 8), rng.int(2, 3), rng.pick([2, 8, 20]));
        expect({ seed, metres: totalMetres(balanceGroups(input)) }).toEqual({ seed, metres: bruteForceOptimum(input).metres });
      }
    });

    it('puts every member in the nearest community when the nearest communities are already balanced', () => {
      const communities = [
        { id: 'west', lat: 30, lng: 120.4 },
        { id: 'east', lat: 30, lng: 120.6 },
      ];
      const members = [120.38, 120.41, 120.42, 120.58, 120.61, 120.63].map((lng, i) => ({ id: `m${i}`, lat: 30, lng }));
      const result = balanceGroups({ members, communities });
      expect(result.assignments.map((a) => a.communityId)).toEqual(['west', 'west', 'west', 'east', 'east', 'east']);
      expect(result.assignments.every((a) => a.rank === 1)).toBe(true);
    });

    it('is deterministic for the same input', () => {
      const input = randomCity('deterministic', 80, 9);
      expect(balanceGroups(input)).toEqual(balanceGroups(input));
    });
  });

  describe('re-balancing', () => {
    it('moves the fewest members and then minimises distance, matching brute force on random current groups', () => {
      for (let seed = 0; seed < 200; seed++) {
        const rng = createSeededRandom(`rebalance-${seed}`);
        const base = randomCity(`rebalance-${seed}`, rng.int(6, 8), rng.int(2, 3));
        const members = base.members.map((member) =>
          rng.chance(0.8) ? { ...member, currentCommunityId: rng.pick(base.communities).id } : member,
        );
        const input = { members, communities: base.communities };
        const result = balanceGroups(input);
        const best = bruteForceOptimum(input);
        expect({ seed, moves: result.moves, metres: totalMetres(result) }).toEqual({ seed, ...best });
      }
    });

    it('moves the minimum number of members after one member joins', () => {
      for (let seed = 0; seed < 100; seed++) {
        const rng = createSeededRandom(`join-${seed}`);
        const before = randomCity(`join-${seed}`, rng.int(5, 7), rng.int(2, 3));
        const settled = withCurrent(before, balanceGroups(before));
        const newcomer = { id: 'newcomer', ...offsetKm(rng, 15) };
        const input = { members: [...settled.members, newcomer], communities: settled.communities };
        const result = balanceGroups(input);
        expect({ seed, moves: result.moves }).toEqual({ seed, moves: bruteForceOptimum(input).moves });
      }
    });

    it('moves the minimum number of members after one member leaves', () => {
      for (let seed = 0; seed < 100; seed++) {
        const rng = createSeededRandom(`leave-${seed}`);
        const before = randomCity(`leave-${seed}`, rng.int(7, 9), rng.int(2, 3));
        const settled = withCurrent(before, balanceGroups(before));
        const leaver = rng.int(0, settled.members.length - 1);
        const input = { members: settled.members.filter((_, i) => i !== leaver), communities: settled.communities };
        const result = balanceGroups(input);
        expect({ seed, moves: result.moves }).toEqual({ seed, moves: bruteForceOptimum(input).moves });
      }
    });

    it('moves nobody when a member joins and there is room for one more', () => {
      const before = randomCity('room-for-one', 12, 4);
      const settled = withCurrent(before, balanceGroups(before));
      const input = { members: [...settled.members, { id: 'newcomer', lat: 30, lng: 120.5 }], communities: settled.communities };
      expect(balanceGroups(input).moves).toBe(0);
    });

    it('moves exactly one member when a member leaves a group that was already at the minimum size', () => {
      const before = randomCity('leave-small', 13, 4);
      const result = balanceGroups(before);
      const settled = withCurrent(before, result);
      const smallGroup = Object.entries(result.groupSizes).find(([, size]) => size === 3)?.[0];
      const leaver = result.assignments.findIndex((a) => a.communityId === smallGroup);
      const input = { members: settled.members.filter((_, i) => i !== leaver), communities: settled.communities };
      const after = balanceGroups(input);
      expect(after.moves).toBe(1);
      expect(sizesOf(after).sort()).toEqual([3, 3, 3, 3]);
    });

    it('keeps a balanced optimal assignment exactly as it is', () => {
      const before = randomCity('stable', 226, 18);
      const first = balanceGroups(before);
      const again = balanceGroups(withCurrent(before, first));
      expect(again.moves).toBe(0);
      expect(again.assignments.map((a) => a.communityId)).toEqual(first.assignments.map((a) => a.communityId));
    });

    it('counts members of a dissolved community as moved', () => {
      const input = randomCity('dissolved', 9, 3);
      const members = input.members.map((member, i) => ({ ...member, currentCommunityId: i < 3 ? 'gone' : undefined }));
      const result = balanceGroups({ members, communities: input.communities });
      expect(result.moves).toBe(3);
      expect(result.assignments[0]).toMatchObject({ moved: true, previousCommunityId: 'gone' });
      expect(result.assignments[0].reason.en).toContain('moved from gone');
    });
  });

  describe('explanations', () => {
    const input = randomCity('explain', 60, 6, 10);
    const result = balanceGroups(input);

    it('reports each distance and rank consistently with the distances to every community', () => {
      result.assignments.forEach((assignment, i) => {
        const member = input.members[i];
        const metres = input.communities.map((community) => distanceMetres(member, community));
        const k = input.communities.findIndex((community) => community.id === assignment.communityId);
        expect(assignment.memberId).toBe(member.id);
        expect(assignment.distanceKm).toBe(metres[k] / 1000);
        expect(assignment.rank).toBe(1 + metres.filter((d) => d < metres[k]).length);
      });
    });

    it('calls rank 1 the nearest community and names the nearer, full community otherwise', () => {
      for (const assignment of result.assignments) {
        if (assignment.rank === 1) {
          expect(assignment.reason).toEqual({ en: 'nearest community', zh: '离住所最近的社区' });
        } else {
          expect(assignment.reason.en).toMatch(/full; this is the \d+(st|nd|rd|th) nearest, \+/);
          expect(assignment.reason.zh).toContain(`第${assignment.rank}近`);
        }
      }
      expect(result.assignments.some((a) => a.rank > 1)).toBe(true);
    });

    it('adds up the total distance from the individual distances', () => {
      const sum = result.assignments.reduce((total, a) => total + Math.round(a.distanceKm * 1000), 0);
      expect(totalMetres(result)).toBe(sum);
    });

    it('marks nobody as moved when no member has a current community', () => {
      expect(result.moves).toBe(0);
      expect(result.assignments.some((a) => a.moved || a.previousCommunityId !== undefined)).toBe(false);
    });
  });
});
