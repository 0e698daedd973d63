import type { TrackedProblem } from '../api/intake-api.types';
import { useI18n } from '../i18n/i18n';

const FINISHED = new Set(['archived', 'closed_unsuitable', 'merged']);

/** Where the problem stands: the stage in plain words, the expected date, the outcome. */
export function ProblemStatus({ problem }: { problem: Omit<TrackedProblem, 'mergedInto'> }) {
  const { t, label, formatDate } = useI18n();
  return (
    <dl class="status">
      <div class="status__stage">
        <dt>{t.track.stage}</dt>
        <dd data-testid="stage">
          <span class={`badge badge--${problem.stage}`}>{label(problem.stageLabel, problem.stage)}</span>
        </dd>
      </div>
      {problem.expectedBy && !FINISHED.has(problem.stage) && (
        <div>
          <dt>{t.track.expectedBy}</dt>
          <dd>{formatDate(problem.expectedBy)}</dd>
        </div>
      )}
      {problem.closedReason && (
        <div>
          <dt>{t.track.closedReason}</dt>
          <dd data-testid="closed-reason">{label(problem.closedReason)}</dd>
        </div>
      )}
      {problem.referredTo && (
        <div>
          <dt>{t.track.referredTo}</dt>
          <dd data-testid="referred-to">{problem.referredTo}</dd>
        </div>
      )}
      <div>
        <dt>{t.track.reference}</dt>
        <dd>{problem.reference}</dd>
      </div>
      <div>
        <dt>{t.track.category}</dt>
        <dd>{label(problem.categoryLabel, problem.category)}</dd>
      </div>
      <div>
        <dt>{t.track.raisedAt}</dt>
        <dd>{formatDate(problem.createdAt)}</dd>
      </div>
    </dl>
  );
}
