import type { StaffRole } from '@shangliang/auth';
import type { DemoCity } from '../demo-city';

export interface DemoStaffAccount {
  id: string;
  username: string;
  role: StaffRole;
  displayName: string;
  memberId?: string;
  groupId?: string;
  localityId?: string;
  committeeId?: string;
  viceChairId?: string;
  departmentId?: string;
}

/**
 * One login per person in the demo organisation, named after what they are:
 * `admin`, `supervisor`, `convener-loc-001`, `leader-grp-01`, `member-mem-001`,
 * `committee-cmt-01`, `vicechair-vc-1`, `dept-housing`. A second council's admin and supervisor
 * carry its prefix (`county-admin`); its other logins differ by their ids already.
 */
export function demoStaffAccounts(city: DemoCity, councilPrefix = ''): DemoStaffAccount[] {
  const leaders = new Map(city.memberGroups.map((g) => [g.leaderMemberId, g]));
  const committeeOfGroup = new Map(city.memberGroups.map((g) => [g.id, g.specialCommitteeId]));
  return [
    { id: `staff-${councilPrefix}admin`, username: `${councilPrefix}admin`, role: 'admin', displayName: '系统管理员' },
    { id: `staff-${councilPrefix}supervisor`, username: `${councilPrefix}supervisor`, role: 'supervisor', displayName: '民主监督员' },
    ...city.localities.map((l) => ({
      id: `staff-${l.id}`,
      username: `convener-${l.id}`,
      role: 'convener' as const,
      displayName: l.convener.name,
      localityId: l.id,
    })),
    ...city.members.map((m) => {
      const led = leaders.get(m.id);
      return led
        ? { id: `staff-${m.id}`, username: `leader-${led.id}`, role: 'group_leader' as const, displayName: m.name, memberId: m.id, groupId: m.groupId, committeeId: committeeOfGroup.get(m.groupId) }
        : { id: `staff-${m.id}`, username: `member-${m.id}`, role: 'member' as const, displayName: m.name, memberId: m.id, groupId: m.groupId };
    }),
    ...city.specialCommittees.map((c) => ({ id: `staff-${c.id}`, username: `committee-${c.id}`, role: 'committee' as const, displayName: c.name, committeeId: c.id })),
    ...city.viceChairs.map((v) => ({ id: `staff-${v.id}`, username: `vicechair-${v.id}`, role: 'vice_chair' as const, displayName: v.name, viceChairId: v.id })),
    ...city.departments.map((d) => ({ id: `staff-${d.id}`, username: d.id, role: 'department' as const, displayName: d.name, departmentId: d.id })),
  ];
}
