import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** A button that opens a form or a panel beneath it (aria-expanded), so long queues stay short. */
export function Disclosure({ id, label, closeLabel, children }: { id: string; label: string; closeLabel?: string; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="c-disclosure">
      <button type="button" class="button button--secondary" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open && closeLabel ? closeLabel : label}
      </button>
      {open && (
        <div id={id} class="c-disclosure__panel">
          {children}
        </div>
      )}
    </div>
  );
}
