import { Injectable } from '@nestjs/common';
import { PrismaService } from '@shangliang/persistence';

export interface PhotoRecord {
  id: string;
  problemId: string;
  storageKey: string;
  contentType: string;
  size: number;
  createdAt: Date;
}

/** Rows describing photos (ProblemPhoto); the bytes themselves live in the PhotoStorage. */
@Injectable()
export class PhotoRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** By the problem's own code or by the code of a resident who joined it. */
  async problemByTrackingCode(code: string): Promise<{ id: string; stage: string; mergedIntoId: string | null } | null> {
    const select = { id: true, stage: true, mergedIntoId: true } as const;
    const own = await this.prisma.problem.findUnique({ where: { trackingCode: code }, select });
    if (own) return own;
    const reporter = await this.prisma.problemReporter.findUnique({ where: { trackingCode: code }, select: { problemId: true } });
    return reporter && this.prisma.problem.findUnique({ where: { id: reporter.problemId }, select });
  }

  countForProblem(problemId: string): Promise<number> {
    return this.prisma.problemPhoto.count({ where: { problemId } });
  }

  create(photo: Omit<PhotoRecord, 'createdAt'>): Promise<PhotoRecord> {
    return this.prisma.problemPhoto.create({ data: photo });
  }

  findById(id: string): Promise<PhotoRecord | null> {
    return this.prisma.problemPhoto.findUnique({ where: { id } });
  }

  listForProblem(problemId: string): Promise<PhotoRecord[]> {
    return this.prisma.problemPhoto.findMany({ where: { problemId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }
}
