import type { StaffRole } from '../api/assignment.api';
import { Link } from '../../components/link.component';
import { useConsoleText } from '../i18n/use-console-text';
import { consolePath } from '../routing/console-routes';

/** A page the role cannot use (the services would refuse it too). */
export function ForbiddenPage({ role }: { role: StaffRole }) {
  const { c, word } = useConsoleText();
  return (
    <section class="c-card c-message-page" role="alert" aria-labelledby="forbidden-heading">
      <h1 id="forbidden-heading">{c.forbidden.heading}</h1>
      <p>{c.forbidden.text(word(c.roles, role))}</p>
      <Link href={consolePath.home} class="button button--secondary">
        {c.forbidden.home}
      </Link>
    </section>
  );
}

export function NotFoundPage() {
  const { c } = useConsoleText();
  return (
    <section class="c-card c-message-page" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">{c.notFound.heading}</h1>
      <Link href={consolePath.home} class="button button--secondary">
        {c.notFound.home}
      </Link>
    </section>
  );
}
