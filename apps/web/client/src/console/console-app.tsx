import { useEffect } from 'preact/hooks';
import { navigate } from '../routing/router';
import { canUse } from './auth/console-access';
import { SessionProvider, useSession } from './auth/session';
import { CalendarWarning } from './components/calendar-warning.component';
import { ConsoleHeader } from './components/console-header.component';
import { ConsoleNav } from './components/console-nav.component';
import { ErrorNotice } from './components/error-notice.component';
import { useConsoleText } from './i18n/use-console-text';
import { ConsolePage } from './pages/console-page';
import { ForbiddenPage } from './pages/forbidden.page';
import { ChangePasswordPage } from './pages/change-password.page';
import { SignInPage } from './pages/sign-in.page';
import { consolePath, consoleRouteOf, sectionOf } from './routing/console-routes';
import './console.css';

/** The staff console under /console: sign-in, then the pages the role can use. */
export function ConsoleApp({ path }: { path: string }) {
  return (
    <SessionProvider>
      <ConsoleShell path={path} />
    </SessionProvider>
  );
}

function ConsoleShell({ path }: { path: string }) {
  const { c } = useConsoleText();
  const { state, signOut, recheck } = useSession();
  const route = consoleRouteOf(path);
  const section = sectionOf(route);
  useEffect(() => {
    // After the site's own language effect, which names the residents' page.
    const frame = requestAnimationFrame(() => {
      document.title = c.title;
    });
    return () => cancelAnimationFrame(frame);
  }, [c]);
  // Signed in on the sign-in page (a bookmark, or just now): on to the overview.
  useEffect(() => {
    if (state.status === 'signed-in' && route.page === 'sign-in') navigate(consolePath.home);
  }, [state.status, route.page]);

  const staff = state.status === 'signed-in' ? state.staff : null;
  const leave = () => {
    navigate(consolePath.signIn);
    signOut();
  };
  return (
    <div class="c-app">
      <ConsoleHeader staff={staff} path={path} onSignOut={leave} />
      {staff && !staff.mustChangePassword && <ConsoleNav role={staff.role} current={section} />}
      <main id="main" class="c-main">
        {staff && !staff.mustChangePassword && <CalendarWarning />}
        {state.status === 'checking' && (
          <p class="muted" role="status">
            {c.common.loading}
          </p>
        )}
        {state.status === 'failed' && (
          <>
            <ErrorNotice error={state.error} />
            <button type="button" class="button button--secondary" onClick={recheck}>
              {c.common.retry}
            </button>
          </>
        )}
        {state.status === 'signed-out' && <SignInPage expired={state.expired} />}
        {staff?.mustChangePassword && <ChangePasswordPage />}
        {staff && !staff.mustChangePassword && route.page !== 'sign-in' && (section && !canUse(staff.role, section) ? <ForbiddenPage role={staff.role} /> : <ConsolePage route={route} />)}
      </main>
    </div>
  );
}
