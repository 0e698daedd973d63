import { Injectable } from '@nestjs/common';
import { TERMINAL_STAGES } from '@shangliang/contracts';
import { type Prisma, PrismaService } from '@shangliang/persistence';

export const requestFields = {
  id: true,
  reference: true,
  source: true,
  category: true,
  title: true,
  description: true,
  communityId: true,
  address: true,
  lat: true,
  lng: true,
  stage: true,
  dueAt: true,
  closedReason: true,
  mergedIntoId: true,
  progressedAt: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ProblemSelect;
export type RequestRecord = Prisma.ProblemGetPayload<{ select: typeof requestFields }>;

export interface RequestFilter {
  references?: string[];
  categories?: string[];
  statuses?: ('open' | 'closed')[];
  from?: Date;
  to?: Date;
  take: number;
}

/** The problem bank as Open311 reads it. */
@Injectable()
export class Open311RequestRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(filter: RequestFilter): Promise<RequestRecord[]> {
    return this.prisma.problem.findMany({ where: whereOf(filter), select: requestFields, orderBy: { createdAt: 'desc' }, take: filter.take });
  }

  findById(id: string): Promise<{ id: string; reference: string } | null> {
    return this.prisma.problem.findUnique({ where: { id }, select: { id: true, reference: true } });
  }

  /** Department ids of the referrals in these problems' histories (the latest per problem wins). */
  async referredDepartments(problemIds: string[]): Promise<Map<string, string>> {
    const entries = await this.prisma.problemHistory.findMany({
      where: { problemId: { in: problemIds }, kind: 'stage_entered', stage: 'referral' },
      select: { problemId: true, detail: true },
      orderBy: { occurredAt: 'asc' },
    });
    const departments = new Map<string, string>();
    for (const e of entries) {
      const departmentId = (e.detail as { departmentId?: unknown } | null)?.departmentId;
      if (typeof departmentId === 'string') departments.set(e.problemId, departmentId);
    }
    return departments;
  }

  /** media_url the Open311 client sent with each request, by problem. */
  async mediaUrls(problemIds: string[]): Promise<Map<string, string>> {
    const entries = await this.prisma.problemHistory.findMany({
      where: { problemId: { in: problemIds }, kind: 'open311_request' },
      select: { problemId: true, detail: true },
    });
    const urls = new Map<string, string>();
    for (const e of entries) {
      const mediaUrl = (e.detail as { mediaUrl?: unknown } | null)?.mediaUrl;
      if (typeof mediaUrl === 'string') urls.set(e.problemId, mediaUrl);
    }
    return urls;
  }

  async references(problemIds: string[]): Promise<Map<string, string>> {
    if (!problemIds.length) return new Map();
    const rows = await this.prisma.problem.findMany({ where: { id: { in: problemIds } }, select: { id: true, reference: true } });
    return new Map(rows.map((r) => [r.id, r.reference]));
  }

  /** What the Open311 client sent beyond the problem itself (which key, the media URL), for the history. */
  async recordSubmission(problemId: string, detail: { apiKeyId: string; mediaUrl: string | null }): Promise<void> {
    const problem = await this.prisma.problem.findUniqueOrThrow({ where: { id: problemId }, select: { stage: true } });
    await this.prisma.problemHistory.createMany({
      data: [{ problemId, eventId: `${problemId}.open311`, kind: 'open311_request', stage: problem.stage, detail, occurredAt: new Date() }],
      skipDuplicates: true,
    });
  }
}

const terminal = TERMINAL_STAGES as unknown as string[];

function whereOf(filter: RequestFilter): Prisma.ProblemWhereInput {
  // The spec: a list of ids overrides every other argument.
  if (filter.references) return { reference: { in: filter.references } };
  const statuses = new Set(filter.statuses ?? ['open', 'closed']);
  const where: Prisma.ProblemWhereInput = {
    category: filter.categories ? { in: filter.categories } : undefined,
    createdAt: { gte: filter.from, lte: filter.to },
  };
  if (statuses.size === 1 && statuses.has('open')) return { ...where, stage: { notIn: terminal }, mergedIntoId: null };
  if (statuses.size === 1 && statuses.has('closed')) return { ...where, OR: [{ stage: { in: terminal } }, { mergedIntoId: { not: null } }] };
  return where;
}
