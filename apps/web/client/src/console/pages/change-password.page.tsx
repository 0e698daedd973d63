import { useState } from 'preact/hooks';
import { Field } from '../../components/field.component';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/error-notice.component';
import { useSubmit } from '../hooks/use-submit';
import { useConsoleText } from '../i18n/use-console-text';

/** After an admin's reset: the account does nothing else until it has a password of its own. */
export function ChangePasswordPage() {
  const { c } = useConsoleText();
  const { changePassword } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const submit = useSubmit(changePassword);
  return (
    <section class="c-sign-in" aria-labelledby="password-heading">
      <h1 id="password-heading">{c.password.heading}</h1>
      <p class="lead">{c.password.intro}</p>
      <form
        class="c-card"
        onSubmit={(e) => {
          e.preventDefault();
          void submit.run(current, next);
        }}
      >
        <Field id="password-current" label={c.password.current}>
          <input id="password-current" type="password" autoComplete="current-password" required value={current} onInput={(e) => setCurrent(e.currentTarget.value)} />
        </Field>
        <Field id="password-next" label={c.password.next}>
          <input id="password-next" type="password" autoComplete="new-password" minLength={12} required value={next} onInput={(e) => setNext(e.currentTarget.value)} />
        </Field>
        <ErrorNotice error={submit.error} />
        <div class="actions">
          <button type="submit" class="button button--wide" disabled={submit.busy}>
            {submit.busy ? c.password.saving : c.password.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
