import { UNSUITABLE_REASON_LABELS, UNSUITABLE_REASONS, type UnsuitableReason } from '@shangliang/contracts/problem/outcome';
import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { assignmentApi, type ScreeningDecision, type ScreeningItem, TEAM_SCOPES, type TeamScope } from '../../api/assignment.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';

interface DecisionForm {
  suitable: boolean;
  scope: TeamScope;
  teamSize: string;
  siteMeetingNote: string;
  reasonCode: UnsuitableReason | '';
  referredTo: string;
}

/** The body POST /screening-items/:id/decision expects; empty optional fields are left out. */
export function toDecision(form: DecisionForm): ScreeningDecision {
  if (form.suitable) {
    return {
      suitable: true,
      scope: form.scope,
      ...(form.teamSize.trim() ? { teamSize: Number(form.teamSize) } : {}),
      ...(form.siteMeetingNote.trim() ? { siteMeetingNote: form.siteMeetingNote.trim() } : {}),
    };
  }
  // An empty reason goes to the service, which names the field (reasonCode) in its answer.
  return { suitable: false, reasonCode: form.reasonCode as UnsuitableReason, ...(form.referredTo.trim() ? { referredTo: form.referredTo.trim() } : {}) };
}

/** Suitable (scope, team size, site meeting note) or unsuitable (reason, referral). */
export function ScreeningDecisionForm({ item, onDecided }: { item: ScreeningItem; onDecided: () => void }) {
  const { c, word, label } = useConsoleText();
  const [form, setForm] = useState<DecisionForm>({ suitable: true, scope: 'household', teamSize: '', siteMeetingNote: '', reasonCode: '', referredTo: '' });
  const decide = useSubmit(() => assignmentApi.decide(item.problemId, toDecision(form)), onDecided);
  const id = (name: string) => `screen-${item.problemId}-${name}`;
  const set = (patch: Partial<DecisionForm>) => setForm({ ...form, ...patch });
  return (
    <form
      class="c-form"
      onSubmit={(e) => {
        e.preventDefault();
        void decide.run();
      }}
    >
      <fieldset class="field">
        <legend class="field__label">{c.screening.verdict}</legend>
        <label class="checkbox">
          <input type="radio" name={id('verdict')} checked={form.suitable} onChange={() => set({ suitable: true })} />
          {c.screening.suitable}
        </label>
        <label class="checkbox">
          <input type="radio" name={id('verdict')} checked={!form.suitable} onChange={() => set({ suitable: false })} />
          {c.screening.unsuitable}
        </label>
      </fieldset>
      {form.suitable ? (
        <>
          <Field id={id('scope')} label={c.screening.scope}>
            <select id={id('scope')} value={form.scope} onChange={(e) => set({ scope: e.currentTarget.value as TeamScope })}>
              {TEAM_SCOPES.map((s) => (
                <option key={s} value={s}>
                  {word(c.scopes, s)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={id('team-size')} label={c.screening.teamSize} hint={c.screening.teamSizeHint} optional>
            <input id={id('team-size')} type="number" inputMode="numeric" min={1} max={60} aria-describedby={`${id('team-size')}-hint`} value={form.teamSize} onInput={(e) => set({ teamSize: e.currentTarget.value })} />
          </Field>
          <Field id={id('site-note')} label={c.screening.siteMeetingNote} hint={c.screening.siteMeetingNoteHint} optional>
            <textarea id={id('site-note')} rows={3} maxLength={2000} aria-describedby={`${id('site-note')}-hint`} value={form.siteMeetingNote} onInput={(e) => set({ siteMeetingNote: e.currentTarget.value })} />
          </Field>
        </>
      ) : (
        <>
          <Field id={id('reason')} label={c.screening.reasonCode}>
            <select id={id('reason')} required value={form.reasonCode} onChange={(e) => set({ reasonCode: e.currentTarget.value as UnsuitableReason })}>
              <option value="">{c.screening.reasonPlaceholder}</option>
              {UNSUITABLE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {label(UNSUITABLE_REASON_LABELS[r], r)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={id('referred-to')} label={c.screening.referredTo} hint={c.screening.referredToHint} optional>
            <input id={id('referred-to')} type="text" maxLength={200} aria-describedby={`${id('referred-to')}-hint`} value={form.referredTo} onInput={(e) => set({ referredTo: e.currentTarget.value })} />
          </Field>
        </>
      )}
      <ErrorNotice error={decide.error} />
      <button type="submit" class="button" disabled={decide.busy}>
        {decide.busy ? c.common.submitting : c.screening.submit}
      </button>
    </form>
  );
}
