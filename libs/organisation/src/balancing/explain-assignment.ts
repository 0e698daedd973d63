import type { BalancingCommunity, BilingualText } from './balancing.types';

export interface AssignmentFacts {
  /** Metres from the member's residence to every community, in community order. */
  metresRow: readonly number[];
  assigned: number;
  communities: readonly BalancingCommunity[];
  previousCommunityId?: string;
}

export interface AssignmentExplanation {
  rank: number;
  moved: boolean;
  reason: BilingualText;
}

/** How many nearer communities to name before summarising the rest. */
const NAMED_ALTERNATIVES = 3;

/** Explains one member's placement relative to the communities nearer to their residence. */
export function explainAssignment(facts: AssignmentFacts): AssignmentExplanation {
  const { metresRow, assigned, communities, previousCommunityId } = facts;
  const nearer = metresRow
    .map((metres, index) => ({ metres, index }))
    .filter((candidate) => candidate.metres < metresRow[assigned])
    .sort((a, b) => a.metres - b.metres || a.index - b.index);
  const rank = nearer.length + 1;
  const stayed = previousCommunityId === communities[assigned].id;
  const moved = previousCommunityId !== undefined && !stayed;
  const extraMetres = rank === 1 ? 0 : metresRow[assigned] - nearer[0].metres;
  const names = nearer.map((candidate) => label(communities[candidate.index]));
  const base = rank === 1 ? NEAREST : stayed ? keptReason(names[0], extraMetres) : fullReason(names, extraMetres);
  if (!moved || previousCommunityId === undefined) return { rank, moved, reason: base };
  const from = communities.find((community) => community.id === previousCommunityId);
  // A community missing from the input was dissolved; its id is all we can show.
  const fromLabel = from ? label(from) : previousCommunityId;
  return {
    rank,
    moved,
    reason: { en: `${base.en}; moved from ${fromLabel}`, zh: `${base.zh}；由${fromLabel}调整而来` },
  };
}

const NEAREST: BilingualText = { en: 'nearest community', zh: '离住所最近的社区' };

function keptReason(nearestName: string, extraMetres: number): BilingualText {
  const distance = formatDistance(extraMetres);
  return {
    en: `kept in current community to avoid a move; nearest community (${nearestName}) is ${distance.en} closer`,
    zh: `留在原社区以减少调整；最近的社区（${nearestName}）近${distance.zh}`,
  };
}

function fullReason(nearerNames: readonly string[], extraMetres: number): BilingualText {
  const rank = nearerNames.length + 1;
  const distance = formatDistance(extraMetres);
  if (rank === 2) {
    return {
      en: `nearest community (${nearerNames[0]}) was full; this is the 2nd nearest, +${distance.en}`,
      zh: `最近的社区（${nearerNames[0]}）名额已满；这是第2近的社区，远${distance.zh}`,
    };
  }
  const shown = nearerNames.slice(0, NAMED_ALTERNATIVES);
  const hidden = nearerNames.length - shown.length;
  const enList = shown.join(', ') + (hidden > 0 ? ` and ${hidden} more` : '');
  const zhList = shown.join('、') + (hidden > 0 ? `等${nearerNames.length}个` : '');
  return {
    en: `nearer communities (${enList}) were full; this is the ${ordinal(rank)} nearest, +${distance.en}`,
    zh: `更近的社区（${zhList}）名额已满；这是第${rank}近的社区，远${distance.zh}`,
  };
}

function label(community: BalancingCommunity): string {
  return community.name ?? community.id;
}

/** Short distances read better in metres: "+40 m" rather than "+0.0 km". */
export function formatDistance(metres: number): BilingualText {
  if (metres < 100) return { en: `${metres} m`, zh: `${metres}米` };
  // Round in whole hectometres first: (850 / 1000).toFixed(1) would give "0.8" through float error.
  const km = (Math.round(metres / 100) / 10).toFixed(1);
  return { en: `${km} km`, zh: `${km}公里` };
}

export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
