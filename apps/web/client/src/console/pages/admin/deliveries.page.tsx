import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { type DepartmentChannels, type Delivery, listOf, notificationsApi } from '../../api/notifications.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice.component';
import { LoadView } from '../../components/load-view.component';
import { useDepartments } from '../../hooks/use-departments';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { ForbiddenPage } from '../forbidden.page';
import { notificationText } from '../notifications/notifications.messages';
import { AdminNav } from './admin-nav.component';

/**
 * Notifications as admins run them: deliveries that failed for good (with the reason, to send
 * again), the departments' channels, and — in development — what the local SMS sink received.
 */
export function DeliveriesPage() {
  const staff = useStaff();
  if (!can.administer(staff.role)) return <ForbiddenPage role={staff.role} />;
  return <Deliveries />;
}

function Deliveries() {
  const { lang } = useConsoleText();
  const t = notificationText[lang];
  return (
    <section aria-labelledby="deliveries-heading">
      <h1 id="deliveries-heading">{t.adminHeading}</h1>
      <AdminNav current="deliveries" />
      <p class="muted">{t.adminIntro}</p>
      <FailedDeliveries />
      <DepartmentChannelsEditor />
      <SmsSink />
    </section>
  );
}

function FailedDeliveries() {
  const { lang } = useConsoleText();
  const t = notificationText[lang];
  const [failed, reload] = useQuery(() => notificationsApi.failedDeliveries().then(listOf<Delivery>), []);
  return (
    <>
      <h2>{t.failed}</h2>
      <LoadView state={failed} retry={reload}>
        {(list) =>
          list.length ? (
            <ul class="c-list" data-testid="failed-deliveries">
              {list.map((delivery) => (
                <FailedRow key={delivery.id} delivery={delivery} onResent={reload} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t.noFailed}</p>
          )
        }
      </LoadView>
    </>
  );
}

function FailedRow({ delivery, onResent }: { delivery: Delivery; onResent: () => void }) {
  const { lang, formatDate } = useConsoleText();
  const t = notificationText[lang];
  const resend = useSubmit(() => notificationsApi.resend(delivery.id), onResent);
  return (
    <li class="c-item" data-testid="failed-delivery">
      <p class="c-item__meta">
        <strong>{delivery.event}</strong>
        {delivery.reference && <span>{delivery.reference}</span>}
        <span>
          {t.channel}: {delivery.channel}
        </span>
        <span>
          {t.recipient}: {delivery.recipient}
        </span>
        <span>
          {t.attempts}: {delivery.attempts}
        </span>
        <time dateTime={delivery.createdAt}>{formatDate(delivery.createdAt)}</time>
      </p>
      <p>
        {t.reason}: <code>{delivery.lastError ?? '—'}</code>
      </p>
      <button type="button" class="button button--secondary" disabled={resend.busy} onClick={() => void resend.run()}>
        {resend.busy ? t.resending : t.resend}
      </button>
      {resend.done && <p role="status">{t.resent}</p>}
      <ErrorNotice error={resend.error} />
    </li>
  );
}

function DepartmentChannelsEditor() {
  const { lang } = useConsoleText();
  const t = notificationText[lang];
  const departments = useDepartments();
  const [departmentId, setDepartmentId] = useState('');
  return (
    <section class="c-card" aria-labelledby="department-channels-heading">
      <h2 id="department-channels-heading">{t.departments}</h2>
      <Field id="channels-department" label={t.department}>
        <select id="channels-department" value={departmentId} onChange={(e) => setDepartmentId(e.currentTarget.value)}>
          <option value="">—</option>
          {(departments ?? []).map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      {departmentId && <ChannelsForm key={departmentId} departmentId={departmentId} />}
    </section>
  );
}

function ChannelsForm({ departmentId }: { departmentId: string }) {
  const [loaded, reload] = useQuery(() => notificationsApi.departmentChannels(departmentId), [departmentId]);
  return (
    <LoadView state={loaded} retry={reload}>
      {(channels) => <ChannelsFields departmentId={departmentId} initial={channels} />}
    </LoadView>
  );
}

function ChannelsFields({ departmentId, initial }: { departmentId: string; initial: DepartmentChannels }) {
  const { lang } = useConsoleText();
  const t = notificationText[lang];
  const [email, setEmail] = useState(initial.email ?? '');
  const [smsPhone, setSmsPhone] = useState(initial.smsPhone ?? '');
  const [kind, setKind] = useState<'none' | 'oa' | 'wecom'>(initial.webhook?.kind ?? 'none');
  const [url, setUrl] = useState(initial.webhook?.url ?? '');
  const [secret, setSecret] = useState('');
  const save = useSubmit((channels: DepartmentChannels) => notificationsApi.saveDepartmentChannels(departmentId, channels));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save.run({
          email: email.trim() || null,
          smsPhone: smsPhone.trim() || null,
          webhook: kind === 'none' ? null : { kind, url: url.trim(), ...(secret ? { secret } : {}) },
        });
      }}
    >
      <Field id="channels-email" label={t.email}>
        <input id="channels-email" type="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} />
      </Field>
      <Field id="channels-sms" label={t.smsPhone}>
        <input id="channels-sms" type="tel" value={smsPhone} onInput={(e) => setSmsPhone(e.currentTarget.value)} />
      </Field>
      <Field id="channels-webhook-kind" label={t.webhookKind}>
        <select id="channels-webhook-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as 'none' | 'oa' | 'wecom')}>
          <option value="none">{t.webhookNone}</option>
          <option value="oa">{t.webhookOa}</option>
          <option value="wecom">{t.webhookWecom}</option>
        </select>
      </Field>
      {kind !== 'none' && (
        <>
          <Field id="channels-webhook-url" label={t.webhookUrl}>
            <input id="channels-webhook-url" type="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          </Field>
          <Field id="channels-webhook-secret" label={t.webhookSecret}>
            <input id="channels-webhook-secret" type="password" autoComplete="off" value={secret} onInput={(e) => setSecret(e.currentTarget.value)} />
          </Field>
        </>
      )}
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

function SmsSink() {
  const { lang } = useConsoleText();
  const t = notificationText[lang];
  const [messages, reload] = useQuery(() => notificationsApi.smsSink().then(listOf), []);
  return (
    <section aria-labelledby="sms-sink-heading">
      <h2 id="sms-sink-heading">{t.sink}</h2>
      <LoadView state={messages} retry={reload}>
        {(list) =>
          list.length ? (
            <ul class="c-list" data-testid="sms-sink">
              {list.map((message, i) => (
                <li key={i} class="c-item">
                  <code>{JSON.stringify(message)}</code>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t.sinkNone}</p>
          )
        }
      </LoadView>
    </section>
  );
}
