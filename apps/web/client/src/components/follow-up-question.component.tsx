import { SATISFACTION_LEVELS, type Satisfaction } from '@shangliang/contracts/problem/outcome';
import { useState } from 'preact/hooks';
import { intakeApi } from '../api/intake-api';
import { useI18n } from '../i18n/i18n';

/**
 * 回访: the satisfaction question at the end. At the follow-up stage the answer is recorded as
 * the resident's own call-back (the supervision service settles the follow-up with it); a
 * worker may still call. Later stages only show the question's outcome.
 */
export function FollowUpQuestion({ trackingCode, open }: { trackingCode: string; open: boolean }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState<Satisfaction | null>(null);
  const [state, setState] = useState<'idle' | 'sending' | 'recorded' | 'failed'>('idle');
  const [reason, setReason] = useState('');

  const send = async (level: Satisfaction, why?: string) => {
    setState('sending');
    try {
      await intakeApi.answerFollowUp(trackingCode, level, why);
      setState('recorded');
    } catch {
      setState('failed');
    }
  };
  // A dissatisfied resident may say why before sending; the other answers go at once.
  const choose = async (level: Satisfaction) => {
    setAnswer(level);
    if (!open || level === 'dissatisfied') return;
    await send(level);
  };
  const asksReason = open && answer === 'dissatisfied' && state !== 'recorded';

  return (
    <section class="follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t.followUp.question}</h2>
      <div class="follow-up__options" role="group" aria-labelledby="follow-up-heading">
        {SATISFACTION_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            class={`button button--secondary${answer === level ? ' button--selected' : ''}`}
            aria-pressed={answer === level}
            disabled={state === 'sending' || state === 'recorded'}
            onClick={() => void choose(level)}
          >
            {t.followUp[level]}
          </button>
        ))}
      </div>
      {asksReason && (
        <form
          class="follow-up__reason"
          onSubmit={(e) => {
            e.preventDefault();
            void send('dissatisfied', reason.trim() || undefined);
          }}
        >
          <label for="follow-up-reason" class="field__label">
            {t.followUp.reasonLabel}
          </label>
          <textarea id="follow-up-reason" name="reason" maxLength={2000} rows={3} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          <button type="submit" class="button button--primary" disabled={state === 'sending'}>
            {t.followUp.sendDissatisfied}
          </button>
        </form>
      )}
      {answer && state !== 'sending' && !asksReason && (
        <p class="notice" role="status">
          {state === 'recorded' ? t.followUp.recorded : state === 'failed' ? t.followUp.failed : t.followUp.thanks}
        </p>
      )}
    </section>
  );
}
