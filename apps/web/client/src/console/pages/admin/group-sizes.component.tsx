import type { BalanceProposal } from '../../api/assignment.api';
import { useCommunityName } from '../../hooks/use-communities';
import { useConsoleText } from '../../i18n/use-console-text';

/** Each group's size under the proposal, with its community. */
export function GroupSizes({ proposal }: { proposal: BalanceProposal }) {
  const { c } = useConsoleText();
  const communityName = useCommunityName();
  const communityOf = new Map(proposal.assignments.map((a) => [a.groupId, a.communityId]));
  const groups = Object.entries(proposal.groupSizes).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section class="c-card" aria-labelledby="group-sizes-heading">
      <h2 id="group-sizes-heading">{c.balance.sizes}</h2>
      <div class="c-table-wrap">
        <table class="c-table">
          <thead>
            <tr>
              <th scope="col">{c.balance.group}</th>
              <th scope="col">{c.common.community}</th>
              <th scope="col">{c.balance.size}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map(([groupId, size]) => (
              <tr key={groupId} data-testid="group-size">
                <td>{groupId}</td>
                <td>{communityName(communityOf.get(groupId) ?? '')}</td>
                <td data-testid="size">{size}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
