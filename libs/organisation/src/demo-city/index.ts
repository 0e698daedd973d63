export { DEFAULT_DEMO_SEED, generateDemoCity } from './generate-demo-city';
export { DEMO_COUNTY_COUNCIL_ID, generateDemoCounty } from './demo-county';
export { EXPERTISE_TAGS } from './demo-city.types';
export type {
  Community,
  Convener,
  Council,
  CouncilLevel,
  DemoCity,
  Department,
  ExpertiseTag,
  Locality,
  LocalityKind,
  Member,
  MemberGroup,
  Person,
  SpecialCommittee,
  StandingMember,
  Studio,
  ViceChair,
  Weekday,
} from './demo-city.types';
export { createSeededRandom, type SeededRandom } from './seeded-random';
export * from './demo-notification-channels';
