import type { Consultation } from '../../api/consultation.api';
import { Facts } from '../../components/facts.component';
import { useConsoleText } from '../../i18n/use-console-text';
import { consultationSessionsText } from './consultation-sessions.messages';

/** What the team recorded: form, time, place, who took part, the summary and the outcome. */
export function ConsultationRecords({ consultations }: { consultations: Consultation[] }) {
  const { c, word, formatDate, lang } = useConsoleText();
  const t = consultationSessionsText[lang];
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
              record.round ? [t.round, String(record.round + 1)] : null,
              [c.consultations.residentRepresentatives, record.participants.residentRepresentatives],
              record.representativeNames?.length ? [t.namedRepresentatives, record.representativeNames.join('、')] : null,
              record.attendedMemberIds?.length ? [t.attended, record.attendedMemberIds.join('、')] : null,
              record.participants.departmentIds.length ? [t.departments, record.participants.departmentIds.join('、')] : null,
              record.participants.notes ? [c.consultations.participantNotes, record.participants.notes] : null,
              [c.consultations.outcome, record.outcome ? word(c.outcomes, record.outcome) : t.inProgress, 'outcome'],
            ]}
          />
          {record.agenda && <p class="c-prose">{`${t.agenda}：${record.agenda}`}</p>}
          {record.minutes && <p class="c-prose">{`${t.minutes}：${record.minutes}`}</p>}
          {record.decisions && <p class="c-prose">{`${t.decisions}：${record.decisions}`}</p>}
          <p class="c-prose">{record.summary}</p>
        </div>
      ))}
    </section>
  );
}
