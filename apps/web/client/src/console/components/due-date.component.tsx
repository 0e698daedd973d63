import { useConsoleText } from '../i18n/use-console-text';

/** A deadline, marked when it has passed. */
export function DueDate({ iso }: { iso: string | null }) {
  const { c, formatDate } = useConsoleText();
  if (!iso) return <>{c.common.none}</>;
  const late = Date.parse(iso) < Date.now();
  return (
    <span class={late ? 'c-late' : undefined}>
      <time dateTime={iso}>{formatDate(iso)}</time>
      {late && <> · {c.common.overdue}</>}
    </span>
  );
}
