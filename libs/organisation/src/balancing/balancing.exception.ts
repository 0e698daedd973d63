export enum BalancingExceptionCode {
  Empty = 'empty',
  InvalidEntry = 'invalid_entry',
  InvalidId = 'invalid_id',
  DuplicateId = 'duplicate_id',
  InvalidCoordinate = 'invalid_coordinate',
  TooManyCommunities = 'too_many_communities',
  /** Costs would leave the range where JavaScript numbers are exact integers. */
  TooLarge = 'too_large',
}

/** Bad input to the group balancer; `field` is the path of the offending value, e.g. `members[3].lat`. */
export class BalancingException extends Error {
  override readonly name = 'BalancingException';

  constructor(
    readonly code: BalancingExceptionCode,
    readonly field: string,
    detail: string,
  ) {
    super(`${field}: ${detail}`);
  }
}
