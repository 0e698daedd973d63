import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '@shangliang/persistence';

/** What a photo row keeps of the tracking code it came with. */
export function uploaderDigest(trackingCode: string): string {
  return createHash('sha256').update(trackingCode).digest('hex');
}

export interface PhotoRecord {
  id: string;
  problemId: string;
  storageKey: string;
  contentType: string;
  size: number;
  uploaderDigest: string | null;
  createdAt: Date;
}

/** Rows describing photos (ProblemPhoto); the bytes themselves live in the PhotoStorage. */
@Injectable()
export class PhotoRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** By the problem's own code or by the code of a resident who joined it. */
  async problemByTrackingCode(code: string): Promise<{ id: string; stage: string; mergedIntoId: string | null; ownCode: boolean } | null> {
    const select = { id: true, stage: true, mergedIntoId: true } as const;
    const own = await this.prisma.problem.findUnique({ where: { trackingCode: code }, select });
    if (own) return { ...own, ownCode: true };
    const reporter = await this.prisma.problemReporter.findUnique({ where: { trackingCode: code }, select: { problemId: true } });
    const problem = reporter && (await this.prisma.problem.findUnique({ where: { id: reporter.problemId }, select }));
    return problem && { ...problem, ownCode: false };
  }

  /**
   * Records the photo unless the problem already has `cap` of them. The problem row is locked
   * while counting, so concurrent uploads cannot all slip under the cap. Returns null when full.
   */
  createWithinCap(photo: Omit<PhotoRecord, 'createdAt'>, cap: number): Promise<PhotoRecord | null> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM intake.problems WHERE id = ${photo.problemId}::uuid FOR UPDATE`;
      if ((await tx.problemPhoto.count({ where: { problemId: photo.problemId } })) >= cap) return null;
      return tx.problemPhoto.create({ data: photo });
    });
  }

  findById(id: string): Promise<PhotoRecord | null> {
    return this.prisma.problemPhoto.findUnique({ where: { id } });
  }

  /** The photos added with this code (and, for the problem's own code, those from before codes were told apart). */
  listForCode(problemId: string, code: string, ownCode: boolean): Promise<PhotoRecord[]> {
    const digest = uploaderDigest(code);
    const uploader = ownCode ? { OR: [{ uploaderDigest: digest }, { uploaderDigest: null }] } : { uploaderDigest: digest };
    return this.prisma.problemPhoto.findMany({ where: { problemId, ...uploader }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }
}
