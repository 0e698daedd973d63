import { assignmentApi, type RankedCandidate } from '../../api/assignment.api';
import { LoadView } from '../../components/load-view.component';
import { useCategoryLabel } from '../../hooks/use-category-label';
import { useQuery } from '../../hooks/use-query';
import { candidateReason } from '../../i18n/candidate-reasons';
import { useConsoleText } from '../../i18n/use-console-text';

/** The group's members ranked for the item, each with the reasons behind the score. */
export function CandidateRanking({ problemId }: { problemId: string }) {
  const { c } = useConsoleText();
  const [candidates, reload] = useQuery(() => assignmentApi.candidates(problemId), [problemId]);
  return (
    <section class="c-candidates" aria-label={c.claims.candidates}>
      <h4>{c.claims.candidates}</h4>
      <LoadView state={candidates} retry={reload}>
        {(list) => (
          <ol class="c-candidates__list" data-testid="candidates">
            {list.map((candidate) => (
              <CandidateRow key={candidate.memberId} candidate={candidate} />
            ))}
          </ol>
        )}
      </LoadView>
    </section>
  );
}

function CandidateRow({ candidate }: { candidate: RankedCandidate }) {
  const { c, word } = useConsoleText();
  const categoryLabel = useCategoryLabel();
  return (
    <li class={`c-candidate${candidate.available ? '' : ' c-candidate--unavailable'}`}>
      <div class="c-candidate__head">
        <strong>{candidate.name}</strong> <span class="muted">{candidate.memberId}</span>
        <span class="badge">
          {c.claims.score} {candidate.score}
        </span>
        <span class="muted">{c.claims.load(candidate.load)}</span>
        {!candidate.available && <span class="badge c-badge--alert">{c.claims.unavailable}</span>}
      </div>
      <p class="c-item__meta">{candidate.expertise.map((tag) => word(c.expertise, tag)).join('、')}</p>
      {candidate.reasons.length > 0 && (
        <ul class="c-candidate__reasons">
          {candidate.reasons.map((reason) => (
            <li key={reason}>{candidateReason(reason, c, categoryLabel)}</li>
          ))}
        </ul>
      )}
    </li>
  );
}
