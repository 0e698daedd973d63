import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { assignmentApi, type ClaimItem, type RankedCandidate } from '../../api/assignment.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';

/** The group leader (or committee) names the team from the group's ranked members and picks its lead. */
export function AssignTeamForm({ item, onAssigned }: { item: ClaimItem; onAssigned: () => void }) {
  const [candidates, reload] = useQuery(() => assignmentApi.candidates(item.problemId), [item.problemId]);
  return (
    <LoadView state={candidates} retry={reload}>
      {(list) => <TeamPicker item={item} candidates={list} onAssigned={onAssigned} />}
    </LoadView>
  );
}

function TeamPicker({ item, candidates, onAssigned }: { item: ClaimItem; candidates: RankedCandidate[]; onAssigned: () => void }) {
  const { c } = useConsoleText();
  // Start from whoever already claimed a seat.
  const [members, setMembers] = useState<string[]>(() => item.claims.map((claim) => claim.memberId));
  const [lead, setLead] = useState(() => item.claims.find((claim) => claim.lead)?.memberId ?? '');
  const assign = useSubmit(() => assignmentApi.assignTeam(item.problemId, { leadMemberId: lead, memberIds: members }), onAssigned);
  const toggle = (memberId: string, on: boolean) => {
    setMembers(on ? [...members, memberId] : members.filter((m) => m !== memberId));
    if (!on && lead === memberId) setLead('');
  };
  const id = (name: string) => `assign-${item.problemId}-${name}`;
  return (
    <form
      class="c-form"
      onSubmit={(e) => {
        e.preventDefault();
        void assign.run();
      }}
    >
      <fieldset class="field">
        <legend class="field__label">
          {c.claims.assignMembers} · {c.claims.seats(members.length, item.seats)}
        </legend>
        <div class="c-checks">
          {candidates.map((candidate) => (
            <label key={candidate.memberId} class="checkbox">
              <input type="checkbox" checked={members.includes(candidate.memberId)} onChange={(e) => toggle(candidate.memberId, e.currentTarget.checked)} />
              <span>
                {candidate.name} <span class="muted">({candidate.memberId} · {c.claims.score} {candidate.score})</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field id={id('lead')} label={c.claims.assignLead}>
        <select id={id('lead')} required value={lead} onChange={(e) => setLead(e.currentTarget.value)}>
          <option value="">{c.claims.assignLeadPlaceholder}</option>
          {candidates
            .filter((candidate) => members.includes(candidate.memberId))
            .map((candidate) => (
              <option key={candidate.memberId} value={candidate.memberId}>
                {candidate.name}
              </option>
            ))}
        </select>
      </Field>
      <ErrorNotice error={assign.error} />
      <button type="submit" class="button" disabled={assign.busy || members.length === 0}>
        {assign.busy ? c.common.submitting : c.claims.assign}
      </button>
    </form>
  );
}
