import { condition } from '@temporalio/workflow';
import type { SupervisionAction } from '@shangliang/contracts/workflow';
import type { Lifecycle } from '../lifecycle/lifecycle-context';

/** How a supervision case ends: the supervisor's last action on it. */
export type SupervisionEnd =
  | { kind: 'closed'; supervisionCaseId: string }
  | { kind: 'point_to_point'; supervisionCaseId: string; departmentId: string }
  | { kind: 'another_round'; supervisionCaseId: string }
  | { kind: 'archive_unresolved'; supervisionCaseId: string; explanation: string };

/**
 * 民主监督 that acts (release 4): the supervisor works the case until one action ends it. A
 * supervision notice (督办函) gives the department its own deadline; missed, the case rises to
 * the council's leadership (the vice-chair), and the supervisor still decides. Findings are
 * recorded and change nothing else. A case closed the earlier way (`supervision-case.resolved`)
 * ends it too.
 */
export async function supervise(lc: Lifecycle, supervisionCaseId: string): Promise<SupervisionEnd> {
  const queue = () => lc.inbox.supervisionActions.get(supervisionCaseId) ?? [];
  const resolvedTheEarlierWay = () => lc.inbox.supervisionResolution?.supervisionCaseId === supervisionCaseId;
  let notice: { noticeId: string; dueMs: number } | null = null;

  /** Applies one action; returns how the case ends, or null while it goes on. */
  const apply = async (action: SupervisionAction): Promise<SupervisionEnd | null> => {
    switch (action.kind) {
      case 'notice_issued':
        notice = { noticeId: action.noticeId, dueMs: Date.parse(action.dueAt) };
        lc.state.dueAt = action.dueAt;
        await lc.record('supervision_notice_issued', { supervisionCaseId, noticeId: action.noticeId, dueAt: action.dueAt });
        return null;
      case 'notice_answered':
        if (notice?.noticeId !== action.noticeId) return null;
        notice = null;
        lc.state.dueAt = null;
        await lc.record('supervision_notice_answered', { supervisionCaseId, noticeId: action.noticeId });
        return null;
      case 'finding':
        await lc.record('supervision_finding', { supervisionCaseId, finding: action.finding });
        return null;
      case 'point_to_point':
        await lc.record('supervision_point_to_point', { supervisionCaseId, departmentId: action.departmentId });
        return { kind: 'point_to_point', supervisionCaseId, departmentId: action.departmentId };
      case 'closed':
        await lc.record('supervision_resolved', { supervisionCaseId });
        return { kind: 'closed', supervisionCaseId };
      case 'another_round':
        await lc.record('supervision_another_round', { supervisionCaseId });
        return { kind: 'another_round', supervisionCaseId };
      case 'archive_unresolved':
        await lc.record('supervision_archived_unresolved', { supervisionCaseId, explanation: action.explanation });
        return { kind: 'archive_unresolved', supervisionCaseId, explanation: action.explanation };
    }
  };

  for (;;) {
    while (queue().length > 0) {
      const end = await apply(queue().shift() as SupervisionAction);
      if (end) return end;
    }
    if (resolvedTheEarlierWay()) {
      await lc.record('supervision_resolved', { supervisionCaseId });
      return { kind: 'closed', supervisionCaseId };
    }
    const woken = () => queue().length > 0 || resolvedTheEarlierWay();
    const waiting = notice as { noticeId: string; dueMs: number } | null;
    if (!waiting) {
      await condition(woken);
      continue;
    }
    if (await condition(woken, Math.max(waiting.dueMs - Date.now(), 1))) continue;
    // The 督办函's deadline passed too: the council's leadership takes it up.
    notice = null;
    lc.state.dueAt = null;
    await lc.services.raiseSupervisionCase({ problemId: lc.input.problemId, supervisionCaseId, noticeId: waiting.noticeId });
    await lc.record('supervision_raised_to_leadership', { supervisionCaseId, noticeId: waiting.noticeId });
  }
}
