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

  find(staffId: string): Promise<StaffPreference | null> {
    return this.prisma.staffNotificationPreference.findUnique({ where: { staffId } });
  }

  async findMany(staffIds: string[]): Promise<Map<string, StaffPreference>> {
    if (!staffIds.length) return new Map();
    const rows = await this.prisma.staffNotificationPreference.findMany({ where: { staffId: { in: staffIds } } });
    return new Map(rows.map((r) => [r.staffId, r]));
  }

  save(preference: StaffPreference): Promise<StaffPreference> {
    const { staffId, ...data } = preference;
    return this.prisma.staffNotificationPreference.upsert({ where: { staffId }, create: preference, update: data });
  }
}
