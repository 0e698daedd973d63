import { ApiClient, eventually, testEnvironment } from '@shangliang/testing';
import { TINY_PNG } from './support/browser';
import { claimTeam, peopleOf, raiseProblem, screenSuitable, waitForStage } from './support/problem-flows';

/**
 * 协商解单 in rounds: an item holds several sessions (each with its form, studio or place,
 * attendance, agenda, minutes, decisions and photos), and the team lead concludes it.
 */
describe('consultation rounds', () => {
  it('records two sessions with photos, then the team lead concludes the item and the problem moves on', async () => {
    const people = peopleOf('com-08');
    const problem = await raiseProblem({ communityId: people.communityId, title: '小区停车位规划争议' });
    await screenSuitable(people, problem.id);
    const [lead, member] = await claimTeam(people, problem.id, 2);
    await eventually(() => lead.get('consultation', `/consultation-items/${problem.id}`), (r) => r.status === 200, { timeoutMs: 60_000, what: 'the item' });
    const admin = await ApiClient.login('admin');
    const leadMemberId = (await admin.get('consultation', `/consultation-items/${problem.id}`)).body.leadMemberId as string;
    // The team's open items list it, with their total counted up to a cap.
    const listed = (await lead.get('consultation', '/consultation-items?status=open&limit=200')).body;
    expect(listed).toMatchObject({ total: expect.any(Number), totalIsLowerBound: false });
    expect(listed.items.map((i: { problemId: string }) => i.problemId)).toContain(problem.id);

    // Concluding before any session of the round is refused.
    expect((await lead.post('consultation', `/consultation-items/${problem.id}/conclusion`, { outcome: 'solved', summary: '已解决' })).status).toBe(409);

    const session = (overrides: Record<string, unknown>) => ({
      form: 'micro',
      heldAt: new Date().toISOString(),
      attendedMemberIds: [leadMemberId],
      departmentIds: [],
      residentRepresentatives: { count: 4, named: [] },
      agenda: '停车位如何分配',
      minutes: '住户代表各自陈述了意见。',
      ...overrides,
    });
    // Bad input names the field and writes nothing.
    const unknownStudio = await lead.post('consultation', `/consultation-items/${problem.id}/sessions`, session({ studioId: 'nowhere' }));
    expect(unknownStudio.status).toBe(400);
    expect(JSON.stringify(unknownStudio.body)).toContain('studioId');
    const noPlace = await lead.post('consultation', `/consultation-items/${problem.id}/sessions`, session({}));
    expect(noPlace.status).toBe(400);
    expect(JSON.stringify(noPlace.body)).toContain('venue');
    const namedWithoutConsent = await lead.post('consultation', `/consultation-items/${problem.id}/sessions`, session({ venue: '小区广场', residentRepresentatives: { count: 2, named: [{ name: '李大爷' }] } }));
    expect(namedWithoutConsent.status).toBe(400);
    expect((await admin.get('consultation', `/consultation-items/${problem.id}`)).body.consultations).toHaveLength(0);

    const first = await lead.post('consultation', `/consultation-items/${problem.id}/sessions`, session({ studioId: people.communityId }));
    expect(first.status).toBe(201);
    expect(first.body.venue).toContain('委员工作室');
    const second = await member.post(
      'consultation',
      `/consultation-items/${problem.id}/sessions`,
      session({
        form: 'thematic',
        venue: '社区议事厅',
        departmentIds: ['dept-transport'],
        residentRepresentatives: { count: 6, named: [{ name: '李大爷', consented: true }] },
        decisions: '按楼栋轮换分配，交通局复核划线。',
      }),
    );
    expect(second.status).toBe(201);

    const form = new FormData();
    form.append('photo', new Blob([TINY_PNG], { type: 'image/png' }), 'meeting.png');
    const upload = await fetch(`${testEnvironment.url('consultation')}/consultation-items/${problem.id}/sessions/${second.body.id}/photos`, {
      method: 'POST',
      headers: { authorization: `Bearer ${member.token}` },
      body: form,
    });
    expect(upload.status).toBe(201);
    const photoId = ((await upload.json()) as { id: string }).id;
    const photo = await fetch(`${testEnvironment.url('consultation')}/consultation-items/${problem.id}/sessions/${second.body.id}/photos/${photoId}`, {
      headers: { authorization: `Bearer ${lead.token}` },
    });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');

    // Still open after two sessions; only the lead concludes.
    expect((await admin.get('intake', `/problems/${problem.id}`)).body.stage).toBe('consultation');
    expect((await member.post('consultation', `/consultation-items/${problem.id}/conclusion`, { outcome: 'solved', summary: '按楼栋轮换分配' })).status).toBe(403);
    const concluded = await lead.post('consultation', `/consultation-items/${problem.id}/conclusion`, { outcome: 'solved', summary: '按楼栋轮换分配，住户代表认可。' });
    expect(concluded.status).toBe(201);
    expect(concluded.body.consultationId).toBe(second.body.id);
    expect((await lead.post('consultation', `/consultation-items/${problem.id}/conclusion`, { outcome: 'solved', summary: '再次提交' })).status).toBe(409);
    await waitForStage(admin, problem.id, 'follow_up');

    const item = (await admin.get('consultation', `/consultation-items/${problem.id}`)).body;
    expect(item.consultations.map((s: { form: string; outcome: string | null }) => [s.form, s.outcome])).toEqual([
      ['micro', null],
      ['thematic', 'solved'],
    ]);
    expect(item.consultations[1]).toMatchObject({ representativeNames: ['李大爷'], decisions: '按楼栋轮换分配，交通局复核划线。', photos: [expect.objectContaining({ id: photoId })] });
  });
});
