import { useState } from 'preact/hooks';
import { assignmentApi, type ClaimItem, type StaffRole } from '../../api/assignment.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { LoadView } from '../../components/load-view.component';
import { type Tab, Tabs } from '../../components/tabs.component';
import { withProblems } from '../../hooks/problems-by-id';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { ClaimItemCard } from './claim-item-card.component';

export type ClaimQueue = 'open' | 'leader' | 'committee';

/** The queue shown, kept in the address (?queue=leader) so a reload or a link keeps it. */
function useQueueInAddress(queues: ClaimQueue[]): [ClaimQueue, (queue: ClaimQueue) => void] {
  const [queue, setQueue] = useState<ClaimQueue>(() => {
    const asked = new URLSearchParams(location.search).get('queue');
    return queues.find((q) => q === asked) ?? queues[0];
  });
  const choose = (next: ClaimQueue) => {
    history.replaceState(null, '', next === 'open' ? location.pathname : `${location.pathname}?queue=${next}`);
    setQueue(next);
  };
  return [queue, choose];
}

function queuesFor(role: StaffRole): ClaimQueue[] {
  return [
    'open' as const,
    ...(can.leaderQueue(role) ? (['leader'] as const) : []),
    ...(can.committeeQueue(role) ? (['committee'] as const) : []),
  ];
}

/**
 * 委员接单: members claim open items (optionally as lead) guided by the ranking; items whose claim
 * deadline passed wait in the group leader's queue, then the committee's, to be assigned.
 */
export function ClaimsPage() {
  const { c } = useConsoleText();
  const staff = useStaff();
  const queues = queuesFor(staff.role);
  const [queue, setQueue] = useQueueInAddress(queues);
  const [notice, setNotice] = useState<string | null>(null);
  const [items, reload] = useQuery(
    (signal) => withProblems(assignmentApi.claimItems(queue === 'open' ? { status: 'open' } : { queue }), (items) => items, signal),
    [queue],
  );
  const tabs: Tab<ClaimQueue>[] = queues.map((key) => ({ key, label: c.claims[key] }));
  const done = (message: string) => {
    setNotice(message);
    reload();
  };
  return (
    <section aria-labelledby="claims-heading">
      <h1 id="claims-heading">{c.claims.heading}</h1>
      <Tabs tabs={tabs} current={queue} onChange={setQueue} label={c.claims.heading} />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <LoadView state={items} retry={reload}>
        {([list, problems]) =>
          list.length ? (
            <ul class="c-list">
              {list.map((item: ClaimItem) => (
                <ClaimItemCard key={item.problemId} item={item} problem={problems.get(item.problemId)} queue={queue} onDone={done} />
              ))}
            </ul>
          ) : (
            <p class="muted">{c.common.empty}</p>
          )
        }
      </LoadView>
    </section>
  );
}
