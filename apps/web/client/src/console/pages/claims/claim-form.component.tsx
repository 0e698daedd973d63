import { useState } from 'preact/hooks';
import { assignmentApi, type ClaimItem } from '../../api/assignment.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';

/** Take a seat on the item's team, as its lead if nobody leads yet. */
export function ClaimForm({ item, onClaimed }: { item: ClaimItem; onClaimed: () => void }) {
  const { c } = useConsoleText();
  const hasLead = item.claims.some((claim) => claim.lead);
  const [lead, setLead] = useState(false);
  const claim = useSubmit(() => assignmentApi.claim(item.problemId, lead && !hasLead), onClaimed);
  return (
    <form
      class="c-claim"
      onSubmit={(e) => {
        e.preventDefault();
        void claim.run();
      }}
    >
      {!hasLead && (
        <label class="checkbox">
          <input type="checkbox" checked={lead} onChange={(e) => setLead(e.currentTarget.checked)} />
          {c.claims.asLead}
        </label>
      )}
      <button type="submit" class="button" disabled={claim.busy}>
        {claim.busy ? c.common.submitting : c.claims.claim}
      </button>
      <ErrorNotice error={claim.error} />
    </form>
  );
}
