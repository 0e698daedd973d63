import { BalancingException, BalancingExceptionCode } from './balancing.exception';
import type { BalanceGroupsInput, BalanceGroupsResult, BalancingCommunity, MemberAssignment } from './balancing.types';
import { explainAssignment } from './explain-assignment';
import { distanceMetres } from './haversine';
import { MinCostFlow } from './min-cost-flow';
import { validateBalancingInput } from './validate-balancing-input';

/**
 * Splits council members into one group per community (属地、就近): every group has floor(N/C) or
 * ceil(N/C) members and the total residence → community distance is minimal. When members carry a
 * current community, the result first moves as few of them as possible and only then minimises
 * distance. Exact (min-cost flow), deterministic for the same input order.
 */
export function balanceGroups(input: BalanceGroupsInput): BalanceGroupsResult {
  validateBalancingInput(input);
  const { members, communities } = input;
  const metres = members.map((member) => communities.map((community) => distanceMetres(member, community)));
  const costs = applyMovePenalty(metres, input);
  const chosen = solveBalancedAssignment(costs, communities.length);
  return summarise(input, metres, chosen);
}

/**
 * Re-balancing is lexicographic (fewest moves, then least distance), folded into one cost by a
 * per-move penalty P. Any two assignments' total distances differ by at most
 * D = Σ_i (max_k d_ik − min_k d_ik). With P = D + 1, an assignment with m moves costs at most
 * m·P + Σ_i max_k d_ik, and any assignment with m + 1 moves costs at least
 * (m + 1)·P + Σ_i min_k d_ik = m·P + Σ_i max_k d_ik + 1 — strictly more. So fewer moves always
 * wins, and at equal moves the penalties cancel and distance decides: the optimum of the combined
 * cost is exactly the lexicographic optimum.
 */
function applyMovePenalty(metres: number[][], input: BalanceGroupsInput): number[][] {
  const { members, communities } = input;
  if (members.every((member) => member.currentCommunityId === undefined)) return metres;
  const spread = metres.reduce((sum, row) => sum + Math.max(...row) - Math.min(...row), 0);
  const penalty = spread + 1;
  const longest = metres.reduce((max, row) => Math.max(max, ...row), 0);
  const worst = members.length * (penalty + longest);
  // Dijkstra sums a few path costs plus potentials; keep generous headroom below 2^53.
  if (worst * 4 > Number.MAX_SAFE_INTEGER) {
    throw new BalancingException(BalancingExceptionCode.TooLarge, 'members', 'too many members or distances too large');
  }
  return metres.map((row, i) =>
    row.map((d, k) => {
      const current = members[i].currentCommunityId;
      return current !== undefined && current !== communities[k].id ? d + penalty : d;
    }),
  );
}

/**
 * Min-cost flow network, for N members, C communities, q = floor(N/C) and r = N mod C:
 *
 *   source → member          cap 1, cost 0
 *   member → community       cap 1, cost = costs[i][k]
 *   community → sink         cap q       (each community's mandatory q members)
 *   community → extras       cap 1       (at most one member beyond q)
 *   extras → sink            cap r       (exactly r communities take one more)
 *
 * The arcs into the sink hold C·q + r = N units in total, and a flow of N always exists (any member
 * may join any community), so a maximum flow saturates all of them: every community gets exactly
 * q, plus one for exactly r communities. This is the lower-bound transformation of "at least q,
 * at most q + 1" — no big-M cost is needed — and the min-cost maximum flow is the cheapest
 * balanced assignment. Returns the chosen community index per member.
 */
function solveBalancedAssignment(costs: readonly (readonly number[])[], communityCount: number): number[] {
  const n = costs.length;
  const c = communityCount;
  const source = 0;
  const firstCommunity = n + 1;
  const extras = n + c + 1;
  const sink = n + c + 2;
  const network = new MinCostFlow(n + c + 3);
  const arcs = costs.map((row, i) => {
    network.addEdge(source, 1 + i, 1, 0);
    return row.map((cost, k) => network.addEdge(1 + i, firstCommunity + k, 1, cost));
  });
  const quota = Math.floor(n / c);
  const remainder = n % c;
  for (let k = 0; k < c; k++) {
    network.addEdge(firstCommunity + k, sink, quota, 0);
    if (remainder > 0) network.addEdge(firstCommunity + k, extras, 1, 0);
  }
  if (remainder > 0) network.addEdge(extras, sink, remainder, 0);
  const { flow } = network.run(source, sink, n);
  if (flow !== n) throw new Error(`balancing network carried ${flow} of ${n} members`); // unreachable by construction
  return arcs.map((row) => row.findIndex((arc) => network.flowOn(arc) === 1));
}

function summarise(input: BalanceGroupsInput, metres: number[][], chosen: number[]): BalanceGroupsResult {
  const { members, communities } = input;
  const groupSizes: Record<string, number> = Object.fromEntries(communities.map((community) => [community.id, 0]));
  let totalMetres = 0;
  const assignments = members.map((member, i): MemberAssignment => {
    const community: BalancingCommunity = communities[chosen[i]];
    groupSizes[community.id] += 1;
    totalMetres += metres[i][chosen[i]];
    const explanation = explainAssignment({
      metresRow: metres[i],
      assigned: chosen[i],
      communities,
      previousCommunityId: member.currentCommunityId,
    });
    return {
      memberId: member.id,
      communityId: community.id,
      distanceKm: metres[i][chosen[i]] / 1000,
      ...explanation,
      ...(member.currentCommunityId !== undefined && { previousCommunityId: member.currentCommunityId }),
    };
  });
  const moves = assignments.filter((assignment) => assignment.moved).length;
  return { assignments, groupSizes, totalDistanceKm: totalMetres / 1000, moves };
}
