import { CONSULTATION_FORMS, CONSULTATION_OUTCOMES, type ConsultationForm, type ConsultationOutcome } from '@shangliang/contracts/problem/outcome';
import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { consultationApi } from '../../api/consultation.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { type ConsultationFormValues, emptyConsultationForm, toRecordConsultation } from '../../forms/record-consultation.form';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { DepartmentField } from './department-field.component';

/** 解单: how and where the team consulted, who took part, the summary and the outcome. */
export function RecordConsultationForm({ problemId, onRecorded }: { problemId: string; onRecorded: () => void }) {
  const { c, word } = useConsoleText();
  const [values, setValues] = useState<ConsultationFormValues>(() => emptyConsultationForm());
  const record = useSubmit(() => consultationApi.record(problemId, toRecordConsultation(values)), onRecorded);
  const set = (patch: Partial<ConsultationFormValues>) => setValues({ ...values, ...patch });
  return (
    <section class="c-card" aria-labelledby="record-heading">
      <h2 id="record-heading">{c.consultations.recordHeading}</h2>
      <form
        class="c-form"
        onSubmit={(e) => {
          e.preventDefault();
          void record.run();
        }}
      >
        <div class="c-form__row">
          <Field id="consultation-form" label={c.consultations.form}>
            <select id="consultation-form" value={values.form} onChange={(e) => set({ form: e.currentTarget.value as ConsultationForm })}>
              {CONSULTATION_FORMS.map((f) => (
                <option key={f} value={f}>
                  {word(c.forms, f)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="consultation-held-at" label={c.consultations.heldAt}>
            <input id="consultation-held-at" type="datetime-local" required value={values.heldAt} onInput={(e) => set({ heldAt: e.currentTarget.value })} />
          </Field>
        </div>
        <div class="c-form__row">
          <Field id="consultation-venue" label={c.consultations.venue} hint={c.consultations.venueHint}>
            <input id="consultation-venue" type="text" required maxLength={200} aria-describedby="consultation-venue-hint" value={values.venue} onInput={(e) => set({ venue: e.currentTarget.value })} />
          </Field>
          <Field id="consultation-representatives" label={c.consultations.residentRepresentatives}>
            <input
              id="consultation-representatives"
              type="number"
              inputMode="numeric"
              min={0}
              max={10000}
              required
              value={values.residentRepresentatives}
              onInput={(e) => set({ residentRepresentatives: e.currentTarget.value })}
            />
          </Field>
        </div>
        <Field id="consultation-notes" label={c.consultations.participantNotes} optional>
          <input id="consultation-notes" type="text" maxLength={2000} value={values.notes} onInput={(e) => set({ notes: e.currentTarget.value })} />
        </Field>
        <Field id="consultation-summary" label={c.consultations.summary}>
          <textarea id="consultation-summary" required rows={5} maxLength={20000} value={values.summary} onInput={(e) => set({ summary: e.currentTarget.value })} />
        </Field>
        <fieldset class="field">
          <legend class="field__label">{c.consultations.outcome}</legend>
          {CONSULTATION_OUTCOMES.map((o: ConsultationOutcome) => (
            <label key={o} class="checkbox">
              <input type="radio" name="consultation-outcome" value={o} checked={values.outcome === o} onChange={() => set({ outcome: o })} />
              {word(c.outcomes, o)}
            </label>
          ))}
        </fieldset>
        {values.outcome === 'referred' && <ReferralFields values={values} set={set} />}
        <ErrorNotice error={record.error} />
        {record.done && (
          <p class="notice" role="status">
            {c.consultations.recorded}
          </p>
        )}
        <button type="submit" class="button" disabled={record.busy}>
          {record.busy ? c.common.submitting : c.consultations.submit}
        </button>
      </form>
    </section>
  );
}

function ReferralFields({ values, set }: { values: ConsultationFormValues; set: (patch: Partial<ConsultationFormValues>) => void }) {
  const { c } = useConsoleText();
  return (
    <div class="c-subform">
      <DepartmentField value={values.departmentId} onChange={(departmentId) => set({ departmentId })} />
      <Field id="referral-request" label={c.consultations.request}>
        <textarea id="referral-request" required rows={3} maxLength={4000} value={values.request} onInput={(e) => set({ request: e.currentTarget.value })} />
      </Field>
      <Field id="referral-due" label={c.consultations.responseDue}>
        <input id="referral-due" type="datetime-local" required value={values.responseDue} onInput={(e) => set({ responseDue: e.currentTarget.value })} />
      </Field>
    </div>
  );
}
