import { useState } from 'preact/hooks';
import { Link } from '../../../components/link.component';
import { consultationApi } from '../../api/consultation.api';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { ReferralEntry } from './referral-entry.component';

/** One referral (where a notification about it leads): its clock, steps and the caller's next move. */
export function ReferralPage({ referralId }: { referralId: string }) {
  const { c } = useConsoleText();
  const [notice, setNotice] = useState<string | null>(null);
  const [referral, reload] = useQuery(() => consultationApi.referral(referralId), [referralId]);
  return (
    <section aria-labelledby="referral-heading">
      <p>
        <Link href={consolePath.section('referrals')}>{c.referrals.heading}</Link>
      </p>
      <h1 id="referral-heading">{c.referrals.heading}</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <LoadView state={referral} retry={reload}>
        {(found) => (
          <ul class="c-list">
            <ReferralEntry
              referral={found}
              linked={false}
              onDone={(text) => {
                setNotice(`${text} ${found.reference}`);
                reload();
              }}
            />
          </ul>
        )}
      </LoadView>
    </section>
  );
}
