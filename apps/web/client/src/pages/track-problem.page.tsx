import { useState } from 'preact/hooks';
import { ApiError, intakeApi } from '../api/intake-api';
import type { TrackedProblem } from '../api/intake-api.types';
import { FollowUpQuestion } from '../components/follow-up-question.component';
import { ResidentReply } from '../components/resident-reply.component';
import { HistoryTimeline } from '../components/history-timeline.component';
import { ProblemPhotos } from '../components/problem-photos.component';
import { ProblemStatus } from '../components/problem-status.component';
import { useLoad } from '../hooks/use-load';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../routing/router';

/** The follow-up question belongs to the end of the process (跟进督单 → 归单). */
const ASKS_SATISFACTION = new Set(['follow_up', 'archived']);

/** Follow a problem by its tracking code (/track/<code>). */
export function TrackProblemPage({ code }: { code: string | null }) {
  const { t } = useI18n();
  return (
    <>
      <h1>{t.track.heading}</h1>
      <TrackingCodeForm initial={code ?? ''} />
      {code && <TrackedProblemView code={code} />}
    </>
  );
}

function TrackingCodeForm({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [code, setCode] = useState(initial);
  return (
    <form
      class="track-form"
      onSubmit={(e) => {
        e.preventDefault();
        const normalised = code.replace(/\s+/g, '').toUpperCase();
        if (normalised) navigate(`/track/${encodeURIComponent(normalised)}`);
      }}
    >
      <label for="tracking-code" class="field__label">
        {t.track.codeLabel}
      </label>
      <p id="tracking-code-hint" class="field__hint">
        {t.track.codeHint}
      </p>
      <div class="track-form__row">
        <input
          id="tracking-code"
          name="trackingCode"
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          maxLength={20}
          value={code}
          aria-describedby="tracking-code-hint"
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <button type="submit" class="button button--primary">
          {t.track.lookUp}
        </button>
      </div>
    </form>
  );
}

function TrackedProblemView({ code }: { code: string }) {
  const { t } = useI18n();
  const [problem, reload] = useLoad(() => intakeApi.track(code));
  if (problem.status === 'loading') return <p role="status">{t.common.loading}</p>;
  if (problem.status === 'failed') {
    const missing = problem.error instanceof ApiError && problem.error.status === 404;
    return (
      <p class="notice notice--error" role="alert">
        {missing ? t.track.notFound : t.common.loadFailed}{' '}
        {!missing && (
          <button type="button" class="button button--link" onClick={reload}>
            {t.common.retry}
          </button>
        )}
      </p>
    );
  }
  return <TrackedProblemDetails problem={problem.data} reload={reload} />;
}

/** Reopenings after the resident's dissatisfaction, and how an archived problem ended. */
function FollowUpResult({ problem }: { problem: Omit<TrackedProblem, 'mergedInto'> }) {
  const { t } = useI18n();
  return (
    <>
      {(problem.reopenCount ?? 0) > 0 && (
        <p class="notice" data-testid="reopened-notice">
          {t.track.reopened(problem.reopenCount ?? 0)}
        </p>
      )}
      {problem.result === 'unresolved' && (
        <p class="notice notice--warning" data-testid="unresolved-notice">
          {t.track.unresolved} {problem.explanation ?? ''}
        </p>
      )}
      {problem.result === 'not_reached' && (
        <p class="notice" data-testid="not-reached-notice">
          {t.track.notReached}
        </p>
      )}
    </>
  );
}

function TrackedProblemDetails({ problem, reload }: { problem: TrackedProblem; reload: () => void }) {
  const { t } = useI18n();
  // A merged problem is followed through the one it was merged into.
  const current = problem.mergedInto ?? problem;
  return (
    <article class="tracked" aria-labelledby="tracked-title">
      <h2 id="tracked-title" class="tracked__title">
        {problem.title}
      </h2>
      {problem.mergedInto && <p class="notice">{t.track.merged(problem.mergedInto.reference)}</p>}
      <ProblemStatus problem={current} />
      {problem.awaitingResident && <ResidentReply trackingCode={problem.trackingCode} reason={problem.awaitingReason ?? null} onReplied={reload} />}
      {/* Always the resident's own code: a merged duplicate's reporters answer for the problem it joined. */}
      <FollowUpResult problem={current} />
      {ASKS_SATISFACTION.has(current.stage) && current.result !== 'not_reached' && current.result !== 'unresolved' && (
        // Each round after a reopening asks afresh.
        <FollowUpQuestion key={current.reopenCount ?? 0} trackingCode={problem.trackingCode} open={current.stage === 'follow_up'} />
      )}
      <HistoryTimeline history={current.history} />
      <ProblemPhotos trackingCode={problem.trackingCode} />
    </article>
  );
}
