/** One headline figure. */
export function FigureTile({ label, value, testId }: { label: string; value: number | string; testId: string }) {
  return (
    <div class="c-tile">
      <p class="c-tile__value" data-testid={testId}>
        {value}
      </p>
      <p class="c-tile__label">{label}</p>
    </div>
  );
}

/**
 * Counts by kind, each with a bar relative to the largest (a <meter>: the CSP allows no inline
 * styles), then any rates or totals that belong with them.
 */
export function FigureBreakdown({ heading, rows, extra = [] }: { heading: string; rows: [string, number][]; extra?: [string, number | string][] }) {
  const max = Math.max(1, ...rows.map(([, n]) => n));
  return (
    <section class="c-card c-breakdown">
      <h2>{heading}</h2>
      <dl>
        {rows.map(([label, n]) => (
          <div key={label} class="c-breakdown__row">
            <dt>{label}</dt>
            <dd>
              <meter min={0} max={max} value={n} aria-hidden="true" />
              <span>{n}</span>
            </dd>
          </div>
        ))}
        {extra.map(([label, value]) => (
          <div key={label} class="c-breakdown__row c-breakdown__row--extra">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
