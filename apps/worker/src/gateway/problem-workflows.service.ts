import { Inject, Injectable, Logger } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import {
  CategorySearchAttribute,
  CommunityIdSearchAttribute,
  EscalatedSearchAttribute,
  PROBLEM_LIFECYCLE_TASK_QUEUE,
  PROBLEM_LIFECYCLE_WORKFLOW,
  problemWorkflowId,
  SIGNAL_FOR_EVENT,
  StageSearchAttribute,
  type ProblemLifecycleInput,
  type WorkflowEvent,
} from '@shangliang/contracts';
import { loadDeadlinePolicyFile, resolveDeadlinePolicy, type DeadlinePolicyFile } from '@shangliang/config';
import { WorkCalendarSource } from '@shangliang/organisation';
import { PermanentMessageError } from '@shangliang/messaging';
import { TEMPORAL_CLIENT } from '../temporal/temporal.tokens';
import { WORKER_CONFIG, type WorkerConfig } from '../worker.config';

type SignalledEvent = Exclude<keyof typeof SIGNAL_FOR_EVENT, never>;

/** Starts and signals problem workflows on behalf of the services' events. */
@Injectable()
export class ProblemWorkflowsService {
  private readonly logger = new Logger(ProblemWorkflowsService.name);
  private readonly deadlines: DeadlinePolicyFile;

  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(WORKER_CONFIG) config: WorkerConfig,
    private readonly calendars: WorkCalendarSource,
  ) {
    this.deadlines = loadDeadlinePolicyFile(config.deadlinePolicyFile);
  }

  /**
   * Exactly one workflow per problem: the id is derived from the problem id and a duplicate
   * start is rejected by Temporal even after the first run has closed, so a redelivered
   * `problem.submitted` is a no-op.
   */
  async start(event: WorkflowEvent<'problem.submitted'>): Promise<void> {
    const input: ProblemLifecycleInput = {
      problemId: event.problemId,
      reference: event.reference,
      category: event.category,
      urgency: event.urgency,
      communityId: event.communityId,
      communityName: event.communityName,
      submittedAt: event.submittedAt,
      policy: resolveDeadlinePolicy(this.deadlines, event.category, event.urgency, await this.calendars.forCommunity(event.communityId, new Date(event.submittedAt))),
    };
    try {
      await this.client.workflow.start(PROBLEM_LIFECYCLE_WORKFLOW, {
        workflowId: problemWorkflowId(event.problemId),
        taskQueue: PROBLEM_LIFECYCLE_TASK_QUEUE,
        args: [input],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        typedSearchAttributes: [
          { key: StageSearchAttribute, value: 'submitted' },
          { key: CommunityIdSearchAttribute, value: event.communityId },
          { key: CategorySearchAttribute, value: event.category },
          { key: EscalatedSearchAttribute, value: false },
        ],
        // What ops read in the Web UI: never the resident's words or contact.
        memo: { reference: event.reference, category: event.category, community: event.communityName },
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        this.logger.log(`workflow for ${event.reference} already started`);
        return;
      }
      throw error;
    }
  }

  async signal<P extends SignalledEvent>(pattern: P, event: WorkflowEvent<P>): Promise<void> {
    const handle = this.client.workflow.getHandle(problemWorkflowId(event.problemId));
    try {
      await handle.signal(SIGNAL_FOR_EVENT[pattern] as never, event as never);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        const description = await handle.describe().catch(() => null);
        // A closed workflow will never take the signal; an unknown one may not be started yet.
        if (description && description.status.name !== 'RUNNING') {
          throw new PermanentMessageError(`${pattern} for a closed problem workflow (${description.status.name})`);
        }
      }
      throw error;
    }
  }
}
