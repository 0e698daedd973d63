import type { ComponentChildren } from 'preact';
import { ErrorNotice } from '../../components/error-notice.component';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';

/**
 * One step's form (sign, progress, extension, return, complete, a decision): its fields, one
 * submit button, the service's error with the fields it named. A double click sends once.
 */
export function StepForm({
  heading,
  submitLabel,
  action,
  onDone,
  testId,
  children,
}: {
  heading: string;
  submitLabel: string;
  action: () => Promise<unknown>;
  onDone: () => void;
  testId: string;
  children?: ComponentChildren;
}) {
  const { c } = useConsoleText();
  const submit = useSubmit(action, onDone);
  return (
    <form
      class="c-form"
      data-testid={testId}
      aria-label={heading}
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run();
      }}
    >
      <h4>{heading}</h4>
      {children}
      <ErrorNotice error={submit.error} />
      <button type="submit" class="button" disabled={submit.busy}>
        {submit.busy ? c.common.submitting : submitLabel}
      </button>
    </form>
  );
}
