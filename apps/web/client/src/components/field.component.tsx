import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/i18n';

/** A labelled input with its hint and error, wired for screen readers via the ids it derives. */
export function Field({ id, label, hint, error, optional, children }: { id: string; label: string; hint?: string; error?: string; optional?: boolean; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id} class="field__label">
        {label}
        {optional && <span class="field__optional">（{t.common.optional}）</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} class="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** aria-describedby for an input inside <Field>. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}
