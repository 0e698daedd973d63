import { SATISFACTION_LEVELS, type Satisfaction } from '@shangliang/contracts/problem/outcome';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';

/**
 * 回访: the satisfaction question at the end. Satisfaction is recorded by staff on the
 * call-back (supervision service); there is no public endpoint for it, so the answer here tells
 * the resident to expect that call rather than pretending to record it.
 */
export function FollowUpQuestion() {
  const { t } = useI18n();
  const [answer, setAnswer] = useState<Satisfaction | null>(null);
  return (
    <section class="follow-up" aria-labelledby="follow-up-heading">
      <h2 id="follow-up-heading">{t.followUp.question}</h2>
      <div class="follow-up__options" role="group" aria-labelledby="follow-up-heading">
        {SATISFACTION_LEVELS.map((level) => (
          <button key={level} type="button" class={`button button--secondary${answer === level ? ' button--selected' : ''}`} aria-pressed={answer === level} onClick={() => setAnswer(level)}>
            {t.followUp[level]}
          </button>
        ))}
      </div>
      {answer && (
        <p class="notice" role="status">
          {t.followUp.thanks}
        </p>
      )}
    </section>
  );
}
