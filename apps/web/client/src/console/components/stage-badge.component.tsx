import { type ProblemStage, STAGE_LABELS } from '@shangliang/contracts/problem/problem-stage';
import { useConsoleText } from '../i18n/use-console-text';

export function StageBadge({ stage }: { stage: string }) {
  const { label } = useConsoleText();
  return (
    <span class={`badge badge--${stage}`} data-testid="stage">
      {label(STAGE_LABELS[stage as ProblemStage], stage)}
    </span>
  );
}
