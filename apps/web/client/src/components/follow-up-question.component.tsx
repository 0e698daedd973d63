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

  const choose = async (level: Satisfaction) => {
    setAnswer(level);
    if (!open) return;
    setState('sending');
    try {
      await intakeApi.answerFollowUp(trackingCode, level);
      setState('recorded');
    } catch {
      setState('failed');
    }
  };

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
      {answer && state !== 'sending' && (
        <p class="notice" role="status">
          {state === 'recorded' ? t.followUp.recorded : state === 'failed' ? t.followUp.failed : t.followUp.thanks}
        </p>
      )}
    </section>
  );
}
