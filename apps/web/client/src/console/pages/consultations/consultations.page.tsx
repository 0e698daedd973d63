import { consultationApi, type ConsultationItem } from '../../api/consultation.api';
import { LoadView } from '../../components/load-view.component';
import { PagedQueue } from '../../components/pager.component';
import { QueueItem } from '../../components/queue-item.component';
import { Tabs } from '../../components/tabs.component';
import { withProblems } from '../../hooks/problems-by-id';
import { useQuery } from '../../hooks/use-query';
import { useTabPages } from '../../hooks/use-tab-pages';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';

/** 协商解单: the consultation items of the caller's team and area. */
export function ConsultationsPage() {
  const { c } = useConsoleText();
  const { tab: status, offset, chooseTab, setOffset } = useTabPages<ConsultationItem['status']>('open');
  const [items, reload] = useQuery((signal) => withProblems(consultationApi.items(status, offset), (page) => page.items, signal), [status, offset]);
  return (
    <section aria-labelledby="consultations-heading">
      <h1 id="consultations-heading">{c.consultations.heading}</h1>
      <Tabs
        tabs={[
          { key: 'open', label: c.consultations.open },
          { key: 'concluded', label: c.consultations.concluded },
        ]}
        current={status}
        onChange={chooseTab}
        label={c.consultations.heading}
      />
      <LoadView state={items} retry={reload}>
        {([page, problems]) => (
          <PagedQueue page={page} offset={offset} onChange={setOffset}>
            {(item) => (
              <QueueItem key={item.problemId} item={item} problem={problems.get(item.problemId)} href={consolePath.consultation(item.problemId)}>
                <p class="c-item__meta">
                  <span>
                    {c.consultations.lead}: {item.leadMemberId}
                  </span>
                  <span>
                    {c.consultations.team}: {item.memberIds.join('、')}
                  </span>
                </p>
              </QueueItem>
            )}
          </PagedQueue>
        )}
      </LoadView>
    </section>
  );
}
