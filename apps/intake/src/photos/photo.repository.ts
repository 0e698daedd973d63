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

  problemByTrackingCode(code: string): Promise<{ id: string; stage: string; mergedIntoId: string | null } | null> {
    return this.prisma.problem.findUnique({ where: { trackingCode: code }, select: { id: true, stage: true, mergedIntoId: true } });
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
