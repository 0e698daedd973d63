import { audiencesOf, notificationEventOf, NOTIFICATION_EVENTS_TOLD, WHO_IS_TOLD } from './who-is-told';

const step = (stage: string, kind: string, detail: Record<string, string | number | boolean | null> = {}) => notificationEventOf({ stage, kind, detail });

describe('who is told what', () => {
  it('has a rule for every event it can name', () => {
    expect(Object.keys(WHO_IS_TOLD).sort()).toEqual([...NOTIFICATION_EVENTS_TOLD].sort());
  });

  it('tells the department, the team lead and the supervisors of a supervision notice, and the vice-chair when it is missed', () => {
    expect(step('escalation', 'supervision_notice_issued')).toBe('supervision.notice_issued');
    expect(audiencesOf('supervision.notice_issued')).toEqual(['department', 'team_lead', 'supervisors']);
    expect(step('escalation', 'supervision_raised_to_leadership')).toBe('supervision.raised_to_leadership');
    expect(audiencesOf('supervision.raised_to_leadership')).toContain('vice_chair');
  });

  it('tells the team of a reopening, the resident only when their dissatisfaction reopened it, and the supervisors after two', () => {
    expect(step('follow_up', 'reopened')).toBe('follow_up.reopened');
    expect(step('consultation', 'stage_entered', { reopenReason: 'dissatisfied', departmentId: null })).toBe('resident.reopened');
    expect(step('consultation', 'stage_entered', { reopenReason: 'point_to_point', departmentId: 'dept-housing' })).toBeNull();
    expect(step('consultation', 'stage_entered')).toBeNull();
    expect(step('escalation', 'stage_entered', { kind: 'repeated_dissatisfaction', round: 2 })).toBe('follow_up.repeated_dissatisfaction');
    expect(audiencesOf('follow_up.repeated_dissatisfaction')).toContain('supervisors');
  });

  it('tells of every supervisor action', () => {
    expect(['supervision_point_to_point', 'supervision_notice_answered', 'supervision_finding', 'supervision_resolved', 'supervision_another_round', 'supervision_archived_unresolved'].map((kind) => step('escalation', kind))).toEqual([
      'supervision.point_to_point',
      'supervision.notice_answered',
      'supervision.finding',
      'supervision.closed',
      'supervision.another_round',
      'supervision.archived_unresolved',
    ]);
  });
});
