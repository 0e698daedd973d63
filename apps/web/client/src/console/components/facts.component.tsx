import type { ComponentChildren } from 'preact';

export type Fact = [label: string, value: ComponentChildren, testId?: string];

/** Label–value pairs: stacked on a phone, in columns on a laptop. */
export function Facts({ facts }: { facts: (Fact | false | null | undefined)[] }) {
  return (
    <dl class="c-facts">
      {facts.filter((f): f is Fact => Boolean(f)).map(([label, value, testId]) => (
        <div key={label} class="c-facts__row">
          <dt>{label}</dt>
          <dd data-testid={testId}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
