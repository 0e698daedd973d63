export { balanceGroups } from './balance-groups';
export { BalancingException, BalancingExceptionCode } from './balancing.exception';
export type {
  BalanceGroupsInput,
  BalanceGroupsResult,
  BalancingCommunity,
  BalancingMember,
  BilingualText,
  MemberAssignment,
} from './balancing.types';
export { distanceMetres, EARTH_MEAN_RADIUS_KM, haversineKm } from './haversine';
export type { LatLng } from './haversine';
