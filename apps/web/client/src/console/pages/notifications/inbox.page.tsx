import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { onLinkClick } from '../../../routing/router';
import { type InboxEntry, type NotificationPreferences, notificationsApi, type StaffChannel } from '../../api/notifications.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { notificationText } from './notifications.messages';

/** Every member of staff's notifications: what the ladder and the deadlines told them. */
export function InboxPage() {
  const { lang } = useConsoleText();
  const t = notificationText[lang];
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [inbox, reload] = useQuery(() => notificationsApi.inbox({ unread: unreadOnly }), [unreadOnly]);
  const readAll = useSubmit(notificationsApi.markAllRead, reload);
  return (
    <section aria-labelledby="inbox-heading">
      <h1 id="inbox-heading">{t.inbox}</h1>
      <div class="actions">
        <label class="checkbox">
          <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.currentTarget.checked)} />
          <span>{t.onlyUnread}</span>
        </label>
        <button type="button" class="button button--secondary" disabled={readAll.busy} onClick={() => void readAll.run()}>
          {t.markAllRead}
        </button>
      </div>
      <LoadView state={inbox} retry={reload}>
        {(view) =>
          view.items.length ? (
            <ul class="c-list" data-testid="inbox">
              {view.items.map((entry) => (
                <InboxRow key={entry.id} entry={entry} onRead={reload} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t.none}</p>
          )
        }
      </LoadView>
      <PreferencesForm />
    </section>
  );
}

function InboxRow({ entry, onRead }: { entry: InboxEntry; onRead: () => void }) {
  const { lang, formatDate } = useConsoleText();
  const t = notificationText[lang];
  const read = useSubmit(() => notificationsApi.markRead(entry.id), onRead);
  const open = (e: MouseEvent) => {
    // Opening an entry reads it; the link itself navigates within the console.
    if (!entry.readAt) void notificationsApi.markRead(entry.id).catch(() => undefined);
    if (entry.link) onLinkClick(entry.link)(e);
  };
  return (
    <li class={`c-item${entry.readAt ? '' : ' c-item--unread'}`} data-testid="inbox-entry">
      <p class="c-item__meta">
        <strong>{entry.title}</strong>
        <time dateTime={entry.createdAt}>{formatDate(entry.createdAt)}</time>
        {entry.readAt && <span>{t.read}</span>}
      </p>
      <p>{entry.body}</p>
      <div class="actions">
        {entry.link && (
          <a href={entry.link} class="button button--secondary" onClick={open}>
            {t.open}
          </a>
        )}
        {!entry.readAt && (
          <button type="button" class="button button--secondary" disabled={read.busy} onClick={() => void read.run()}>
            {t.markRead}
          </button>
        )}
      </div>
    </li>
  );
}

function PreferencesForm() {
  const { lang } = useConsoleText();
  const t = notificationText[lang];
  const [loaded] = useQuery(() => notificationsApi.preferences(), []);
  return (
    <section class="c-card" aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">{t.preferences}</h2>
      <p class="muted">{t.preferencesIntro}</p>
      <LoadView state={loaded} retry={() => undefined}>
        {(preferences) => <PreferencesFields initial={preferences} />}
      </LoadView>
    </section>
  );
}

function PreferencesFields({ initial }: { initial: NotificationPreferences }) {
  const { lang } = useConsoleText();
  const t = notificationText[lang];
  const [email, setEmail] = useState(initial.email ?? '');
  const [phone, setPhone] = useState(initial.phone ?? '');
  const [channels, setChannels] = useState<StaffChannel[]>(initial.channels);
  const [locale, setLocale] = useState(initial.locale);
  const save = useSubmit(notificationsApi.savePreferences);
  const toggle = (channel: StaffChannel, on: boolean) => setChannels((list) => (on ? [...new Set([...list, channel])] : list.filter((c) => c !== channel)));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save.run({ email: email.trim() || null, phone: phone.trim() || null, channels, locale });
      }}
    >
      <Field id="pref-email" label={t.email}>
        <input id="pref-email" type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </Field>
      <Field id="pref-phone" label={t.phone}>
        <input id="pref-phone" type="tel" value={phone} onInput={(e) => setPhone(e.currentTarget.value)} />
      </Field>
      <label class="checkbox">
        <input type="checkbox" checked={channels.includes('email')} onChange={(e) => toggle('email', e.currentTarget.checked)} />
        <span>{t.channelEmail}</span>
      </label>
      <label class="checkbox">
        <input type="checkbox" checked={channels.includes('sms')} onChange={(e) => toggle('sms', e.currentTarget.checked)} />
        <span>{t.channelSms}</span>
      </label>
      <Field id="pref-locale" label={t.language}>
        <select id="pref-locale" value={locale} onChange={(e) => setLocale(e.currentTarget.value as 'zh' | 'en')}>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      </Field>
      <ErrorNotice error={save.error} />
      {save.done && <p role="status">{t.saved}</p>}
      <div class="actions">
        <button type="submit" class="button" disabled={save.busy}>
          {save.busy ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
