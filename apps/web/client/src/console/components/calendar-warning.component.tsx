import { calendarApi } from '../api/calendar.api';
import { useQuery } from '../hooks/use-query';
import { useConsoleText } from '../i18n/use-console-text';

/**
 * From 1 December, every member of staff sees that next year's holidays are still missing:
 * deadlines count working days, and problems raised now run into the new year.
 */
export function CalendarWarning() {
  const { lang } = useConsoleText();
  const [status] = useQuery(() => calendarApi.status(), []);
  if (status.status !== 'ready' || !status.data.warning) return null;
  return (
    <p class="notice notice--error" role="alert" data-testid="calendar-warning">
      {status.data.warning[lang]}
    </p>
  );
}
