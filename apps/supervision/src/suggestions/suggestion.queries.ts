import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { startOfChinaDay } from '../calendar-date';
import type { SearchSuggestionsQuery } from './suggestion.commands';
import { inCouncil } from './suggestion-access';
import { adoptionRate, SuggestionFiguresQueries } from './suggestion-figures.queries';
import { SuggestionRepository } from './suggestion.repository';
import { SuggestionPresenter } from './suggestion.presenter';

/** Far enough back and ahead to mean "all time" for the adoption figure of an unbounded search. */
const EARLIEST = new Date('1990-01-01T00:00:00Z');
const LATEST = new Date('2101-01-01T00:00:00Z');

/**
 * The suggestion bank is the council's: every member of its staff (departments aside) reads it.
 * Another council's suggestions are not found.
 */
@Injectable()
export class SuggestionQueries {
  constructor(
    private readonly suggestions: SuggestionRepository,
    private readonly presenter: SuggestionPresenter,
    private readonly figures: SuggestionFiguresQueries,
  ) {}

  async search(query: SearchSuggestionsQuery, staff: StaffPrincipal) {
    const submittedFrom = query.from ? startOfChinaDay(query.from) : undefined;
    const submittedTo = query.to ? startOfChinaDay(query.to) : undefined;
    const [[rows, { total, totalIsLowerBound }], adoption] = await Promise.all([
      this.suggestions.search({ councilId: staff.councilId, q: query.q, status: query.status, adoption: query.adoption, imported: query.imported, submittedFrom, submittedTo, take: query.limit, skip: query.offset }),
      // The adoption rate (采纳率) of the suggestions submitted in the period searched.
      this.figures.adoption({ councilId: staff.councilId, from: submittedFrom ?? EARLIEST, to: submittedTo ?? LATEST, communityIds: null }),
    ]);
    return { total, totalIsLowerBound, items: await this.presenter.many(rows), adoption: { ...adoption, rate: adoptionRate(adoption) } };
  }

  async get(id: string, staff: StaffPrincipal) {
    const found = inCouncil(await this.suggestions.findById(id), staff);
    const history = await this.suggestions.history(id);
    return {
      ...(await this.presenter.one(found)),
      history: history.map((h) => ({ action: h.action, actorId: h.actorId, at: h.occurredAt.toISOString(), after: h.after })),
    };
  }
}
