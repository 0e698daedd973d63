import { Injectable } from '@nestjs/common';
import { notFound } from '@shangliang/http';
import { CaseRepository, type CaseSearch } from './case.repository';
import { caseView } from './case.view';

/** The case bank is open to every staff role: settled cases are how the programme learns. */
@Injectable()
export class CaseQueries {
  constructor(private readonly cases: CaseRepository) {}

  async search(query: Omit<CaseSearch, 'take' | 'skip'> & { limit: number; offset: number }) {
    const { limit, offset, ...filter } = query;
    const [rows, total] = await this.cases.search({ ...filter, take: limit, skip: offset });
    return { total, items: rows.map(caseView) };
  }

  async get(id: string) {
    const found = await this.cases.findById(id);
    if (!found) throw notFound('case');
    return caseView(found);
  }
}
