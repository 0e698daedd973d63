import { Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import type { FollowUpRepository } from './follow-up.repository';
import { OpenFollowUpUseCase } from './open-follow-up.usecase';

const command: PayloadOf<'supervision', 'follow-up.requested'> = {
  commandId: 'problem-p4.run-1.40',
  problemId: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d',
  reference: 'SL-2026-000042',
  category: 'property_management',
  communityId: 'c-01',
  dueAt: '2026-12-05T00:00:00.000Z',
};

describe('opening a call-back from the workflow', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('opens the pending call-back with its deadline, once per problem', async () => {
    const followUps = { open: jest.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false) };
    const useCase = new OpenFollowUpUseCase(followUps as unknown as FollowUpRepository);
    await useCase.execute(command);
    await expect(useCase.execute(command)).resolves.toBeUndefined();
    expect(followUps.open).toHaveBeenCalledWith(command);
    expect(Logger.prototype.log).toHaveBeenCalledTimes(1);
  });
});
