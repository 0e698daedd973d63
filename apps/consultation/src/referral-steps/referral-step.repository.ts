import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService, type Tx } from '@shangliang/persistence';

/** A referral with what deciding a step needs: the item's lead, category, urgency and round. */
export const referralForStep = {
  item: { select: { problemId: true, communityId: true, leadMemberId: true, category: true, urgency: true, round: true } },
} satisfies Prisma.ReferralInclude;
export type ReferralForStep = Prisma.ReferralGetPayload<{ include: typeof referralForStep }>;
export type ReferralStepRecord = Prisma.ReferralStepGetPayload<object>;
export type ReferralPhotoRecord = Prisma.ReferralPhotoGetPayload<object>;

export interface NewReferralStep {
  id: string;
  referralId: string;
  kind: string;
  detail: Prisma.InputJsonObject;
  actorStaffId: string;
  idempotencyKey: string | null;
}

/** The department's steps on a referral, its evidence photos, and the guarded status changes. */
@Injectable()
export class ReferralStepRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  findForStep(id: string): Promise<ReferralForStep | null> {
    return this.prisma.referral.findUnique({ where: { id }, include: referralForStep });
  }

  /**
   * Changes the referral only if it is still as the step expects (`where`). The conditional
   * update takes the row lock, so of two concurrent clicks exactly one sees a count of 1.
   */
  async transition(tx: Tx, id: string, where: Prisma.ReferralWhereInput, data: Prisma.ReferralUpdateManyMutationInput): Promise<boolean> {
    const { count } = await tx.referral.updateMany({ where: { ...where, id }, data });
    return count === 1;
  }

  async addStep(tx: Tx, step: NewReferralStep): Promise<void> {
    await tx.referralStep.create({ data: step });
  }

  findStepByKey(referralId: string, idempotencyKey: string): Promise<ReferralStepRecord | null> {
    return this.prisma.referralStep.findUnique({ where: { referralId_idempotencyKey: { referralId, idempotencyKey } } });
  }

  steps(referralId: string): Promise<ReferralStepRecord[]> {
    return this.prisma.referralStep.findMany({ where: { referralId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  /** Inserts the photo unless the referral already has `cap`; returns it, or null when full. */
  async addPhotoWithinCap(photo: Omit<ReferralPhotoRecord, 'createdAt'>, cap: number): Promise<ReferralPhotoRecord | null> {
    return this.prisma.$transaction(async (tx) => {
      // The referral row's lock serialises concurrent uploads, so the count cannot be raced past.
      await tx.$queryRaw`SELECT id FROM consultation.referrals WHERE id = ${photo.referralId}::uuid FOR UPDATE`;
      if ((await tx.referralPhoto.count({ where: { referralId: photo.referralId } })) >= cap) return null;
      return tx.referralPhoto.create({ data: photo });
    });
  }

  photos(referralId: string): Promise<ReferralPhotoRecord[]> {
    return this.prisma.referralPhoto.findMany({ where: { referralId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  }

  findPhoto(referralId: string, id: string): Promise<ReferralPhotoRecord | null> {
    return this.prisma.referralPhoto.findFirst({ where: { id, referralId } });
  }
}

/** A caller's Idempotency-Key as stored: bound to the caller, so another's key never collides. */
export function boundStepKey(staffId: string, key: string): string {
  return createHash('sha256').update(staffId).update('\n').update(key).digest('hex');
}
