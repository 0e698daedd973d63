import type { ProblemLifecycleInput, ProblemLifecycleResult } from '@shangliang/contracts/workflow';
import { startLifecycle } from './lifecycle/lifecycle-context';
import { claim } from './stages/claiming.stage';
import { consult, type Reopen } from './stages/consultation.stage';
import { archive, followUp } from './stages/follow-up.stage';
import { refuseLateMerges, screen } from './stages/screening.stage';

/**
 * One problem, from submission to archive, through the four orders (四单): screening and
 * ordering (群众点单), claiming (委员接单), consultation (协商解单) and follow-up (跟进督单).
 * Services move it with signals; every step is recorded in the problem bank's history. Each
 * stage lives in `stages/`; a dissatisfied resident (release 4) sends the problem back round
 * the last two orders.
 */
export async function problemLifecycle(input: ProblemLifecycleInput): Promise<ProblemLifecycleResult> {
  const lifecycle = startLifecycle(input);
  void refuseLateMerges(lifecycle);
  await lifecycle.record('workflow_started');

  // 群众点单 → 定单要准
  const screened = await screen(lifecycle);
  if (!('suitable' in screened)) return screened;

  // 委员接单 → 分单要准
  const team = await claim(lifecycle);

  // 协商解单 → 解单要准, then 跟进督单 → 归单要准; round again while the resident is dissatisfied.
  let reopen: Reopen | null = null;
  for (let round = 0; ; round++) {
    const concluded = await consult(lifecycle, team, reopen);
    const verdict = await followUp(lifecycle, round);
    if (verdict.kind === 'archive') return archive(lifecycle, team, concluded, verdict);
    reopen = verdict.reopen;
  }
}
