import { StaffApiError } from '../api/staff-http';
import { useConsoleText } from '../i18n/use-console-text';

/**
 * What went wrong, in the words of the service: its message, its code, and each field it named
 * (e.g. `referral.dueAt`) with the reason, so the form can be put right.
 */
export function ErrorNotice({ error }: { error: unknown }) {
  const { c } = useConsoleText();
  if (!error) return null;
  const api = error instanceof StaffApiError ? error : null;
  return (
    <div class="notice notice--error c-error" role="alert" data-testid="error">
      <p class="c-error__summary">
        <strong>{c.errors.heading}</strong> {summaryOf(api, c.errors)}
      </p>
      {api?.body?.message && <p class="c-error__message">{api.body.message}</p>}
      {api && api.fields.length > 0 && (
        <>
          <p>{c.errors.invalid}</p>
          <ul class="c-error__fields">
            {api.fields.map((f) => (
              <li key={f.field}>
                <code>{f.field}</code>: {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {api?.code && (
        <p class="c-error__code">
          {c.errors.code}: <code>{api.code}</code>
        </p>
      )}
    </div>
  );
}

function summaryOf(error: StaffApiError | null, words: { unavailable: string; forbidden: string; notFound: string; conflict: string }): string {
  if (!error || error.status === 0 || error.status >= 500) return words.unavailable;
  if (error.status === 403) return words.forbidden;
  if (error.status === 404) return words.notFound;
  if (error.status === 409) return words.conflict;
  return '';
}
