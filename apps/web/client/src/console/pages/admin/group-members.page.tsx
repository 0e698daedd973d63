import { assignmentApi } from '../../api/assignment.api';
import { Link } from '../../../components/link.component';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { ForbiddenPage } from '../forbidden.page';

/** A member group's members: standing members, expertise, availability (the admin's alone). */
export function GroupMembersPage({ groupId }: { groupId: string }) {
  const staff = useStaff();
  if (!can.administer(staff.role)) return <ForbiddenPage role={staff.role} />;
  return <GroupMembers groupId={groupId} />;
}

function GroupMembers({ groupId }: { groupId: string }) {
  const { c, word } = useConsoleText();
  const [members, reload] = useQuery(() => assignmentApi.members(groupId), [groupId]);
  return (
    <section aria-labelledby="members-heading">
      <Link href={consolePath.section('admin')} class="c-back">
        {c.admin.back}
      </Link>
      <h1 id="members-heading">{c.admin.membersHeading(groupId)}</h1>
      <LoadView state={members} retry={reload}>
        {(list) => (
          <>
            <p class="muted">{c.admin.members(list.length)}</p>
            <div class="c-table-wrap">
              <table class="c-table" data-testid="members">
                <thead>
                  <tr>
                    <th scope="col">{c.balance.member}</th>
                    <th scope="col">{c.admin.expertise}</th>
                    <th scope="col">{c.common.status}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((m) => (
                    <tr key={m.id}>
                      <td>
                        {m.name} <span class="muted">{m.id}</span> {m.standing && <span class="badge">{c.admin.standing}</span>}
                      </td>
                      <td>{m.expertise.map((tag) => word(c.expertise, tag)).join('、')}</td>
                      <td>{m.available ? c.admin.available : c.admin.unavailable}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </LoadView>
    </section>
  );
}
