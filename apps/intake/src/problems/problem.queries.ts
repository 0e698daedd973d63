import { Inject, Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { CATEGORY_LABELS, type ProblemCategory, type ProblemStage, STAGE_LABELS } from '@shangliang/contracts';
import { forbidden, notFound } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { INTAKE_CONFIG, type IntakeConfig } from '../intake.config';
import { historyView, problemView } from './problem.view';
import { ProblemRepository, type ProblemRecord } from './problem.repository';

/** Staff roles that see the whole problem bank; the others see their own scope. */
const CITY_WIDE_ROLES = new Set(['admin', 'supervisor']);

@Injectable()
export class ProblemQueries {
  constructor(
    private readonly problems: ProblemRepository,
    private readonly directory: OrganisationDirectory,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  async list(query: { stage?: string; communityId?: string; escalated?: boolean; limit: number; offset: number }, staff: StaffPrincipal) {
    let communityIds = await this.scope(staff);
    if (query.communityId) communityIds = communityIds ? communityIds.filter((c) => c === query.communityId) : [query.communityId];
    const [rows, total] = await this.problems.list({ stage: query.stage, escalated: query.escalated, communityIds: communityIds ?? undefined, take: query.limit, skip: query.offset });
    return { total, items: rows.map((p) => problemView(p, this.config.temporal)) };
  }

  async get(id: string, staff: StaffPrincipal) {
    return problemView(await this.visible(id, staff), this.config.temporal);
  }

  async history(id: string, staff: StaffPrincipal) {
    await this.visible(id, staff);
    return (await this.problems.history(id)).map(historyView);
  }

  async contact(id: string, staff: StaffPrincipal) {
    const problem = await this.visible(id, staff);
    if (!problem.resident) throw notFound('contact');
    return { name: problem.resident.name, phone: problem.resident.phone, consentToCallback: problem.resident.consentToCallback };
  }

  /** What a resident sees with their tracking code: no contact data, no staff names. */
  async track(code: string) {
    const problem = await this.problems.findByTrackingCode(code.trim().toUpperCase());
    if (!problem) throw notFound('problem');
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
      trackingCode: view.trackingCode,
      title: view.title,
      category: view.category,
      categoryLabel: CATEGORY_LABELS[problem.category as ProblemCategory],
      stage: view.stage,
      stageLabel: view.stageLabel,
      expectedBy: view.dueAt,
      closedReason: view.closedReason,
      /** Where an unsuitable problem was referred (e.g. the 12345 hotline), as the screener wrote it. */
      referredTo: (closing?.detail as { referredTo?: string | null } | undefined)?.referredTo ?? null,
      createdAt: view.createdAt,
      history,
    };
  }

  private async visible(id: string, staff: StaffPrincipal): Promise<ProblemRecord> {
    const problem = await this.problems.findById(id);
    if (!problem) throw notFound('problem');
    const scope = await this.scope(staff);
    if (scope && !scope.includes(problem.communityId)) throw forbidden('this problem is outside your area');
    return problem;
  }

  /** Community ids the staff member may see, or null for the whole city. */
  private async scope(staff: StaffPrincipal): Promise<string[] | null> {
    if (CITY_WIDE_ROLES.has(staff.role)) return null;
    return this.directory.communityIdsInScope(staff);
  }
}
