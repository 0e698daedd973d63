import { BalancingException, BalancingExceptionCode } from './balancing.exception';
import type { BalanceGroupsInput } from './balancing.types';

interface Located {
  id: unknown;
  lat: unknown;
  lng: unknown;
}

/**
 * Checks the input at the balancer's boundary, so the solver can assume a well-formed, feasible
 * problem. Callers may hand us parsed JSON, hence the defensive `unknown` checks.
 */
export function validateBalancingInput(input: BalanceGroupsInput): void {
  validateList(input.members, 'members');
  validateList(input.communities, 'communities');
  input.members.forEach((member, index) => {
    const current: unknown = member.currentCommunityId;
    if (current !== undefined && (typeof current !== 'string' || current === '')) {
      throw new BalancingException(
        BalancingExceptionCode.InvalidId,
        `members[${index}].currentCommunityId`,
        'must be a non-empty string when given',
      );
    }
  });
  if (input.communities.length > input.members.length) {
    throw new BalancingException(
      BalancingExceptionCode.TooManyCommunities,
      'communities',
      `${input.communities.length} communities but only ${input.members.length} members; every group needs at least one member`,
    );
  }
}

function validateList(items: readonly Located[] | undefined, field: string): void {
  if (!Array.isArray(items) || items.length === 0) {
    throw new BalancingException(BalancingExceptionCode.Empty, field, 'must be a non-empty array');
  }
  const seen = new Set<string>();
  items.forEach((item: Located | null, index) => {
    const path = `${field}[${index}]`;
    if (typeof item !== 'object' || item === null) {
      throw new BalancingException(BalancingExceptionCode.InvalidEntry, path, 'must be an object with id, lat and lng');
    }
    if (typeof item.id !== 'string' || item.id === '') {
      throw new BalancingException(BalancingExceptionCode.InvalidId, `${path}.id`, 'must be a non-empty string');
    }
    if (seen.has(item.id)) {
      throw new BalancingException(BalancingExceptionCode.DuplicateId, `${path}.id`, `duplicate id "${item.id}"`);
    }
    seen.add(item.id);
    validateCoordinate(item.lat, 90, `${path}.lat`);
    validateCoordinate(item.lng, 180, `${path}.lng`);
  });
}

function validateCoordinate(value: unknown, limit: number, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
    throw new BalancingException(
      BalancingExceptionCode.InvalidCoordinate,
      field,
      `must be a finite number between -${limit} and ${limit}`,
    );
  }
}
