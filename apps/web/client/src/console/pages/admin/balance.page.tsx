import { useState } from 'preact/hooks';
import { assignmentApi, type BalanceProposal } from '../../api/assignment.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice.component';
import { Facts } from '../../components/facts.component';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { ForbiddenPage } from '../forbidden.page';
import { AdminNav } from './admin-nav.component';
import { ApplyProposal } from './apply-proposal.component';
import { AssignmentTable } from './assignment-table.component';
import { GroupSizes } from './group-sizes.component';

/**
 * 属地、就近: a proposal of balanced groups (POST /admin/groups/balance {apply:false}) to review,
 * then applied after a confirmation.
 */
export function BalancePage() {
  const staff = useStaff();
  if (!can.administer(staff.role)) return <ForbiddenPage role={staff.role} />;
  return <Balancing />;
}

function Balancing() {
  const { c } = useConsoleText();
  const [proposal, setProposal] = useState<BalanceProposal | null>(null);
  const propose = useSubmit(() => assignmentApi.balance(false), setProposal);
  return (
    <section aria-labelledby="balance-heading">
      <h1 id="balance-heading">{c.admin.balance}</h1>
      <AdminNav current="balance" />
      <p class="lead">{c.balance.intro}</p>
      <button type="button" class="button" disabled={propose.busy} onClick={() => void propose.run()}>
        {propose.busy ? c.balance.running : c.balance.run}
      </button>
      <ErrorNotice error={propose.error} />
      {proposal && <ProposalView proposal={proposal} onApplied={setProposal} />}
    </section>
  );
}

function ProposalView({ proposal, onApplied }: { proposal: BalanceProposal; onApplied: (applied: BalanceProposal) => void }) {
  const { c } = useConsoleText();
  const changes = proposal.moves + proposal.joins;
  return (
    <div class="c-proposal" data-testid="proposal">
      <section class="c-card">
        <Facts
          facts={[
            [c.balance.groups, Object.keys(proposal.groupSizes).length, 'group-count'],
            [c.balance.totalDistance, c.balance.km(proposal.totalDistanceKm), 'total-distance'],
            [c.balance.moves, proposal.moves, 'moves'],
            [c.balance.joins, proposal.joins, 'joins'],
          ]}
        />
        {proposal.leadersMoving.length > 0 && (
          <p class="notice notice--error">
            {c.balance.leadersMoving} {proposal.leadersMoving.join('、')}
          </p>
        )}
        {proposal.applied ? (
          <p class="notice" role="status">
            {c.balance.applied}
          </p>
        ) : changes === 0 ? (
          <p class="notice" role="status">
            {c.balance.noChanges}
          </p>
        ) : (
          <ApplyProposal changes={changes} onApplied={onApplied} />
        )}
      </section>
      <GroupSizes proposal={proposal} />
      <AssignmentTable assignments={proposal.assignments} />
    </div>
  );
}
