import { Injectable } from '@nestjs/common';
import { PrismaService } from '@shangliang/persistence';

export interface StaffPreference {
  staffId: string;
  email: string | null;
  phone: string | null;
  channels: string[];
  locale: string;
}

/** Staff members' own notification channels (the inbox is always on and not stored). */
@Injectable()
export class StaffPreferenceRepository {
  constructor(private readonly prisma: PrismaService) {}

  async find(staffId: string): Promise<StaffPreference | null> {
    return (await this.findMany([staffId])).get(staffId) ?? null;
  }

  /** Raw: read for every notice to staff, when it is planned and again when it is sent. */
  async findMany(staffIds: string[]): Promise<Map<string, StaffPreference>> {
    if (!staffIds.length) return new Map();
    const rows = await this.prisma.$queryRaw<StaffPreference[]>`
      SELECT staff_id AS "staffId", email, phone, channels, locale FROM notifications.staff_preferences WHERE staff_id = ANY(${staffIds}::text[])`;
    return new Map(rows.map((r) => [r.staffId, r]));
  }

  save(preference: StaffPreference): Promise<StaffPreference> {
    const { staffId, ...data } = preference;
    return this.prisma.staffNotificationPreference.upsert({ where: { staffId }, create: preference, update: data });
  }
}
