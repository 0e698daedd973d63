import type { Community, DemoCity, Department, ExpertiseTag, Locality, Member, MemberGroup } from './demo-city.types';

/** The county council's ids carry a `c` so they can never meet the city's (`loc-001`, `com-01`, …). */
export const DEMO_COUNTY_COUNCIL_ID = 'council-county';

const GROUP_SIZE = 6;
const SURNAMES = ['赵', '钱', '孙', '李', '周', '吴', '郑', '冯', '陈', '褚', '卫', '蒋'];
const GIVEN = ['建国', '秀英', '志强', '丽华', '海燕', '国平'];
const EXPERTISE: ExpertiseTag[][] = [
  ['law'],
  ['agriculture', 'water_resources'],
  ['health', 'elderly_care'],
  ['construction', 'urban_planning'],
  ['education'],
  ['environment', 'public_safety'],
];
const DEPARTMENTS = [
  { code: 'housing', name: '县住房和城乡建设局' },
  { code: 'agriculture', name: '县农业农村局' },
  { code: 'water', name: '县水利局' },
];

function phone(n: number): string {
  return `1390000${String(1000 + n).padStart(4, '0')}`;
}

/**
 * A small county council (县市区政协) running the same programme one level down: one vice-chair,
 * one special committee over two member groups, a street and a township each with a convener and
 * a community, three departments. Written out rather than generated, so access tests can name
 * its people: `county-admin`, `county-supervisor`, `convener-cloc-01`, `leader-cgrp-01`,
 * `member-cmem-02`, `committee-ccmt-01`, `vicechair-cvc-1`, `cdept-housing`.
 */
export function generateDemoCounty(): DemoCity {
  const councilId = DEMO_COUNTY_COUNCIL_ID;
  const sites = [
    { locality: 'cloc-01', kind: 'street' as const, name: '城关街道', community: 'ccom-01', communityName: '城关社区', lat: 30.61, lng: 120.48 },
    { locality: 'cloc-02', kind: 'township' as const, name: '青山镇', community: 'ccom-02', communityName: '青山村', lat: 30.66, lng: 120.55 },
  ];
  let person = 0;
  const nextPerson = () => {
    person += 1;
    return { name: `${SURNAMES[person % SURNAMES.length]}${GIVEN[person % GIVEN.length]}`, phone: phone(person) };
  };
  const localities: Locality[] = sites.map((s) => ({
    id: s.locality,
    councilId,
    name: s.name,
    kind: s.kind,
    lat: s.lat,
    lng: s.lng,
    convener: { id: `conv-${s.locality}`, ...nextPerson() },
    convenerStudio: { address: `青山县${s.name}便民服务中心二楼`, openingHours: '周一至周五 9:00–17:00', dutyRoster: ['召集人'] },
    cadenceMonths: s.kind === 'street' ? 2 : 3,
    cadenceDays: s.kind === 'street' ? 61 : 92,
  }));
  const members: Member[] = [];
  const memberGroups: MemberGroup[] = sites.map((s, g) => {
    const groupId = `cgrp-0${g + 1}`;
    const ids = Array.from({ length: GROUP_SIZE }, (_, i) => `cmem-${String(g * GROUP_SIZE + i + 1).padStart(2, '0')}`);
    ids.forEach((id, i) =>
      members.push({
        id,
        councilId,
        ...nextPerson(),
        lat: s.lat + i * 0.002,
        lng: s.lng - i * 0.002,
        expertise: EXPERTISE[i],
        available: true,
        availableWeekdays: [1, 2, 3, 4, 5],
        standing: i === 0,
        groupId,
      }),
    );
    return { id: groupId, name: `${s.communityName}委员小组`, communityId: s.community, leaderMemberId: ids[0], memberIds: ids, specialCommitteeId: 'ccmt-01' };
  });
  const communities: Community[] = sites.map((s, g) => ({
    id: s.community,
    localityId: s.locality,
    name: s.communityName,
    lat: s.lat,
    lng: s.lng,
    memberGroupId: memberGroups[g].id,
    memberStudio: { address: `${s.communityName}党群服务中心`, openingHours: '周三 14:00–17:00', dutyRoster: members.filter((m) => m.groupId === memberGroups[g].id).slice(0, 3).map((m) => m.name) },
  }));
  const departments: Department[] = DEPARTMENTS.map((d) => ({ id: `cdept-${d.code}`, councilId, code: `county-${d.code}`, name: d.name, contact: nextPerson() }));
  return {
    seed: 'county',
    council: { id: councilId, name: '青山县政协', level: 'county' },
    localities,
    communities,
    members,
    memberGroups,
    specialCommittees: [{ id: 'ccmt-01', councilId, name: '县社会和法制委员会', viceChairId: 'cvc-1', memberGroupIds: memberGroups.map((g) => g.id) }],
    viceChairs: [{ id: 'cvc-1', councilId, ...nextPerson(), specialCommitteeIds: ['ccmt-01'] }],
    departments,
  };
}
