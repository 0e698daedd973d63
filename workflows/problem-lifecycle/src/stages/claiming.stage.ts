import type { WorkflowEvent } from '@shangliang/contracts/workflow';
import type { Lifecycle } from '../lifecycle/lifecycle-context';
import { waitWithEscalation } from '../lifecycle/wait-with-escalation';

/** How many times a late claim escalates before it simply waits (group leader → committee). */
const CLAIMING_ESCALATION_LEVELS = 2;

/** 委员接单 → 分单要准: members claim by expertise; late claims go to the leader, then the committee. */
export async function claim(lc: Lifecycle): Promise<WorkflowEvent<'team.formed'>> {
  const { input, services } = lc;
  const claimingMs = lc.limitMs('claiming', input.policy.claimingMs);
  await lc.enter('assignment', claimingMs, {}, (dueAt) => services.openClaiming({ ...lc.ref, dueAt }));
  const formed = await waitWithEscalation(() => lc.inbox.team, claimingMs, CLAIMING_ESCALATION_LEVELS, (level) => {
    const nextDue = new Date(Date.now() + claimingMs).toISOString();
    return lc.together(
      () => services.escalateClaiming({ problemId: input.problemId, level, dueAt: nextDue }),
      () => lc.overdue('claiming_overdue', level, claimingMs, { assignTo: level === 1 ? 'group_leader' : 'committee' }),
    );
  });
  lc.state.team = { leadMemberId: formed.leadMemberId, memberIds: formed.memberIds };
  await lc.record('team_formed', { leadMemberId: formed.leadMemberId, size: formed.memberIds.length, formedBy: formed.formedBy });
  return formed;
}
