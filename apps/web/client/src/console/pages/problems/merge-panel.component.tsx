import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { intakeStaffApi, type Problem } from '../../api/intake.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';

/** Intake merges only a problem still waiting to be screened, into one that is still open. */
const MERGEABLE = ['submitted', 'screening'];
const OPEN = ['submitted', 'screening', 'assignment', 'consultation', 'referral', 'escalation', 'follow_up'];

/**
 * 并单 / 撤销并单, each with a reason that goes into both problems' histories. The outcome stays
 * in view while the workflow moves the problem on and the other form takes this one's place.
 */
export function MergePanel({ problem, onChanged }: { problem: Problem; onChanged: () => void }) {
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    onChanged();
  };
  return (
    <>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {problem.stage === 'merged' ? <UnmergeForm problem={problem} onDone={done} /> : MERGEABLE.includes(problem.stage) ? <MergeForm problem={problem} onDone={done} /> : null}
    </>
  );
}

function MergeForm({ problem, onDone }: { problem: Problem; onDone: (message: string) => void }) {
  const { c } = useConsoleText();
  const [targetId, setTargetId] = useState('');
  const [reason, setReason] = useState('');
  const [targets] = useQuery((signal) => intakeStaffApi.problems({ communityId: problem.communityId, limit: 200 }, signal), [problem.communityId]);
  const merge = useSubmit(() => intakeStaffApi.merge(problem.id, targetId, reason.trim()), () => onDone(c.problem.merged));
  const options = targets.status === 'ready' ? targets.data.items.filter((p) => p.id !== problem.id && OPEN.includes(p.stage)) : [];
  return (
    <section class="c-card" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{c.problem.mergeHeading}</h2>
      <p class="muted">{c.problem.mergeIntro}</p>
      {targets.status === 'ready' && !options.length ? (
        <p class="muted">{c.problem.noMergeTargets}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void merge.run();
          }}
        >
          <Field id="merge-target" label={c.problem.mergeTarget}>
            <select id="merge-target" required value={targetId} onChange={(e) => setTargetId(e.currentTarget.value)}>
              <option value="">{c.problem.mergeTargetPlaceholder}</option>
              {options.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.reference} · {p.title}
                </option>
              ))}
            </select>
          </Field>
          <ReasonField id="merge-reason" value={reason} onInput={setReason} />
          <ErrorNotice error={merge.error} />
          <button type="submit" class="button" disabled={merge.busy}>
            {c.problem.merge}
          </button>
        </form>
      )}
    </section>
  );
}

function UnmergeForm({ problem, onDone }: { problem: Problem; onDone: (message: string) => void }) {
  const { c } = useConsoleText();
  const [reason, setReason] = useState('');
  const unmerge = useSubmit(() => intakeStaffApi.unmerge(problem.id, reason.trim()), () => onDone(c.problem.unmerged));
  return (
    <section class="c-card" aria-labelledby="unmerge-heading">
      <h2 id="unmerge-heading">{c.problem.unmergeHeading}</h2>
      <p class="muted">{c.problem.unmergeIntro}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void unmerge.run();
        }}
      >
        <ReasonField id="unmerge-reason" value={reason} onInput={setReason} />
        <ErrorNotice error={unmerge.error} />
        <button type="submit" class="button" disabled={unmerge.busy}>
          {c.problem.unmerge}
        </button>
      </form>
    </section>
  );
}

function ReasonField({ id, value, onInput }: { id: string; value: string; onInput: (value: string) => void }) {
  const { c } = useConsoleText();
  return (
    <Field id={id} label={c.problem.reason} hint={c.problem.reasonHint}>
      <textarea id={id} required minLength={2} maxLength={500} rows={3} aria-describedby={`${id}-hint`} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
    </Field>
  );
}
