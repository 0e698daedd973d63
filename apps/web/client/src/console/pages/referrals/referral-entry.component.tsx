import type { ReferralWithContext } from '../../api/consultation.api';
import { useStaff } from '../../auth/session';
import { QueueItem } from '../../components/queue-item.component';
import { consolePath } from '../../routing/console-routes';
import { DepartmentSteps } from './department-steps.component';
import { LeadDecisions } from './lead-decisions.component';
import { ReferralCard } from './referral-card.component';

/**
 * A referral as a work item, with what the caller can do on it: the department its next step,
 * the team lead their decision. In the list and on the referral's own page alike.
 */
export function ReferralEntry({ referral, onDone, linked = true }: { referral: ReferralWithContext; onDone: (notice: string) => void; linked?: boolean }) {
  const staff = useStaff();
  // Departments do not read the problem bank: their title leads to the referral itself.
  const href = !linked ? null : staff.role === 'department' ? consolePath.referral(referral.id) : undefined;
  return (
    <QueueItem item={{ ...referral, dueAt: undefined }} href={href}>
      <ul class="c-list c-list--plain">
        <ReferralCard referral={referral}>
          {staff.role === 'department' && <DepartmentSteps referral={referral} onDone={onDone} />}
          {staff.memberId !== null && staff.memberId === referral.leadMemberId && <LeadDecisions referral={referral} onDone={onDone} />}
        </ReferralCard>
      </ul>
    </QueueItem>
  );
}
