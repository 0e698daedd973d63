import type { EscalationNotice } from '../../api/consultation.api';
import { useConsoleText } from '../../i18n/use-console-text';

/** The ladder so far: reminder, 催办, 督办, 民主监督, each with when it was sent. */
export function EscalationRungs({ escalations }: { escalations: EscalationNotice[] }) {
  const { c, label, formatDate } = useConsoleText();
  return (
    <div class="c-rungs">
      <h4>{c.referrals.escalations}</h4>
      {escalations.length ? (
        <ol class="c-rungs__list" data-testid="rungs">
          {escalations.map((e) => (
            <li key={e.rung}>
              <span class="badge c-badge--alert">{label(e.rungLabel, e.rung)}</span> <time dateTime={e.notifiedAt}>{formatDate(e.notifiedAt)}</time>
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{c.referrals.noEscalations}</p>
      )}
    </div>
  );
}
