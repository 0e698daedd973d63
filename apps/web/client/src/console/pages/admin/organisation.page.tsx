import { assignmentApi, type OrganisationViceChair } from '../../api/assignment.api';
import { Link } from '../../../components/link.component';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { AdminNav } from './admin-nav.component';

/** The chain of responsibility: vice-chairs → special committees → member groups → communities. */
export function OrganisationPage() {
  const { c } = useConsoleText();
  const [organisation, reload] = useQuery(() => assignmentApi.organisation(), []);
  return (
    <section aria-labelledby="organisation-heading">
      <h1 id="organisation-heading">{c.admin.organisation}</h1>
      <AdminNav current="organisation" />
      <LoadView state={organisation} retry={reload}>
        {(viceChairs) => (
          <div class="c-org" data-testid="organisation">
            {viceChairs.map((vc) => (
              <ViceChairCard key={vc.id} viceChair={vc} />
            ))}
          </div>
        )}
      </LoadView>
    </section>
  );
}

function ViceChairCard({ viceChair }: { viceChair: OrganisationViceChair }) {
  const { c } = useConsoleText();
  // Member lists carry home coordinates: the admin's alone (a vice-chair reads the overview).
  const membersVisible = can.administer(useStaff().role);
  return (
    <section class="c-card c-org__vice-chair" aria-labelledby={`vc-${viceChair.id}`}>
      <h2 id={`vc-${viceChair.id}`}>
        {viceChair.name} <span class="muted">· {c.admin.viceChair}</span>
      </h2>
      {viceChair.committees.map((committee) => (
        <div key={committee.id} class="c-org__committee">
          <h3>
            {committee.name} <span class="muted">· {c.admin.committee}</span>
          </h3>
          <ul class="c-list c-list--plain">
            {committee.groups.map((group) => (
              <li key={group.id} class="c-org__group" data-testid="org-group">
                {membersVisible ? (
                  <Link href={consolePath.group(group.id)}>
                    {group.community.name} · {group.community.locality}
                  </Link>
                ) : (
                  <span>
                    {group.community.name} · {group.community.locality}
                  </span>
                )}{' '}
                <span class="muted">
                  {group.id} · {c.admin.members(group.members)} · {c.admin.leader} {group.leaderMemberId}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
