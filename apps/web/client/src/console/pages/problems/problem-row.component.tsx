import type { Problem } from '../../api/intake.api';
import { Link } from '../../../components/link.component';
import { StageBadge } from '../../components/stage-badge.component';
import { useCommunityName } from '../../hooks/use-communities';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';

export function ProblemRow({ problem }: { problem: Problem }) {
  const { c, label, formatDate } = useConsoleText();
  const communityName = useCommunityName();
  return (
    <li class="c-item" data-testid="problem-row">
      <div class="c-item__head">
        <Link href={consolePath.problem(problem.id)} class="c-item__title">
          {problem.title}
        </Link>
        <StageBadge stage={problem.stage} />
        {problem.escalated && <span class="badge c-badge--alert">{c.problems.escalatedBadge}</span>}
      </div>
      <p class="c-item__meta">
        <span>{problem.reference}</span>
        <span>{label(problem.categoryLabel, problem.category)}</span>
        <span>{communityName(problem.communityId)}</span>
        <time dateTime={problem.createdAt}>{formatDate(problem.createdAt)}</time>
      </p>
    </li>
  );
}
