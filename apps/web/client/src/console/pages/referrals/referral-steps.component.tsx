import type { ReferralStepEntry } from '../../api/consultation.api';
import { useConsoleText } from '../../i18n/use-console-text';

/** What the department and the team lead did, oldest first, with the words each step carried. */
export function ReferralSteps({ steps }: { steps: ReferralStepEntry[] }) {
  const { c, word, formatDate } = useConsoleText();
  if (!steps.length) return null;
  return (
    <div class="c-rungs">
      <h4>{c.referrals.steps}</h4>
      <ol class="c-rungs__list" data-testid="referral-steps">
        {steps.map((step) => (
          <li key={step.id} data-kind={step.kind}>
            <span class="badge">{word(c.referrals.stepKinds, step.kind)}</span> <time dateTime={step.createdAt}>{formatDate(step.createdAt)}</time>
            {stepText(step, c.referrals, formatDate) && <> · {stepText(step, c.referrals, formatDate)}</>}
          </li>
        ))}
      </ol>
    </div>
  );
}

type Words = ReturnType<typeof useConsoleText>['c']['referrals'];

function stepText(step: ReferralStepEntry, words: Words, formatDate: (iso: string) => string): string {
  const d = step.detail;
  const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
  switch (step.kind) {
    case 'signed':
      return text('handlerName');
    case 'progress_noted':
      return text('note');
    case 'extension_requested':
      return `${formatDate(text('newDueAt'))} · ${text('reason')}`;
    case 'extension_decided':
      return d.approved ? `${words.approved} · ${formatDate(text('newDueAt'))}` : words.refused;
    case 'returned':
    case 'completion_rejected':
      return text('reason');
    case 're_referred':
      return `${text('departmentId')} · ${text('request')}`;
    case 'completed':
      return text('result');
    default:
      return '';
  }
}
