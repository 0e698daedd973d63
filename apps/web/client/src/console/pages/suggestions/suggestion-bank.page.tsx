import { useState } from 'preact/hooks';
import { Link } from '../../../components/link.component';
import { type AdoptionFigures, type Suggestion, type SuggestionSearch, suggestionsApi } from '../../api/suggestions.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { suggestionText } from './suggestions.messages';

/** 委员建言库: the council's suggestions, searchable, with the adoption rate of the period searched. */
export function SuggestionBankPage() {
  const { c, lang } = useConsoleText();
  const t = suggestionText[lang];
  const staff = useStaff();
  const [search, setSearch] = useState<SuggestionSearch>({ q: '', status: '', adoption: '', from: '', to: '' });
  const [draft, setDraft] = useState<SuggestionSearch>(search);
  const [found, reload] = useQuery((signal) => suggestionsApi.search(search, signal), [search.q, search.status, search.adoption, search.from, search.to]);
  const field = (key: keyof SuggestionSearch) => ({ value: draft[key] ?? '', onInput: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: e.currentTarget.value }) });
  return (
    <section aria-labelledby="suggestions-heading">
      <h1 id="suggestions-heading">{t.heading}</h1>
      <p class="muted">{t.intro}</p>
      {can.draftSuggestions(staff.role) && (
        <p>
          <Link href={consolePath.newSuggestion()} class="button">
            {t.newSuggestion}
          </Link>
        </p>
      )}
      <form
        class="c-filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch({ ...draft, q: draft.q?.trim() });
        }}
      >
        <div class="c-filters__field c-filters__field--wide">
          <label for="suggestions-q" class="field__label">
            {t.q}
          </label>
          <input id="suggestions-q" type="search" maxLength={100} {...field('q')} />
        </div>
        <div class="c-filters__field">
          <label for="suggestions-status" class="field__label">
            {t.status}
          </label>
          <select id="suggestions-status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value as SuggestionSearch['status'] })}>
            <option value="">{c.common.all}</option>
            {Object.entries(t.statuses).map(([code, word]) => (
              <option key={code} value={code}>
                {word}
              </option>
            ))}
          </select>
        </div>
        <div class="c-filters__field">
          <label for="suggestions-adoption" class="field__label">
            {t.adoption}
          </label>
          <select id="suggestions-adoption" value={draft.adoption} onChange={(e) => setDraft({ ...draft, adoption: e.currentTarget.value as SuggestionSearch['adoption'] })}>
            <option value="">{c.common.all}</option>
            {Object.entries(t.adoptions).map(([code, word]) => (
              <option key={code} value={code}>
                {word}
              </option>
            ))}
          </select>
        </div>
        <div class="c-filters__field">
          <label for="suggestions-from" class="field__label">
            {t.from}
          </label>
          <input id="suggestions-from" type="date" {...field('from')} />
        </div>
        <div class="c-filters__field">
          <label for="suggestions-to" class="field__label">
            {t.toDate}
          </label>
          <input id="suggestions-to" type="date" {...field('to')} />
        </div>
        <button type="submit" class="button c-filters__submit">
          {c.common.filter}
        </button>
      </form>
      <LoadView state={found} retry={reload}>
        {({ items, total, totalIsLowerBound, adoption }) => (
          <>
            <AdoptionRate figures={adoption} />
            <p class="muted">{t.count(total, totalIsLowerBound)}</p>
            {items.length ? (
              <ul class="c-list" data-testid="suggestion-list">
                {items.map((s) => (
                  <SuggestionRow key={s.id} suggestion={s} />
                ))}
              </ul>
            ) : (
              <p class="muted">{c.common.empty}</p>
            )}
          </>
        )}
      </LoadView>
    </section>
  );
}

function AdoptionRate({ figures }: { figures: AdoptionFigures }) {
  const { lang, percent } = useConsoleText();
  const t = suggestionText[lang];
  return (
    <section class="c-card" aria-labelledby="adoption-rate-heading" data-testid="adoption-rate">
      <h2 id="adoption-rate-heading">
        {t.rateHeading}：<strong data-testid="adoption-rate-value">{percent(figures.rate)}</strong>
      </h2>
      <p class="muted">{t.rateNote(figures)}</p>
    </section>
  );
}

function SuggestionRow({ suggestion: s }: { suggestion: Suggestion }) {
  const { lang } = useConsoleText();
  const t = suggestionText[lang];
  return (
    <li class="c-item" data-testid="suggestion-row" data-reference={s.reference}>
      <div class="c-item__head">
        <Link href={consolePath.suggestion(s.id)} class="c-item__title">
          {s.title}
        </Link>
        <span class="badge">{t.statuses[s.status] ?? s.status}</span>
        {s.adoption && <span class={`badge${s.adoption.status === 'adopted' || s.adoption.status === 'partly_adopted' ? ' c-badge--ok' : ''}`}>{t.adoptions[s.adoption.status]}</span>}
        {s.imported && <span class="badge">{t.imported}</span>}
      </div>
      <p class="c-item__meta">
        <span>{s.reference}</span>
        <span>{s.proposers.map((p) => p.name ?? p.memberId).join('、')}</span>
        {s.submission && (
          <span>
            {t.targets[s.submission.toKind]} · {s.submission.to} · {s.submission.submittedOn}
          </span>
        )}
      </p>
    </li>
  );
}
