import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { TERMINAL_STAGES, type ProblemStage } from '@shangliang/contracts';
import { conflict, invalidField, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { PrismaService, type Tx } from '@shangliang/persistence';
import { ProblemAccess } from '../problems/problem-access';
import { OPEN_STAGES } from './duplicate-finder';

/** Only a problem not yet screened can be merged: after that, members may already be on it. */
const MERGEABLE_STAGES = ['submitted', 'screening'];

/**
 * Staff merge a duplicate into the open problem it repeats (并单): the duplicate's residents
 * become reporters of that problem and follow it; the duplicate's workflow leaves the screening
 * queue and waits. Unmerging (with a reason) puts it back to be screened on its own.
 */
@Injectable()
export class MergeProblemsUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: ProblemAccess,
    private readonly outbox: Outbox,
  ) {}

  async merge(sourceId: string, targetId: string, reason: string, staff: StaffPrincipal) {
    if (sourceId === targetId) throw invalidField('targetProblemId', 'a problem cannot be merged into itself');
    const [source, target] = [await this.access.visible(sourceId, staff), await this.access.visible(targetId, staff)];
    if (!MERGEABLE_STAGES.includes(source.stage) || source.mergedIntoId) throw wrongStage('only a problem still waiting to be screened can be merged');
    if (!OPEN_STAGES.includes(target.stage) || target.mergedIntoId) throw wrongStage('the target problem is not open');

    const mergeId = randomUUID();
    await this.prisma.$transaction(async (tx) => {
      const claimed = await tx.problem.updateMany({ where: { id: sourceId, mergedIntoId: null }, data: { mergedIntoId: targetId } });
      if (claimed.count === 0) throw conflict('this problem was merged meanwhile');
      await tx.problemMerge.create({ data: { id: mergeId, sourceProblemId: sourceId, targetProblemId: targetId, reason, mergedBy: staff.staffId } });
      const reporters = await tx.problemReporter.findMany({ where: { problemId: sourceId } });
      await tx.problemReporter.createMany({
        data: reporters.map((r) => ({ problemId: targetId, residentId: r.residentId, source: r.source, how: 'merged', viaProblemId: sourceId })),
        skipDuplicates: true,
      });
      await this.history(tx, sourceId, `${mergeId}.source`, 'merged_into', source.stage, { targetReference: target.reference, reason });
      await this.history(tx, targetId, `${mergeId}.target`, 'duplicate_merged', target.stage, { sourceReference: source.reference, reporters: reporters.length });
      await this.outbox.add(tx, 'workflow-events', 'problem.merged', { eventId: `${sourceId}.merged.${mergeId}`, problemId: sourceId, targetProblemId: targetId, targetReference: target.reference });
    });
    this.outbox.flush();
    return { mergeId, sourceProblemId: sourceId, targetProblemId: targetId };
  }

  async unmerge(sourceId: string, reason: string, staff: StaffPrincipal) {
    const source = await this.access.visible(sourceId, staff);
    const active = await this.prisma.problemMerge.findFirst({ where: { sourceProblemId: sourceId, unmergedAt: null } });
    if (!active || !source.mergedIntoId) throw wrongStage('this problem is not merged');
    const target = await this.access.visible(active.targetProblemId, staff);
    if (TERMINAL_STAGES.includes(target.stage as ProblemStage)) throw wrongStage('the problem it was merged into is already settled');

    await this.prisma.$transaction(async (tx) => {
      const released = await tx.problemMerge.updateMany({
        where: { id: active.id, unmergedAt: null },
        data: { unmergedAt: new Date(), unmergedBy: staff.staffId, unmergeReason: reason },
      });
      if (released.count === 0) throw conflict('this merge was undone meanwhile');
      await tx.problem.update({ where: { id: sourceId }, data: { mergedIntoId: null } });
      await tx.problemReporter.deleteMany({ where: { problemId: target.id, viaProblemId: sourceId, how: 'merged' } });
      await this.history(tx, sourceId, `${active.id}.unmerged.source`, 'unmerged', source.stage, { targetReference: target.reference, reason });
      await this.history(tx, target.id, `${active.id}.unmerged.target`, 'duplicate_unmerged', target.stage, { sourceReference: source.reference });
      await this.outbox.add(tx, 'workflow-events', 'problem.unmerged', { eventId: `${sourceId}.unmerged.${active.id}`, problemId: sourceId });
    });
    this.outbox.flush();
    return { mergeId: active.id, sourceProblemId: sourceId, targetProblemId: target.id };
  }

  private history(tx: Tx, problemId: string, eventId: string, kind: string, stage: string, detail: Record<string, string | number>) {
    return tx.problemHistory.create({ data: { problemId, eventId, kind, stage, detail, occurredAt: new Date() } });
  }
}
