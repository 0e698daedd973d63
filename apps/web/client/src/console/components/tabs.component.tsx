export interface Tab<K extends string> {
  key: K;
  label: string;
}

/** A row of toggle buttons choosing one view of a list (open / done, queues). */
export function Tabs<K extends string>({ tabs, current, onChange, label }: { tabs: Tab<K>[]; current: K; onChange: (key: K) => void; label: string }) {
  if (tabs.length < 2) return null;
  return (
    <div class="c-tabs" role="group" aria-label={label}>
      {tabs.map((tab) => (
        <button key={tab.key} type="button" class={`c-tabs__tab${tab.key === current ? ' c-tabs__tab--current' : ''}`} aria-pressed={tab.key === current} onClick={() => onChange(tab.key)}>
          {tab.label}
        </button>
      ))}
    </div>
  );
}
