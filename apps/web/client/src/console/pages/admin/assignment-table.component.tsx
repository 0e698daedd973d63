import type { BalanceAssignment } from '../../api/assignment.api';
import { assignmentApi } from '../../api/assignment.api';
import { useCommunityName } from '../../hooks/use-communities';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';

/** Every member's proposed group, with the distance from home, its rank among communities, and why. */
export function AssignmentTable({ assignments }: { assignments: BalanceAssignment[] }) {
  const { c, label } = useConsoleText();
  const communityName = useCommunityName();
  const [members] = useQuery(() => assignmentApi.members(), []);
  const names = new Map(members.status === 'ready' ? members.data.map((m) => [m.id, m.name]) : []);
  return (
    <section class="c-card" aria-labelledby="assignments-heading">
      <h2 id="assignments-heading">{c.balance.assignments}</h2>
      <div class="c-table-wrap">
        <table class="c-table" data-testid="assignments">
          <thead>
            <tr>
              <th scope="col">{c.balance.member}</th>
              <th scope="col">{c.balance.group}</th>
              <th scope="col">{c.balance.distance}</th>
              <th scope="col">{c.balance.rank}</th>
              <th scope="col">{c.balance.reason}</th>
            </tr>
          </thead>
          <tbody>
            {assignments.map((a) => (
              <tr key={a.memberId} class={a.moved || a.joined ? 'c-table__row--changed' : undefined}>
                <td>
                  {names.get(a.memberId) ?? a.memberId} <span class="muted">{a.memberId}</span>
                  {a.moved && <span class="badge c-badge--alert">{c.balance.moved}</span>}
                  {a.joined && <span class="badge">{c.balance.joined}</span>}
                </td>
                <td>
                  {a.groupId} <span class="muted">{communityName(a.communityId)}</span>
                </td>
                <td>{c.balance.km(a.distanceKm)}</td>
                <td>{a.rank}</td>
                <td>{label(a.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
