import { emptyConsultationForm, toRecordConsultation } from './record-consultation.form';
import { fromLocalInput, toLocalInput } from './date-time';

describe('recording a consultation from the form', () => {
  const now = new Date(2025, 4, 6, 9, 30);

  it('starts from now, with a week for a department to answer', () => {
    const form = emptyConsultationForm(now);
    expect(form.heldAt).toBe('2025-05-06T09:30');
    expect(form.responseDue).toBe('2025-05-13T09:30');
  });

  it('sends a referral (and the department as a participant) only when the outcome is referred', () => {
    const values = { ...emptyConsultationForm(now), venue: ' 委员工作室 ', residentRepresentatives: '3', summary: '现场查看', departmentId: 'dept-housing', request: '请维修路灯' };
    expect(toRecordConsultation(values)).toEqual({
      form: 'micro',
      heldAt: new Date(2025, 4, 6, 9, 30).toISOString(),
      venue: '委员工作室',
      participants: { residentRepresentatives: 3 },
      summary: '现场查看',
      outcome: 'solved',
    });
    const referred = toRecordConsultation({ ...values, outcome: 'referred' });
    expect(referred.referral).toEqual({ departmentId: 'dept-housing', request: '请维修路灯', dueAt: new Date(2025, 4, 13, 9, 30).toISOString() });
    expect(referred.participants.departmentIds).toEqual(['dept-housing']);
  });

  it('passes a value that is not a date through, so the service names the field', () => {
    expect(fromLocalInput('soon')).toBe('soon');
    expect(fromLocalInput(toLocalInput(now))).toBe(now.toISOString());
  });
});
