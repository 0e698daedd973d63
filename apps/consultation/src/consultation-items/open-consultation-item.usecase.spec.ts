import { Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import type { ConsultationItemRepository } from './consultation-item.repository';
import { OpenConsultationItemUseCase } from './open-consultation-item.usecase';

const command: PayloadOf<'consultation', 'consultation.requested'> = {
  commandId: 'problem-p1.run-1.7',
  problemId: 'b9d4a3f1-2c5e-4d8a-9f01-3e7c6b5a4d21',
  reference: 'SL-2026-000101',
  category: 'traffic',
  communityId: 'c-03',
  leadMemberId: 'm-1',
  memberIds: ['m-1', 'm-4', 'm-9'],
  dueAt: '2026-12-01T00:00:00.000Z',
};

describe('opening a consultation item from the workflow', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('opens the item for the team the workflow names', async () => {
    const items = { open: jest.fn().mockResolvedValue(true) };
    await new OpenConsultationItemUseCase(items as unknown as ConsultationItemRepository).execute(command);
    expect(items.open).toHaveBeenCalledWith(command);
  });

  it('treats a redelivered command as done when the item already exists', async () => {
    const items = { open: jest.fn().mockResolvedValue(false) };
    await expect(new OpenConsultationItemUseCase(items as unknown as ConsultationItemRepository).execute(command)).resolves.toBeUndefined();
  });
});
