import { Injectable } from '@nestjs/common';
import { PrismaService } from '@shangliang/persistence';

export interface ProblemContext {
  leadMemberId: string | null;
  referralId: string | null;
  departmentId: string | null;
}

/**
 * What earlier steps taught about a problem that later ones need: the team lead (from
 * `team_formed`) and the current referral (from entering the referral stage or a rung).
 */
@Injectable()
export class ProblemContextRepository {
  constructor(private readonly prisma: PrismaService) {}

  async find(problemId: string): Promise<ProblemContext> {
    const row = await this.prisma.problemNotificationContext.findUnique({ where: { problemId } });
    return { leadMemberId: row?.leadMemberId ?? null, referralId: row?.referralId ?? null, departmentId: row?.departmentId ?? null };
  }

  async learn(problemId: string, learned: Partial<ProblemContext>): Promise<void> {
    const data = Object.fromEntries(Object.entries(learned).filter(([, v]) => v !== undefined));
    if (!Object.keys(data).length) return;
    await this.prisma.problemNotificationContext.upsert({ where: { problemId }, create: { problemId, ...data }, update: data });
  }
}
