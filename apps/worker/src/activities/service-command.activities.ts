import { Context } from '@temporalio/activity';
import type { PatternOf, PayloadInputOf, ProblemLifecycleActivities, QueueName } from '@shangliang/contracts';
import type { MessagePublisher } from '@shangliang/messaging';

/**
 * The workflow's hands: each activity puts one command on one service's queue. The command id
 * is the activity's identity (workflow, run, activity id), the same on every retry, so the job
 * is added once and the service acts once.
 */
export function createServiceCommandActivities(publisher: MessagePublisher): ProblemLifecycleActivities {
  const send =
    <Q extends Exclude<QueueName, 'workflow-events'>, P extends PatternOf<Q>>(queue: Q, pattern: P) =>
    async (command: Omit<PayloadInputOf<Q, P>, 'commandId'>): Promise<void> => {
      const { workflowExecution, activityId } = Context.current().info;
      if (!workflowExecution) throw new Error('service commands are sent from workflows only');
      const commandId = `${workflowExecution.workflowId}.${workflowExecution.runId}.${activityId}`;
      await publisher.publish(queue, pattern, { ...command, commandId } as PayloadInputOf<Q, P>, commandId);
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
    requestFollowUp: send('supervision', 'follow-up.requested'),
    archiveCase: send('supervision', 'case.archive-requested'),
  };
}
