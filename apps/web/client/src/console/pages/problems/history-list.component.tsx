import { type ProblemStage, STAGE_LABELS } from '@shangliang/contracts/problem/problem-stage';
import type { ProblemHistoryEntry } from '../../api/intake.api';
import { type ConsoleText, useConsoleText } from '../../i18n/use-console-text';

/** The append-only history, oldest first, in staff words with each entry's details. */
export function HistoryList({ history }: { history: ProblemHistoryEntry[] }) {
  const text = useConsoleText();
  return (
    <section class="c-card" aria-labelledby="history-heading">
      <h2 id="history-heading">{text.c.problem.history}</h2>
      <ol class="timeline" data-testid="history">
        {history.map((h, i) => (
          <li key={`${h.occurredAt}-${i}`} class="timeline__entry">
            <time dateTime={h.occurredAt}>{text.formatDate(h.occurredAt)}</time>
            <span>{describe(h, text)}</span>
            <Details detail={h.detail} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function describe(h: ProblemHistoryEntry, { c, label }: ConsoleText): string {
  const stage = label(STAGE_LABELS[h.stage as ProblemStage], h.stage);
  if (h.kind === 'stage_entered') return `${c.historyKinds.stage_entered} · ${stage}`;
  return c.historyKinds[h.kind] ?? h.kind;
}

/** Plain values only: reasons, references, levels, outcomes (no personal data is stored here). */
function Details({ detail }: { detail: ProblemHistoryEntry['detail'] }) {
  const entries = Object.entries(detail ?? {}).filter(([, v]) => v !== null && ['string', 'number', 'boolean'].includes(typeof v));
  if (!entries.length) return null;
  return (
    <span class="c-history__detail">
      {entries.map(([key, value]) => (
        <span key={key}>
          {key}: {String(value)}
        </span>
      ))}
    </span>
  );
}
