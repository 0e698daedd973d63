import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService, type Tx } from '@shangliang/persistence';

export const problemWithContact = { resident: true } satisfies Prisma.ProblemInclude;
export type ProblemRecord = Prisma.ProblemGetPayload<{ include: typeof problemWithContact }>;
export type HistoryRecord = Prisma.ProblemHistoryGetPayload<object>;
export type ReporterRecord = Prisma.ProblemReporterGetPayload<object>;

/** The problem bank's persistence. Only the intake service uses it. */
@Injectable()
export class ProblemRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  findById(id: string): Promise<ProblemRecord | null> {
    return this.prisma.problem.findUnique({ where: { id }, include: problemWithContact });
  }

  findByTrackingCode(code: string): Promise<ProblemRecord | null> {
    return this.prisma.problem.findUnique({ where: { trackingCode: code }, include: problemWithContact });
  }

  /**
   * A problem by a resident's tracking code: the problem's own (its first reporter's) or the
   * code of a reporter who joined it (then `reporter` is that reporter).
   */
  async findByAnyTrackingCode(code: string): Promise<{ problem: ProblemRecord; reporter: ReporterRecord | null } | null> {
    const own = await this.findByTrackingCode(code);
    if (own) return { problem: own, reporter: null };
    const reporter = await this.prisma.problemReporter.findUnique({ where: { trackingCode: code } });
    const problem = reporter && (await this.findById(reporter.problemId));
    return problem ? { problem, reporter } : null;
  }

  async findByIdempotencyKey(scope: string, key: string): Promise<{ requestHash: string; problem: ProblemRecord } | null> {
    const row = await this.prisma.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
    if (!row) return null;
    const problem = await this.findById(row.problemId);
    return problem && { requestHash: row.requestHash, problem };
  }

  reporters(problemId: string) {
    return this.prisma.problemReporter.findMany({ where: { problemId }, include: { resident: true }, orderBy: { joinedAt: 'asc' } });
  }

  history(problemId: string): Promise<HistoryRecord[]> {
    return this.prisma.problemHistory.findMany({ where: { problemId }, orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }] });
  }

  list(filter: { stage?: string; communityIds?: string[]; escalated?: boolean; take: number; skip: number }) {
    const where: Prisma.ProblemWhereInput = {
      stage: filter.stage,
      escalated: filter.escalated,
      communityId: filter.communityIds ? { in: filter.communityIds } : undefined,
    };
    // The page and the total side by side on two connections: at a million rows the total is
    // the slower of the two, and neither should wait for the other.
    return Promise.all([
      this.prisma.problem.findMany({ where, include: problemWithContact, orderBy: { createdAt: 'desc' }, take: filter.take, skip: filter.skip }),
      this.prisma.problem.count({ where }),
    ]);
  }

  async nextReferenceNumber(tx: Tx): Promise<bigint> {
    const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT nextval('intake.problem_reference_seq') AS n`;
    return row.n;
  }
}
