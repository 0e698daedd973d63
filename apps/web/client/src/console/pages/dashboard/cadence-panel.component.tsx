import { useState } from 'preact/hooks';
import { consultationApi, type CadenceReport } from '../../api/consultation.api';
import { useStaff } from '../../auth/session';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';

/** Roles that oversee conveners and groups (GET /dashboard/cadence). */
const OVERSEERS = new Set(['admin', 'supervisor', 'vice_chair', 'committee', 'group_leader', 'convener']);

/** 召集人活动频次: who is behind, and for conveners a form to record an activity. */
export function CadencePanel() {
  const staff = useStaff();
  return OVERSEERS.has(staff.role) ? <CadenceSection convener={staff.role === 'convener'} /> : null;
}

function CadenceSection({ convener }: { convener: boolean }) {
  const { c } = useConsoleText();
  const [report, reload] = useQuery(() => consultationApi.cadence(), []);
  return (
    <section aria-labelledby="cadence-heading" data-testid="cadence">
      <h2 id="cadence-heading">{c.dashboard.cadence}</h2>
      {convener && <RecordActivityForm onRecorded={reload} />}
      <LoadView state={report} retry={reload}>
        {(data) => <Behind report={data} />}
      </LoadView>
    </section>
  );
}

/** Words for the period status, beside the panel. */
const STATUS_WORDS = {
  zh: { held: '本期已开展', due: '本期待开展', due_soon: '本期即将到期', missed: '上期未开展' },
  en: { held: 'held this period', due: 'due this period', due_soon: 'period ends soon', missed: 'last period missed' },
} as const;

function Behind({ report }: { report: CadenceReport }) {
  const { c, word, lang, formatDate } = useConsoleText();
  const statusWords = STATUS_WORDS[lang];
  const d = c.dashboard;
  const since = (days: number | null) => (days === null ? d.never : d.daysAgo(days));
  const behind = report.localities.filter((l) => l.behind);
  return (
    <>
      <p>
        <strong data-testid="behind-localities">{d.behindLocalities(report.behind.localities)}</strong> · {d.behindGroups(report.behind.groups)}
      </p>
      {report.lastCheck && (
        <p class="muted" data-testid="cadence-last-check">
          {lang === 'zh' ? '每日检查' : 'Daily check'}: {formatDate(report.lastCheck.checkedAt)}
        </p>
      )}
      <ul class="c-list">
        {behind.slice(0, 30).map((l) => (
          <li key={l.id} data-testid="behind-locality">
            {l.name}（{word(d.localityKinds, l.kind)}）— {since(l.daysSince)}
            {l.period && l.status ? ` · ${l.period} ${statusWords[l.status]}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

function RecordActivityForm({ onRecorded }: { onRecorded: () => void }) {
  const { c, word } = useConsoleText();
  const d = c.dashboard;
  const [kind, setKind] = useState('site_meeting');
  const [topic, setTopic] = useState('');
  const [participants, setParticipants] = useState(10);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');

  const submit = async (event: Event) => {
    event.preventDefault();
    setStatus('saving');
    try {
      await consultationApi.recordActivity({ kind, heldAt: new Date().toISOString(), topic, participants });
      setStatus('saved');
      setTopic('');
      onRecorded();
    } catch {
      setStatus('failed');
    }
  };

  return (
    <form class="c-form" onSubmit={(e) => void submit(e)}>
      <h3>{d.recordActivity}</h3>
      <label>
        {d.activityKind}
        <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value)}>
          {Object.keys(d.activityKinds).map((k) => (
            <option key={k} value={k}>
              {word(d.activityKinds, k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {d.activityTopic}
        <input required minLength={2} maxLength={200} value={topic} onInput={(e) => setTopic((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {d.activityParticipants}
        <input type="number" min={0} value={participants} onInput={(e) => setParticipants(Number((e.target as HTMLInputElement).value))} />
      </label>
      <button class="button" type="submit" disabled={status === 'saving'}>
        {d.recordActivity}
      </button>
      {status === 'saved' && <p role="status">{d.activityRecorded}</p>}
      {status === 'failed' && <p role="alert">{d.activityFailed}</p>}
    </form>
  );
}
