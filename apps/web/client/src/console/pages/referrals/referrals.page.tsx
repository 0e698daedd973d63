import { useState } from 'preact/hooks';
import type { StaffRole } from '../../api/assignment.api';
import { consultationApi, type ReferralFilter, type ReferralWithContext } from '../../api/consultation.api';
import { can } from '../../auth/console-access';
import { NoticesToAnswer } from '../supervision/supervision-actions.component';
import { useStaff } from '../../auth/session';
import { LoadView } from '../../components/load-view.component';
import { PagedQueue } from '../../components/pager.component';
import { Tabs } from '../../components/tabs.component';
import { useQuery } from '../../hooks/use-query';
import { useTabPages } from '../../hooks/use-tab-pages';
import { useConsoleText } from '../../i18n/use-console-text';
import { ReferralEntry } from './referral-entry.component';

/** The list each role starts from: a department its new referrals, a team lead what awaits them. */
function tabsFor(role: StaffRole): ReferralFilter[] {
  if (role === 'department') return ['open', 'signed', 'completed', ''];
  if (can.decideOnReferrals(role)) return ['awaiting-lead', ''];
  return ['', 'open', 'signed', 'returned', 'completed'];
}

/**
 * Referrals with their deadline clock, the steps taken and the rungs notified: a department works
 * its own (签收, progress, extension, 退回, 办结); a team lead decides on theirs; supervisors and
 * admins follow every one.
 */
export function ReferralsPage() {
  const { c, word } = useConsoleText();
  const staff = useStaff();
  const tabs = tabsFor(staff.role);
  const { tab: filter, offset, chooseTab, setOffset } = useTabPages<ReferralFilter>(tabs[0]);
  const [notice, setNotice] = useState<string | null>(null);
  const [referrals, reload] = useQuery(() => consultationApi.referrals(filter, offset), [filter, offset]);
  const tabLabel = (key: ReferralFilter) => (key === '' ? c.referrals.all : key === 'awaiting-lead' ? c.referrals.awaitingLead : word(c.referrals.statuses, key));
  const done = (referral: ReferralWithContext) => (text: string) => {
    setNotice(`${text} ${referral.reference}`);
    reload();
  };
  return (
    <section aria-labelledby="referrals-heading">
      <h1 id="referrals-heading">{c.referrals.heading}</h1>
      {staff.role === 'department' && <NoticesToAnswer />}
      <Tabs tabs={tabs.map((key) => ({ key, label: tabLabel(key) }))} current={filter} onChange={chooseTab} label={c.referrals.heading} />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <LoadView state={referrals} retry={reload}>
        {(page) => (
          <PagedQueue page={page} offset={offset} onChange={setOffset}>
            {(referral: ReferralWithContext) => (
              <ReferralEntry key={referral.id} referral={referral} onDone={done(referral)} />
            )}
          </PagedQueue>
        )}
      </LoadView>
    </section>
  );
}
