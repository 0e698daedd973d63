import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { notFound } from '@shangliang/http';
import { PHOTO_STORAGE, type PhotoStorage } from '@shangliang/photos';
import { ReferralQueries } from '../referrals/referral.queries';
import { ReferralStepRepository } from './referral-step.repository';

/** An evidence photo, to whoever may read its referral (department, team lead, supervisors, admins). */
@Injectable()
export class ReadEvidencePhotoUseCase {
  constructor(
    private readonly queries: ReferralQueries,
    private readonly referrals: ReferralStepRepository,
    @Inject(PHOTO_STORAGE) private readonly storage: PhotoStorage,
  ) {}

  async open(referralId: string, photoId: string, staff: StaffPrincipal): Promise<{ stream: Readable; contentType: string; size: number }> {
    await this.queries.get(referralId, staff);
    const photo = await this.referrals.findPhoto(referralId, photoId);
    const stream = photo && (await this.storage.open(photo.storageKey));
    if (!photo || !stream) throw notFound('photo');
    return { stream, contentType: photo.contentType, size: photo.size };
  }
}
