import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { consultationApi, type ReferralWithContext } from '../../api/consultation.api';
import { Disclosure } from '../../components/disclosure.component';
import { fromLocalInput, toLocalInput } from '../../forms/date-time';
import { useConsoleText } from '../../i18n/use-console-text';
import { StepForm } from './step-form.component';

type Done = (notice: string) => void;

/** What the referred department can do next: sign for it; then progress, more time, send back, complete. */
export function DepartmentSteps({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  // Opened before departments took steps: its workflow's ladder takes one answer.
  if (referral.departmentSteps === false) return referral.status === 'open' ? <AnswerForm referral={referral} onDone={onDone} /> : null;
  if (referral.status === 'open') {
    return (
      <>
        <SignForm referral={referral} onDone={onDone} />
        <ReturnForm referral={referral} onDone={onDone} />
      </>
    );
  }
  if (referral.status !== 'signed') return null;
  return (
    <>
      <ProgressForm referral={referral} onDone={onDone} />
      {!referral.extensionRequestedUntil && <ExtensionForm referral={referral} onDone={onDone} />}
      <CompleteForm referral={referral} onDone={onDone} />
      <ReturnForm referral={referral} onDone={onDone} />
    </>
  );
}

function AnswerForm({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  const { c } = useConsoleText();
  const [response, setResponse] = useState('');
  const id = `answer-${referral.id}`;
  return (
    <StepForm testId="answer" heading={c.referrals.response} submitLabel={c.referrals.submit} action={() => consultationApi.respond(referral.id, response.trim())} onDone={() => onDone(c.referrals.done)}>
      <Field id={id} label={c.referrals.response}>
        <textarea id={id} required rows={4} maxLength={8000} value={response} onInput={(e) => setResponse(e.currentTarget.value)} />
      </Field>
    </StepForm>
  );
}

function SignForm({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  const { c } = useConsoleText();
  const [handlerName, setHandlerName] = useState('');
  const id = `sign-${referral.id}`;
  return (
    <StepForm testId="sign" heading={c.referrals.signHeading} submitLabel={c.referrals.sign} action={() => consultationApi.sign(referral.id, handlerName.trim())} onDone={() => onDone(c.referrals.signed)}>
      <Field id={id} label={c.referrals.handlerName}>
        <input id={id} required maxLength={100} value={handlerName} onInput={(e) => setHandlerName(e.currentTarget.value)} />
      </Field>
    </StepForm>
  );
}

function ProgressForm({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  const { c } = useConsoleText();
  const [note, setNote] = useState('');
  // One key per note written: a resend after a lost answer records it once.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const id = `progress-${referral.id}`;
  return (
    <Disclosure id={`${id}-panel`} label={c.referrals.progressHeading}>
      <StepForm
        testId="progress"
        heading={c.referrals.progressHeading}
        submitLabel={c.referrals.addProgress}
        action={() => consultationApi.noteProgress(referral.id, note.trim(), key)}
        onDone={() => {
          setKey(crypto.randomUUID());
          onDone(c.referrals.progressNoted);
        }}
      >
        <Field id={id} label={c.referrals.progressNote}>
          <textarea id={id} required rows={3} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </Field>
      </StepForm>
    </Disclosure>
  );
}

function ExtensionForm({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  const { c } = useConsoleText();
  const [reason, setReason] = useState('');
  const [newDueAt, setNewDueAt] = useState(() => toLocalInput(new Date(Date.parse(referral.dueAt) + 7 * 86_400_000)));
  const id = `extension-${referral.id}`;
  return (
    <Disclosure id={`${id}-panel`} label={c.referrals.extensionHeading}>
      <StepForm
        testId="extension"
        heading={c.referrals.extensionHeading}
        submitLabel={c.referrals.askExtension}
        action={() => consultationApi.requestExtension(referral.id, { reason: reason.trim(), newDueAt: fromLocalInput(newDueAt) })}
        onDone={() => onDone(c.referrals.extensionAsked)}
      >
        <Field id={`${id}-date`} label={c.referrals.newDueAt}>
          <input id={`${id}-date`} type="datetime-local" required value={newDueAt} onInput={(e) => setNewDueAt(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-reason`} label={c.referrals.extensionReason}>
          <textarea id={`${id}-reason`} required rows={2} maxLength={2000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
      </StepForm>
    </Disclosure>
  );
}

function ReturnForm({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  const { c } = useConsoleText();
  const [reason, setReason] = useState('');
  const id = `return-${referral.id}`;
  return (
    <Disclosure id={`${id}-panel`} label={c.referrals.returnHeading}>
      <StepForm testId="return" heading={c.referrals.returnHeading} submitLabel={c.referrals.sendBack} action={() => consultationApi.returnReferral(referral.id, reason.trim())} onDone={() => onDone(c.referrals.returned)}>
        <Field id={id} label={c.referrals.returnReason}>
          <textarea id={id} required rows={2} maxLength={2000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
      </StepForm>
    </Disclosure>
  );
}

/** 办结: the photos go up first (each stripped of metadata by the service), then the completion names them. */
function CompleteForm({ referral, onDone }: { referral: ReferralWithContext; onDone: Done }) {
  const { c } = useConsoleText();
  const [result, setResult] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const id = `complete-${referral.id}`;
  const complete = async () => {
    const photoIds: string[] = [];
    for (const file of files) photoIds.push((await consultationApi.uploadEvidence(referral.id, file)).id);
    return consultationApi.complete(referral.id, { result: result.trim(), photoIds });
  };
  return (
    <Disclosure id={`${id}-panel`} label={c.referrals.completeHeading}>
      <StepForm testId="complete" heading={c.referrals.completeHeading} submitLabel={c.referrals.complete} action={complete} onDone={() => onDone(c.referrals.completed)}>
        <Field id={`${id}-result`} label={c.referrals.result}>
          <textarea id={`${id}-result`} required rows={3} maxLength={8000} value={result} onInput={(e) => setResult(e.currentTarget.value)} />
        </Field>
        <Field id={`${id}-photos`} label={c.referrals.evidencePhotos} optional>
          <input id={`${id}-photos`} type="file" accept="image/jpeg,image/png,image/webp" multiple onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []).slice(0, 5))} />
        </Field>
      </StepForm>
    </Disclosure>
  );
}
