import { type PrismaService, TOTAL_CAP } from '@shangliang/persistence';
import { InboxRepository } from './inbox.repository';

function setUp(counted: number) {
  const inboxEntry = { findMany: jest.fn().mockResolvedValue([]), count: jest.fn().mockResolvedValue(counted) };
  return { inbox: new InboxRepository({ inboxEntry } as unknown as PrismaService), inboxEntry };
}

const newestFirst = [{ createdAt: 'desc' }, { id: 'asc' }];

describe("a staff member's inbox list", () => {
  it('counts the entries only up to the cap, in the order of the list, and says when there are more', async () => {
    const { inbox, inboxEntry } = setUp(TOTAL_CAP + 1);
    const [, total] = await inbox.list('staff-leader', { unread: false, take: 50, skip: 1000 });
    expect(total).toEqual({ total: TOTAL_CAP, totalIsLowerBound: true });
    expect(inboxEntry.count).toHaveBeenCalledWith({ where: { staffId: 'staff-leader' }, orderBy: newestFirst, take: TOTAL_CAP + 1 });
    expect(inboxEntry.findMany).toHaveBeenCalledWith({ where: { staffId: 'staff-leader' }, orderBy: newestFirst, take: 50, skip: 1000 });
  });

  it('gives the exact total below the cap, of the unread entries when asked for those', async () => {
    const { inbox, inboxEntry } = setUp(357);
    const [, total] = await inbox.list('staff-leader', { unread: true, take: 50, skip: 0 });
    expect(total).toEqual({ total: 357, totalIsLowerBound: false });
    expect(inboxEntry.count).toHaveBeenCalledWith(expect.objectContaining({ where: { staffId: 'staff-leader', readAt: null } }));
  });
});
