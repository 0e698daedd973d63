import { Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { OpenSupervisionCaseUseCase } from './open-supervision-case.usecase';
import type { SupervisionCaseRepository } from './supervision-case.repository';

const command: PayloadOf<'supervision', 'supervision-case.requested'> = {
  commandId: 'problem-p3.run-1.22',
  problemId: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b',
  reference: 'SL-2026-000314',
  category: 'land_acquisition',
  communityId: 'c-07',
  referralId: '8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f',
  departmentId: 'd-land',
};

describe('opening a democratic-supervision case from the workflow', () => {
  let log: jest.SpyInstance;
  beforeEach(() => {
    log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it('opens one case for the referral and logs it by ids', async () => {
    const cases = { open: jest.fn().mockResolvedValue(true) };
    await new OpenSupervisionCaseUseCase(cases as unknown as SupervisionCaseRepository).execute(command);
    expect(cases.open).toHaveBeenCalledWith(command);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(`referral ${command.referralId}`));
  });

  it('treats a redelivered request as done', async () => {
    const cases = { open: jest.fn().mockResolvedValue(false) };
    await new OpenSupervisionCaseUseCase(cases as unknown as SupervisionCaseRepository).execute(command);
    expect(log).not.toHaveBeenCalled();
  });
});
