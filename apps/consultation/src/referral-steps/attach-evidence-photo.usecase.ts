import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { conflict, wrongStage } from '@shangliang/http';
import { checkPhoto, PHOTO_EXTENSIONS, PHOTO_STORAGE, type PhotoStorage, type UploadedPhoto } from '@shangliang/photos';
import { ReferralStepRepository } from './referral-step.repository';
import { ReferralStepRunner } from './referral-step.runner';

/** Evidence enough to show the work done, over however many completions a referral needs. */
export const MAX_EVIDENCE_PHOTOS = 10;

/**
 * The department uploads an evidence photo before completing (办结). The bytes are checked and
 * cleared of metadata like residents' photos, stored first and recorded second.
 */
@Injectable()
export class AttachEvidencePhotoUseCase {
  private readonly logger = new Logger(AttachEvidencePhotoUseCase.name);

  constructor(
    private readonly steps: ReferralStepRunner,
    private readonly referrals: ReferralStepRepository,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  async execute(referralId: string, file: UploadedPhoto | undefined, staff: StaffPrincipal) {
    const referral = await this.steps.load(referralId, 'department', staff);
    const { buffer, contentType } = checkPhoto(file);
    if (referral.status !== 'signed') throw wrongStage('evidence is added to a referral the department has signed for and not yet completed');
    const id = randomUUID();
    const storageKey = `referrals/${referral.id}/${id}.${PHOTO_EXTENSIONS[contentType]}`;
    await this.storage.put(storageKey, buffer, contentType);
    const row = await this.referrals
      .addPhotoWithinCap({ id, referralId: referral.id, storageKey, contentType, size: buffer.length, uploadedBy: staff.staffId }, MAX_EVIDENCE_PHOTOS)
      .catch(async (error: unknown) => {
        await this.removeObject(storageKey);
        throw error;
      });
    if (!row) {
      await this.removeObject(storageKey);
      throw conflict(`a referral can have at most ${MAX_EVIDENCE_PHOTOS} evidence photos`);
    }
    return { id: row.id, contentType: row.contentType, size: row.size, createdAt: row.createdAt.toISOString() };
  }

  private async removeObject(storageKey: string): Promise<void> {
    await this.storage.remove(storageKey).catch(() => this.logger.warn(`orphaned evidence photo object ${storageKey}`));
  }
}
