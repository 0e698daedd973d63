import { staffOf } from '@shangliang/testing';
import type { OrganisationDirectory } from '@shangliang/organisation';
import type { CaseRepository } from '../cases/case.repository';
import { DraftSuggestionUseCase } from './draft-suggestion.usecase';
import { RecordAdoptionUseCase } from './record-adoption.usecase';
import { RequestReviewUseCase } from './request-review.usecase';
import { ReviewSuggestionUseCase } from './review-suggestion.usecase';
import { SubmitSuggestionUseCase } from './submit-suggestion.usecase';
import { suggestionIdFor } from './suggestion-access';
import { SuggestionChange } from './suggestion-change';
import { adoptionRate } from './suggestion-figures.queries';
import { SuggestionLinks } from './suggestion-links';
import { SuggestionPresenter } from './suggestion.presenter';
import type { SuggestionRecord, SuggestionRepository } from './suggestion.repository';

const member = staffOf('member', { memberId: 'mem-001', staffId: 'staff-mem-001' });
const committee = staffOf('committee', { committeeId: 'cmt-01' });
const CASE_A = '11111111-1111-4111-8111-111111111111';
const CASE_B = '22222222-2222-4222-8222-222222222222';

function suggestion(overrides: Partial<SuggestionRecord> = {}): SuggestionRecord {
  return {
    id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    councilId: 'city',
    reference: 'SG-2026-0001',
    title: '关于供水管网改造的建议',
    text: '建议改造。',
    status: 'draft',
    communityIds: ['com-01'],
    reviewNote: null,
    reviewedBy: null,
    reviewedAt: null,
    submittedToKind: null,
    submittedTo: null,
    submittedAt: null,
    adoption: null,
    adoptionReason: null,
    adoptingBody: null,
    adoptedAt: null,
    implementationNotes: null,
    imported: false,
    importKey: null,
    createdBy: 'staff-mem-001',
    createdAt: new Date('2026-11-01T00:00:00Z'),
    updatedAt: new Date('2026-11-01T00:00:00Z'),
    sources: [],
    proposers: [{ suggestionId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', memberId: 'mem-001' }],
    ...overrides,
  };
}

function setUp(current: SuggestionRecord | null = suggestion()) {
  let stored = current;
  const tx = { supervisionAudit: { create: jest.fn() } };
  const repo = {
    findById: jest.fn(async () => stored),
    lock: jest.fn(async () => stored),
    inTransaction: jest.fn((work: (t: unknown) => unknown) => work(tx)),
    insert: jest.fn(async (_tx: unknown, s: { id: string; sources: { kind: string; sourceId: string }[]; proposerIds: string[] }) => {
      stored = suggestion({ id: s.id, sources: s.sources.map((src) => ({ ...src, suggestionId: s.id })), proposers: s.proposerIds.map((memberId) => ({ memberId, suggestionId: s.id })) });
      return stored;
    }),
    update: jest.fn(async (_tx: unknown, _id: string, patch: Partial<SuggestionRecord>) => {
      stored = { ...stored!, ...patch };
      return stored;
    }),
  };
  const directory = {
    communityIdsOfCouncil: jest.fn().mockResolvedValue(['com-01', 'com-02']),
    membersInCouncil: jest.fn(async (_c: string, ids: string[]) => ids.filter((id) => id.startsWith('mem-')).map((id) => ({ id, name: `委员${id}` }))),
    department: jest.fn(async (id: string) => (id === 'dept-housing' ? { id, councilId: 'city', code: 'housing', name: '住建局' } : null)),
  };
  const cases = { findByIds: jest.fn(async (ids: string[]) => ids.filter((id) => id === CASE_A || id === CASE_B).map((id) => ({ id, communityId: id === CASE_A ? 'com-02' : 'com-01' }))) };
  const presenter = new SuggestionPresenter(directory as unknown as OrganisationDirectory);
  const suggestions = repo as unknown as SuggestionRepository;
  const change = new SuggestionChange(suggestions, presenter);
  const links = new SuggestionLinks(cases as unknown as CaseRepository, directory as unknown as OrganisationDirectory);
  return {
    repo,
    tx,
    draft: new DraftSuggestionUseCase(suggestions, links, presenter),
    requestReview: new RequestReviewUseCase(change),
    review: new ReviewSuggestionUseCase(change),
    submit: new SubmitSuggestionUseCase(change, directory as unknown as OrganisationDirectory),
    adoption: new RecordAdoptionUseCase(change),
  };
}

describe('the suggestion bank', () => {
  it('drafts a suggestion from two cases with the drafting member as a proposer, audited', async () => {
    const { draft, repo, tx } = setUp(null);
    const view = await draft.execute({ title: '标题', text: '内容', sources: [{ kind: 'case', id: CASE_A }, { kind: 'case', id: CASE_B }], proposerIds: ['mem-002'] }, undefined, member);
    expect(repo.insert).toHaveBeenCalledWith(tx, expect.objectContaining({ communityIds: ['com-01', 'com-02'], proposerIds: ['mem-001', 'mem-002'], councilId: 'city' }));
    expect(view.proposers).toEqual([{ memberId: 'mem-001', name: '委员mem-001' }, { memberId: 'mem-002', name: '委员mem-002' }]);
    expect(tx.supervisionAudit.create).toHaveBeenCalledWith({ data: expect.objectContaining({ action: 'create', entity: 'suggestion', actorId: 'staff-mem-001' }) });
  });

  it('answers a repeated draft with the same Idempotency-Key with the first one', async () => {
    const first = suggestion({ id: suggestionIdFor(member.staffId, 'k-1') });
    const { draft, repo } = setUp(first);
    const view = await draft.execute({ title: '标题', text: '内容', sources: [{ kind: 'case', id: CASE_A }], proposerIds: [] }, 'k-1', member);
    expect(view.id).toBe(first.id);
    expect(repo.insert).not.toHaveBeenCalled();
    expect(suggestionIdFor('a', 'k')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('names the field of a case outside the council or an unknown proposer, writing nothing', async () => {
    const { draft, repo } = setUp(null);
    await expect(draft.execute({ title: 't', text: 'x', sources: [{ kind: 'case', id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc' }], proposerIds: [] }, undefined, member)).rejects.toMatchObject({ status: 400, fields: [{ field: 'sources' }] });
    await expect(draft.execute({ title: 't', text: 'x', sources: [{ kind: 'case', id: CASE_A }], proposerIds: ['x-1'] }, undefined, member)).rejects.toMatchObject({ status: 400, fields: [{ field: 'proposerIds' }] });
    await expect(draft.execute({ title: 't', text: 'x', sources: [{ kind: 'case', id: CASE_A }], proposerIds: [] }, undefined, committee)).rejects.toMatchObject({ fields: [{ field: 'proposerIds' }] });
    expect(repo.insert).not.toHaveBeenCalled();
  });

  it('goes through review: a proposer asks, the committee sends it back with a note, then approves', async () => {
    const { requestReview, review, repo, tx } = setUp();
    expect((await requestReview.execute('id', member)).status).toBe('under_review');
    // Asking twice is asking once.
    expect((await requestReview.execute('id', member)).status).toBe('under_review');
    expect(repo.update).toHaveBeenCalledTimes(1);
    const back = await review.execute('id', { decision: 'return', note: '补充测算' }, committee);
    expect(back).toMatchObject({ status: 'draft', review: { note: '补充测算' } });
    await requestReview.execute('id', member);
    expect((await review.execute('id', { decision: 'approve' }, committee)).status).toBe('approved');
    expect((await review.execute('id', { decision: 'approve' }, committee)).status).toBe('approved');
    expect(tx.supervisionAudit.create.mock.calls.map(([c]) => c.data.action)).toEqual(['request_review', 'return', 'request_review', 'approve']);
  });

  it("refuses another member's draft and another council's suggestion", async () => {
    const { requestReview } = setUp();
    await expect(requestReview.execute('id', staffOf('member', { memberId: 'mem-009' }))).rejects.toMatchObject({ status: 403 });
    await expect(requestReview.execute('id', staffOf('admin', { councilId: 'county' }))).rejects.toMatchObject({ status: 404 });
  });

  it('submits an approved suggestion once, refuses a different second submission, and needs approval first', async () => {
    const { submit, repo } = setUp(suggestion({ status: 'approved' }));
    const command = { toKind: 'department' as const, to: 'dept-housing', submittedOn: '2026-11-02' };
    const done = await submit.execute('id', command, committee);
    expect(done).toMatchObject({ status: 'submitted', submission: { to: 'dept-housing', submittedOn: '2026-11-02' }, adoption: { status: 'pending' } });
    expect((await submit.execute('id', command, committee)).status).toBe('submitted');
    expect(repo.update).toHaveBeenCalledTimes(1);
    await expect(submit.execute('id', { ...command, toKind: 'government', to: '市政府' }, committee)).rejects.toMatchObject({ status: 409 });
    await expect(submit.execute('id', { ...command, to: 'dept-nowhere' }, committee)).rejects.toMatchObject({ status: 400, fields: [{ field: 'to' }] });
    await expect(setUp(suggestion({ status: 'draft' })).submit.execute('id', command, committee)).rejects.toMatchObject({ status: 409 });
  });

  it('records the adoption of a submitted suggestion, and the same answer twice once', async () => {
    const { adoption, repo } = setUp(suggestion({ status: 'submitted', adoption: 'pending', submittedAt: new Date('2026-11-01T16:00:00Z') }));
    const answer = { adoption: 'partly_adopted' as const, adoptingBody: '住建局', decidedOn: '2026-11-20', implementationNotes: '分期实施' };
    expect((await adoption.execute('id', answer, committee)).adoption).toMatchObject({ status: 'partly_adopted', decidedOn: '2026-11-20' });
    await adoption.execute('id', answer, committee);
    expect(repo.update).toHaveBeenCalledTimes(1);
    await expect(adoption.execute('id', { adoption: 'not_adopted', decidedOn: '2026-11-20' }, committee)).rejects.toMatchObject({ status: 400, fields: [{ field: 'reason' }] });
  });

  it('computes the adoption rate over decided suggestions only', () => {
    expect(adoptionRate({ adopted: 5, partlyAdopted: 2, decided: 10 })).toBe(0.7);
    expect(adoptionRate({ adopted: 0, partlyAdopted: 0, decided: 0 })).toBeNull();
  });
});
