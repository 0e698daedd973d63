import type { HistoryEntry } from '../api/intake-api.types';
import { useI18n } from '../i18n/i18n';

/** Internal bookkeeping a resident has no use for. */
const HIDDEN_KINDS = new Set(['workflow_started']);

/** The problem's history in plain words, oldest first. */
export function HistoryTimeline({ history }: { history: HistoryEntry[] }) {
  const { t, label, formatDate } = useI18n();
  const entries = history.filter((h) => !HIDDEN_KINDS.has(h.kind));
  if (!entries.length) return null;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t.track.history}</h2>
      <ol class="timeline">
        {entries.map((h, i) => (
          <li key={`${h.occurredAt}-${i}`} class="timeline__entry">
            <time dateTime={h.occurredAt}>{formatDate(h.occurredAt)}</time>
            <span>{describe(h, t.historyKinds, label)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function describe(h: HistoryEntry, kinds: Record<string, string>, label: (l: HistoryEntry['stageLabel'], fallback?: string) => string): string {
  if (h.kind === 'stage_entered') return label(h.stageLabel, h.stage);
  if (h.kind.endsWith('_overdue')) return kinds.overdue;
  return kinds[h.kind] ?? label(h.stageLabel, h.kind);
}
