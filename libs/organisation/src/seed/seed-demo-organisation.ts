import type { PrismaClient } from '@shangliang/persistence';
import { hashPassword } from '@shangliang/auth';
import type { DemoCity } from '../demo-city';
import { demoStaffAccounts } from './demo-staff-accounts';

export interface DemoSeedOptions {
  /** The council above this one (a county's city council). */
  parentCouncilId?: string;
  /** Prefix of the council-wide logins (`admin`, `supervisor`) when a second council is seeded. */
  loginPrefix?: string;
}

/**
 * Writes the demo organisation. Idempotent: rows that exist are left as they are, so it can run
 * on every start. Staff logins only when a demo password is given (never by default); they all
 * share it (hashed once), for demos only.
 */
export async function seedDemoOrganisation(
  prisma: PrismaClient,
  city: DemoCity,
  demoPassword: string | null,
  options: DemoSeedOptions = {},
): Promise<{ staffAccounts: number }> {
  const councilId = city.council.id;
  const passwordHash = demoPassword === null ? null : await hashPassword(demoPassword);
  const staff = passwordHash === null ? [] : demoStaffAccounts(city, options.loginPrefix);
  await prisma.$transaction(async (tx) => {
    await tx.council.createMany({ data: [{ id: councilId, name: city.council.name, level: city.council.level, parentId: options.parentCouncilId }], skipDuplicates: true });
    await tx.viceChair.createMany({ data: city.viceChairs.map((v) => ({ id: v.id, councilId, name: v.name })), skipDuplicates: true });
    await tx.specialCommittee.createMany({
      data: city.specialCommittees.map((c) => ({ id: c.id, councilId, name: c.name, viceChairId: c.viceChairId })),
      skipDuplicates: true,
    });
    await tx.locality.createMany({
      data: city.localities.map((l) => ({
        id: l.id,
        councilId,
        name: l.name,
        kind: l.kind,
        convenerName: l.convener.name,
        convenerPhone: l.convener.phone,
        cadenceDays: l.cadenceDays,
        studioAddress: l.convenerStudio.address,
        studioHours: l.convenerStudio.openingHours,
        studioDuty: l.convenerStudio.dutyRoster,
      })),
      skipDuplicates: true,
    });
    await tx.community.createMany({
      data: city.communities.map((c) => ({
        id: c.id,
        localityId: c.localityId,
        name: c.name,
        lat: c.lat,
        lng: c.lng,
        studioAddress: c.memberStudio.address,
        studioHours: c.memberStudio.openingHours,
        studioDuty: c.memberStudio.dutyRoster,
      })),
      skipDuplicates: true,
    });
    await tx.memberGroup.createMany({
      data: city.memberGroups.map((g) => ({ id: g.id, communityId: g.communityId, committeeId: g.specialCommitteeId, leaderMemberId: g.leaderMemberId })),
      skipDuplicates: true,
    });
    await tx.member.createMany({
      data: city.members.map((m) => ({
        id: m.id,
        councilId,
        name: m.name,
        phone: m.phone,
        standing: m.standing,
        expertise: m.expertise,
        lat: m.lat,
        lng: m.lng,
        available: m.available,
        groupId: m.groupId,
      })),
      skipDuplicates: true,
    });
    await tx.department.createMany({
      data: city.departments.map((d) => ({ id: d.id, councilId, code: d.code, name: d.name, contactName: d.contact.name, contactPhone: d.contact.phone })),
      skipDuplicates: true,
    });
    await tx.staffAccount.createMany({
      data: staff.map((s) => ({
        id: s.id,
        username: s.username,
        passwordHash: passwordHash ?? '',
        role: s.role,
        displayName: s.displayName,
        councilId,
        memberId: s.memberId,
        groupId: s.groupId,
        localityId: s.localityId,
        committeeId: s.committeeId,
        viceChairId: s.viceChairId,
        departmentId: s.departmentId,
      })),
      skipDuplicates: true,
    });
  });
  return { staffAccounts: staff.length };
}
