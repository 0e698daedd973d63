import { useRef, useState } from 'preact/hooks';
import { ApiError, intakeApi } from '../api/intake-api';
import { newIdempotencyKey } from '../api/idempotency-key';
import type { TrackingReceipt } from '../api/intake-api.types';
import type { PhotoOutcome } from '../components/tracking-receipt.component';
import { contactOf, type FormErrors, formFieldOf, type ProblemForm, toNewProblem, validateProblemForm } from '../forms/problem-form';
import type { Messages } from '../i18n/messages.zh';

export type Outcome = { receipt: TrackingReceipt; joined: boolean; photo: PhotoOutcome };

/**
 * Submitting a new problem or joining a likely duplicate. One Idempotency-Key per form: a double
 * tap, or a retry after a lost answer, returns the problem already made instead of a second one.
 */
export function useRaiseProblem(t: Messages, lang: 'zh' | 'en' = 'zh') {
  const key = useRef(newIdempotencyKey());
  const busy = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [joiningId, setJoiningId] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [joinError, setJoinError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  /** Guards both actions: state updates land after a re-render, a ref at once. */
  async function exclusive(work: () => Promise<void>) {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  }

  const submit = (form: ProblemForm) =>
    exclusive(async () => {
      const invalid = validateProblemForm(form, t);
      setErrors(invalid);
      setFormError(null);
      if (Object.keys(invalid).length) return focusFirstInvalid();
      setSubmitting(true);
      try {
        const receipt = await intakeApi.submit(toNewProblem(form, lang), key.current);
        setOutcome({ receipt, joined: false, photo: await attachPhoto(receipt.trackingCode, form.photo) });
      } catch (error) {
        showSubmitError(error);
      } finally {
        setSubmitting(false);
      }
    });

  const join = (problemId: string, form: ProblemForm) =>
    exclusive(async () => {
      // A call-back number, if given, must be valid before it joins the problem too.
      const invalid = form.consent ? validateProblemForm(form, t) : {};
      if (invalid.phone) {
        setErrors({ phone: invalid.phone });
        return focusFirstInvalid();
      }
      setJoiningId(problemId);
      setJoinError(null);
      try {
        const receipt = await intakeApi.join(problemId, contactOf(form, lang), key.current);
        setOutcome({ receipt, joined: true, photo: await attachPhoto(receipt.trackingCode, form.photo) });
      } catch {
        setJoinError(t.duplicates.joinFailed);
      } finally {
        setJoiningId(null);
      }
    });

  function showSubmitError(error: unknown) {
    if (!(error instanceof ApiError)) return setFormError(t.common.serviceUnavailable);
    if (error.body?.code === 'idempotency_key_reused') return setFormError(t.raise.errors.idempotencyReused);
    const named = Object.fromEntries(error.fields.map((f) => [formFieldOf(f), t.raise.errors.field]).filter(([field]) => field));
    setErrors(named);
    setFormError(error.status >= 500 ? t.common.serviceUnavailable : t.raise.errors.generic);
    focusFirstInvalid();
  }

  function reset() {
    key.current = newIdempotencyKey();
    setOutcome(null);
    setErrors({});
    setFormError(null);
    setJoinError(null);
  }

  return { submit, join, reset, submitting, joiningId, errors, formError, joinError, outcome };
}

async function attachPhoto(trackingCode: string, photo: File | null): Promise<PhotoOutcome> {
  if (!photo) return 'none';
  try {
    await intakeApi.uploadPhoto(trackingCode, photo);
    return 'uploaded';
  } catch {
    return 'failed';
  }
}

function focusFirstInvalid() {
  // After the errors have rendered.
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.field--invalid input, .field--invalid select, .field--invalid textarea')?.focus());
}
