import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { reviewSuggestionSchema, type ReviewSuggestionCommand } from './suggestion.commands';
import { assertStatus, parseCommand } from './suggestion-access';
import { SuggestionChange } from './suggestion-change';
import type { SuggestionView } from './suggestion.view';

/**
 * The committee reviews (审核) a suggestion: approved, it may be submitted; sent back, it is a
 * draft again with the committee's note for the proposers. The same decision twice is one.
 */
@Injectable()
export class ReviewSuggestionUseCase {
  constructor(private readonly change: SuggestionChange) {}

  async execute(id: string, input: ReviewSuggestionCommand, staff: StaffPrincipal): Promise<SuggestionView> {
    const command = parseCommand(reviewSuggestionSchema, input);
    const note = command.note ?? null;
    return this.change.apply(id, staff, (current) => {
      const done = command.decision === 'approve' ? current.status === 'approved' : current.status === 'draft' && current.reviewNote === note && current.reviewedAt !== null;
      if (done) return { kind: 'unchanged' };
      assertStatus(current, ['under_review'], command.decision === 'approve' ? 'approve' : 'send back');
      return {
        kind: 'change',
        action: command.decision === 'approve' ? 'approve' : 'return',
        patch: { status: command.decision === 'approve' ? 'approved' : 'draft', reviewNote: note, reviewedBy: staff.staffId.slice(0, 32), reviewedAt: new Date() },
      };
    });
  }
}
