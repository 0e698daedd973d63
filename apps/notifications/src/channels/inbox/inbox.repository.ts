import { Injectable } from '@nestjs/common';
import { type CappedTotal, pageWithCappedTotal, type Prisma, PrismaService } from '@shangliang/persistence';

export type InboxEntryRecord = Prisma.InboxEntryGetPayload<object>;

/**
 * Newest first. The index (staff_id, created_at DESC, id) and its part of the unread ones (read_at
 * IS NULL) serve this order, so a page and the capped total walk an index and stop however many
 * entries a group leader has; the unread part also counts the bell.
 */
const LIST_ORDER: Prisma.InboxEntryOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'asc' }];

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

  /** A page of the staff member's entries, and how many there are up to TOTAL_CAP. */
  list(staffId: string, filter: { unread: boolean; take: number; skip: number }): Promise<[InboxEntryRecord[], CappedTotal]> {
    const where: Prisma.InboxEntryWhereInput = { staffId, ...(filter.unread ? { readAt: null } : {}) };
    return pageWithCappedTotal(
      { where, orderBy: LIST_ORDER },
      (query) => this.prisma.inboxEntry.findMany({ ...query, take: filter.take, skip: filter.skip }),
      (query) => this.prisma.inboxEntry.count(query),
    );
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
