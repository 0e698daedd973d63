import type { SimilarProblem } from '../api/intake-api.types';
import { useI18n } from '../i18n/i18n';

/**
 * Likely duplicates, offered before submitting: joining one keeps the problem bank to one entry
 * per problem and tells every resident who raised it about the outcome.
 */
export function DuplicateSuggestions({
  candidates,
  joiningId,
  error,
  onJoin,
}: {
  candidates: SimilarProblem[];
  joiningId: string | null;
  error: string | null;
  onJoin: (problemId: string) => void;
}) {
  const { t, label, formatDate } = useI18n();
  if (!candidates.length) return null;
  return (
    <section class="duplicates" aria-live="polite" aria-labelledby="duplicates-heading" data-testid="duplicates">
      <h2 id="duplicates-heading">{t.duplicates.heading}</h2>
      <p>{t.duplicates.explain}</p>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <ul class="duplicates__list">
        {candidates.map((c) => (
          <li key={c.problemId} class="duplicate">
            <p class="duplicate__title">{c.title}</p>
            <p class="duplicate__meta">
              <span class="badge">{label(c.stageLabel, c.stage)}</span> {t.duplicates.reporters(c.reporters)} · {formatDate(c.createdAt, false)}
            </p>
            <button type="button" class="button button--secondary" disabled={joiningId !== null} onClick={() => onJoin(c.problemId)}>
              {joiningId === c.problemId ? t.duplicates.joining : t.duplicates.join}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
