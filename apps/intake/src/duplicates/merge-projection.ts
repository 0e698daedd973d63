import { Injectable } from '@nestjs/common';
import { type PayloadOf, type ProblemStage, TERMINAL_STAGES } from '@shangliang/contracts';
import { Outbox } from '@shangliang/messaging';
import type { Tx } from '@shangliang/persistence';

type ProgressCommand = PayloadOf<'intake', 'problem.progressed'>;

/**
 * Applies merge decisions the duplicate's workflow reports: accepted (it entered `merged`),
 * refused, undone; and settles the duplicates of a problem that reached its end. Runs inside
 * the progress command's transaction.
 */
@Injectable()
export class MergeProjection {
  constructor(private readonly outbox: Outbox) {}

  async apply(tx: Tx, command: ProgressCommand): Promise<void> {
    const mergeId = typeof command.detail.mergeId === 'string' ? command.detail.mergeId : null;
    if (mergeId && command.kind === 'stage_entered' && command.stage === 'merged') await this.accepted(tx, mergeId, command);
    if (mergeId && command.kind === 'merge_rejected') {
      await tx.problemMerge.updateMany({ where: { id: mergeId, status: 'requested' }, data: { status: 'rejected' } });
    }
    if (mergeId && command.kind === 'unmerged') await this.undone(tx, mergeId, command);
    if (command.kind === 'stage_entered' && TERMINAL_STAGES.includes(command.stage as ProblemStage)) await this.settle(tx, command);
  }

  /** The duplicate's residents become reporters of the target (without codes of their own there). */
  private async accepted(tx: Tx, mergeId: string, command: ProgressCommand): Promise<void> {
    const merge = await tx.problemMerge.findUnique({ where: { id: mergeId } });
    if (!merge || merge.status !== 'requested') return;
    await tx.problemMerge.update({ where: { id: mergeId }, data: { status: 'applied' } });
    await tx.problem.update({ where: { id: merge.sourceProblemId }, data: { mergedIntoId: merge.targetProblemId } });
    const reporters = await tx.problemReporter.findMany({ where: { problemId: merge.sourceProblemId } });
    await tx.problemReporter.createMany({
      data: reporters.map((r) => ({
        problemId: merge.targetProblemId,
        residentId: r.residentId,
        source: r.source,
        how: 'merged',
        viaProblemId: merge.sourceProblemId,
        consentToCallback: r.consentToCallback,
        consentToTexts: r.consentToTexts,
        locale: r.locale,
      })),
      skipDuplicates: true,
    });
    const [source, target] = await Promise.all([
      tx.problem.findUniqueOrThrow({ where: { id: merge.sourceProblemId }, select: { reference: true } }),
      tx.problem.findUniqueOrThrow({ where: { id: merge.targetProblemId }, select: { stage: true } }),
    ]);
    await tx.problemHistory.createMany({
      data: [{ problemId: merge.targetProblemId, eventId: `${mergeId}.target`, kind: 'duplicate_merged', stage: target.stage, detail: { sourceReference: source.reference, reporters: reporters.length }, occurredAt: new Date(command.occurredAt) }],
      skipDuplicates: true,
    });
  }

  private async undone(tx: Tx, mergeId: string, command: ProgressCommand): Promise<void> {
    const merge = await tx.problemMerge.findUnique({ where: { id: mergeId } });
    if (!merge || merge.status === 'unmerged') return;
    await tx.problemMerge.update({ where: { id: mergeId }, data: { status: 'unmerged', unmergedAt: new Date(command.occurredAt) } });
    await tx.problem.update({ where: { id: merge.sourceProblemId }, data: { mergedIntoId: null } });
    await tx.problemReporter.deleteMany({ where: { problemId: merge.targetProblemId, viaProblemId: merge.sourceProblemId, how: 'merged' } });
    const [source, target] = await Promise.all([
      tx.problem.findUniqueOrThrow({ where: { id: merge.sourceProblemId }, select: { reference: true } }),
      tx.problem.findUniqueOrThrow({ where: { id: merge.targetProblemId }, select: { stage: true } }),
    ]);
    await tx.problemHistory.createMany({
      data: [{ problemId: merge.targetProblemId, eventId: `${mergeId}.unmerged.target`, kind: 'duplicate_unmerged', stage: target.stage, detail: { sourceReference: source.reference }, occurredAt: new Date(command.occurredAt) }],
      skipDuplicates: true,
    });
  }

  /** Duplicates merged into a problem that is now settled are settled with it. */
  private async settle(tx: Tx, command: ProgressCommand): Promise<void> {
    const merges = await tx.problemMerge.findMany({ where: { targetProblemId: command.problemId, status: { in: ['applied', 'unmerge_requested'] } } });
    for (const merge of merges) {
      await this.outbox.add(tx, 'workflow-events', 'problem.merge-settled', {
        eventId: `${merge.sourceProblemId}.merge-settled.${merge.id}`,
        problemId: merge.sourceProblemId,
        mergeId: merge.id,
        targetStage: command.stage,
      });
    }
  }
}
