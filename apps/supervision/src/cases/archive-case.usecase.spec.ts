import { Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { ArchiveCaseUseCase, newCaseFrom } from './archive-case.usecase';
import type { CaseRepository } from './case.repository';

const command: PayloadOf<'supervision', 'case.archive-requested'> = {
  commandId: 'problem-p9.run-1.31',
  problemId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  reference: 'SL-2026-000200',
  category: 'land_acquisition',
  communityId: 'c-05',
  outcome: 'referred',
  leadMemberId: 'm-3',
  memberIds: ['m-3', 'm-8', 'm-11', 'm-12'],
  departmentId: 'd-land',
  escalationRungs: ['reminder', 'urging_notice'],
  satisfaction: 'satisfied',
  submittedAt: '2026-09-01T02:00:00.000Z',
  settledAt: '2026-11-20T08:00:00.000Z',
};

describe('archiving a settled problem as a case (归单)', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('titles the new case by its reference until staff write it up', () => {
    expect(newCaseFrom(command)).toMatchObject({
      problemId: command.problemId,
      title: 'SL-2026-000200',
      outcome: 'referred',
      departmentId: 'd-land',
      escalationRungs: ['reminder', 'urging_notice'],
      submittedAt: new Date('2026-09-01T02:00:00Z'),
      settledAt: new Date('2026-11-20T08:00:00Z'),
    });
  });

  it('adds the case once, and treats a redelivered request as done', async () => {
    const cases = { archive: jest.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false) };
    const useCase = new ArchiveCaseUseCase(cases as unknown as CaseRepository);
    await useCase.execute(command);
    await expect(useCase.execute(command)).resolves.toBeUndefined();
    expect(cases.archive).toHaveBeenCalledTimes(2);
    expect(Logger.prototype.log).toHaveBeenCalledTimes(1);
  });
});
