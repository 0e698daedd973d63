import type { StaffRole } from '../api/assignment.api';
import { Link } from '../../components/link.component';
import { type ConsoleSection, sectionsFor } from '../auth/console-access';
import { useConsoleText } from '../i18n/use-console-text';
import { consolePath } from '../routing/console-routes';

/** Only the sections the role can use; one scrolling row on a phone. */
export function ConsoleNav({ role, current }: { role: StaffRole; current: ConsoleSection | null }) {
  const { c } = useConsoleText();
  return (
    <nav class="c-nav" aria-label={c.nav.label}>
      <ul class="c-nav__list">
        {sectionsFor(role).map((section) => (
          <li key={section}>
            <Link href={consolePath.section(section)} current={section === current}>
              {c.nav[section]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
