import { condition, patched, uuid4 } from '@temporalio/workflow';
import type { EscalationRung, WorkflowEvent } from '@shangliang/contracts/workflow';
import type { Detail, Lifecycle } from '../lifecycle/lifecycle-context';
import { waitFor, waitWithEscalation } from '../lifecycle/wait-with-escalation';
import { runReferralSteps, type Referral, type ReferralLadderContext } from './referral-steps';
import { supervise, type SupervisionEnd } from './supervision.stage';

/** Reminders to a late team before the deadline simply keeps waiting. */
const CONSULTATION_REMINDERS = 3;

/** Why a concluded problem is consulted on again (release 4), keyed so it happens once. */
export interface Reopen {
  key: string;
  reason: 'dissatisfied' | 'point_to_point';
  departmentId: string | null;
}

/**
 * 协商解单 → 解单要准: the team consults and concludes; a referral runs the department's ladder
 * (and, when the department stays slow, democratic supervision). It runs again when the team
 * lead takes a problem back from a department (release 3) or a supervisor convenes a
 * point-to-point consultation with the department (release 4). Returns the conclusion that
 * stands.
 */
export async function consult(lc: Lifecycle, team: WorkflowEvent<'team.formed'>, reopen: Reopen | null): Promise<WorkflowEvent<'consultation.concluded'>> {
  const { input, inbox, state, services } = lc;
  let nextReopen = reopen;
  // How the last democratic-supervision case of this consultation ended (release 4).
  let supervision: SupervisionEnd | null = null;

  /** One rung of the ladder, told to the department; 民主监督 waits for the supervisor. */
  const climb = async (rung: EscalationRung, referral: Referral): Promise<void> => {
    state.escalationRungs.push(rung);
    if (rung !== 'reminder') lc.markEscalated();
    await lc.together(
      () => services.escalateReferral({ problemId: input.problemId, referralId: referral.referralId, rung }),
      () => lc.record('escalation_rung', { rung, referralId: referral.referralId, departmentId: referral.departmentId }),
    );
    if (rung !== 'democratic_supervision') return;
    await lc.enter('escalation', null, { referralId: referral.referralId });
    // Release 4: the supervisor acts on the case (督办函, point-to-point, finding) before closing it.
    if (!patched('supervision-actions')) {
      await services.requestSupervisionCase({ ...lc.ref, referralId: referral.referralId, departmentId: referral.departmentId });
      const resolution = await waitFor(() => inbox.supervisionResolution);
      await lc.record('supervision_resolved', { supervisionCaseId: resolution.supervisionCaseId });
      return;
    }
    const supervisionCaseId = uuid4();
    await services.requestSupervisionCase({ ...lc.ref, referralId: referral.referralId, departmentId: referral.departmentId, kind: 'democratic_supervision', supervisionCaseId });
    supervision = await supervise(lc, supervisionCaseId);
  };

  const ladderContext: ReferralLadderContext = {
    policy: input.policy,
    state,
    steps: inbox.referralSteps,
    responded: (referralId) => inbox.departmentResponses.has(referralId),
    record: lc.record,
    climb,
    enterReferral: async (referral) => {
      state.referral = referral;
      await lc.enter('referral', Math.max(Date.parse(referral.dueAt) - Date.now(), 0), { departmentId: referral.departmentId, referralId: referral.referralId });
    },
  };

  for (;;) {
    const consultationMs = lc.limitMs('consultation', input.policy.consultationMs);
    const reopenDetail: Detail = nextReopen ? { reopenReason: nextReopen.reason, departmentId: nextReopen.departmentId } : {};
    const reopening = nextReopen;
    await lc.enter('consultation', consultationMs, reopenDetail, (dueAt) =>
      services.requestConsultation({
        ...lc.ref,
        urgency: input.urgency,
        leadMemberId: team.leadMemberId,
        memberIds: team.memberIds,
        dueAt,
        ...(reopening ? { reopen: reopening } : {}),
      }),
    );
    const concluded = await waitWithEscalation(() => inbox.conclusions[0] ?? null, consultationMs, CONSULTATION_REMINDERS, (level) =>
      lc.overdue('consultation_overdue', level, consultationMs),
      lc.residentClock,
    );
    // Each round takes its own conclusion; the next round waits for a new one.
    inbox.conclusions.shift();
    state.outcome = concluded.outcome;
    await lc.record('consultation_concluded', { outcome: concluded.outcome, form: concluded.form, consultationId: concluded.consultationId });
    if (concluded.outcome !== 'referred' || !concluded.referral) return concluded;
    state.referral = concluded.referral;
    await lc.enter('referral', Math.max(Date.parse(concluded.referral.dueAt) - Date.now(), 0), {
      departmentId: concluded.referral.departmentId,
      referralId: concluded.referral.referralId,
    });
    // Runs recorded before release 3 replay the ladder exactly as it was.
    if (!patched('department-referral-steps')) {
      await runReferralLadderBeforeSteps(lc, concluded.referral, climb);
      return concluded;
    }
    supervision = null;
    const end = await runReferralSteps(concluded.referral, ladderContext);
    nextReopen = null;
    if (end === 'taken_back') continue;
    const convened = supervision as SupervisionEnd | null;
    if (convened?.kind !== 'point_to_point') return concluded;
    nextReopen = { key: `point-to-point.${convened.supervisionCaseId}`, reason: 'point_to_point', departmentId: convened.departmentId };
  }
}

/**
 * The department has until the referral's deadline. Reminder before it, urging notice (催办)
 * when it lapses, formal supervision (督办) after that, then democratic supervision (民主监督).
 * Before release 3 (which runs referral-steps.ts instead) one answer from the department
 * stopped it.
 */
async function runReferralLadderBeforeSteps(lc: Lifecycle, referral: Referral, climb: ReferralLadderContext['climb']): Promise<void> {
  const due = Date.parse(referral.dueAt);
  const { reminderBeforeMs, formalSupervisionAfterMs, democraticSupervisionAfterMs } = lc.input.policy.referral;
  const ladder: [EscalationRung, number][] = [
    ['reminder', due - reminderBeforeMs],
    ['urging_notice', due],
    ['formal_supervision', due + formalSupervisionAfterMs],
    ['democratic_supervision', due + formalSupervisionAfterMs + democraticSupervisionAfterMs],
  ];
  const responded = () => lc.inbox.departmentResponses.has(referral.referralId);
  for (const [rung, at] of ladder) {
    if (await condition(responded, Math.max(at - Date.now(), 1))) break;
    if (responded()) break;
    await climb(rung, referral);
    if (rung === 'democratic_supervision') return;
  }
  await lc.record('department_responded', { referralId: referral.referralId, departmentId: referral.departmentId });
}
