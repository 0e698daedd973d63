import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, notFound } from '@shangliang/http';
import { CommunityScope } from '@shangliang/organisation';
import { SupervisionCaseRepository } from './supervision-case.repository';
import { supervisionCaseDetailView, supervisionCaseView } from './supervision-case.view';

/** Reads of democratic-supervision cases: supervisors and admins see all, a vice-chair their communities. */
@Injectable()
export class SupervisionCaseQueries {
  constructor(
    private readonly cases: SupervisionCaseRepository,
    private readonly scope: CommunityScope,
  ) {}

  async list(query: { status?: string; kind?: string; level?: string; limit: number; offset: number }, staff: StaffPrincipal) {
    const communityIds = await this.scope.of(staff);
    const [rows, { total, totalIsLowerBound }] = await this.cases.list({ status: query.status, kind: query.kind, level: query.level, communityIds, take: query.limit, skip: query.offset });
    return { total, totalIsLowerBound, items: rows.map(supervisionCaseView) };
  }

  async get(id: string, staff: StaffPrincipal) {
    const found = await this.cases.findDetail(id);
    if (!found) throw notFound('supervision case');
    const communityIds = await this.scope.of(staff);
    if (communityIds && !communityIds.includes(found.communityId)) throw forbidden('this supervision case is outside your area');
    return supervisionCaseDetailView(found);
  }

  /** A department's supervision notices still waiting for its answer. */
  async noticesFor(staff: StaffPrincipal) {
    if (!staff.departmentId) return { items: [] };
    const notices = await this.cases.openNotices(staff.departmentId);
    return {
      items: notices.map((n) => ({ id: n.id, caseId: n.caseId, reference: n.case.reference, category: n.case.category, text: n.text, dueAt: n.dueAt.toISOString(), issuedAt: n.issuedAt.toISOString() })),
    };
  }
}
