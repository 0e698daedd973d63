import type { ComponentChildren } from 'preact';
import type { Referral, ReferralWithContext } from '../../api/consultation.api';
import { Facts } from '../../components/facts.component';
import { useConsoleText } from '../../i18n/use-console-text';
import { DeadlineClock } from './deadline-clock.component';
import { EscalationRungs } from './escalation-rungs.component';
import { EvidencePhotos } from './evidence-photos.component';
import { ReferralSteps } from './referral-steps.component';

/** The department's clock runs while it still has the referral (not while the team lead decides). */
const CLOCK_RUNNING: readonly Referral['status'][] = ['open', 'signed'];

/**
 * A referral: what the department was asked, its deadline clock, what it and the team lead did,
 * the rungs it was notified of. Cards inside a consultation item carry no steps (older shape).
 */
export function ReferralCard({ referral, children }: { referral: Referral | ReferralWithContext; children?: ComponentChildren }) {
  const { c, word, formatDate } = useConsoleText();
  const detail = 'steps' in referral ? referral : null;
  return (
    <li class="c-record" data-testid="referral" data-status={referral.status}>
      <Facts
        facts={[
          [c.referrals.department, referral.departmentId],
          [c.referrals.request, referral.request],
          [c.referrals.dueAt, <DeadlineClock iso={referral.dueAt} running={CLOCK_RUNNING.includes(referral.status)} />],
          [c.common.status, word(c.referrals.statuses, referral.status), 'referral-status'],
          detail?.handlerName ? [c.referrals.handler, detail.handlerName] : null,
          detail?.extensionRequestedUntil ? [c.referrals.extensionHeading, c.referrals.extensionPending(formatDate(detail.extensionRequestedUntil))] : null,
          detail?.result ? [c.referrals.result, detail.result] : null,
          referral.response ? [c.referrals.response, referral.response] : null,
          referral.respondedAt ? [c.referrals.respondedAt, formatDate(referral.respondedAt)] : null,
        ]}
      />
      {detail && <ReferralSteps steps={detail.steps} />}
      {detail && <EvidencePhotos referralId={detail.id} photos={detail.photos} />}
      <EscalationRungs escalations={referral.escalations} />
      {children}
    </li>
  );
}
