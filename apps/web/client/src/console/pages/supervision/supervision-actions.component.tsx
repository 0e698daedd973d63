import { SUPERVISION_FINDINGS, type SupervisionFinding } from '@shangliang/contracts/problem/outcome';
import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { supervisionActionsApi, type SupervisionActionBody, type SupervisionActionKind } from '../../api/supervision-actions.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { LoadView } from '../../components/load-view.component';
import { fromLocalInput } from '../../forms/date-time';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { supervisionActionsText } from './supervision-actions.messages';

/** The case's notices and what was done on it, oldest first. */
export function SupervisionCaseTimeline({ caseId }: { caseId: string }) {
  const { lang, formatDate } = useConsoleText();
  const t = supervisionActionsText[lang];
  const [detail, reload] = useQuery(() => supervisionActionsApi.detail(caseId), [caseId]);
  return (
    <LoadView state={detail} retry={reload}>
      {(d) =>
        d.timeline.length || d.notices.length ? (
          <div class="c-timeline" data-testid="supervision-timeline">
            {d.notices.length > 0 && (
              <>
                <h3>{t.notices}</h3>
                <ul>
                  {d.notices.map((n) => (
                    <li key={n.id}>
                      {formatDate(n.issuedAt)} → {formatDate(n.dueAt)}: {t.noticeStatus[n.status] ?? n.status}
                      {n.answer ? ` — ${n.answer}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h3>{t.timeline}</h3>
            <ol>
              {d.timeline.map((a, i) => (
                <li key={`${a.occurredAt}-${i}`}>
                  {formatDate(a.occurredAt)} {t.timelineKinds[a.kind] ?? a.kind}
                </li>
              ))}
            </ol>
          </div>
        ) : null
      }
    </LoadView>
  );
}

/** One form for the actions the server says are still open on this case. */
export function SupervisionActionsForm({ caseId, actions, onDone }: { caseId: string; actions: SupervisionActionKind[]; onDone: () => void }) {
  const { lang } = useConsoleText();
  const t = supervisionActionsText[lang];
  const [kind, setKind] = useState<SupervisionActionKind>(actions[0]);
  const [text, setText] = useState('');
  const [dueAt, setDueAt] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [finding, setFinding] = useState<SupervisionFinding>('resolved_after_supervision');
  const [measures, setMeasures] = useState('');
  const body = (): SupervisionActionBody => {
    const words = text.trim();
    switch (kind) {
      case 'notice':
        return { kind, text: words, dueAt: fromLocalInput(dueAt) };
      case 'point_to_point':
        return { kind, ...(departmentId.trim() ? { departmentId: departmentId.trim() } : {}), ...(words ? { note: words } : {}) };
      case 'finding':
        return { kind, finding, reasons: words, ...(measures.trim() ? { measures: measures.trim() } : {}) };
      case 'close':
        return { kind, resolution: words };
      case 'another_round':
        return { kind, note: words };
      case 'archive_unresolved':
        return { kind, explanation: words };
    }
  };
  const act = useSubmit(() => supervisionActionsApi.act(caseId, body()), onDone);
  const id = `act-${caseId}`;
  const textLabel: Record<SupervisionActionKind, string> = {
    notice: t.noticeText,
    point_to_point: t.note,
    finding: t.reasons,
    close: t.resolution,
    another_round: t.note,
    archive_unresolved: t.explanation,
  };
  return (
    <form
      class="c-form"
      data-testid="supervision-actions"
      onSubmit={(e) => {
        e.preventDefault();
        void act.run();
      }}
    >
      <Field id={`${id}-kind`} label={t.chooseAction}>
        <select id={`${id}-kind`} name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as SupervisionActionKind)}>
          {actions.map((a) => (
            <option key={a} value={a}>
              {t.actions[a] ?? a}
            </option>
          ))}
        </select>
      </Field>
      {kind === 'notice' && (
        <Field id={`${id}-due`} label={t.noticeDue}>
          <input id={`${id}-due`} name="dueAt" type="datetime-local" required value={dueAt} onInput={(e) => setDueAt(e.currentTarget.value)} />
        </Field>
      )}
      {kind === 'point_to_point' && (
        <Field id={`${id}-department`} label={t.department} optional>
          <input id={`${id}-department`} name="departmentId" maxLength={32} value={departmentId} onInput={(e) => setDepartmentId(e.currentTarget.value)} />
        </Field>
      )}
      {kind === 'finding' && (
        <Field id={`${id}-finding`} label={t.findingKind}>
          <select id={`${id}-finding`} name="finding" value={finding} onChange={(e) => setFinding(e.currentTarget.value as SupervisionFinding)}>
            {SUPERVISION_FINDINGS.map((f) => (
              <option key={f} value={f}>
                {t.findings[f]}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id={`${id}-text`} label={textLabel[kind]} hint={kind === 'archive_unresolved' ? t.explanationHint : undefined} optional={kind === 'point_to_point'}>
        <textarea id={`${id}-text`} name="text" rows={3} maxLength={8000} required={kind !== 'point_to_point'} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </Field>
      {kind === 'finding' && (
        <Field id={`${id}-measures`} label={t.measures} optional>
          <textarea id={`${id}-measures`} name="measures" rows={2} maxLength={8000} value={measures} onInput={(e) => setMeasures(e.currentTarget.value)} />
        </Field>
      )}
      <ErrorNotice error={act.error} />
      <button type="submit" class="button" disabled={act.busy}>
        {t.submit}
      </button>
    </form>
  );
}

/** A department's supervision notices (督办函) still waiting for its written answer. */
export function NoticesToAnswer() {
  const { lang, formatDate } = useConsoleText();
  const t = supervisionActionsText[lang];
  const [notices, reload] = useQuery(() => supervisionActionsApi.noticesToAnswer(), []);
  return (
    <section aria-labelledby="notices-heading" data-testid="notices-to-answer">
      <h2 id="notices-heading">{t.noticesToAnswer}</h2>
      <LoadView state={notices} retry={reload}>
        {({ items }) =>
          items.length ? (
            <ul class="c-list">
              {items.map((n) => (
                <li key={n.id} class="c-card">
                  <p>
                    <strong>{n.reference}</strong> — {t.noticeDue}: {formatDate(n.dueAt)}
                  </p>
                  <p>{n.text}</p>
                  <NoticeAnswerForm noticeId={n.id} onDone={reload} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t.noNotices}</p>
          )
        }
      </LoadView>
    </section>
  );
}

function NoticeAnswerForm({ noticeId, onDone }: { noticeId: string; onDone: () => void }) {
  const { lang } = useConsoleText();
  const t = supervisionActionsText[lang];
  const [answer, setAnswer] = useState('');
  const submit = useSubmit(() => supervisionActionsApi.answerNotice(noticeId, answer.trim()), onDone);
  const id = `notice-${noticeId}`;
  return (
    <form
      class="c-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run();
      }}
    >
      <Field id={id} label={t.answer}>
        <textarea id={id} name="answer" rows={3} required maxLength={8000} value={answer} onInput={(e) => setAnswer(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={submit.error} />
      <button type="submit" class="button" disabled={submit.busy}>
        {t.answerSubmit}
      </button>
    </form>
  );
}
