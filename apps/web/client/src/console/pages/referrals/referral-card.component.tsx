import type { ComponentChildren } from 'preact';
import type { Referral } from '../../api/consultation.api';
import { DueDate } from '../../components/due-date.component';
import { Facts } from '../../components/facts.component';
import { useConsoleText } from '../../i18n/use-console-text';
import { EscalationRungs } from './escalation-rungs.component';

/** A referral: what the department was asked, by when, the rungs it was notified of, its answer. */
export function ReferralCard({ referral, children }: { referral: Referral; children?: ComponentChildren }) {
  const { c, formatDate } = useConsoleText();
  return (
    <li class="c-record" data-testid="referral">
      <Facts
        facts={[
          [c.referrals.department, referral.departmentId],
          [c.referrals.request, referral.request],
          [c.referrals.dueAt, <DueDate iso={referral.dueAt} />],
          [c.common.status, referral.status === 'open' ? c.referrals.open : c.referrals.responded, 'referral-status'],
          referral.response ? [c.referrals.response, referral.response] : null,
          referral.respondedAt ? [c.referrals.respondedAt, formatDate(referral.respondedAt)] : null,
        ]}
      />
      <EscalationRungs escalations={referral.escalations} />
      {children}
    </li>
  );
}
