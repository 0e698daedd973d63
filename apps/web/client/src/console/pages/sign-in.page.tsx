import { useState } from 'preact/hooks';
import { Field } from '../../components/field.component';
import { StaffApiError } from '../api/staff-http';
import { useSession } from '../auth/session';
import { ErrorNotice } from '../components/error-notice.component';
import { useSubmit } from '../hooks/use-submit';
import { useConsoleText } from '../i18n/use-console-text';

/** Username and password; the token then lives in sessionStorage for this tab. */
export function SignInPage({ expired }: { expired: boolean }) {
  const { c } = useConsoleText();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submit = useSubmit(signIn);
  const wrongPassword = submit.error instanceof StaffApiError && submit.error.status === 401;
  return (
    <section class="c-sign-in" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{c.signIn.heading}</h1>
      <p class="lead">{c.signIn.intro}</p>
      {expired && !submit.error && (
        <p class="notice notice--error" role="status">
          {c.errors.sessionExpired}
        </p>
      )}
      <form
        class="c-card"
        onSubmit={(e) => {
          e.preventDefault();
          void submit.run(username.trim(), password);
        }}
      >
        <Field id="sign-in-username" label={c.signIn.username}>
          <input id="sign-in-username" type="text" autoComplete="username" autoCapitalize="none" spellcheck={false} required value={username} onInput={(e) => setUsername(e.currentTarget.value)} />
        </Field>
        <Field id="sign-in-password" label={c.signIn.password}>
          <input id="sign-in-password" type="password" autoComplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </Field>
        {wrongPassword ? (
          <p class="notice notice--error" role="alert">
            {c.signIn.wrong}
          </p>
        ) : (
          <ErrorNotice error={submit.error} />
        )}
        <div class="actions">
          <button type="submit" class="button button--wide" disabled={submit.busy}>
            {submit.busy ? c.signIn.signingIn : c.signIn.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
