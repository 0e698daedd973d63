import { CONSULTATION_FORMS, CONSULTATION_OUTCOMES } from '@shangliang/contracts/problem/outcome';
import { consultationApi, type ConsultationFigures } from '../../api/consultation.api';
import { supervisionApi, type SupervisionFigures } from '../../api/supervision.api';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { useStaff } from '../../auth/session';
import { CadencePanel } from './cadence-panel.component';
import { FiguresPanel, readsFigures } from './figures-panel.component';
import { FigureTile, FigureBreakdown } from './figure-tile.component';

/**
 * The figures by period and area with the league table, trend charts and reports (GET /figures,
 * not for departments), then the live totals from both services' /dashboard/figures (any role).
 */
export function DashboardPage() {
  const { c } = useConsoleText();
  const staff = useStaff();
  const [figures, reload] = useQuery(() => Promise.all([supervisionApi.figures(), consultationApi.figures()]), []);
  return (
    <section aria-labelledby="dashboard-heading">
      <h1 id="dashboard-heading">{c.dashboard.heading}</h1>
      {readsFigures(staff.role) && <FiguresPanel />}
      <LoadView state={figures} retry={reload}>
        {([supervision, consultation]) => <Figures supervision={supervision} consultation={consultation} />}
      </LoadView>
      <CadencePanel />
    </section>
  );
}

function Figures({ supervision, consultation }: { supervision: SupervisionFigures; consultation: ConsultationFigures }) {
  const { c, word, percent, formatDate } = useConsoleText();
  const d = c.dashboard;
  return (
    <>
      <div class="c-tiles" data-testid="figures">
        <FigureTile label={d.casesArchived} value={supervision.cases.archived} testId="cases-archived" />
        <FigureTile label={d.satisfactionRate} value={percent(supervision.followUps.satisfactionRate)} testId="satisfaction-rate" />
        <FigureTile label={d.responseRate} value={percent(consultation.referrals.responseRate)} testId="response-rate" />
        <FigureTile label={`${d.supervision} · ${d.supervisionOpen}`} value={supervision.supervisionCases.open} testId="supervision-open" />
        <FigureTile label={`${d.supervision} · ${d.supervisionResolved}`} value={supervision.supervisionCases.resolved} testId="supervision-resolved" />
        <FigureTile label={d.consultationsTotal} value={consultation.consultations.total} testId="consultations-total" />
      </div>
      <div class="c-columns">
        <FigureBreakdown
          heading={`${d.cases} · ${d.byOutcome}`}
          rows={CONSULTATION_OUTCOMES.map((o) => [word(c.outcomes, o), supervision.cases.byOutcome[o] ?? 0])}
          extra={[[d.typical, supervision.cases.typical]]}
        />
        <FigureBreakdown heading={`${d.consultations} · ${d.byForm}`} rows={CONSULTATION_FORMS.map((f) => [word(c.forms, f), consultation.consultations.byForm[f] ?? 0])} extra={[[d.itemsOpen, consultation.items.open]]} />
        <FigureBreakdown
          heading={d.referrals}
          rows={[
            [d.referralsTotal, consultation.referrals.total],
            [d.referralsOpen, consultation.referrals.open],
          ]}
          extra={[
            [d.responseRate, percent(consultation.referrals.responseRate)],
            [d.inTimeRate, percent(consultation.referrals.inTimeRate)],
          ]}
        />
        <FigureBreakdown
          heading={d.followUps}
          rows={[
            [d.followUpsPending, supervision.followUps.pending],
            [d.followUpsRecorded, supervision.followUps.recorded],
          ]}
          extra={[[d.satisfactionRate, percent(supervision.followUps.satisfactionRate)]]}
        />
      </div>
      <p class="muted">{d.generatedAt(formatDate(supervision.generatedAt))}</p>
    </>
  );
}
