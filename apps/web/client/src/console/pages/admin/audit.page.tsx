import { assignmentApi, type AuditEntry } from '../../api/assignment.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { ForbiddenPage } from '../forbidden.page';
import { AdminNav } from './admin-nav.component';

/** Who changed what in the organisation, newest first. */
export function AuditPage() {
  const staff = useStaff();
  if (!can.administer(staff.role)) return <ForbiddenPage role={staff.role} />;
  return <AuditLog />;
}

function AuditLog() {
  const { c } = useConsoleText();
  const [entries, reload] = useQuery(() => assignmentApi.audit(200), []);
  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading">{c.audit.heading}</h1>
      <AdminNav current="audit" />
      <LoadView state={entries} retry={reload}>
        {(list) =>
          list.length ? (
            <ul class="c-list" data-testid="audit">
              {list.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </ul>
          ) : (
            <p class="muted">{c.common.empty}</p>
          )
        }
      </LoadView>
    </section>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const { c, word, formatDate } = useConsoleText();
  return (
    <li class="c-item">
      <p class="c-item__meta">
        <time dateTime={entry.occurredAt}>{formatDate(entry.occurredAt)}</time>
        <strong>{word(c.audit.actions, entry.action)}</strong>
        <span>
          {entry.entity} {entry.entityId}
        </span>
        <span>
          {c.audit.actor}: {entry.actorId}
        </span>
      </p>
      <details>
        <summary>{c.audit.details}</summary>
        <pre class="c-json">{JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}</pre>
      </details>
    </li>
  );
}
