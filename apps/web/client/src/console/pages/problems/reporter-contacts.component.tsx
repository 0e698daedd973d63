import { useState } from 'preact/hooks';
import { intakeStaffApi, type ReporterContact } from '../../api/intake.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';

/**
 * Unmasked numbers are fetched only when asked for (GET /problems/:id/contact, which intake
 * allows for the staff who call back) and dropped again when hidden.
 */
export function ReporterContacts({ problemId, buttonLabel }: { problemId: string; buttonLabel: string }) {
  const { c, word } = useConsoleText();
  const [contacts, setContacts] = useState<ReporterContact[] | null>(null);
  const reveal = useSubmit(() => intakeStaffApi.contact(problemId), setContacts);
  if (contacts) {
    return (
      <div class="c-contacts">
        <h3>{c.problem.reporters}</h3>
        <ul class="c-list c-list--plain" data-testid="contacts">
          {contacts.map((r, i) => (
            <li key={`${r.phone ?? ''}-${i}`}>
              {r.name ?? '—'} · <a href={`tel:${r.phone ?? ''}`}>{r.phone ?? '—'}</a> · {r.consentToCallback ? c.problem.consent : c.problem.noConsent} ·{' '}
              {word(c.problem.how, r.how)}
            </li>
          ))}
        </ul>
        <button type="button" class="button button--link" onClick={() => setContacts(null)}>
          {c.problem.hideContact}
        </button>
      </div>
    );
  }
  return (
    <div class="c-contacts">
      <ErrorNotice error={reveal.error} />
      <button type="button" class="button button--secondary" disabled={reveal.busy} onClick={() => void reveal.run()}>
        {buttonLabel}
      </button>
    </div>
  );
}
