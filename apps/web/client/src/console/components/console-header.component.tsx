import type { StaffPrincipal } from '../api/assignment.api';
import { Link } from '../../components/link.component';
import { useI18n } from '../../i18n/i18n';
import { useConsoleText } from '../i18n/use-console-text';
import { consolePath } from '../routing/console-routes';
import { NotificationBell } from './notification-bell.component';

/** Brand, who is signed in (from /auth/me), the language switch and sign-out. */
export function ConsoleHeader({ staff, path, onSignOut }: { staff: StaffPrincipal | null; path: string; onSignOut: () => void }) {
  const { t, lang, setLang } = useI18n();
  const { c, word } = useConsoleText();
  return (
    <header class="site-header c-header">
      <div class="c-header__bar">
        <Link href={consolePath.home} class="site-header__brand">
          <span class="site-header__name">{c.brand}</span>
          <span class="site-header__motto">{c.brandSub}</span>
        </Link>
        <div class="c-header__tools">
          {staff && (
            <p class="c-header__who" data-testid="who">
              <span class="c-visually-hidden">{c.signedInAs}: </span>
              <span class="c-header__name">{staff.displayName}</span>
              <span class="c-header__role">{word(c.roles, staff.role)}</span>
            </p>
          )}
          {staff && !staff.mustChangePassword && <NotificationBell path={path} />}
          <button type="button" class="lang-switch" lang={lang === 'zh' ? 'en' : 'zh-CN'} aria-label={t.lang.switchLabel} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t.lang.switchTo}
          </button>
          {staff && (
            <button type="button" class="lang-switch c-header__sign-out" onClick={onSignOut}>
              {c.signOut}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
