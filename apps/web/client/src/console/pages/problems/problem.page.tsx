import { intakeStaffApi, type Problem } from '../../api/intake.api';
import { Link } from '../../../components/link.component';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { DueDate } from '../../components/due-date.component';
import { Facts } from '../../components/facts.component';
import { LoadView } from '../../components/load-view.component';
import { StageBadge } from '../../components/stage-badge.component';
import { useCommunityName } from '../../hooks/use-communities';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { ContactPanel } from './contact-panel.component';
import { HistoryList } from './history-list.component';
import { MergePanel } from './merge-panel.component';
import { ResidentWaitPanel } from './resident-wait-panel.component';

/** One problem: what and where, its stage and deadline, contact (masked), history, merging. */
export function ProblemPage({ problemId }: { problemId: string }) {
  const { c } = useConsoleText();
  const [loaded, reload] = useQuery(() => Promise.all([intakeStaffApi.problem(problemId), intakeStaffApi.history(problemId)]), [problemId]);
  return (
    <article class="c-detail">
      <Link href={consolePath.section('problems')} class="c-back">
        {c.problem.back}
      </Link>
      <LoadView state={loaded} retry={reload}>
        {([problem, history]) => (
          <>
            <ProblemSummary problem={problem} />
            <ContactPanel problem={problem} />
            <MergePanelFor problem={problem} onChanged={reload} />
            <ResidentWaitPanelFor problem={problem} onChanged={reload} />
            <HistoryList history={history} />
          </>
        )}
      </LoadView>
    </article>
  );
}

function ProblemSummary({ problem }: { problem: Problem }) {
  const { c, label, word, formatDate } = useConsoleText();
  const communityName = useCommunityName();
  return (
    <section class="c-card" aria-labelledby="problem-title">
      <h1 id="problem-title">{problem.title}</h1>
      <p class="c-item__head">
        <StageBadge stage={problem.stage} />
        {problem.escalated && <span class="badge c-badge--alert">{c.problems.escalatedBadge}</span>}
      </p>
      <Facts
        facts={[
          [c.common.reference, problem.reference, 'reference'],
          [c.problem.trackingCode, problem.trackingCode],
          [c.common.category, label(problem.categoryLabel, problem.category)],
          [c.common.community, communityName(problem.communityId)],
          problem.address ? [c.problem.address, problem.address] : null,
          [c.problem.source, word(c.sources, problem.source)],
          [c.problem.urgency, word(c.urgencies, problem.urgency)],
          [c.common.createdAt, formatDate(problem.createdAt)],
          [c.common.dueAt, <DueDate iso={problem.dueAt} />],
          problem.closedReason ? [c.problem.closedReason, label(problem.closedReason, problem.closedReason.code)] : null,
        ]}
      />
      <h2>{c.problem.description}</h2>
      <p class="c-prose">{problem.description}</p>
      <p>
        <a href={problem.workflow.url} target="_blank" rel="noopener noreferrer" data-testid="workflow-link">
          {c.problem.workflow}
        </a>
      </p>
    </section>
  );
}

function MergePanelFor({ problem, onChanged }: { problem: Problem; onChanged: () => void }) {
  const staff = useStaff();
  if (!can.merge(staff.role)) return null;
  return <MergePanel problem={problem} onChanged={onChanged} />;
}

function ResidentWaitPanelFor({ problem, onChanged }: { problem: Problem; onChanged: () => void }) {
  const staff = useStaff();
  if (!can.waitOnResident(staff.role)) return null;
  return <ResidentWaitPanel problem={problem} onChanged={onChanged} />;
}
