import type { Problem } from '../../api/intake.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { useConsoleText } from '../../i18n/use-console-text';
import { ReporterContacts } from './reporter-contacts.component';

/** The first reporter's contact, masked; staff who call back may reveal everyone's. */
export function ContactPanel({ problem }: { problem: Problem }) {
  const { c } = useConsoleText();
  const staff = useStaff();
  const contact = problem.contact;
  return (
    <section class="c-card" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{c.problem.contact}</h2>
      {contact ? (
        <p data-testid="masked-contact">
          {[contact.name, contact.phone].filter(Boolean).join(' · ')} · {contact.consentToCallback ? c.problem.consent : c.problem.noConsent}
        </p>
      ) : (
        <p class="muted">{c.problem.noContact}</p>
      )}
      {can.seeContact(staff.role) && <ReporterContacts problemId={problem.id} buttonLabel={c.problem.showContact} />}
    </section>
  );
}
