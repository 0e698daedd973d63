import type { NotificationChannel } from '../channels/notification-channel';
import type { ContactBook } from '../recipients/contact-book';
import type { DeliveryRepository } from './delivery.repository';
import type { NotificationClock } from './notification-clock';
import { SendDeliveryUseCase } from './send-delivery.usecase';

const NOW = new Date('2026-11-30T06:00:00Z');
const delivery = (over: object = {}) => ({
  id: 'd-1',
  channel: 'email',
  recipientKey: 'department:dept-housing',
  locale: 'zh',
  attempts: 1,
  notBefore: null,
  event: { kind: 'referral.urging_notice', reference: 'QX-1', problemId: 'p-1', variables: { reference: 'QX-1', communityName: '清溪社区', consolePath: '/console/referrals/r-1', departmentName: '住房和城乡建设局' } },
  ...over,
});

function useCase(claimed: unknown, send: jest.Mock = jest.fn(async () => undefined)) {
  const deliveries = { claim: jest.fn(async () => claimed), sent: jest.fn(), skipped: jest.fn(), attemptFailed: jest.fn(), release: jest.fn() };
  const contacts = { lookup: jest.fn(async () => ({ found: true, address: { email: 'housing@gov.test' }, locale: 'zh' })) };
  const channel: NotificationChannel = { name: 'email', send };
  const clock = { now: () => NOW } as NotificationClock;
  const config = { deliveries: { claimLeaseMs: 60_000 }, publicBaseUrl: 'https://c.test' } as never;
  return { deliveries, send, run: new SendDeliveryUseCase(deliveries as unknown as DeliveryRepository, contacts as unknown as ContactBook, clock, [channel], config) };
}

describe('sending one delivery', () => {
  it('sends nothing when the delivery is already sent, failed or skipped (the claim finds nothing)', async () => {
    const { run, send } = useCase(null);
    expect(await run.execute('d-1', false)).toEqual({ done: true });
    expect(send).not.toHaveBeenCalled();
  });

  it('sends with the delivery id as idempotency key and the link, then marks it sent', async () => {
    const { run, send, deliveries } = useCase(delivery());
    await run.execute('d-1', false);
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ deliveryId: 'd-1', link: 'https://c.test/console/referrals/r-1', address: { email: 'housing@gov.test' } }));
    expect(send.mock.calls[0][0].message.title).toBe('【催办】QX-1 交办住房和城乡建设局');
    expect(deliveries.sent).toHaveBeenCalledWith('d-1');
  });

  it('records a failure for the next try, and for good on the last, without the address in the reason', async () => {
    const failing = jest.fn(async () => {
      throw new Error('550 <housing@gov.test> mailbox full');
    });
    const first = useCase(delivery(), failing);
    await expect(first.run.execute('d-1', false)).rejects.toThrow('550 <[e-mail]> mailbox full');
    expect(first.deliveries.attemptFailed).toHaveBeenCalledWith('d-1', '550 <[e-mail]> mailbox full', false);
    const last = useCase(delivery(), failing);
    await expect(last.run.execute('d-1', true)).rejects.toThrow();
    expect(last.deliveries.attemptFailed).toHaveBeenCalledWith('d-1', expect.any(String), true);
    expect(last.deliveries.sent).not.toHaveBeenCalled();
  });

  it('hands a text back unsent until its quiet hours are over', async () => {
    const { run, send, deliveries } = useCase(delivery({ notBefore: new Date(NOW.getTime() + 90_000) }));
    expect(await run.execute('d-1', false)).toEqual({ done: false, retryInMs: 90_000 });
    expect(deliveries.release).toHaveBeenCalledWith('d-1');
    expect(send).not.toHaveBeenCalled();
  });

  it('leaves a delivery another worker is sending to a later try', async () => {
    await expect(useCase('busy').run.execute('d-1', false)).rejects.toThrow(/another worker/);
  });
});
