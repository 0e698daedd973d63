import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type AreaChoice, downloadReport, type FigureQuery, type Figures, type FigureSet, figuresApi, type LeagueRow, type Rate, type ReportFile } from '../../api/figures.api';
import { useStaff } from '../../auth/session';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { FigureBreakdown, FigureTile } from './figure-tile.component';
import { periodChoices, trendRangeOf } from './figure-periods';
import { type FiguresText, figuresText } from './figures.messages';

/** Departments work their referrals; the figures are for the council, its localities and groups. */
export const readsFigures = (role: string) => role !== 'department';

type TrendChartsComponent = ComponentType<{ months: FigureSet[]; t: FiguresText }>;

/** The figures by period and area (GET /figures), the league table, the 12-month trend and the reports. */
export function FiguresPanel() {
  const { lang } = useConsoleText();
  const t = figuresText[lang];
  const choices = useMemo(() => periodChoices(), []);
  const [period, setPeriod] = useState(choices[0].label);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [area, setArea] = useState('');
  const [areas] = useQuery(() => figuresApi.areas(), []);
  const query: FigureQuery = range ? { ...range, area: area || undefined } : { period, area: area || undefined };
  const trendQuery: FigureQuery = { ...(range ?? trendRangeOf(period) ?? { period }), area: area || undefined };
  const key = JSON.stringify(query);
  const [figures, reload] = useQuery((signal) => Promise.all([figuresApi.figures(query, signal), figuresApi.departments(query, signal)]), [key]);
  const [trend, reloadTrend] = useQuery((signal) => figuresApi.trend(trendQuery, signal), [JSON.stringify(trendQuery)]);

  return (
    <section aria-labelledby="figures-heading" data-testid="figures-panel">
      <h2 id="figures-heading">{t.heading}</h2>
      <p class="muted">{t.intro}</p>
      <div class="c-form c-form--inline" role="group" aria-label={t.heading}>
        <label>
          {t.period}
          <select
            data-testid="period-picker"
            value={range ? 'range' : period}
            onChange={(e) => {
              const value = (e.target as HTMLSelectElement).value;
              if (value === 'range') setRange({ from: `${choices[0].label.slice(0, 4)}-01-01`, to: new Date().toISOString().slice(0, 10) });
              else {
                setRange(null);
                setPeriod(value);
              }
            }}
          >
            {(['quarter', 'month', 'year'] as const).map((kind) => (
              <optgroup key={kind} label={t[kind]}>
                {choices
                  .filter((c) => c.kind === kind)
                  .map((c) => (
                    <option key={c.label} value={c.label}>
                      {c.label}
                    </option>
                  ))}
              </optgroup>
            ))}
            <option value="range">{t.range}</option>
          </select>
        </label>
        {range && (
          <>
            <label>
              {t.from}
              <input type="date" value={range.from} onChange={(e) => setRange({ ...range, from: (e.target as HTMLInputElement).value })} />
            </label>
            <label>
              {t.to}
              <input type="date" value={range.to} onChange={(e) => setRange({ ...range, to: (e.target as HTMLInputElement).value })} />
            </label>
          </>
        )}
        <label>
          {t.area}
          <select data-testid="area-picker" value={area} onChange={(e) => setArea((e.target as HTMLSelectElement).value)}>
            {areas.status === 'ready' ? <AreaOptions areas={areas.data.areas} t={t} /> : <option value="">…</option>}
          </select>
        </label>
      </div>
      <LoadView state={figures} retry={reload}>
        {([f, league]) => (
          <>
            <FigureTiles f={f} t={t} />
            <League rows={league.departments} t={t} />
            <Reports query={query} figures={f} t={t} />
          </>
        )}
      </LoadView>
      <h3>{t.trend}</h3>
      <LoadView state={trend} retry={reloadTrend}>
        {(data) => <LazyTrendCharts months={data.months} t={t} />}
      </LoadView>
    </section>
  );
}

function AreaOptions({ areas, t }: { areas: AreaChoice[]; t: FiguresText }) {
  // The first is the caller's own area: the default, sent as no `area` at all.
  return (
    <>
      {areas.map((a, i) => (
        <option key={a.key} value={i === 0 ? '' : a.key}>
          {t.areaKinds[a.kind] ?? a.kind} · {a.name}
        </option>
      ))}
    </>
  );
}

