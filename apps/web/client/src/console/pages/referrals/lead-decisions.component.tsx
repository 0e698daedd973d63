import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { consultationApi, type ReferralWithContext } from '../../api/consultation.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { fromLocalInput, toLocalInput } from '../../forms/date-time';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { DepartmentField } from '../consultations/department-field.component';
import { StepForm } from './step-form.component';

type Done = (notice: string) => void;

/** What waits on the team lead: an extension request, a return, a completion to check. */
export function LeadDecisions({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  const { c } = useConsoleText();
  const pending = referral.extensionRequestedUntil || referral.status === 'returned' || referral.status === 'completed';
  if (!pending) return null;
  return (
    <div data-testid="lead-decisions">
      <h4>{c.referrals.decisionsHeading}</h4>
      {referral.extensionRequestedUntil && <ExtensionDecision referral={referral} onDone={onDone} />}
      {referral.status === 'returned' && <ReturnDecision referral={referral} onDone={onDone} />}
      {referral.status === 'completed' && <CompletionDecision referral={referral} onDone={onDone} />}
    </div>
  );
}

/** Two buttons, one decision: whichever is pressed first is the one sent. */
function ChoiceButtons({ choices, onDone }: { choices: { label: string; action: () => Promise<unknown>; notice: string }[]; onDone: Done }) {
  const [notice, setNotice] = useState('');
  const decide = useSubmit((choice: (typeof choices)[number]) => choice.action().then(() => choice.notice), (text) => {
    setNotice(text);
    onDone(text);
  });
  return (
    <div class="c-actions">
      {choices.map((choice) => (
        <button key={choice.label} type="button" class="button" disabled={decide.busy || Boolean(notice)} onClick={() => void decide.run(choice)}>
          {choice.label}
        </button>
      ))}
      <ErrorNotice error={decide.error} />
    </div>
  );
}

function ExtensionDecision({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  const { c, formatDate } = useConsoleText();
  return (
    <div data-testid="extension-decision">
      <p>{c.referrals.extensionPending(formatDate(referral.extensionRequestedUntil))}</p>
      <ChoiceButtons
        onDone={onDone}
        choices={[
          { label: c.referrals.approveExtension, action: () => consultationApi.decideExtension(referral.id, true), notice: c.referrals.extensionDecided },
          { label: c.referrals.refuseExtension, action: () => consultationApi.decideExtension(referral.id, false), notice: c.referrals.extensionDecided },
        ]}
      />
    </div>
  );
}

function ReturnDecision({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  const { c } = useConsoleText();
  const [departmentId, setDepartmentId] = useState('');
  const [request, setRequest] = useState(referral.request);
  const [dueAt, setDueAt] = useState(() => toLocalInput(new Date(Date.now() + 7 * 86_400_000)));
  const id = `refer-${referral.id}`;
  const reason = [...referral.steps].reverse().find((s) => s.kind === 'returned')?.detail.reason;
  return (
    <div data-testid="return-decision">
      {typeof reason === 'string' && <p>{c.referrals.returnedBecause(reason)}</p>}
      <StepForm
        testId="refer-elsewhere"
        heading={c.referrals.referElsewhere}
        submitLabel={c.referrals.referElsewhere}
        action={() => consultationApi.decideReturn(referral.id, { action: 'refer_elsewhere', departmentId, request: request.trim(), dueAt: fromLocalInput(dueAt) })}
        onDone={() => onDone(c.referrals.referred)}
      >
        <DepartmentField id={`${id}-department`} value={departmentId} onChange={setDepartmentId} />
        <Field id={`${id}-request`} label={c.referrals.newRequest}>
          <textarea id={`${id}-request`} required rows={2} maxLength={4000} value={request} onInput={(e) => setRequest(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-due`} label={c.referrals.newDueAtLabel}>
          <input id={`${id}-due`} type="datetime-local" required value={dueAt} onInput={(e) => setDueAt(e.currentTarget.value)} />
        </Field>
      </StepForm>
      <ChoiceButtons onDone={onDone} choices={[{ label: c.referrals.takeBack, action: () => consultationApi.decideReturn(referral.id, { action: 'take_back' }), notice: c.referrals.takenBack }]} />
    </div>
  );
}

function CompletionDecision({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  const { c } = useConsoleText();
  const [reason, setReason] = useState('');
  const id = `completion-${referral.id}`;
  return (
    <div data-testid="completion-decision">
      <ChoiceButtons
        onDone={onDone}
        choices={[{ label: c.referrals.confirmCompletion, action: () => consultationApi.decideCompletion(referral.id, { confirmed: true }), notice: c.referrals.completionDecided }]}
      />
      <StepForm
        testId="reject-completion"
        heading={c.referrals.rejectCompletion}
        submitLabel={c.referrals.rejectCompletion}
        action={() => consultationApi.decideCompletion(referral.id, { confirmed: false, reason: reason.trim() })}
        onDone={() => onDone(c.referrals.completionDecided)}
      >
        <Field id={id} label={c.referrals.rejectReason}>
          <textarea id={id} required rows={2} maxLength={2000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
      </StepForm>
    </div>
  );
}
