import { type DeadLetter, outboxApi } from '../../api/outbox.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice.component';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { ForbiddenPage } from '../forbidden.page';
import { AdminNav } from './admin-nav.component';
import { deadLetterText } from './dead-letters.messages';

/** The outbox's dead letters with their last error; an admin re-drives one after fixing its cause. */
export function DeadLettersPage() {
  const staff = useStaff();
  if (!can.administer(staff.role)) return <ForbiddenPage role={staff.role} />;
  return <DeadLetterList />;
}

function DeadLetterList() {
  const { c, lang } = useConsoleText();
  const t = deadLetterText[lang];
  const [letters, reload] = useQuery(() => outboxApi.deadLetters(), []);
  return (
    <section aria-labelledby="dead-letters-heading">
      <h1 id="dead-letters-heading">{t.heading}</h1>
      <AdminNav current="dead-letters" />
      <p class="muted">{t.intro}</p>
      <LoadView state={letters} retry={reload}>
        {(list) =>
          list.length ? (
            <ul class="c-list" data-testid="dead-letters">
              {list.map((letter) => (
                <DeadLetterRow key={letter.id} letter={letter} onRedriven={reload} />
              ))}
            </ul>
          ) : (
            <p class="muted">{t.none || c.common.empty}</p>
          )
        }
      </LoadView>
    </section>
  );
}

function DeadLetterRow({ letter, onRedriven }: { letter: DeadLetter; onRedriven: () => void }) {
  const { lang, formatDate } = useConsoleText();
  const t = deadLetterText[lang];
  const redrive = useSubmit(() => outboxApi.redrive(letter.id), onRedriven);
  return (
    <li class="c-item" data-testid="dead-letter">
      <p class="c-item__meta">
        <strong>
          {letter.queue}/{letter.pattern}
        </strong>
        <span>
          {t.sender}: {letter.source}
        </span>
        {letter.problemId && (
          <span>
            {t.problem}: {letter.problemId}
          </span>
        )}
        <span>
          {t.attempts}: {letter.attempts}
        </span>
        <span>
          {t.deadAt}: <time dateTime={letter.deadAt}>{formatDate(letter.deadAt)}</time>
        </span>
      </p>
      <p>
        {t.error}: <code>{letter.lastError ?? '—'}</code>
      </p>
      <p class="c-item__meta">
        <span>
          {t.message}: <code>{letter.id}</code>
        </span>
      </p>
      <button type="button" class="button button--secondary" disabled={redrive.busy} onClick={() => void redrive.run()}>
        {redrive.busy ? t.redriving : t.redrive}
      </button>
      {redrive.done && <p role="status">{t.redriven}</p>}
      <ErrorNotice error={redrive.error} />
    </li>
  );
}
