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
    // Raw: read for every step of every problem that somebody is told of.
    const [row] = await this.prisma.$queryRaw<{ lead_member_id: string | null; referral_id: string | null; department_id: string | null }[]>`
      SELECT lead_member_id, referral_id, department_id FROM notifications.problem_contexts WHERE problem_id = ${problemId}`;
    return { leadMemberId: row?.lead_member_id ?? null, referralId: row?.referral_id ?? null, departmentId: row?.department_id ?? null };
  }

  async learn(problemId: string, learned: Partial<ProblemContext>): Promise<void> {
    const data = Object.fromEntries(Object.entries(learned).filter(([, v]) => v !== undefined));
    if (!Object.keys(data).length) return;
    await this.prisma.problemNotificationContext.upsert({ where: { problemId }, create: { problemId, ...data }, update: data });
  }
}
