import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { conflict } from '@shangliang/http';
import { isUniqueViolation } from '@shangliang/persistence';
import { audit } from '../audit/supervision-audit';
import { draftSuggestionSchema, type DraftSuggestionCommand } from './suggestion.commands';
import { SuggestionLinks } from './suggestion-links';
import { SuggestionRepository } from './suggestion.repository';
import { parseCommand, suggestionIdFor } from './suggestion-access';
import { SuggestionPresenter } from './suggestion.presenter';
import { auditableSuggestion, type SuggestionView } from './suggestion.view';

/**
 * A member drafts a suggestion (建言) from the cases or consultations it rests on. With an
 * Idempotency-Key, a repeated request answers the draft the first one made.
 */
@Injectable()
export class DraftSuggestionUseCase {
  constructor(
    private readonly suggestions: SuggestionRepository,
    private readonly links: SuggestionLinks,
    private readonly presenter: SuggestionPresenter,
  ) {}

  async execute(input: DraftSuggestionCommand, idempotencyKey: string | undefined, staff: StaffPrincipal): Promise<SuggestionView> {
    const command = parseCommand(draftSuggestionSchema, input);
    const id = idempotencyKey ? suggestionIdFor(staff.staffId, idempotencyKey) : randomUUID();
    const earlier = idempotencyKey ? await this.suggestions.findById(id) : null;
    if (earlier) return this.presenter.one(earlier);
    const { sources, communityIds } = await this.links.sources(command.sources, staff);
    const proposerIds = await this.links.proposers(command.proposerIds, staff, { includeCaller: true });
    try {
      const created = await this.suggestions.inTransaction(async (tx) => {
        const row = await this.suggestions.insert(tx, { id, councilId: staff.councilId, title: command.title, text: command.text, communityIds, createdBy: staff.staffId.slice(0, 32), sources, proposerIds });
        await audit(tx, staff, 'create', 'suggestion', id, null, auditableSuggestion(row));
        return row;
      });
      return this.presenter.one(created);
    } catch (error) {
      // The same key sent twice at once: the first insert won; answer what it made.
      if (!isUniqueViolation(error) || !idempotencyKey) throw error;
      const winner = await this.suggestions.findById(id);
      if (!winner) throw conflict('suggestion is being drafted; try again');
      return this.presenter.one(winner);
    }
  }
}
