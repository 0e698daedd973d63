import { Injectable } from '@nestjs/common';
import { OrganisationDirectory } from '@shangliang/organisation';
import type { SuggestionRecord } from './suggestion.repository';
import { suggestionView, type SuggestionView } from './suggestion.view';

/** Views of suggestions with their proposers' names, read from the directory in one go. */
@Injectable()
export class SuggestionPresenter {
  constructor(private readonly directory: OrganisationDirectory) {}

  async one(s: SuggestionRecord): Promise<SuggestionView> {
    return (await this.many([s]))[0];
  }

  async many(rows: SuggestionRecord[]): Promise<SuggestionView[]> {
    const ids = [...new Set(rows.flatMap((s) => s.proposers.map((p) => p.memberId)))];
    const councils = [...new Set(rows.map((s) => s.councilId))];
    const names = new Map<string, string>();
    for (const councilId of councils) for (const m of await this.directory.membersInCouncil(councilId, ids)) names.set(m.id, m.name);
    return rows.map((s) => suggestionView(s, names));
  }
}
