import { Context } from '@temporalio/activity';
import type { CouncilCadenceActivities } from '@shangliang/contracts';
import { type Outbox, stableUuid } from '@shangliang/messaging';

/** The cadence check's hands: one command to the consultation service, once per activity. */
export function createCouncilCadenceActivities(outbox: Outbox): CouncilCadenceActivities {
  return {
    async requestCadenceCheck(command) {
      const { workflowExecution, activityId } = Context.current().info;
      if (!workflowExecution) throw new Error('service commands are sent from workflows only');
      const commandId = `${workflowExecution.workflowId}.${workflowExecution.runId}.${activityId}`;
      await outbox.send('consultation', 'cadence.check-requested', { ...command, commandId }, stableUuid(commandId));
    },
  };
}
