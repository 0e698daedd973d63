import { randomUUID } from 'node:crypto';
import { ApiClient } from '@shangliang/testing';
import { demoCity, peopleOf, raiseProblem } from './support/problem-flows';

/**
 * The work queues of the other services (screening, claims, consultation items, supervision
 * cases, call-backs) carry only a problem's reference; the console asks the problem bank for the
 * problems of the page it shows, by id, whatever stage they are in and however long the queue.
 */
describe('the staff problem list, asked for the problems of a work queue by id', () => {
  const here = 'com-02';
  const locality = demoCity.communities.find((c) => c.id === here)!.localityId;
  const elsewhere = demoCity.communities.find((c) => c.localityId !== locality)!.id;
  let admin: ApiClient;
  let convener: ApiClient;

  beforeAll(async () => {
    admin = await ApiClient.login('admin');
    convener = await ApiClient.login(peopleOf(here).convener);
  });

  const ids = (body: { items: { id: string }[] }) => body.items.map((p) => p.id).sort();

  it('answers exactly the problems asked for, and of those only the ones in the caller’s scope', async () => {
    const [first, second, other] = await Promise.all([
      raiseProblem({ communityId: here, title: '按编号取问题 一' }),
      raiseProblem({ communityId: here, title: '按编号取问题 二' }),
      raiseProblem({ communityId: elsewhere, title: '按编号取问题 三' }),
    ]);
    // Any id PostgreSQL stores is asked for, not only RFC 9562 ones (imported rows may carry others).
    const asked = [first.id, second.id, other.id, randomUUID(), '591acac9-33f4-6151-e9fe-93112d3a4949'].join(',');

    const all = await admin.get('intake', `/problems?ids=${asked}&limit=200`);
    expect(all.status).toBe(200);
    expect(ids(all.body)).toEqual([first.id, second.id, other.id].sort());
    expect(all.body).toMatchObject({ total: 3, totalIsLowerBound: false });

    const scoped = await convener.get('intake', `/problems?ids=${asked}&limit=200`);
    expect(scoped.status).toBe(200);
    expect(ids(scoped.body)).toEqual([first.id, second.id].sort());
    expect(scoped.body.items.map((p: { title: string }) => p.title).sort()).toEqual(['按编号取问题 一', '按编号取问题 二']);

    // Repeated parameters mean the same as a comma list; the other filters still apply.
    const repeated = await admin.get('intake', `/problems?ids=${first.id}&ids=${other.id}&communityId=${here}`);
    expect(ids(repeated.body)).toEqual([first.id]);
  });

  it('answers for every id asked for without a limit, past the default page of 50', async () => {
    const raised = await Promise.all(Array.from({ length: 3 }, (_, i) => raiseProblem({ communityId: here, title: `按编号取问题 批 ${i}` })));
    const padding = Array.from({ length: 60 }, () => randomUUID());
    const answer = await admin.get('intake', `/problems?ids=${[...padding, ...raised.map((p) => p.id)].join(',')}`);
    expect(answer.status).toBe(200);
    expect(ids(answer.body)).toEqual(raised.map((p) => p.id).sort());
  });

  it('refuses ids that are not problem ids, none, or more than a page of them, naming the field', async () => {
    const first = await raiseProblem({ communityId: here, title: '按编号取问题 错' });
    const notIds = await admin.get('intake', `/problems?ids=${first.reference},1`);
    expect(notIds.status).toBe(400);
    expect(notIds.body.fields.map((f: { field: string }) => f.field)).toEqual(['ids.0', 'ids.1']);

    // Blank is not "any": a caller that names no problem gets none of the bank by mistake.
    for (const blank of ['', ',,']) {
      const none = await admin.get('intake', `/problems?ids=${blank}`);
      expect(none.status).toBe(400);
      expect(none.body.fields.map((f: { field: string }) => f.field)).toEqual(['ids']);
    }

    const tooMany = await admin.get('intake', `/problems?ids=${Array.from({ length: 201 }, () => randomUUID()).join(',')}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.fields.map((f: { field: string }) => f.field)).toEqual(['ids']);
  });
});
