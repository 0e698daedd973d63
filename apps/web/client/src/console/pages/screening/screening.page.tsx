import { useState } from 'preact/hooks';
import { assignmentApi } from '../../api/assignment.api';
import { LoadView } from '../../components/load-view.component';
import { QueueItem } from '../../components/queue-item.component';
import { Disclosure } from '../../components/disclosure.component';
import { withProblems } from '../../hooks/problems-by-id';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { ScreeningDecisionForm } from './screening-decision-form.component';

/** Problems waiting to be screened in the caller's area, overdue first (定单). */
export function ScreeningPage() {
  const { c } = useConsoleText();
  const [decided, setDecided] = useState<string | null>(null);
  const [queue, reload] = useQuery((signal) => withProblems(assignmentApi.screeningItems('pending'), (items) => items, signal), []);
  return (
    <section aria-labelledby="screening-heading">
      <h1 id="screening-heading">{c.screening.heading}</h1>
      <p class="lead">{c.screening.intro}</p>
      {decided && (
        <p class="notice" role="status">
          {c.screening.decided} {decided}
        </p>
      )}
      <LoadView state={queue} retry={reload}>
        {([items, problems]) =>
          items.length ? (
            <ul class="c-list">
              {items.map((item) => (
                <QueueItem key={item.problemId} item={item} problem={problems.get(item.problemId)}>
                  <Disclosure label={c.screening.decide} id={`screen-${item.problemId}`}>
                    <ScreeningDecisionForm
                      item={item}
                      onDecided={() => {
                        setDecided(item.reference);
                        reload();
                      }}
                    />
                  </Disclosure>
                </QueueItem>
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
