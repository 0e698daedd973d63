import type { ComponentChildren } from 'preact';
import type { Problem } from '../api/intake.api';
import { Link } from '../../components/link.component';
import { useCategoryLabel } from '../hooks/use-category-label';
import { useCommunityName } from '../hooks/use-communities';
import { useConsoleText } from '../i18n/use-console-text';
import { consolePath } from '../routing/console-routes';
import { DueDate } from './due-date.component';

/**
 * One item of a work queue (screening, claiming, consultation, referral, follow-up): its problem's
 * title where known, reference, category, community, deadline, and whatever the queue adds.
 */
export function QueueItem({
  item,
  problem,
  href,
  children,
}: {
  item: { problemId: string; reference: string; category: string; communityId: string; dueAt?: string | null; escalationLevel?: number };
  problem?: Problem;
  /** Where the title leads: the problem page unless given; null for no link (departments). */
  href?: string | null;
  children?: ComponentChildren;
}) {
  const { c } = useConsoleText();
  const categoryLabel = useCategoryLabel();
  const communityName = useCommunityName();
  const title = problem?.title ?? item.reference;
  const target = href === undefined ? consolePath.problem(item.problemId) : href;
  return (
    <li class="c-item" data-testid="queue-item" data-reference={item.reference}>
      <div class="c-item__head">
        <h3 class="c-item__title">{target ? <Link href={target}>{title}</Link> : title}</h3>
        {item.escalationLevel ? <span class="badge c-badge--alert">{c.common.escalatedLevel(item.escalationLevel)}</span> : null}
      </div>
      <p class="c-item__meta">
        <span>{item.reference}</span>
        <span>{categoryLabel(item.category)}</span>
        <span>{communityName(item.communityId)}</span>
        {item.dueAt !== undefined && (
          <span>
            {c.common.dueAt}: <DueDate iso={item.dueAt} />
          </span>
        )}
      </p>
      {problem && <p class="c-item__text">{problem.description}</p>}
      {children}
    </li>
  );
}
