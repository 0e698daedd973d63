import { PROBLEM_STAGES, STAGE_LABELS } from '@shangliang/contracts/problem/problem-stage';
import type { ProblemFilter } from '../../api/intake.api';
import { useCommunities } from '../../hooks/use-communities';
import { useConsoleText } from '../../i18n/use-console-text';

/** Stage, community and escalation; each change filters at once. */
export function ProblemFilters({ filter, onChange }: { filter: ProblemFilter; onChange: (filter: ProblemFilter) => void }) {
  const { c, label } = useConsoleText();
  const communities = useCommunities();
  return (
    <form class="c-filters" onSubmit={(e) => e.preventDefault()}>
      <div class="c-filters__field">
        <label for="filter-stage" class="field__label">
          {c.problems.stage}
        </label>
        <select id="filter-stage" value={filter.stage} onChange={(e) => onChange({ ...filter, stage: e.currentTarget.value })}>
          <option value="">{c.stages.any}</option>
          {PROBLEM_STAGES.map((s) => (
            <option key={s} value={s}>
              {label(STAGE_LABELS[s], s)}
            </option>
          ))}
        </select>
      </div>
      <div class="c-filters__field">
        <label for="filter-community" class="field__label">
          {c.problems.community}
        </label>
        <select id="filter-community" value={filter.communityId} onChange={(e) => onChange({ ...filter, communityId: e.currentTarget.value })}>
          <option value="">{c.problems.anyCommunity}</option>
          {communities.map((community) => (
            <option key={community.id} value={community.id}>
              {community.name} · {community.localityName}
            </option>
          ))}
        </select>
      </div>
      <div class="c-filters__field">
        <label for="filter-escalated" class="field__label">
          {c.problems.escalated}
        </label>
        <select id="filter-escalated" value={filter.escalated} onChange={(e) => onChange({ ...filter, escalated: e.currentTarget.value as ProblemFilter['escalated'] })}>
          <option value="">{c.common.all}</option>
          <option value="true">{c.problems.escalatedOnly}</option>
          <option value="false">{c.problems.notEscalated}</option>
        </select>
      </div>
    </form>
  );
}
