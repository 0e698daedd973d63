import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { invalidField } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { CaseRepository } from '../cases/case.repository';

export interface ResolvedLinks {
  sources: { kind: string; sourceId: string }[];
  proposerIds: string[];
  communityIds: string[];
}

/**
 * Checks what a suggestion rests on and who proposes it, before anything is written: every case
 * is in the caller's council's case bank, every proposer is a member of that council. The
 * suggestion's communities (for figures by area) are those of its cases. Consultations belong to
 * the consultation service; they are kept by id.
 */
@Injectable()
export class SuggestionLinks {
  constructor(
    private readonly cases: CaseRepository,
    private readonly directory: OrganisationDirectory,
  ) {}

  async sources(sources: { kind: 'case' | 'consultation'; id: string }[], staff: StaffPrincipal): Promise<Pick<ResolvedLinks, 'sources' | 'communityIds'>> {
    const unique = [...new Map(sources.map((s) => [`${s.kind}:${s.id}`, s])).values()];
    const caseIds = unique.filter((s) => s.kind === 'case').map((s) => s.id);
    const councilCommunities = new Set(await this.directory.communityIdsOfCouncil(staff.councilId));
    const found = (await this.cases.findByIds(caseIds)).filter((c) => councilCommunities.has(c.communityId));
    const missing = caseIds.filter((id) => !found.some((c) => c.id === id));
    if (missing.length) throw invalidField('sources', `no case ${missing.join(', ')} in your council's case bank`);
    return {
      sources: unique.map((s) => ({ kind: s.kind, sourceId: s.id })),
      communityIds: [...new Set(found.map((c) => c.communityId))].sort(),
    };
  }

  /** The proposing members; a member drafting is always one of them. */
  async proposers(proposerIds: string[], staff: StaffPrincipal, options: { includeCaller: boolean }): Promise<string[]> {
    const ids = [...new Set([...proposerIds, ...(options.includeCaller && staff.memberId ? [staff.memberId] : [])])].sort();
    if (ids.length === 0) throw invalidField('proposerIds', 'name at least one proposing member');
    const known = new Set((await this.directory.membersInCouncil(staff.councilId, ids)).map((m) => m.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) throw invalidField('proposerIds', `no member ${unknown.join(', ')} in your council`);
    return ids;
  }
}
