import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { CommunityScope, OrganisationDirectory } from '@shangliang/organisation';
import { PrismaService } from '@shangliang/persistence';
import { cadenceStatus, type CadenceKind, periodOf } from './cadence-period';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The cadence rule by calendar period (cadence-period.ts): a street's convener holds an activity
 * in every two-month period, a township's in every quarter, and member groups stay active in
 * their communities (every two months). Activities are the conveners' recorded ones and the
 * consultations held in the locality's communities. The report shows who is behind, for the
 * part of the organisation the caller oversees; `daysSince` is kept for the console.
 */
@Injectable()
export class CadenceQueries {
  constructor(
    private readonly prisma: PrismaService,
    private readonly directory: OrganisationDirectory,
    private readonly scope: CommunityScope,
  ) {}

  async report(staff: StaffPrincipal, now = new Date()) {
    return this.reportFor(await this.visibleLocalities(staff), now);
  }

  /** The whole council, for the daily check. */
  async councilReport(councilId: string, now = new Date()) {
    return this.reportFor(await this.directory.localities(councilId), now);
  }

  private async reportFor(localities: Awaited<ReturnType<OrganisationDirectory['localities']>>, now: Date) {
    const bounds = { bimonth: periodOf('street', now).start, quarter: periodOf('township', now).start };
    const consultations = await this.consultationsByCommunity(bounds);
    const activities = await this.activitiesByLocality(localities.map((l) => l.id), bounds);
    const since = (date: Date | null) => (date ? Math.floor((now.getTime() - date.getTime()) / DAY_MS) : null);

    const localityRows = localities.map((l) => {
      const kind: CadenceKind = l.kind === 'township' ? 'township' : 'street';
      const before = kind === 'township' ? 'beforeQuarter' : 'beforeBimonth';
      const own = activities.get(l.id);
      const inCommunities = l.communities.map((c) => consultations.get(c.id));
      const last = latest(own?.last, ...inCommunities.map((c) => c?.last));
      const lastBefore = latest(own?.[before], ...inCommunities.map((c) => c?.[before]));
      const { period, status, behind, daysLeft } = cadenceStatus(kind, now, last, lastBefore);
      return { id: l.id, name: l.name, kind: l.kind, communityIds: l.communities.map((c) => c.id), cadenceDays: l.cadenceDays, lastActivityAt: last?.toISOString() ?? null, daysSince: since(last), period: period.label, periodEndsAt: period.end.toISOString(), daysLeft, status, behind };
    });
    const groups = localities.flatMap((l) =>
      l.communities.map((c) => {
        const held = consultations.get(c.id);
        const last = held?.last ?? null;
        const { period, status, behind, daysLeft } = cadenceStatus('group', now, last, held?.beforeBimonth ?? null);
        return { communityId: c.id, communityName: c.name, localityId: l.id, localityName: l.name, lastConsultationAt: last?.toISOString() ?? null, daysSince: since(last), period: period.label, periodEndsAt: period.end.toISOString(), daysLeft, status, behind };
      }),
    );
    return {
      localities: localityRows,
      groups,
      behind: { localities: localityRows.filter((r) => r.behind).length, groups: groups.filter((g) => g.behind).length },
    };
  }

  /** A convener oversees their own township or street; others the localities of their communities. */
  private async visibleLocalities(staff: StaffPrincipal) {
    const all = await this.directory.localities(staff.councilId);
    if (staff.role === 'admin' || staff.role === 'supervisor') return all;
    if (staff.role === 'convener') return all.filter((l) => l.id === staff.localityId);
    const communities = new Set((await this.scope.of(staff)) ?? []);
    return all.filter((l) => l.communities.some((c) => communities.has(c.id)));
  }

  /** Each community's last consultation session, and its last before this period (two-monthly and quarterly). */
  private async consultationsByCommunity(bounds: { bimonth: Date; quarter: Date }): Promise<Map<string, Held>> {
    const rows = await this.prisma.$queryRaw<{ community_id: string; last: Date; before_bimonth: Date | null; before_quarter: Date | null }[]>`
      SELECT ci.community_id, max(c.held_at) AS last,
             max(c.held_at) FILTER (WHERE c.held_at < ${bounds.bimonth}) AS before_bimonth,
             max(c.held_at) FILTER (WHERE c.held_at < ${bounds.quarter}) AS before_quarter
      FROM consultation.consultations c JOIN consultation.consultation_items ci ON ci.problem_id = c.problem_id
      GROUP BY ci.community_id`;
    return new Map(rows.map((r) => [r.community_id, { last: r.last, beforeBimonth: r.before_bimonth, beforeQuarter: r.before_quarter }]));
  }

  private async activitiesByLocality(localityIds: string[], bounds: { bimonth: Date; quarter: Date }): Promise<Map<string, Held>> {
    if (!localityIds.length) return new Map();
    const rows = await this.prisma.$queryRaw<{ locality_id: string; last: Date; before_bimonth: Date | null; before_quarter: Date | null }[]>`
      SELECT locality_id, max(held_at) AS last,
             max(held_at) FILTER (WHERE held_at < ${bounds.bimonth}) AS before_bimonth,
             max(held_at) FILTER (WHERE held_at < ${bounds.quarter}) AS before_quarter
      FROM consultation.convener_activities
      WHERE locality_id = ANY(${localityIds})
      GROUP BY locality_id`;
    return new Map(rows.map((r) => [r.locality_id, { last: r.last, beforeBimonth: r.before_bimonth, beforeQuarter: r.before_quarter }]));
  }
}

interface Held {
  last: Date | null;
  beforeBimonth: Date | null;
  beforeQuarter: Date | null;
}

function latest(...dates: (Date | null | undefined)[]): Date | null {
  return dates.filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
}
