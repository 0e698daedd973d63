import { useState } from 'preact/hooks';
import { assignmentApi, type BalanceProposal } from '../../api/assignment.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';

/** Applying moves members between groups: asked once more, in the page (no browser dialog). */
export function ApplyProposal({ changes, onApplied }: { changes: number; onApplied: (applied: BalanceProposal) => void }) {
  const { c } = useConsoleText();
  const [confirming, setConfirming] = useState(false);
  const apply = useSubmit(() => assignmentApi.balance(true), onApplied);
  if (!confirming) {
    return (
      <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
        {c.balance.apply}
      </button>
    );
  }
  return (
    <div class="c-confirm" role="alertdialog" aria-labelledby="apply-confirm-text">
      <p id="apply-confirm-text">{c.balance.confirmApply(changes)}</p>
      <ErrorNotice error={apply.error} />
      <div class="actions">
        <button type="button" class="button" disabled={apply.busy} onClick={() => void apply.run()}>
          {apply.busy ? c.common.submitting : c.balance.confirm}
        </button>
        <button type="button" class="button button--secondary" disabled={apply.busy} onClick={() => setConfirming(false)}>
          {c.common.cancel}
        </button>
      </div>
    </div>
  );
}