function FigureTiles({ f, t }: { f: Figures; t: FiguresText }) {
  const { percent } = useConsoleText();
  const rate = (r: Rate | null) => (r ? `${percent(r.value)}（${r.numerator}/${r.denominator}）` : '—');
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n);
  const c = f.counts;
  return (
    <>
      <div class="c-tiles" data-testid="period-figures">
        <FigureTile label={t.responseRate} value={rate(f.rates.responseRate)} testId="figure-response-rate" />
        <FigureTile label={t.resolutionRate} value={rate(f.rates.resolutionRate)} testId="figure-resolution-rate" />
        <FigureTile label={t.satisfactionRate} value={rate(f.rates.satisfactionRate)} testId="figure-satisfaction-rate" />
        <FigureTile label={t.adoptionRate} value={rate(f.rates.adoptionRate)} testId="figure-adoption-rate" />
        <FigureTile label={t.pointToPoint} value={count(c.pointToPointConsultations)} testId="figure-point-to-point" />
        <FigureTile label={t.landRaised} value={count(c.landAcquisitionRaised)} testId="figure-land-raised" />
        <FigureTile label={t.landSettled} value={c.landAcquisitionSettled} testId="figure-land-settled" />
        <FigureTile label={t.openEscalations} value={c.openEscalations} testId="figure-open-escalations" />
      </div>
      <div class="c-columns">
        {c.problemsByChannel ? (
          <FigureBreakdown
            heading={`${t.problems} · ${c.problemsByChannel.total}`}
            rows={(['web', 'hotline', 'open311', 'studio', 'member_visit'] as const).map((k) => [t.channels[k], c.problemsByChannel![k]])}
          />
        ) : (
          <p class="muted">
            {t.problems} {t.notForDepartment}
          </p>
        )}
        {c.consultationsByForm && (
          <FigureBreakdown
            heading={`${t.consultations} · ${c.consultationsByForm.total}`}
            rows={(['micro', 'thematic', 'point_to_point'] as const).map((k) => [t.forms[k], c.consultationsByForm![k]])}
          />
        )}
      </div>
    </>
  );
}

function League({ rows, t }: { rows: LeagueRow[]; t: FiguresText }) {
  const { percent } = useConsoleText();
  return (
    <section class="c-card">
      <h3>{t.league}</h3>
      {rows.length === 0 ? (
        <p class="muted">{t.noLeague}</p>
      ) : (
        <table class="c-table" data-testid="league-table">
          <thead>
            <tr>
              <th>{t.rank}</th>
              <th>{t.department}</th>
              <th>{t.due}</th>
              <th>{t.onTime}</th>
              <th>{t.responseRate}</th>
              <th>{t.median}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.departmentId}>
                <td>{r.rank}</td>
                <td>{r.name}</td>
                <td>{r.due}</td>
                <td>{r.answeredOnTime}</td>
                <td>{percent(r.responseRate)}</td>
                <td>{r.medianResponseHours ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Reports({ query, figures, t }: { query: FigureQuery; figures: Figures; t: FiguresText }) {
  const staff = useStaff();
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  // The site-meeting pack is a locality's: the chosen one, or the convener's own.
  const locality = figures.area.kind === 'locality' ? figures.area.id : staff.localityId;
  const files: [ReportFile, string, Record<string, string | undefined>][] = [
    ['reports/quarterly.docx', t.quarterly, { ...query }],
    ...(locality ? [['reports/site-meeting.docx', t.siteMeeting, { period: query.period, from: query.from, to: query.to, locality }] as [ReportFile, string, Record<string, string | undefined>]] : []),
    ['reports/figures.xlsx', t.figuresXlsx, { ...query }],
    ['reports/cases.xlsx', t.casesXlsx, { ...query }],
    ['figures.csv', t.csv, { ...query }],
  ];
  const download = async (file: ReportFile, params: Record<string, string | undefined>) => {
    setStatus('busy');
    try {
      await downloadReport(file, params);
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <section class="c-card" data-testid="reports">
      <h3>{t.reports}</h3>
      <p class="c-actions">
        {files.map(([file, label, params]) => (
          <button key={file} type="button" class="button button--secondary" disabled={status === 'busy'} onClick={() => void download(file, params)}>
            {label}
          </button>
        ))}
      </p>
      {status === 'busy' && <p role="status">{t.downloading}</p>}
      {status === 'failed' && <p role="alert">{t.downloadFailed}</p>}
    </section>
  );
}

/** ECharts is its own chunk, fetched when the dashboard first draws a trend. */
function LazyTrendCharts(props: { months: FigureSet[]; t: FiguresText }) {
  const [Charts, setCharts] = useState<TrendChartsComponent | null>(null);
  useEffect(() => {
    let live = true;
    void import('./trend-charts.component').then((module) => live && setCharts(() => module.TrendCharts));
    return () => {
      live = false;
    };
  }, []);
  return Charts ? <Charts {...props} /> : <p class="muted">{props.t.chartLoading}</p>;
}
