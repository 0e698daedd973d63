import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { consultationApi, type Referral, type ReferralWithContext } from '../../api/consultation.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice.component';
import { LoadView } from '../../components/load-view.component';
import { QueueItem } from '../../components/queue-item.component';
import { Tabs } from '../../components/tabs.component';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { ReferralCard } from './referral-card.component';

/** A department's referrals (supervisors and admins see all), with the rungs notified and the answer. */
export function ReferralsPage() {
  const { c } = useConsoleText();
  const staff = useStaff();
  const [status, setStatus] = useState<Referral['status']>('open');
  const [notice, setNotice] = useState<string | null>(null);
  const [referrals, reload] = useQuery(() => consultationApi.referrals(status), [status]);
  return (
    <section aria-labelledby="referrals-heading">
      <h1 id="referrals-heading">{c.referrals.heading}</h1>
      <Tabs
        tabs={[
          { key: 'open', label: c.referrals.open },
          { key: 'responded', label: c.referrals.responded },
        ]}
        current={status}
        onChange={setStatus}
        label={c.referrals.heading}
      />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <LoadView state={referrals} retry={reload}>
        {({ items }) =>
          items.length ? (
            <ul class="c-list">
              {items.map((referral: ReferralWithContext) => (
                // Departments do not read the problem bank: no link to the problem page.
                <QueueItem key={referral.id} item={{ ...referral, dueAt: undefined }} href={staff.role === 'department' ? null : undefined}>
                  <ul class="c-list c-list--plain">
                    <ReferralCard referral={referral}>
                      {referral.status === 'open' && can.respondToReferral(staff.role) && (
                        <RespondForm
                          referral={referral}
                          onResponded={() => {
                            setNotice(`${c.referrals.done} ${referral.reference}`);
                            reload();
                          }}
                        />
                      )}
                    </ReferralCard>
                  </ul>
                </QueueItem>
              ))}
            </ul>
          ) : (
            <p class="muted">{c.common.empty}</p>
          )
        }
      </LoadView>
    </section>
  );
}

function RespondForm({ referral, onResponded }: { referral: ReferralWithContext; onResponded: () => void }) {
  const { c } = useConsoleText();
  const [response, setResponse] = useState('');
  const respond = useSubmit(() => consultationApi.respond(referral.id, response.trim()), onResponded);
  const id = `respond-${referral.id}`;
  return (
    <form
      class="c-form"
      onSubmit={(e) => {
        e.preventDefault();
        void respond.run();
      }}
    >
      <Field id={id} label={c.referrals.response}>
        <textarea id={id} required rows={4} maxLength={8000} value={response} onInput={(e) => setResponse(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={respond.error} />
      <button type="submit" class="button" disabled={respond.busy}>
        {respond.busy ? c.common.submitting : c.referrals.submit}
      </button>
    </form>
  );
}
