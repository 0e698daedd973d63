import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { TERMINAL_STAGES, type ProblemStage } from '@shangliang/contracts';
import { conflict, invalidField, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { isUniqueViolation, PrismaService } from '@shangliang/persistence';
import { ProblemAccess } from '../problems/problem-access';
import { OPEN_STAGES } from './duplicate-finder';

/** Only a problem not yet screened can be merged: after that, members may already be on it. */
const MERGEABLE_STAGES = ['submitted', 'screening'];
/** A merge in one of these states still binds the source problem. */
const LIVE_MERGE = ['requested', 'applied', 'unmerge_requested'];

/**
 * Staff ask to merge a duplicate into the open problem it repeats (并单), or to undo it, always
 * with a reason. The duplicate's workflow decides — it refuses a merge that arrives after the
 * problem was screened — and the problem bank applies the outcome when the workflow reports it
 * (MergeProjection), so intake and the workflow never disagree.
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
    // No chains: a problem others are merged into is itself a target, and must stay one.
    const binding = await this.prisma.problemMerge.findFirst({
      where: { status: { in: LIVE_MERGE }, OR: [{ sourceProblemId: sourceId }, { targetProblemId: sourceId }, { sourceProblemId: targetId }] },
    });
    if (binding) throw conflict('one of these problems is already part of a merge');

    const mergeId = randomUUID();
    try {
      await this.prisma.$transaction(async (tx) => {
        await tx.problemMerge.create({ data: { id: mergeId, sourceProblemId: sourceId, targetProblemId: targetId, reason, mergedBy: staff.staffId } });
        await tx.problemHistory.create({
          data: { problemId: sourceId, eventId: `${mergeId}.requested`, kind: 'merge_requested', stage: source.stage, detail: { targetReference: target.reference, reason }, occurredAt: new Date() },
        });
        await this.outbox.add(tx, 'workflow-events', 'problem.merged', {
          eventId: `${sourceId}.merged.${mergeId}`,
          problemId: sourceId,
          mergeId,
          targetProblemId: targetId,
          targetReference: target.reference,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('this problem was merged meanwhile');
      throw error;
    }
    this.outbox.flush();
    return { mergeId, status: 'requested' as const, sourceProblemId: sourceId, targetProblemId: targetId };
  }

  async unmerge(sourceId: string, reason: string, staff: StaffPrincipal) {
    await this.access.visible(sourceId, staff);
    const active = await this.prisma.problemMerge.findFirst({ where: { sourceProblemId: sourceId, status: 'applied' } });
    if (!active) throw wrongStage('this problem is not merged');
    const target = await this.access.visible(active.targetProblemId, staff);
    if (TERMINAL_STAGES.includes(target.stage as ProblemStage)) throw wrongStage('the problem it was merged into is already settled');

    await this.prisma.$transaction(async (tx) => {
      const asked = await tx.problemMerge.updateMany({
        where: { id: active.id, status: 'applied' },
        data: { status: 'unmerge_requested', unmergedBy: staff.staffId, unmergeReason: reason },
      });
      if (asked.count === 0) throw conflict('this merge was undone meanwhile');
      await this.outbox.add(tx, 'workflow-events', 'problem.unmerged', { eventId: `${sourceId}.unmerged.${active.id}`, problemId: sourceId, mergeId: active.id });
    });
    this.outbox.flush();
    return { mergeId: active.id, status: 'unmerge_requested' as const, sourceProblemId: sourceId, targetProblemId: target.id };
  }
}
