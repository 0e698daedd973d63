import { balanceGroups } from './balance-groups';
import { BalancingException, BalancingExceptionCode } from './balancing.exception';
import type { BalanceGroupsInput } from './balancing.types';

const communities = [
  { id: 'c1', lat: 30, lng: 120.5 },
  { id: 'c2', lat: 30.01, lng: 120.51 },
];
const members = [
  { id: 'm1', lat: 30, lng: 120.5 },
  { id: 'm2', lat: 30.02, lng: 120.52 },
  { id: 'm3', lat: 30.03, lng: 120.49 },
];

function failure(input: BalanceGroupsInput): BalancingException {
  try {
    balanceGroups(input);
  } catch (error) {
    if (error instanceof BalancingException) return error;
    throw error;
  }
  throw new Error('expected a BalancingException');
}

describe('balanceGroups input validation', () => {
  it.each<[string, BalanceGroupsInput, string, BalancingExceptionCode]>([
    ['there are no members', { members: [], communities }, 'members', BalancingExceptionCode.Empty],
    ['there are no communities', { members, communities: [] }, 'communities', BalancingExceptionCode.Empty],
    [
      'two members share an id',
      { members: [...members, { id: 'm2', lat: 30, lng: 120 }], communities },
      'members[3].id',
      BalancingExceptionCode.DuplicateId,
    ],
    [
      'two communities share an id',
      { members, communities: [...communities, { id: 'c1', lat: 30, lng: 120 }] },
      'communities[2].id',
      BalancingExceptionCode.DuplicateId,
    ],
    [
      'a member id is empty',
      { members: [{ id: '', lat: 30, lng: 120 }, ...members], communities },
      'members[0].id',
      BalancingExceptionCode.InvalidId,
    ],
    [
      'a latitude is not a number',
      { members: [members[0], { id: 'm9', lat: Number.NaN, lng: 120 }], communities },
      'members[1].lat',
      BalancingExceptionCode.InvalidCoordinate,
    ],
    [
      'a latitude is beyond the pole',
      { members: [{ id: 'm9', lat: 91, lng: 120 }, ...members], communities },
      'members[0].lat',
      BalancingExceptionCode.InvalidCoordinate,
    ],
    [
      'a community longitude is infinite',
      { members, communities: [communities[0], { id: 'c9', lat: 30, lng: Number.POSITIVE_INFINITY }] },
      'communities[1].lng',
      BalancingExceptionCode.InvalidCoordinate,
    ],
    [
      'a current community id is empty',
      { members: [members[0], { ...members[1], currentCommunityId: '' }], communities },
      'members[1].currentCommunityId',
      BalancingExceptionCode.InvalidId,
    ],
    [
      'there are more communities than members',
      { members: members.slice(0, 1), communities },
      'communities',
      BalancingExceptionCode.TooManyCommunities,
    ],
  ])('names the bad field when %s', (_, input, field, code) => {
    const error = failure(input);
    expect(error.field).toBe(field);
    expect(error.code).toBe(code);
    expect(error.message).toContain(field);
  });

  it('names the entry when a list holds null in parsed JSON', () => {
    const input = JSON.parse('{"members":[{"id":"m1","lat":30,"lng":120},null],"communities":[{"id":"c1","lat":30,"lng":120}]}');
    expect(failure(input)).toMatchObject({ field: 'members[1]', code: BalancingExceptionCode.InvalidEntry });
  });

  it('rejects a coordinate given as a string in parsed JSON', () => {
    const input = JSON.parse('{"members":[{"id":"m1","lat":"30","lng":120}],"communities":[{"id":"c1","lat":30,"lng":120}]}');
    expect(failure(input).field).toBe('members[0].lat');
  });
});
