import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { FigureSet } from '../../api/figures.api';
import type { FiguresText } from './figures.messages';

// Only the pieces drawn here, so the chart chunk stays small (this file is loaded on demand).
echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Option = echarts.EChartsCoreOption;

function Chart({ option, testId, label }: { option: Option; testId: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!host.current) return undefined;
    const chart = echarts.init(host.current, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return <div ref={host} class="c-chart" role="img" aria-label={label} data-testid={testId} />;
}

const percent = (r: { value: number | null } | null) => (r?.value == null ? null : Math.round(r.value * 1000) / 10);

/** The four rates (响应率, 解决率, 满意率, 采纳率) and the headline counts, month by month. */
export function TrendCharts({ months, t }: { months: FigureSet[]; t: FiguresText }) {
  const rates = useMemo<Option>(() => ({
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v == null ? '—' : `${String(v)}%`) },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: months.map((m) => m.period.label) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: t.responseRate, type: 'line', connectNulls: true, data: months.map((m) => percent(m.rates.responseRate)) },
      { name: t.resolutionRate, type: 'line', connectNulls: true, data: months.map((m) => percent(m.rates.resolutionRate)) },
      { name: t.satisfactionRate, type: 'line', connectNulls: true, data: months.map((m) => percent(m.rates.satisfactionRate)) },
      { name: t.adoptionRate, type: 'line', connectNulls: true, data: months.map((m) => percent(m.rates.adoptionRate)) },
    ],
  }), [months, t]);
  const counts = useMemo<Option>(() => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: months.map((m) => m.period.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t.problems, type: 'bar', data: months.map((m) => m.counts.problemsByChannel?.total ?? null) },
      { name: t.consultations, type: 'bar', data: months.map((m) => m.counts.consultationsByForm?.total ?? null) },
      { name: t.pointToPoint, type: 'bar', data: months.map((m) => m.counts.pointToPointConsultations) },
      { name: t.openEscalations, type: 'line', data: months.map((m) => m.counts.openEscalations) },
    ],
  }), [months, t]);
  return (
    <div class="c-columns c-charts">
      <section class="c-card">
        <h3>{t.trendRates}</h3>
        <Chart option={rates} testId="trend-rates-chart" label={`${t.trend} · ${t.trendRates}`} />
      </section>
      <section class="c-card">
        <h3>{t.trendCounts}</h3>
        <Chart option={counts} testId="trend-counts-chart" label={`${t.trend} · ${t.trendCounts}`} />
      </section>
    </div>
  );
}
