import { type PrismaService, TOTAL_CAP } from '@shangliang/persistence';
import { ConsultationItemRepository } from './consultation-item.repository';

function setUp(counted: number) {
  const consultationItem = { findMany: jest.fn().mockResolvedValue([]), count: jest.fn().mockResolvedValue(counted) };
  return { items: new ConsultationItemRepository({ consultationItem } as unknown as PrismaService), consultationItem };
}

const earliestDeadlineFirst = [{ dueAt: 'asc' }, { problemId: 'asc' }];

describe('the consultation items list', () => {
  it("counts the area's items only up to the cap, in the order of the list, and says when there are more", async () => {
    const { items, consultationItem } = setUp(TOTAL_CAP + 1);
    const [, total] = await items.list({ status: 'concluded', visibility: { communityIds: ['c-01', 'c-02'], memberId: null }, take: 50, skip: 0 });
    expect(total).toEqual({ total: TOTAL_CAP, totalIsLowerBound: true });
    const where = { status: 'concluded', OR: [{ communityId: { in: ['c-01', 'c-02'] } }] };
    expect(consultationItem.count).toHaveBeenCalledWith({ where, orderBy: earliestDeadlineFirst, take: TOTAL_CAP + 1 });
    expect(consultationItem.findMany).toHaveBeenCalledWith({ where, orderBy: earliestDeadlineFirst, take: 50, skip: 0 });
  });

  it("gives the exact total below the cap, of a member's own teams", async () => {
    const { items, consultationItem } = setUp(12);
    const [, total] = await items.list({ visibility: { communityIds: [], memberId: 'm-2' }, take: 50, skip: 0 });
    expect(total).toEqual({ total: 12, totalIsLowerBound: false });
    expect(consultationItem.count).toHaveBeenCalledWith(expect.objectContaining({ where: { status: undefined, OR: [{ leadMemberId: 'm-2' }, { memberIds: { has: 'm-2' } }] } }));
  });
});
