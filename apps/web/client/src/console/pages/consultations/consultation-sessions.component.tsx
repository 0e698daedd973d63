import { CONSULTATION_FORMS, CONSULTATION_OUTCOMES, type ConsultationForm, type ConsultationOutcome } from '@shangliang/contracts/problem/outcome';
import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { consultationSessionsApi } from '../../api/consultation-sessions.api';
import { Disclosure } from '../../components/disclosure.component';
import { ErrorNotice } from '../../components/error-notice.component';
import { fromLocalInput, toLocalInput } from '../../forms/date-time';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { consultationSessionsText } from './consultation-sessions.messages';
import { DepartmentField } from './department-field.component';

/** A session of the consultation (a round may take several); it does not conclude the item. */
export function RecordSessionForm({ problemId, team, onRecorded }: { problemId: string; team: string[]; onRecorded: () => void }) {
  const { c, lang, word } = useConsoleText();
  const t = consultationSessionsText[lang];
  const [form, setForm] = useState<ConsultationForm>('micro');
  const [heldAt, setHeldAt] = useState(toLocalInput(new Date()));
  const [studioId, setStudioId] = useState('');
  const [venue, setVenue] = useState('');
  const [attended, setAttended] = useState<string[]>(team);
  const [departments, setDepartments] = useState('');
  const [count, setCount] = useState('0');
  const [named, setNamed] = useState('');
  const [consented, setConsented] = useState(false);
  const [agenda, setAgenda] = useState('');
  const [minutes, setMinutes] = useState('');
  const [decisions, setDecisions] = useState('');
  const names = named.split(/[、,，]/).map((n) => n.trim()).filter(Boolean);
  const record = useSubmit(
    () =>
      consultationSessionsApi.recordSession(problemId, {
        form,
        heldAt: fromLocalInput(heldAt),
        ...(studioId.trim() ? { studioId: studioId.trim() } : {}),
        ...(venue.trim() ? { venue: venue.trim() } : {}),
        attendedMemberIds: attended,
        departmentIds: departments.split(/[,，\s]+/).map((d) => d.trim()).filter(Boolean),
        // Names go only with the recorder's confirmation that each agreed to be named.
        residentRepresentatives: { count: Number(count), named: consented ? names.map((name) => ({ name, consented: true as const })) : [] },
        agenda: agenda.trim(),
        minutes: minutes.trim(),
        ...(decisions.trim() ? { decisions: decisions.trim() } : {}),
      }),
    onRecorded,
  );
  const id = `session-${problemId}`;
  return (
    <Disclosure id={id} label={t.recordSession}>
      <form
        class="c-form"
        data-testid="record-session"
        onSubmit={(e) => {
          e.preventDefault();
          void record.run();
        }}
      >
        <Field id={`${id}-form`} label={c.consultations.form}>
          <select id={`${id}-form`} name="form" value={form} onChange={(e) => setForm(e.currentTarget.value as ConsultationForm)}>
            {CONSULTATION_FORMS.map((f) => (
              <option key={f} value={f}>
                {word(c.forms, f)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-held`} label={c.consultations.heldAt}>
          <input id={`${id}-held`} name="heldAt" type="datetime-local" required value={heldAt} onInput={(e) => setHeldAt(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-studio`} label={t.studio} hint={t.venueHint} optional>
          <input id={`${id}-studio`} name="studioId" maxLength={32} value={studioId} onInput={(e) => setStudioId(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-venue`} label={t.venue} optional>
          <input id={`${id}-venue`} name="venue" maxLength={200} value={venue} onInput={(e) => setVenue(e.currentTarget.value)} />
        </Field>
        <fieldset class="field">
          <legend class="field__label">{t.attended}</legend>
          <div class="c-inline-choices">
            {team.map((m) => (
              <label key={m} class="checkbox">
                <input type="checkbox" checked={attended.includes(m)} onChange={(e) => setAttended(e.currentTarget.checked ? [...attended, m] : attended.filter((x) => x !== m))} />
                {m}
              </label>
            ))}
          </div>
        </fieldset>
        <Field id={`${id}-departments`} label={t.departments} optional>
          <input id={`${id}-departments`} name="departmentIds" value={departments} onInput={(e) => setDepartments(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-count`} label={t.representatives}>
          <input id={`${id}-count`} name="representatives" type="number" min={0} max={10000} required value={count} onInput={(e) => setCount(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-named`} label={t.named} optional>
          <input id={`${id}-named`} name="named" maxLength={500} value={named} onInput={(e) => setNamed(e.currentTarget.value)} />
        </Field>
        {names.length > 0 && (
          <label class="checkbox">
            <input type="checkbox" required checked={consented} onChange={(e) => setConsented(e.currentTarget.checked)} />
            {t.consented}
          </label>
        )}
        <Field id={`${id}-agenda`} label={t.agenda}>
          <textarea id={`${id}-agenda`} name="agenda" rows={2} required maxLength={4000} value={agenda} onInput={(e) => setAgenda(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-minutes`} label={t.minutes}>
          <textarea id={`${id}-minutes`} name="minutes" rows={4} required maxLength={20000} value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-decisions`} label={t.decisions} optional>
          <textarea id={`${id}-decisions`} name="decisions" rows={2} maxLength={8000} value={decisions} onInput={(e) => setDecisions(e.currentTarget.value)} />
        </Field>
        <ErrorNotice error={record.error} />
        <button type="submit" class="button" disabled={record.busy}>
          {record.busy ? c.common.submitting : t.save}
        </button>
      </form>
    </Disclosure>
  );
}

/** The team lead concludes the item with its outcome; the round's latest session carries it. */
export function ConcludeItemForm({ problemId, onConcluded }: { problemId: string; onConcluded: () => void }) {
  const { c, lang, word } = useConsoleText();
  const t = consultationSessionsText[lang];
  const [outcome, setOutcome] = useState<ConsultationOutcome>('solved');
  const [summary, setSummary] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [request, setRequest] = useState('');
  const [dueAt, setDueAt] = useState('');
  const conclude = useSubmit(
    () =>
      consultationSessionsApi.conclude(problemId, {
        outcome,
        summary: summary.trim(),
        ...(outcome === 'referred' ? { referral: { departmentId, request: request.trim(), dueAt: fromLocalInput(dueAt) } } : {}),
      }),
    onConcluded,
  );
  const id = `conclude-${problemId}`;
  return (
    <Disclosure id={id} label={t.conclude}>
      <form
        class="c-form"
        data-testid="conclude-item"
        onSubmit={(e) => {
          e.preventDefault();
          void conclude.run();
        }}
      >
        <Field id={`${id}-outcome`} label={c.consultations.outcome}>
          <select id={`${id}-outcome`} name="outcome" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as ConsultationOutcome)}>
            {CONSULTATION_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {word(c.outcomes, o)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-summary`} label={t.summary}>
          <textarea id={`${id}-summary`} name="summary" rows={3} required maxLength={20000} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />
        </Field>
        {outcome === 'referred' && (
          <>
            <DepartmentField id={`${id}-department`} value={departmentId} onChange={setDepartmentId} />
            <Field id={`${id}-request`} label={c.consultations.request}>
              <textarea id={`${id}-request`} rows={2} required maxLength={4000} value={request} onInput={(e) => setRequest(e.currentTarget.value)} />
            </Field>
            <Field id={`${id}-due`} label={c.consultations.responseDue}>
              <input id={`${id}-due`} type="datetime-local" required value={dueAt} onInput={(e) => setDueAt(e.currentTarget.value)} />
            </Field>
          </>
        )}
        <ErrorNotice error={conclude.error} />
        <button type="submit" class="button" disabled={conclude.busy}>
          {conclude.busy ? c.common.submitting : t.save}
        </button>
      </form>
    </Disclosure>
  );
}

/** A reopened item goes back to the same team unless the group leader changes it. */
export function ChangeTeamForm({ problemId, lead, team, onChanged }: { problemId: string; lead: string; team: string[]; onChanged: () => void }) {
  const { c, lang } = useConsoleText();
  const t = consultationSessionsText[lang];
  const [leadMemberId, setLead] = useState(lead);
  const [members, setMembers] = useState(team.join(', '));
  const change = useSubmit(
    () => consultationSessionsApi.changeTeam(problemId, { leadMemberId: leadMemberId.trim(), memberIds: members.split(/[,，\s]+/).map((m) => m.trim()).filter(Boolean) }),
    onChanged,
  );
  const id = `team-${problemId}`;
  return (
    <Disclosure id={id} label={t.changeTeam}>
      <form
        class="c-form"
        onSubmit={(e) => {
          e.preventDefault();
          void change.run();
        }}
      >
        <Field id={`${id}-lead`} label={t.newLead}>
          <input id={`${id}-lead`} required maxLength={32} value={leadMemberId} onInput={(e) => setLead(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-members`} label={t.newMembers}>
          <input id={`${id}-members`} required value={members} onInput={(e) => setMembers(e.currentTarget.value)} />
        </Field>
        <ErrorNotice error={change.error} />
        <button type="submit" class="button" disabled={change.busy}>
          {change.busy ? c.common.submitting : t.save}
        </button>
      </form>
    </Disclosure>
  );
}
