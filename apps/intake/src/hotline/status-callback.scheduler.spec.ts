import type { StatusCallbackQueue } from './status-callback.queue';
import type { StatusCallbackRepository } from './status-callback.repository';
import { callbackId, StatusCallbackScheduler } from './status-callback.scheduler';

const command = {
  commandId: 'problem-1/run-1/7',
  problemId: 'prob-1',
  stage: 'screening' as const,
  kind: 'stage_entered',
  detail: {},
  dueAt: null,
  escalated: false,
  occurredAt: '2026-11-20T01:02:03.000Z',
};

function setup(orders: { partnerId: string; orderNumber: string }[]) {
  const callbacks = { ordersFollowing: jest.fn().mockResolvedValue(orders), createPending: jest.fn().mockResolvedValue(undefined) };
  const queue = { enqueue: jest.fn().mockResolvedValue(undefined) };
  return { scheduler: new StatusCallbackScheduler(callbacks as unknown as StatusCallbackRepository, queue as unknown as StatusCallbackQueue), callbacks, queue };
}

describe('scheduling status callbacks', () => {
  it('records and queues one callback per partner order following the problem when it enters a stage', async () => {
    const { scheduler, callbacks, queue } = setup([
      { partnerId: 'p1', orderNumber: 'GD-1' },
      { partnerId: 'p1', orderNumber: 'GD-9' },
    ]);
    await scheduler.progressRecorded(command);
    const rows = callbacks.createPending.mock.calls[0][0];
    expect(rows).toEqual([
      { id: callbackId(command.commandId, { partnerId: 'p1', orderNumber: 'GD-1' }), partnerId: 'p1', orderNumber: 'GD-1', problemId: 'prob-1', stage: 'screening' },
      { id: callbackId(command.commandId, { partnerId: 'p1', orderNumber: 'GD-9' }), partnerId: 'p1', orderNumber: 'GD-9', problemId: 'prob-1', stage: 'screening' },
    ]);
    expect(queue.enqueue).toHaveBeenCalledWith(rows.map((r: { id: string }) => r.id));
  });

  it('sends nothing for steps that are not a change of stage', async () => {
    const { scheduler, callbacks } = setup([{ partnerId: 'p1', orderNumber: 'GD-1' }]);
    await scheduler.progressRecorded({ ...command, kind: 'team_formed' });
    expect(callbacks.ordersFollowing).not.toHaveBeenCalled();
  });

  it('gives a redelivered command the same callback ids, so it is not sent twice', () => {
    const order = { partnerId: 'p1', orderNumber: 'GD-1' };
    expect(callbackId(command.commandId, order)).toBe(callbackId(command.commandId, order));
    expect(callbackId(command.commandId, order)).not.toBe(callbackId('problem-1/run-1/8', order));
    expect(callbackId(command.commandId, order).length).toBeLessThanOrEqual(200);
  });
});
