import { Injectable, Logger } from '@nestjs/common';
import type { PayloadOf } from '@shangliang/contracts';
import { Outbox } from '@shangliang/messaging';
import { OrganisationDirectory } from '@shangliang/organisation';
import { PrismaService } from '@shangliang/persistence';
import { CadenceQueries } from './cadence.queries';

type CheckRequested = PayloadOf<'consultation', 'cadence.check-requested'>;

/**
 * The daily cadence check (a Temporal Schedule starts it): for every council, who is behind the
 * cadence rule this calendar period. The result is kept for the dashboard and each convener or
 * group leader behind is told, in one transaction per council keyed by the check, so a repeated
 * or redelivered check of the same day writes and tells nothing twice.
 */
@Injectable()
export class CadenceCheckUseCase {
  private readonly logger = new Logger(CadenceCheckUseCase.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly directory: OrganisationDirectory,
    private readonly cadence: CadenceQueries,
    private readonly outbox: Outbox,
  ) {}

  async execute(command: CheckRequested): Promise<void> {
    const asOf = new Date(command.asOf);
    for (const councilId of await this.directory.councilIds()) {
      const report = await this.cadence.councilReport(councilId, asOf);
      const told = await this.prisma.$transaction(async (tx) => {
        const { count } = await tx.cadenceCheck.createMany({
          data: [{ checkId: command.checkId, councilId, checkedAt: asOf, localitiesBehind: report.behind.localities, groupsBehind: report.behind.groups, report }],
          skipDuplicates: true,
        });
        if (count === 0) return 0;
        const behind = [
          ...report.localities
            .filter((l) => l.behind)
            .map((l) => ({ subject: 'locality' as const, subjectId: l.id, communityId: null, placeName: l.name, period: l.period, periodEndsAt: l.periodEndsAt, status: l.status, lastActivityAt: l.lastActivityAt })),
          ...report.groups
            .filter((g) => g.behind)
            .map((g) => ({ subject: 'group' as const, subjectId: g.communityId, communityId: g.communityId, placeName: g.communityName, period: g.period, periodEndsAt: g.periodEndsAt, status: g.status, lastActivityAt: g.lastConsultationAt })),
        ];
        for (const b of behind) {
          await this.outbox.add(tx, 'notifications', 'cadence.behind', {
            eventId: `cadence.${command.checkId}.${b.subject}.${b.subjectId}`,
            subject: b.subject,
            subjectId: b.subjectId,
            communityId: b.communityId,
            placeName: b.placeName,
            period: b.period,
            periodEndsAt: b.periodEndsAt,
            status: b.status === 'missed' ? 'missed' : 'due_soon',
            lastActivityAt: b.lastActivityAt,
            occurredAt: asOf.toISOString(),
          });
        }
        return behind.length;
      });
      if (told > 0) this.outbox.flush();
      this.logger.log(`cadence check ${command.checkId} for ${councilId}: ${report.behind.localities} localities and ${report.behind.groups} groups behind`);
    }
  }

  /** The council's latest check, for the dashboard. */
  async latest(councilId: string) {
    const row = await this.prisma.cadenceCheck.findFirst({ where: { councilId }, orderBy: { checkedAt: 'desc' } });
    return row ? { checkId: row.checkId, checkedAt: row.checkedAt.toISOString(), localitiesBehind: row.localitiesBehind, groupsBehind: row.groupsBehind } : null;
  }
}
