import { Link } from '../../../components/link.component';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { calendarText } from './calendar.messages';
import { deadLetterText } from './dead-letters.messages';
import { notificationText } from '../notifications/notifications.messages';
import { historyImportText } from '../suggestions/suggestions.messages';

export type AdminTab = 'organisation' | 'balance' | 'audit' | 'staff' | 'dead-letters' | 'calendar' | 'deliveries' | 'history';

/** The organisation pages; balancing and the audit log are the admin's alone. */
export function AdminNav({ current }: { current: AdminTab }) {
  const { c, lang } = useConsoleText();
  const staff = useStaff();
  const tabs: [AdminTab, string, string][] = [
    ['organisation', c.admin.organisation, consolePath.section('admin')],
    ...(can.administer(staff.role)
      ? ([
          ['balance', c.admin.balance, consolePath.balance],
          ['audit', c.admin.audit, consolePath.audit],
          ['staff', c.staffAccounts.tab, consolePath.staffAccounts],
          ['dead-letters', deadLetterText[lang].tab, consolePath.deadLetters],
          ['calendar', calendarText[lang].tab, consolePath.calendar],
          ['deliveries', notificationText[lang].adminTab, consolePath.deliveries],
          ['history', historyImportText[lang].tab, consolePath.historyImport],
        ] as [AdminTab, string, string][])
      : []),
  ];
  return (
    <nav class="c-tabs" aria-label={c.admin.nav}>
      {tabs.map(([key, label, href]) => (
        <Link key={key} href={href} class={`c-tabs__tab${key === current ? ' c-tabs__tab--current' : ''}`} current={key === current}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
