import { useEffect, useState } from 'preact/hooks';
import { useConsoleText } from '../../i18n/use-console-text';

const MINUTE = 60_000;

/**
 * The department's deadline with the time left (or overdue by), so both sides see the same
 * clock. Ticks each minute; working days are already counted in the deadline itself.
 */
export function DeadlineClock({ iso, running }: { iso: string; running: boolean }) {
  const { c, formatDate } = useConsoleText();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => setNow(Date.now()), MINUTE);
    return () => clearInterval(timer);
  }, [running]);
  const left = Date.parse(iso) - now;
  const span = Math.abs(left);
  const text = span < 3_600_000 ? c.referrals.minutes(Math.max(1, Math.round(span / MINUTE))) : c.referrals.days(Math.floor(span / 86_400_000), Math.floor((span % 86_400_000) / 3_600_000));
  return (
    <span class={running && left < 0 ? 'c-late' : undefined} data-testid="deadline-clock">
      <time dateTime={iso}>{formatDate(iso)}</time>
      {running && <> · {left >= 0 ? c.referrals.timeLeft(text) : c.referrals.overdueBy(text)}</>}
    </span>
  );
}
