import { Prisma } from '@shangliang/persistence';
import { wrongStage } from '@shangliang/http';
import type { DuplicateFinder } from '../duplicates/duplicate-finder';
import type { JoinProblemUseCase } from '../duplicates/join-problem.usecase';
import type { SubmitProblemUseCase } from '../problems/submit-problem.usecase';
import type { ResidentContacts } from '../residents/resident-contacts';
import type { HotlineOrderRecord, HotlineOrderRepository } from './hotline-order.repository';
import { SubmitWorkOrderUseCase } from './submit-work-order.usecase';
import { type WorkOrder, workOrderHash, workOrderSchema } from './work-order.schema';

const order: WorkOrder = workOrderSchema.parse({
  orderNumber: 'GD-1',
  receivedAt: '2026-11-20T09:30:00+08:00',
  callerPhone: '13812345678',
  requestType: 'complaint',
  category: 'public_facilities',
  communityId: 'com-01',
  content: '5号楼前的路灯坏了三个星期',
  urgency: 'normal',
});

const uniqueViolation = () => new Prisma.PrismaClientKnownRequestError('unique', { code: 'P2002', clientVersion: 'test' });

function setup(options: { known?: Partial<HotlineOrderRecord> | null; residentId?: string | null; duplicateOf?: string | null; createdUnderKey?: string | null; replayed?: boolean } = {}) {
  const recorded: HotlineOrderRecord[] = [];
  const orders = {
    find: jest.fn(async (): Promise<HotlineOrderRecord | null> => (options.known ? ({ partnerId: 'p1', orderNumber: 'GD-1', problemId: 'prob-1', requestHash: workOrderHash(order), merged: false, ...options.known } as HotlineOrderRecord) : (recorded[0] ?? null))),
    residentIdByPhoneDigest: jest.fn().mockResolvedValue(options.residentId ?? null),
    problemCreatedUnder: jest.fn().mockResolvedValue(options.createdUnderKey ?? null),
    problemIdentifiers: jest.fn(async (id: string) => ({ id, reference: `SL-${id}`, trackingCode: 'TRACK123', stage: 'screening' })),
    record: jest.fn(async (o) => void recorded.push(o)),
  };
  const submit = { execute: jest.fn().mockResolvedValue({ problem: { id: 'prob-new' }, replayed: options.replayed ?? false }) };
  const finder = { sameCallerDuplicate: jest.fn().mockResolvedValue(options.duplicateOf ?? null) };
  const join = { execute: jest.fn().mockResolvedValue({}) };
  const contacts = { digest: jest.fn().mockReturnValue('digest-of-phone') };
  const useCase = new SubmitWorkOrderUseCase(
    orders as unknown as HotlineOrderRepository,
    submit as unknown as SubmitProblemUseCase,
    finder as unknown as DuplicateFinder,
    join as unknown as JoinProblemUseCase,
    contacts as unknown as ResidentContacts,
  );
  return { useCase, orders, submit, finder, join };
}

describe('receiving a hotline work order', () => {
  it('raises a hotline problem keyed by partner and order number, and records the order', async () => {
    const { useCase, submit, orders } = setup();
    const outcome = await useCase.execute('p1', order);
    expect(outcome).toEqual({ created: true, result: { problemId: 'prob-new', reference: 'SL-prob-new', trackingCode: 'TRACK123', merged: false } });
    expect(submit.execute).toHaveBeenCalledWith(expect.objectContaining({ communityId: 'com-01' }), { source: 'hotline', idempotency: { scope: 'hotline', key: 'p1/GD-1' } });
    expect(orders.record).toHaveBeenCalledWith(expect.objectContaining({ partnerId: 'p1', orderNumber: 'GD-1', problemId: 'prob-new', merged: false }));
  });

  it('answers a resend with the same problem and creates nothing', async () => {
    const { useCase, submit, orders } = setup({ known: {} });
    await expect(useCase.execute('p1', order)).resolves.toEqual({ created: false, result: { problemId: 'prob-1', reference: 'SL-prob-1', trackingCode: 'TRACK123', merged: false } });
    expect(submit.execute).not.toHaveBeenCalled();
    expect(orders.record).not.toHaveBeenCalled();
  });

  it('refuses an order number reused for different content', async () => {
    const { useCase } = setup({ known: { requestHash: 'something-else' } });
    await expect(useCase.execute('p1', order)).rejects.toMatchObject({ status: 409, code: 'idempotency_key_reused' });
  });

  it("adds a caller's repeated complaint to their open problem instead of raising another", async () => {
    const { useCase, submit, join, orders } = setup({ residentId: 'res-1', duplicateOf: 'prob-open' });
    const outcome = await useCase.execute('p1', order);
    expect(outcome).toEqual({ created: true, result: expect.objectContaining({ problemId: 'prob-open', merged: true }) });
    expect(join.execute).toHaveBeenCalledWith('prob-open', expect.objectContaining({ phone: '13812345678' }), 'hotline', 'hotline.p1.GD-1.joined');
    expect(submit.execute).not.toHaveBeenCalled();
    expect(orders.record).toHaveBeenCalledWith(expect.objectContaining({ problemId: 'prob-open', merged: true }));
  });

  it('never merges an order into the problem a concurrent copy of the same order just raised', async () => {
    const { useCase, join, submit } = setup({ residentId: 'res-1', duplicateOf: 'prob-new', createdUnderKey: 'prob-new', replayed: true });
    const outcome = await useCase.execute('p1', order);
    expect(join.execute).not.toHaveBeenCalled();
    expect(submit.execute).toHaveBeenCalled();
    expect(outcome.result.merged).toBe(false);
  });

  it('raises its own problem when the open problem closed before the caller could join it', async () => {
    const { useCase, join, submit } = setup({ residentId: 'res-1', duplicateOf: 'prob-open' });
    join.execute.mockRejectedValue(wrongStage('closed'));
    const outcome = await useCase.execute('p1', order);
    expect(submit.execute).toHaveBeenCalled();
    expect(outcome.result).toMatchObject({ problemId: 'prob-new', merged: false });
  });

  it('lets exactly one of several concurrent copies report the problem as created', async () => {
    const winner = setup();
    const loser = setup({ replayed: true });
    loser.orders.record.mockRejectedValueOnce(uniqueViolation());
    loser.orders.find.mockResolvedValueOnce(null).mockResolvedValueOnce({ partnerId: 'p1', orderNumber: 'GD-1', problemId: 'prob-new', requestHash: workOrderHash(order), merged: false } as HotlineOrderRecord);
    expect((await winner.useCase.execute('p1', order)).created).toBe(true);
    const lost = await loser.useCase.execute('p1', order);
    expect(lost).toEqual({ created: false, result: expect.objectContaining({ problemId: 'prob-new' }) });
  });

  it('looks the caller up by the digest of their number, never by the number', async () => {
    const { useCase, orders } = setup();
    await useCase.execute('p1', order);
    expect(orders.residentIdByPhoneDigest).toHaveBeenCalledWith('digest-of-phone');
  });
});
