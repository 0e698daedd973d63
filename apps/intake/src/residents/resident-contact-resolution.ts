import { Injectable } from '@nestjs/common';
import { PrismaService } from '@shangliang/persistence';

export interface ResolvedResidentContact {
  /** Null when the resident never gave a number, withdrew, or was anonymised. */
  phone: string | null;
  locale: 'zh' | 'en';
  /** The code this reporter follows the problem with (their own when they joined). */
  trackingCode: string | null;
}

/**
 * The last step before a text goes out: the notifications service holds only a reporter id,
 * and intake — which owns residents' contacts — answers with the number at the moment of
 * sending, and only for a report the resident consented to be texted about.
 */
@Injectable()
export class ResidentContactResolution {
  constructor(private readonly prisma: PrismaService) {}

  async resolve(reporterId: string, problemId?: string): Promise<ResolvedResidentContact> {
    const report = await this.prisma.problemReporter.findFirst({
      where: { residentId: reporterId, consentToTexts: true, ...(problemId ? { problemId } : {}) },
      select: { locale: true, trackingCode: true, viaProblemId: true, resident: { select: { phone: true } }, problem: { select: { trackingCode: true } } },
      orderBy: { joinedAt: 'desc' },
    });
    if (!report) return { phone: null, locale: 'zh', trackingCode: null };
    const via = report.viaProblemId
      ? await this.prisma.problem.findUnique({ where: { id: report.viaProblemId }, select: { trackingCode: true } })
      : null;
    return {
      phone: report.resident.phone ?? null,
      locale: report.locale === 'en' ? 'en' : 'zh',
      trackingCode: report.trackingCode ?? via?.trackingCode ?? report.problem.trackingCode,
    };
  }
}
