import { SATISFACTION_LEVELS, type Satisfaction } from '@shangliang/contracts/problem/outcome';
import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { type FollowUp, supervisionApi } from '../../api/supervision.api';
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
import { ReporterContacts } from '../problems/reporter-contacts.component';
import { supervisionActionsApi } from '../../api/supervision-actions.api';
import { supervisionActionsText } from './supervision-actions.messages';

/** 回访: call the resident back and record their satisfaction; the problem is then archived as a case. */
export function FollowUpsPage() {
  const { c } = useConsoleText();
  const { tab: status, offset, chooseTab, setOffset } = useTabPages<FollowUp['status']>('pending');
  const [notice, setNotice] = useState<string | null>(null);
  const [followUps, reload] = useQuery((signal) => withProblems(supervisionApi.followUps(status, offset), (page) => page.items, signal), [status, offset]);
  return (
    <section aria-labelledby="follow-ups-heading">
      <h1 id="follow-ups-heading">{c.followUps.heading}</h1>
      <Tabs
        tabs={[
          { key: 'pending', label: c.followUps.pending },
          { key: 'recorded', label: c.followUps.recorded },
        ]}
        current={status}
        onChange={chooseTab}
        label={c.followUps.heading}
      />
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <LoadView state={followUps} retry={reload}>
        {([page, problems]) => (
          <PagedQueue page={page} offset={offset} onChange={setOffset}>
            {(f) => (
              <FollowUpItem
                key={f.problemId}
                followUp={f}
                problem={problems.get(f.problemId)}
                onRecorded={() => {
                  setNotice(`${c.followUps.done} ${f.reference}`);
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

function FollowUpItem({ followUp, problem, onRecorded }: { followUp: FollowUp; problem?: Problem; onRecorded: () => void }) {
  const { c, word, formatDate } = useConsoleText();
  return (
    <QueueItem item={followUp} problem={problem}>
      {followUp.status === 'recorded' ? (
        <Facts
          facts={[
            [c.followUps.satisfaction, followUp.result === 'not_reached' ? '—' : word(c.satisfaction, followUp.satisfaction)],
            followUp.reason ? [c.followUps.note, followUp.reason] : null,
            followUp.note ? [c.followUps.note, followUp.note] : null,
            [c.followUps.recordedAt, formatDate(followUp.recordedAt)],
          ]}
        />
      ) : (
        <>
          <ReporterContacts problemId={followUp.problemId} buttonLabel={c.followUps.showContact} />
          <FollowUpForm followUp={followUp} onRecorded={onRecorded} />
          <CallBackAttempt followUp={followUp} onDone={onRecorded} />
        </>
      )}
    </QueueItem>
  );
}

function FollowUpForm({ followUp, onRecorded }: { followUp: FollowUp; onRecorded: () => void }) {
  const { c, word } = useConsoleText();
  const [satisfaction, setSatisfaction] = useState<Satisfaction | ''>('');
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const { lang } = useConsoleText();
  const t = supervisionActionsText[lang];
  const record = useSubmit(
    () =>
      supervisionApi.recordFollowUp(followUp.problemId, {
        satisfaction: satisfaction as Satisfaction,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(satisfaction === 'dissatisfied' && reason.trim() ? { reason: reason.trim() } : {}),
      }),
    onRecorded,
  );
  const id = `follow-up-${followUp.problemId}`;
  return (
    <form
      class="c-form"
      onSubmit={(e) => {
        e.preventDefault();
        void record.run();
      }}
    >
      <fieldset class="field">
        <legend class="field__label">{c.followUps.satisfaction}</legend>
        <div class="c-inline-choices">
          {SATISFACTION_LEVELS.map((level) => (
            <label key={level} class="checkbox">
              <input type="radio" name={`${id}-satisfaction`} required checked={satisfaction === level} onChange={() => setSatisfaction(level)} />
              {word(c.satisfaction, level)}
            </label>
          ))}
        </div>
      </fieldset>
      {satisfaction === 'dissatisfied' && (
        <Field id={`${id}-reason`} label={t.reason}>
          <textarea id={`${id}-reason`} name="reason" rows={2} required maxLength={2000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </Field>
      )}
      <Field id={`${id}-note`} label={c.followUps.note} hint={c.followUps.noteHint} optional>
        <textarea id={`${id}-note`} rows={3} maxLength={4000} aria-describedby={`${id}-note-hint`} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={record.error} />
      <button type="submit" class="button" disabled={record.busy}>
        {record.busy ? c.common.submitting : c.followUps.submit}
      </button>
    </form>
  );
}

/** 回访 that reached nobody: counted, and after the attempts allowed the problem is archived as not reached. */
function CallBackAttempt({ followUp, onDone }: { followUp: FollowUp; onDone: () => void }) {
  const { lang } = useConsoleText();
  const t = supervisionActionsText[lang];
  const [attempts, setAttempts] = useState<{ n: number; of: number } | null>(followUp.attempts ? { n: followUp.attempts, of: 0 } : null);
  const attempt = useSubmit(
    () => supervisionActionsApi.callBackAttempt(followUp.problemId),
    (r) => {
      setAttempts({ n: r.attempts, of: r.attemptsAllowed });
      if (r.status === 'not_reached') onDone();
    },
  );
  return (
    <div class="c-form">
      {attempts && attempts.of > 0 && <p class="muted">{t.attempts(attempts.n, attempts.of)}</p>}
      <ErrorNotice error={attempt.error} />
      <button type="button" class="button button--secondary" disabled={attempt.busy} onClick={() => void attempt.run()}>
        {t.attempt}
      </button>
    </div>
  );
}
