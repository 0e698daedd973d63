import { useState } from 'preact/hooks';
import { intakeStaffApi, type Problem } from '../../api/intake.api';
import { useConsoleText } from '../../i18n/use-console-text';

const PAUSABLE = new Set(['screening', 'consultation', 'follow_up']);

/** Stop the stage's clock while waiting on the resident, or start it again when they answered. */
export function ResidentWaitPanel({ problem, onChanged }: { problem: Problem; onChanged: () => void }) {
  const { c } = useConsoleText();
  const p = c.problem;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (!problem.awaitingResident && !PAUSABLE.has(problem.stage)) return null;

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="c-card" aria-labelledby="wait-heading" data-testid="resident-wait">
      <h2 id="wait-heading">{p.waitHeading}</h2>
      {problem.awaitingResident ? (
        <>
          <p>{p.waitingSince}</p>
          <button class="button" type="button" disabled={busy} onClick={() => void act(() => intakeStaffApi.residentReplied(problem.id))}>
            {p.waitResume}
          </button>
        </>
      ) : (
        <form
          class="c-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => intakeStaffApi.awaitResident(problem.id, reason));
          }}
        >
          <p class="muted">{p.waitIntro}</p>
          <label>
            {p.waitReason}
            <input required minLength={2} maxLength={200} value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
          </label>
          <button class="button" type="submit" disabled={busy}>
            {p.waitStart}
          </button>
        </form>
      )}
    </section>
  );
}
