import type { Consultation } from '../../api/consultation.api';
import { Facts } from '../../components/facts.component';
import { useConsoleText } from '../../i18n/use-console-text';

/** What the team recorded: form, time, place, who took part, the summary and the outcome. */
export function ConsultationRecords({ consultations }: { consultations: Consultation[] }) {
  const { c, word, formatDate } = useConsoleText();
  if (!consultations.length) return null;
  return (
    <section class="c-card" aria-labelledby="consultation-records">
      <h2 id="consultation-records">{c.consultations.records}</h2>
      {consultations.map((record) => (
        <div key={record.id} class="c-record" data-testid="consultation-record">
          <Facts
            facts={[
              [c.consultations.form, word(c.forms, record.form)],
              [c.consultations.heldAt, formatDate(record.heldAt)],
              [c.consultations.venue, record.venue],
              [c.consultations.residentRepresentatives, record.participants.residentRepresentatives],
              record.participants.notes ? [c.consultations.participantNotes, record.participants.notes] : null,
              [c.consultations.outcome, word(c.outcomes, record.outcome), 'outcome'],
            ]}
          />
          <p class="c-prose">{record.summary}</p>
        </div>
      ))}
    </section>
  );
}
