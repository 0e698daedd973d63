import { Inject, Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { CATEGORY_LABELS, type ProblemCategory, type ProblemStage, STAGE_LABELS } from '@shangliang/contracts';
import { notFound } from '@shangliang/http';
import { INTAKE_CONFIG, type IntakeConfig } from '../intake.config';
import { historyView, problemView } from './problem.view';
import { DuplicateFinder } from '../duplicates/duplicate-finder';
import { ProblemAccess } from './problem-access';
import { ProblemRepository, type ProblemRecord } from './problem.repository';

@Injectable()
export class ProblemQueries {
  constructor(
    private readonly problems: ProblemRepository,
    private readonly access: ProblemAccess,
    private readonly duplicates: DuplicateFinder,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  async list(query: { stage?: string; communityId?: string; escalated?: boolean; ids?: string[]; limit?: number; offset: number }, staff: StaffPrincipal) {
    let communityIds = await this.access.scope(staff);
    if (query.communityId) communityIds = communityIds ? communityIds.filter((c) => c === query.communityId) : [query.communityId];
    const [rows, { total, totalIsLowerBound }] = await this.problems.list({ stage: query.stage, escalated: query.escalated, ids: query.ids, communityIds: communityIds ?? undefined, take: query.limit ?? query.ids?.length ?? 50, skip: query.offset });
    return { total, totalIsLowerBound, items: rows.map((p) => problemView(p, this.config.temporal)) };
  }

  async get(id: string, staff: StaffPrincipal) {
    return problemView(await this.access.visible(id, staff), this.config.temporal);
  }

  async history(id: string, staff: StaffPrincipal) {
    await this.access.visible(id, staff);
    return (await this.problems.history(id)).map(historyView);
  }

  async similar(id: string, staff: StaffPrincipal) {
    const problem = await this.access.visible(id, staff);
    const found = await this.duplicates.similarOpenProblems({
      communityId: problem.communityId,
      text: `${problem.title} ${problem.description}`,
      location: problem.lat !== null && problem.lng !== null ? { lat: problem.lat, lng: problem.lng } : undefined,
      excludeProblemId: problem.id,
    });
    return found.map((c) => ({ ...c, similarity: Math.round(c.score * 100) / 100, createdAt: c.createdAt.toISOString() }));
  }

  /** Everyone who raised the problem (first reporter, joiners, merged duplicates), unmasked. */
  async contact(id: string, staff: StaffPrincipal) {
    await this.access.visible(id, staff);
    // Only residents who agreed to be called back, and only while their details are kept.
    const reporters = (await this.problems.reporters(id)).filter((r) => r.consentToCallback && (r.resident.phone || r.resident.name));
    if (!reporters.length) throw notFound('contact');
    return reporters.map((r) => ({ name: r.resident.name, phone: r.resident.phone, consentToCallback: r.resident.consentToCallback, how: r.how, source: r.source }));
  }

  /**
   * What a resident sees with their tracking code: no contact data, no staff names. A problem
   * merged into another shows that one's progress too, so every reporter sees the outcome.
   */
  async track(code: string) {
    const found = await this.problems.findByAnyTrackingCode(code.trim().toUpperCase());
    if (!found) throw notFound('problem');
    const { problem } = found;
    // The code the resident typed; a merged problem's target is shown without its own code.
    const view = { ...(await this.publicView(problem)), trackingCode: code.trim().toUpperCase() };
    const target = problem.mergedIntoId ? await this.problems.findById(problem.mergedIntoId) : null;
    return { ...view, mergedInto: target ? await this.publicView(target) : null };
  }

  private async publicView(problem: ProblemRecord) {
    const view = problemView(problem, this.config.temporal);
    const records = await this.problems.history(problem.id);
    const closing = records.find((h) => h.stage === 'closed_unsuitable' && h.kind === 'stage_entered');
    const history = records.map((h) => ({
      kind: h.kind,
      stage: h.stage,
      stageLabel: STAGE_LABELS[h.stage as ProblemStage],
      occurredAt: h.occurredAt.toISOString(),
    }));
    return {
      reference: view.reference,
      title: view.title,
      category: view.category,
      categoryLabel: CATEGORY_LABELS[problem.category as ProblemCategory],
      stage: view.stage,
      stageLabel: view.stageLabel,
      expectedBy: view.dueAt,
      /** Staff wait for the resident's answer (reply on this page); the deadline is stopped. */
      awaitingResident: view.awaitingResident,
      awaitingReason: problem.awaitingResidentSince ? lastPauseReason(records) : null,
      closedReason: view.closedReason,
      /** Where an unsuitable problem was referred (e.g. the 12345 hotline), as the screener wrote it. */
      referredTo: (closing?.detail as { referredTo?: string | null } | undefined)?.referredTo ?? null,
      createdAt: view.createdAt,
      /** How an archived problem ended (release 4): resolved, unresolved with why, or the resident not reached. */
      result: archivedResult(records),
      explanation: lastDetail(records, 'supervision_archived_unresolved', 'explanation'),
      /** Times the problem was consulted on again because the resident was dissatisfied. */
      reopenCount: records.filter((h) => h.kind === 'reopened').length,
      history,
    };
  }
}

function lastDetail(records: { kind: string; detail: unknown }[], kind: string, field: string): string | null {
  const entry = [...records].reverse().find((h) => h.kind === kind);
  const value = (entry?.detail as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : null;
}

function archivedResult(records: { kind: string; stage: string; detail: unknown }[]): string | null {
  const archived = records.find((h) => h.stage === 'archived' && h.kind === 'stage_entered');
  if (!archived) return null;
  return ((archived.detail as { result?: string } | undefined)?.result ?? 'resolved') as string;
}

/** What staff asked the resident for, from the history's last pause. */
function lastPauseReason(records: { kind: string; detail: unknown }[]): string | null {
  const pause = [...records].reverse().find((h) => h.kind === 'clock_paused');
  return (pause?.detail as { reason?: string } | undefined)?.reason ?? null;
}
