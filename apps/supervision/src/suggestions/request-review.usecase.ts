import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { assertMayEditDraft, assertStatus } from './suggestion-access';
import { SuggestionChange } from './suggestion-change';
import type { SuggestionView } from './suggestion.view';

/** The proposers send their draft to the committee for review (提交审核). Sending twice is sending once. */
@Injectable()
export class RequestReviewUseCase {
  constructor(private readonly change: SuggestionChange) {}

  async execute(id: string, staff: StaffPrincipal): Promise<SuggestionView> {
    return this.change.apply(id, staff, (current) => {
      if (current.status === 'under_review') return { kind: 'unchanged' };
      assertStatus(current, ['draft'], 'send for review');
      assertMayEditDraft(current, staff);
      return { kind: 'change', action: 'request_review', patch: { status: 'under_review' } };
    });
  }
}
