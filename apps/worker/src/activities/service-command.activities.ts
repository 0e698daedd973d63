import { Context } from '@temporalio/activity';
import type { PatternOf, PayloadInputOf, ProblemLifecycleActivities, QueueName } from '@shangliang/contracts';
import { type Outbox, stableUuid } from '@shangliang/messaging';

/**
 * The workflow's hands: each activity sends one command to one service's queue. The command id
 * is the activity's identity (workflow, run, activity id), the same on every retry, so the
 * command is recorded once and the service acts once. It goes through the worker's outbox —
 * recorded in Postgres, then published — so a command that Redis loses before the service
 * applied it stays on the ledger and the reconciler sends it again.
 */
export function createServiceCommandActivities(outbox: Outbox): ProblemLifecycleActivities {
  const send =
    <Q extends Exclude<QueueName, 'workflow-events'>, P extends PatternOf<Q>>(queue: Q, pattern: P) =>
    async (command: Omit<PayloadInputOf<Q, P>, 'commandId'>): Promise<void> => {
      const { workflowExecution, activityId } = Context.current().info;
      if (!workflowExecution) throw new Error('service commands are sent from workflows only');
      const commandId = `${workflowExecution.workflowId}.${workflowExecution.runId}.${activityId}`;
      await outbox.send(queue, pattern, { ...command, commandId } as PayloadInputOf<Q, P>, stableUuid(commandId));
    };

  return {
    recordProgress: send('intake', 'problem.progressed'),
    requestScreening: send('assignment', 'screening.requested'),
    escalateScreening: send('assignment', 'screening.overdue'),
    withdrawScreening: send('assignment', 'screening.withdrawn'),
    openClaiming: send('assignment', 'claiming.opened'),
    escalateClaiming: send('assignment', 'claiming.overdue'),
    closeClaiming: send('assignment', 'claiming.closed'),
    requestConsultation: send('consultation', 'consultation.requested'),
    escalateReferral: send('consultation', 'referral.escalated'),
    requestSupervisionCase: send('supervision', 'supervision-case.requested'),
    raiseSupervisionCase: send('supervision', 'supervision-case.raised'),
    requestFollowUp: send('supervision', 'follow-up.requested'),
    archiveCase: send('supervision', 'case.archive-requested'),
  };
}
