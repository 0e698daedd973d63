import { Injectable } from '@nestjs/common';
import { PrismaService, splitIntoChinaDays, type Tally } from '@shangliang/persistence';
import type { DepartmentResponse } from '@shangliang/contracts';

export interface FigureRange {
  from: Date;
  to: Date;
}

export interface ReferralFigureFilter {
  communityIds: string[];
  departmentId: string | null;
}

/**
 * Counts over consultations and referrals for the programme's figures. A referral's first answer
 * (响应) is the earliest of signing for it (签收), the earlier one-time answer, or completing it
 * (办结) without signing first — `LEAST` skips the ones that did not happen. A referral's
 * community is its item's (referrals.community_id, kept by a trigger from consultation_items).
 */
@Injectable()
export class ReferralFiguresRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Per department, the referrals due in [from, dueBefore): how many, answered at all, answered by
   * the deadline, and the median hours from referral to answer. A referral the department sent
   * back and the team lead then handed on or took back is left out: the return was accepted, and
   * a re-referral counts as the new referral. Index-only (referrals_due_at_id_cover_idx).
   */
  async responsesByDepartment(filter: ReferralFigureFilter, from: Date, dueBefore: Date): Promise<DepartmentResponse[]> {
    if (dueBefore <= from) return [];
    const rows = await this.prisma.$queryRaw<{ department_id: string; due: number; answered: number; on_time: number; median_hours: number | null }[]>`
      SELECT r.department_id,
             count(*)::int AS due,
             count(LEAST(r.signed_at, r.responded_at, r.completed_at))::int AS answered,
             (count(*) FILTER (WHERE LEAST(r.signed_at, r.responded_at, r.completed_at) <= r.due_at))::int AS on_time,
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM LEAST(r.signed_at, r.responded_at, r.completed_at) - r.created_at) / 3600))::float8 AS median_hours
        FROM consultation.referrals r
       WHERE r.community_id = ANY(${filter.communityIds}::text[])
         AND (${filter.departmentId}::text IS NULL OR r.department_id = ${filter.departmentId}::text)
         AND r.due_at >= ${from}::timestamptz AND r.due_at < ${dueBefore}::timestamptz
         AND r.status NOT IN ('re_referred', 'taken_back')
       GROUP BY r.department_id
       ORDER BY r.department_id`;
    return rows.map((r) => ({
      departmentId: r.department_id,
      due: r.due,
      answered: r.answered,
      answeredOnTime: r.on_time,
      medianResponseHours: r.median_hours === null ? null : Math.round(r.median_hours * 10) / 10,
    }));
  }

  /** Referrals sent to departments in the range (index-only, referrals_created_at_cover_idx). */
  async countOpened(filter: ReferralFigureFilter, range: FigureRange): Promise<number> {
    const [{ n }] = await this.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM consultation.referrals
       WHERE community_id = ANY(${filter.communityIds}::text[])
         AND (${filter.departmentId}::text IS NULL OR department_id = ${filter.departmentId}::text)
         AND created_at >= ${range.from}::timestamptz AND created_at < ${range.to}::timestamptz`;
    return n;
  }

  /**
   * Consultations held in the range, by form (微协商, 专题协商, 点对点协商). Exact: the whole China
   * days of the range from consultation.consultation_day_counts (kept by triggers in the same
   * transaction), any part of a day at its ends from the consultations.
   */
  async consultationsByForm(communityIds: string[], range: FigureRange): Promise<Tally[]> {
    const { days, edges } = splitIntoChinaDays(range);
    const parts = await Promise.all([
      days
        ? this.prisma.$queryRaw<{ form: string; n: number }[]>`
            SELECT form, sum(held)::int AS n FROM consultation.consultation_day_counts
             WHERE community_id = ANY(${communityIds}::text[]) AND day >= ${days.from}::date AND day < ${days.to}::date
             GROUP BY form`
        : Promise.resolve([]),
      ...edges.map(
        (edge) => this.prisma.$queryRaw<{ form: string; n: number }[]>`
          SELECT c.form, count(*)::int AS n FROM consultation.consultations c JOIN consultation.consultation_items i ON i.problem_id = c.problem_id
           WHERE i.community_id = ANY(${communityIds}::text[]) AND c.held_at >= ${edge.from}::timestamptz AND c.held_at < ${edge.to}::timestamptz
           GROUP BY c.form`,
      ),
    ]);
    const byForm = new Map<string, number>();
    for (const { form, n } of parts.flat()) byForm.set(form, (byForm.get(form) ?? 0) + n);
    return [...byForm].map(([key, count]) => ({ key, count }));
  }
}
