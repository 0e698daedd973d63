import type { ClaimItem } from '../../api/assignment.api';
import type { Problem } from '../../api/intake.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { Disclosure } from '../../components/disclosure.component';
import { QueueItem } from '../../components/queue-item.component';
import { useConsoleText } from '../../i18n/use-console-text';
import { AssignTeamForm } from './assign-team-form.component';
import { CandidateRanking } from './candidate-ranking.component';
import type { ClaimQueue } from './claims.page';
import { ClaimForm } from './claim-form.component';

/** An item with its seats and who took them; claiming or assigning, as the queue and role allow. */
export function ClaimItemCard({ item, problem, queue, onDone }: { item: ClaimItem; problem?: Problem; queue: ClaimQueue; onDone: (message: string) => void }) {
  const { c, word } = useConsoleText();
  const staff = useStaff();
  const mine = item.claims.some((claim) => claim.memberId === staff.memberId);
  const full = item.status !== 'open' || item.claims.length >= item.seats;
  return (
    <QueueItem item={item} problem={problem}>
      <p class="c-item__meta">
        <span>
          {c.claims.scope}: {word(c.scopes, item.scope)}
        </span>
        <span data-testid="seats">{c.claims.seats(item.claims.length, item.seats)}</span>
        {item.claims.length > 0 && (
          <span>
            {c.claims.team}: {item.claims.map((claim) => (claim.lead ? `${claim.memberId}（${c.claims.lead}）` : claim.memberId)).join('、')}
          </span>
        )}
      </p>
      <div class="c-item__actions">
        <Disclosure id={`candidates-${item.problemId}`} label={c.claims.showCandidates} closeLabel={c.claims.hideCandidates}>
          <CandidateRanking problemId={item.problemId} />
        </Disclosure>
        {queue === 'open' && can.claim(staff.role) && (
          <ClaimAction item={item} mine={mine} full={full} onClaimed={() => onDone(`${c.claims.claimed} ${item.reference}`)} />
        )}
        {queue !== 'open' && !full && (
          <Disclosure id={`assign-${item.problemId}`} label={c.claims.assignHeading}>
            <AssignTeamForm item={item} onAssigned={() => onDone(`${c.claims.assigned} ${item.reference}`)} />
          </Disclosure>
        )}
      </div>
    </QueueItem>
  );
}

function ClaimAction({ item, mine, full, onClaimed }: { item: ClaimItem; mine: boolean; full: boolean; onClaimed: () => void }) {
  const { c } = useConsoleText();
  if (mine) return <span class="badge c-badge--ok">{c.claims.youClaimed}</span>;
  if (full) return <span class="badge">{c.claims.full}</span>;
  return <ClaimForm item={item} onClaimed={onClaimed} />;
}
