import { recordConsultationSchema } from './record-consultation.command';

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();
const anHourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

const solvedBody = () => ({
  form: 'micro',
  heldAt: anHourAgo(),
  venue: '东湖社区委员工作室',
  participants: { residentRepresentatives: 6 },
  summary: 'Agreed with the property company to repair the lift by the end of the month.',
  outcome: 'solved',
});

const fieldsOf = (body: unknown) => {
  const parsed = recordConsultationSchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('the consultation record a team submits', () => {
  it('accepts a solved consultation without a referral', () => {
    expect(fieldsOf(solvedBody())).toEqual([]);
  });

  it('accepts a referral with a deadline in the future when the outcome is referred', () => {
    const body = { ...solvedBody(), outcome: 'referred', referral: { departmentId: 'dept-housing', request: 'Repair the lift', dueAt: inAWeek() } };
    expect(fieldsOf(body)).toEqual([]);
  });

  it('names `referral` when a referred outcome comes without one', () => {
    expect(fieldsOf({ ...solvedBody(), outcome: 'referred' })).toEqual(['referral']);
  });

  it('names `referral` when an outcome other than referred carries one', () => {
    const body = { ...solvedBody(), outcome: 'explained', referral: { departmentId: 'dept-housing', request: 'Repair', dueAt: inAWeek() } };
    expect(fieldsOf(body)).toEqual(['referral']);
  });

  it('rejects a referral deadline that has already passed', () => {
    const body = { ...solvedBody(), outcome: 'referred', referral: { departmentId: 'dept-housing', request: 'Repair', dueAt: anHourAgo() } };
    expect(fieldsOf(body)).toEqual(['referral.dueAt']);
  });

  it('rejects a consultation dated in the future', () => {
    expect(fieldsOf({ ...solvedBody(), heldAt: inAWeek() })).toEqual(['heldAt']);
  });

  it('rejects an unknown form, a negative number of representatives and unknown fields', () => {
    const body = { ...solvedBody(), form: 'chat', participants: { residentRepresentatives: -1 }, residentPhone: '13812345678' };
    expect(fieldsOf(body).sort()).toEqual(['', 'form', 'participants.residentRepresentatives'].sort());
  });
});
