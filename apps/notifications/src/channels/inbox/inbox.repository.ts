import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';

export type InboxEntryRecord = Prisma.InboxEntryGetPayload<object>;

/** Staff members' console inboxes. Only the notifications service uses it. */
@Injectable()
export class InboxRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One entry per delivery (unique), so a second send of the same delivery adds nothing. Raw: every staff notice passes here. */
  async add(entry: Omit<InboxEntryRecord, 'createdAt' | 'readAt'>): Promise<void> {
    await this.prisma.$executeRaw`
      INSERT INTO notifications.inbox_entries (id, delivery_id, staff_id, event_kind, title, body, link)
      VALUES (${entry.id}::uuid, ${entry.deliveryId}::uuid, ${entry.staffId}, ${entry.eventKind}, ${entry.title}, ${entry.body}, ${entry.link})
      ON CONFLICT DO NOTHING`;
  }

  list(staffId: string, filter: { unread: boolean; take: number; skip: number }) {
    const where: Prisma.InboxEntryWhereInput = { staffId, ...(filter.unread ? { readAt: null } : {}) };
    return this.prisma.$transaction([
      this.prisma.inboxEntry.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: filter.take, skip: filter.skip }),
      this.prisma.inboxEntry.count({ where }),
    ]);
  }

  unreadCount(staffId: string): Promise<number> {
    return this.prisma.inboxEntry.count({ where: { staffId, readAt: null } });
  }

  /** Marks one of the staff member's own entries read; false when it is not theirs. */
  async markRead(staffId: string, id: string): Promise<boolean> {
    const entry = await this.prisma.inboxEntry.findFirst({ where: { id, staffId }, select: { id: true } });
    if (!entry) return false;
    await this.prisma.inboxEntry.updateMany({ where: { id, readAt: null }, data: { readAt: new Date() } });
    return true;
  }

  async markAllRead(staffId: string): Promise<number> {
    return (await this.prisma.inboxEntry.updateMany({ where: { staffId, readAt: null }, data: { readAt: new Date() } })).count;
  }
}
