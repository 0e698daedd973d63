import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import type { Prisma, Tx } from '@shangliang/persistence';
import { audit, type SupervisionAuditAction } from '../audit/supervision-audit';
import { inCouncil } from './suggestion-access';
import { SuggestionRepository, type SuggestionRecord } from './suggestion.repository';
import { SuggestionPresenter } from './suggestion.presenter';
import { auditableSuggestion, type SuggestionView } from './suggestion.view';

/** What a use case decides about the locked suggestion: leave it as it is, or change it. */
export type ChangeDecision =
  | { kind: 'unchanged' }
  | { kind: 'change'; action: SupervisionAuditAction; patch: Prisma.SuggestionUncheckedUpdateInput; links?: { sources?: { kind: string; sourceId: string }[]; proposerIds?: string[] } };

/**
 * One change to a suggestion: lock its row, let the use case decide on the current state, write
 * the change and its audit row in the same transaction. A double click waits on the lock and
 * then finds the change made, which the use case answers as "unchanged" — never twice.
 */
@Injectable()
export class SuggestionChange {
  constructor(
    private readonly suggestions: SuggestionRepository,
    private readonly presenter: SuggestionPresenter,
  ) {}

  async apply(id: string, staff: StaffPrincipal, decide: (current: SuggestionRecord, tx: Tx) => ChangeDecision | Promise<ChangeDecision>): Promise<SuggestionView> {
    const result = await this.suggestions.inTransaction(async (tx) => {
      const current = inCouncil(await this.suggestions.lock(tx, id), staff);
      const decision = await decide(current, tx);
      if (decision.kind === 'unchanged') return current;
      const changed = await this.suggestions.update(tx, id, decision.patch, decision.links);
      await audit(tx, staff, decision.action, 'suggestion', id, auditableSuggestion(current), auditableSuggestion(changed));
      return changed;
    });
    return this.presenter.one(result);
  }
}
