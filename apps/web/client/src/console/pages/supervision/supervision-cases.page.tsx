import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { supervisionApi, type SupervisionCase } from '../../api/supervision.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice.component';
import { Facts } from '../../components/facts.component';
import { LoadView } from '../../components/load-view.component';
import { PagedQueue } from '../../components/pager.component';
import { QueueItem } from '../../components/queue-item.component';
import { Tabs } from '../../components/tabs.component';
import type { Problem } from '../../api/intake.api';
import { withProblems } from '../../hooks/problems-by-id';
import { useQuery } from '../../hooks/use-query';
import { useTabPages } from '../../hooks/use-tab-pages';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { SupervisionActionsForm, SupervisionCaseTimeline } from './supervision-actions.component';
import { supervisionActionsText } from './supervision-actions.messages';

/** 民主监督: escalations a department left unanswered, for a supervisor to resolve. */
export function SupervisionCasesPage() {
  const { c } = useConsoleText();
  const { tab: status, offset, chooseTab, setOffset } = useTabPages<SupervisionCase['status']>('open');
  const [notice, setNotice] = useState<string | null>(null);
  const [cases, reload] = useQuery((signal) => withProblems(supervisionApi.supervisionCases(status, offset), (page) => page.items, signal), [status, offset]);
  return (
    <section aria-labelledby="supervision-heading">
      <h1 id="supervision-heading">{c.supervision.heading}</h1>
      <Tabs
        tabs={[
          { key: 'open', label: c.supervision.open },
          { key: 'resolved', label: c.supervision.resolved },
        ]}
        current={status}
        onChange={chooseTab}
        label={c.supervision.heading}
      />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <LoadView state={cases} retry={reload}>
        {([page, problems]) => (
          <PagedQueue page={page} offset={offset} onChange={setOffset}>
            {(sc) => (
              <SupervisionCaseItem
                key={sc.id}
                supervisionCase={sc}
                problem={problems.get(sc.problemId)}
                onResolved={() => {
                  setNotice(`${c.supervision.done} ${sc.reference}`);
                  reload();
                }}
              />
            )}
          </PagedQueue>
        )}
      </LoadView>
    </section>
  );
}

function SupervisionCaseItem({ supervisionCase: sc, problem, onResolved }: { supervisionCase: SupervisionCase; problem?: Problem; onResolved: () => void }) {
  const { c, lang, formatDate } = useConsoleText();
  const t = supervisionActionsText[lang];
  const staff = useStaff();
  const actions = sc.actions ?? [];
  return (
    <QueueItem item={sc} problem={problem}>
      <Facts
        facts={[
          [t.kind, t.kindLabel[sc.kind ?? 'democratic_supervision']],
          sc.level ? [t.levelLabel, t.level[sc.level]] : null,
          sc.round !== null && sc.round !== undefined ? [t.round, String(sc.round + 1)] : null,
          [c.supervision.department, sc.departmentId ?? c.common.none],
          sc.finding ? [t.finding, `${t.findings[sc.finding] ?? sc.finding}${sc.findingReasons ? `：${sc.findingReasons}` : ''}`] : null,
          sc.decision ? [t.decision, t.actions[sc.decision === 'closed' ? 'close' : sc.decision] ?? sc.decision] : null,
          sc.explanation ? [t.explanation, sc.explanation] : null,
          [c.supervision.openedAt, formatDate(sc.openedAt)],
          sc.resolution ? [c.supervision.resolution, sc.resolution] : null,
          sc.resolvedAt ? [c.supervision.resolvedAt, formatDate(sc.resolvedAt)] : null,
        ]}
      />
      <SupervisionCaseTimeline caseId={sc.id} />
      {sc.status === 'open' && actions.length > 0 && (can.resolveSupervision(staff.role) || (staff.role === 'vice_chair' && sc.level === 'leadership')) && (
        <SupervisionActionsForm caseId={sc.id} actions={actions} onDone={onResolved} />
      )}
      {/* Cases opened before supervisors could act take one resolution, as before. */}
      {sc.status === 'open' && actions.length === 0 && can.resolveSupervision(staff.role) && <ResolveForm supervisionCase={sc} onResolved={onResolved} />}
    </QueueItem>
  );
}

function ResolveForm({ supervisionCase, onResolved }: { supervisionCase: SupervisionCase; onResolved: () => void }) {
  const { c } = useConsoleText();
  const [resolution, setResolution] = useState('');
  const resolve = useSubmit(() => supervisionApi.resolve(supervisionCase.id, resolution.trim()), onResolved);
  const id = `resolve-${supervisionCase.id}`;
  return (
    <form
      class="c-form"
      onSubmit={(e) => {
        e.preventDefault();
        void resolve.run();
      }}
    >
      <Field id={id} label={c.supervision.resolution} hint={c.supervision.resolutionHint}>
        <textarea id={id} required rows={3} maxLength={8000} aria-describedby={`${id}-hint`} value={resolution} onInput={(e) => setResolution(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={resolve.error} />
      <button type="submit" class="button" disabled={resolve.busy}>
        {resolve.busy ? c.common.submitting : c.supervision.submit}
      </button>
    </form>
  );
}
