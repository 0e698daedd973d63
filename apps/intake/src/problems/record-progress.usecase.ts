import { Inject, Injectable, Optional } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { Outbox, PermanentMessageError } from '@shangliang/messaging';
import { MergeProjection } from '../duplicates/merge-projection';
import { NotificationFeed } from '../notification-feed/notification-feed';
import { ProblemRepository } from './problem.repository';

type ProgressCommand = PayloadOf<'intake', 'problem.progressed'>;

/** Acts on a recorded step after it commits (e.g. hotline status callbacks); must be idempotent. */
export interface ProblemProgressObserver {
  progressRecorded(command: ProgressCommand): Promise<void>;
}
export const PROBLEM_PROGRESS_OBSERVERS = Symbol('PROBLEM_PROGRESS_OBSERVERS');

/**
 * The workflow reports each step; the problem bank appends it to the history and projects the
 * current stage, deadline and escalation onto the problem. Redelivered commands add nothing,
 * and a command older than the last projected one cannot roll the stage back.
 */
@Injectable()
export class RecordProgressUseCase {
  constructor(
    private readonly problems: ProblemRepository,
    private readonly outbox: Outbox,
    private readonly merges: MergeProjection,
    private readonly feed: NotificationFeed,
    @Optional() @Inject(PROBLEM_PROGRESS_OBSERVERS) private readonly observers: ProblemProgressObserver[] = [],
  ) {}

  async execute(command: ProgressCommand): Promise<void> {
    const occurredAt = new Date(command.occurredAt);
    await this.problems.transaction(async (tx) => {
      const step = await this.problems.recordStep(tx, {
        problemId: command.problemId,
        eventId: command.commandId,
        kind: command.kind,
        stage: command.stage,
        detail: command.detail,
        occurredAt,
        dueAt: command.dueAt ? new Date(command.dueAt) : null,
        escalated: command.escalated,
        closedReason: command.stage === 'closed_unsuitable' ? String(command.detail.reasonCode ?? 'unsuitable') : null,
      });
      if (!step) throw new PermanentMessageError(`progress for unknown problem ${command.problemId}`);
      if (!step.recorded) return;
      await this.merges.apply(tx, command);
      await this.feed.stepRecorded(tx, command.problemId, {
        eventId: command.commandId,
        stage: command.stage,
        kind: command.kind,
        detail: command.detail,
        // The referral's 办理期限 in the department's notices.
        dueAt: command.dueAt,
        occurredAt: command.occurredAt,
      }, step.facts);
    });
    this.outbox.flush();
    // Also on a redelivery, so an observer that failed last time gets another go.
    for (const observer of this.observers) await observer.progressRecorded(command);
  }
}
