import { Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '@shangliang/persistence';

/** Sessions of a consultation item and their photos. Only the consultation service uses it. */
@Injectable()
export class ConsultationSessionRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The latest session of the round that has not concluded the item. */
  latestOpen(problemId: string, round: number) {
    return this.prisma.consultation.findFirst({ where: { problemId, round, concludedAt: null }, orderBy: [{ heldAt: 'desc' }, { createdAt: 'desc' }] });
  }

  /** The session concludes the item with its outcome (once). */
  async markConcluding(tx: Tx, id: string, outcome: string, summary: string): Promise<boolean> {
    const { count } = await tx.consultation.updateMany({ where: { id, concludedAt: null }, data: { outcome, summary, concludedAt: new Date() } });
    return count === 1;
  }

  findSession(problemId: string, id: string) {
    return this.prisma.consultation.findFirst({ where: { id, problemId } });
  }

  /** Adds the photo unless the session already has `cap`; returns it, or null at the cap. */
  addPhotoWithinCap(photo: { id: string; consultationId: string; storageKey: string; contentType: string; size: number; uploadedBy: string }, cap: number) {
    return this.prisma.$transaction(async (tx) => {
      // The session row's lock serialises concurrent uploads to it.
      await tx.$queryRaw`SELECT id FROM consultation.consultations WHERE id = ${photo.consultationId}::uuid FOR UPDATE`;
      if ((await tx.consultationPhoto.count({ where: { consultationId: photo.consultationId } })) >= cap) return null;
      return tx.consultationPhoto.create({ data: photo });
    });
  }

  findPhoto(consultationId: string, photoId: string) {
    return this.prisma.consultationPhoto.findFirst({ where: { id: photoId, consultationId } });
  }
}
