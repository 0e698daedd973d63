import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { reviseSuggestionSchema, type ReviseSuggestionCommand } from './suggestion.commands';
import { assertMayEditDraft, assertStatus, parseCommand } from './suggestion-access';
import { SuggestionChange } from './suggestion-change';
import { SuggestionLinks } from './suggestion-links';
import type { SuggestionView } from './suggestion.view';

/** The proposers revise their draft (after the committee sent it back, say). */
@Injectable()
export class ReviseSuggestionUseCase {
  constructor(
    private readonly change: SuggestionChange,
    private readonly links: SuggestionLinks,
  ) {}

  async execute(id: string, input: ReviseSuggestionCommand, staff: StaffPrincipal): Promise<SuggestionView> {
    const command = parseCommand(reviseSuggestionSchema, input);
    // Checked before the transaction: reading the directory under a row lock would hold it longer.
    const sources = command.sources ? await this.links.sources(command.sources, staff) : undefined;
    const proposerIds = command.proposerIds ? await this.links.proposers(command.proposerIds, staff, { includeCaller: false }) : undefined;
    return this.change.apply(id, staff, (current) => {
      assertStatus(current, ['draft'], 'revise');
      assertMayEditDraft(current, staff);
      return {
        kind: 'change',
        action: 'update',
        patch: { title: command.title, text: command.text, communityIds: sources?.communityIds },
        links: { sources: sources?.sources, proposerIds },
      };
    });
  }
}
