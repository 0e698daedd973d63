import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { CommunityScope, OrganisationDirectory } from '@shangliang/organisation';
import { PrismaService } from '@shangliang/persistence';

const DAY_MS = 24 * 3600 * 1000;
/** Member groups should be active in their community at least this often (as streets). */
export const GROUP_CADENCE_DAYS = 61;

/**
 * The cadence rule: a street's convener holds an activity at least every 2 months, a
 * township's every quarter, and member groups stay active in their communities. Activities
 * are the conveners' recorded ones and the consultations held in the locality's communities.
 * The report shows who is behind, for the part of the organisation the caller oversees.
 */
@Injectable()
export class CadenceQueries {
  constructor(
    private readonly prisma: PrismaService,
    private readonly directory: OrganisationDirectory,
    private readonly scope: CommunityScope,
  ) {}

  async report(staff: StaffPrincipal, now = new Date()) {
    const localities = await this.visibleLocalities(staff);
    const lastConsultation = await this.lastConsultationByCommunity();
    const lastActivity = await this.lastActivityByLocality(localities.map((l) => l.id));
    const since = (date: Date | null) => (date ? Math.floor((now.getTime() - date.getTime()) / DAY_MS) : null);
    const latest = (...dates: (Date | null | undefined)[]) => dates.filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;

    const localityRows = localities.map((l) => {
      const last = latest(lastActivity.get(l.id), ...l.communities.map((c) => lastConsultation.get(c.id)));
      const days = since(last);
      return { id: l.id, name: l.name, kind: l.kind, cadenceDays: l.cadenceDays, lastActivityAt: last?.toISOString() ?? null, daysSince: days, behind: days === null || days > l.cadenceDays };
    });
    const groups = localities.flatMap((l) =>
      l.communities.map((c) => {
        const last = lastConsultation.get(c.id) ?? null;
        const days = since(last);
        return { communityId: c.id, communityName: c.name, localityName: l.name, lastConsultationAt: last?.toISOString() ?? null, daysSince: days, behind: days === null || days > GROUP_CADENCE_DAYS };
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

  private async lastConsultationByCommunity(): Promise<Map<string, Date>> {
    const rows = await this.prisma.$queryRaw<{ community_id: string; last: Date }[]>`
      SELECT ci.community_id, max(c.held_at) AS last
      FROM consultation.consultations c JOIN consultation.consultation_items ci ON ci.problem_id = c.problem_id
      GROUP BY ci.community_id`;
    return new Map(rows.map((r) => [r.community_id, r.last]));
  }

  private async lastActivityByLocality(localityIds: string[]): Promise<Map<string, Date>> {
    const rows = await this.prisma.convenerActivity.groupBy({ by: ['localityId'], where: { localityId: { in: localityIds } }, _max: { heldAt: true } });
    return new Map(rows.filter((r) => r._max.heldAt).map((r) => [r.localityId, r._max.heldAt as Date]));
  }
}
