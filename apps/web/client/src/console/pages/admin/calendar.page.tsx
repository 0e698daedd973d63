import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { type CalendarAdjustment, calendarApi } from '../../api/calendar.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice.component';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { ForbiddenPage } from '../forbidden.page';
import { AdminNav } from './admin-nav.component';
import { calendarText } from './calendar.messages';

const thisYear = () => new Date(Date.now() + 480 * 60_000).getUTCFullYear();

/** The council's working-day calendar: the national one by year, and its own adjustments. */
export function CalendarPage() {
  const staff = useStaff();
  if (!can.administer(staff.role)) return <ForbiddenPage role={staff.role} />;
  return <CalendarView />;
}

function CalendarView() {
  const { lang } = useConsoleText();
  const t = calendarText[lang];
  const [year, setYear] = useState(thisYear());
  const [calendar, reload] = useQuery(() => calendarApi.year(year), [year]);
  return (
    <section aria-labelledby="calendar-heading">
      <h1 id="calendar-heading">{t.heading}</h1>
      <AdminNav current="calendar" />
      <p class="muted">{t.intro}</p>
      <Field id="calendar-year" label={t.year}>
        <select id="calendar-year" value={year} onChange={(e) => setYear(Number(e.currentTarget.value))}>
          {[thisYear() - 1, thisYear(), thisYear() + 1].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </Field>
      <LoadView state={calendar} retry={reload}>
        {(view) => (
          <>
            <ul class="c-list" data-testid="calendar-years">
              {view.status.years.map((y) => (
                <li key={y.year} class="c-item">
                  {y.year}: {t.sources[y.source]}
                </li>
              ))}
            </ul>
            <h2>{t.national}</h2>
            <p>
              {t.holidays}: {view.national.holidays.join('、') || '—'}
            </p>
            <p>
              {t.workdays}: {view.national.workdays.join('、') || '—'}
            </p>
            <h2>{t.adjustments}</h2>
            {view.adjustments.length ? (
              <ul class="c-list" data-testid="calendar-adjustments">
                {view.adjustments.map((a) => (
                  <AdjustmentRow key={a.id} adjustment={a} onRemoved={reload} />
                ))}
              </ul>
            ) : (
              <p class="muted">{t.none}</p>
            )}
          </>
        )}
      </LoadView>
      <AddAdjustmentForm onAdded={reload} />
    </section>
  );
}

function AdjustmentRow({ adjustment, onRemoved }: { adjustment: CalendarAdjustment; onRemoved: () => void }) {
  const { lang } = useConsoleText();
  const t = calendarText[lang];
  const remove = useSubmit(() => calendarApi.remove(adjustment.id), onRemoved);
  return (
    <li class="c-item" data-testid="calendar-adjustment">
      <p class="c-item__meta">
        <strong>{adjustment.date}</strong>
        <span>{t.kinds[adjustment.kind]}</span>
        <span>{adjustment.reason}</span>
      </p>
      <button type="button" class="button button--secondary" disabled={remove.busy} onClick={() => void remove.run()}>
        {t.remove}
      </button>
      <ErrorNotice error={remove.error} />
    </li>
  );
}

function AddAdjustmentForm({ onAdded }: { onAdded: () => void }) {
  const { lang } = useConsoleText();
  const t = calendarText[lang];
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<'holiday' | 'workday'>('holiday');
  const [reason, setReason] = useState('');
  const submit = useSubmit(calendarApi.add, () => {
    setDate('');
    setReason('');
    onAdded();
  });
  return (
    <form
      class="c-card"
      aria-label={t.add}
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run({ date, kind, reason: reason.trim() });
      }}
    >
      <Field id="adjustment-date" label={t.date}>
        <input id="adjustment-date" type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </Field>
      <Field id="adjustment-kind" label={t.kind}>
        <select id="adjustment-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as 'holiday' | 'workday')}>
          <option value="holiday">{t.kinds.holiday}</option>
          <option value="workday">{t.kinds.workday}</option>
        </select>
      </Field>
      <Field id="adjustment-reason" label={t.reason}>
        <input id="adjustment-reason" type="text" required maxLength={200} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={submit.error} />
      <div class="actions">
        <button type="submit" class="button" disabled={submit.busy}>
          {submit.busy ? t.adding : t.add}
        </button>
      </div>
    </form>
  );
}
