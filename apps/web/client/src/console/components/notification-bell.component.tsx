import { useEffect, useState } from 'preact/hooks';
import { onLinkClick } from '../../routing/router';
import { notificationsApi } from '../api/notifications.api';
import { useConsoleText } from '../i18n/use-console-text';
import { notificationText } from '../pages/notifications/notifications.messages';
import { consolePath } from '../routing/console-routes';

const POLL_MS = 30_000;

/** The header's bell: the unread count, refreshed while the console is open; opens the inbox. */
export function NotificationBell({ path }: { path: string }) {
  const { lang } = useConsoleText();
  const t = notificationText[lang];
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    let stopped = false;
    const load = () =>
      notificationsApi.unreadCount().then(
        (r) => stopped || setUnread(r.unread),
        () => undefined,
      );
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
    // Navigating (opening or reading an entry) refreshes the count at once.
  }, [path]);
  return (
    <a
      href={consolePath.inbox}
      class="lang-switch c-bell"
      data-testid="notification-bell"
      aria-label={`${t.bell}${unread ? `, ${t.unread(unread)}` : ''}`}
      onClick={onLinkClick(consolePath.inbox)}
    >
      <span aria-hidden="true">🔔</span>
      {unread ? (
        <span class="c-bell__count" data-testid="unread-count">
          {unread}
        </span>
      ) : null}
    </a>
  );
}
