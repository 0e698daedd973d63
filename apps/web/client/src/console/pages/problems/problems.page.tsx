import { useState } from 'preact/hooks';
import { intakeStaffApi, type Problem, type ProblemFilter } from '../../api/intake.api';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { Pager } from '../../components/pager.component';
import { ProblemFilters } from './problem-filters.component';
import { ProblemRow } from './problem-row.component';

const PAGE_SIZE = 50;

/** The problem bank in the caller's scope, filtered by stage, community and escalation. */
export function ProblemsPage() {
  const { c } = useConsoleText();
  const [filter, setFilter] = useState<ProblemFilter>({ stage: '', communityId: '', escalated: '' });
  const [offset, setOffset] = useState(0);
  const [page, reload] = useQuery((signal) => intakeStaffApi.problems({ ...filter, limit: PAGE_SIZE, offset }, signal), [filter.stage, filter.communityId, filter.escalated, offset]);
  return (
    <section aria-labelledby="problems-heading">
      <h1 id="problems-heading">{c.problems.heading}</h1>
      <ProblemFilters
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setOffset(0);
        }}
      />
      <LoadView state={page} retry={reload}>
        {({ items, total, totalIsLowerBound }) => (
          <>
            <ProblemList problems={items} />
            <Pager offset={offset} pageSize={PAGE_SIZE} shown={items.length} total={total} totalIsLowerBound={totalIsLowerBound} onChange={setOffset} />
          </>
        )}
      </LoadView>
    </section>
  );
}

function ProblemList({ problems }: { problems: Problem[] }) {
  const { c } = useConsoleText();
  if (!problems.length) return <p class="muted">{c.common.empty}</p>;
  return (
    <ul class="c-list" data-testid="problem-list">
      {problems.map((p) => (
        <ProblemRow key={p.id} problem={p} />
      ))}
    </ul>
  );
}
