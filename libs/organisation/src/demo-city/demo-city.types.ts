// Plain data describing one council's organisation, as produced by generateDemoCity().
// Coordinates are flat lat/lng (WGS-84) so members and communities feed balanceGroups() directly.

export type CouncilLevel = 'city' | 'county';

/** 政协: the city council or a county/district (县市区) council running the same programme. */
export interface Council {
  id: string;
  name: string;
  level: CouncilLevel;
}

export interface Person {
  name: string;
  /** 11-digit mainland mobile number, digits only (mask as 138****5678 when shown). */
  phone: string;
}

/** 召集人工作室 or 委员工作室: where residents find the programme and consultations take place. */
export interface Studio {
  address: string;
  /** Human-readable, Chinese first, e.g. "周一至周五 8:30–17:00". */
  openingHours: string;
  /** Names of the people who take turns on duty. */
  dutyRoster: string[];
}

export type LocalityKind = 'street' | 'township';

/** 召集人: organises consultation in one township or street. */
export interface Convener extends Person {
  id: string;
}

/** 街道 (street, urban) or 乡镇 (township). */
export interface Locality {
  id: string;
  councilId: string;
  name: string;
  kind: LocalityKind;
  lat: number;
  lng: number;
  convener: Convener;
  convenerStudio: Studio;
  /** Cadence rule: at least one convener activity every this many months (street 2, township 3). */
  cadenceMonths: 2 | 3;
  /** The same rule in days, for deadline arithmetic (street 61, township 92). */
  cadenceDays: 61 | 92;
}

/** 社区: has exactly one member group and one member studio. */
export interface Community {
  id: string;
  localityId: string;
  name: string;
  lat: number;
  lng: number;
  memberGroupId: string;
  memberStudio: Studio;
}

export const EXPERTISE_TAGS = [
  'law',
  'health',
  'urban_planning',
  'education',
  'environment',
  'transport',
  'social_work',
  'economy',
  'agriculture',
  'construction',
  'culture',
  'elderly_care',
  'water_resources',
  'public_safety',
] as const;
export type ExpertiseTag = (typeof EXPERTISE_TAGS)[number];

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** 政协委员. `lat`/`lng` is the residence, which decides the member group (属地、就近). */
export interface Member extends Person {
  id: string;
  councilId: string;
  lat: number;
  lng: number;
  expertise: ExpertiseTag[];
  /** False while the member cannot take on items (illness, long travel). */
  available: boolean;
  /** Days the member can usually meet residents; empty when unavailable. */
  availableWeekdays: Weekday[];
  /** 政协常委 */
  standing: boolean;
  groupId: string;
}

/** 政协常委: a member of the standing committee; leads one member group as 组长. */
export type StandingMember = Member & { standing: true };

/** 委员小组: the members linked to one community, led by a standing member. */
export interface MemberGroup {
  id: string;
  name: string;
  communityId: string;
  leaderMemberId: string;
  memberIds: string[];
  specialCommitteeId: string;
}

/** 专委会: oversees one or two member groups. */
export interface SpecialCommittee {
  id: string;
  councilId: string;
  name: string;
  viceChairId: string;
  memberGroupIds: string[];
}

/** 分管主席: the vice-chair in charge of several special committees. */
export interface ViceChair extends Person {
  id: string;
  councilId: string;
  specialCommitteeIds: string[];
}

/** 职能部门: a government department that acts on referrals. */
export interface Department {
  /** `dept-${code}` */
  id: string;
  councilId: string;
  code: string;
  name: string;
  contact: Person;
}

export interface DemoCity {
  seed: string;
  council: Council;
  localities: Locality[];
  communities: Community[];
  members: Member[];
  memberGroups: MemberGroup[];
  specialCommittees: SpecialCommittee[];
  viceChairs: ViceChair[];
  departments: Department[];
}
