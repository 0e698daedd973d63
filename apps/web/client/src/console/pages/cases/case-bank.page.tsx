import { CATEGORY_LABELS, PROBLEM_CATEGORIES } from '@shangliang/contracts/problem/category';
import { useState } from 'preact/hooks';
import { type CaseRecord, type CaseSearch, supervisionApi } from '../../api/supervision.api';
import { Link } from '../../../components/link.component';
import { LoadView } from '../../components/load-view.component';
import { useCommunityName } from '../../hooks/use-communities';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { useCommunities } from '../../hooks/use-communities';
import { CONSULTATION_OUTCOMES } from '@shangliang/contracts/problem/outcome';
import { caseBankText } from './case-bank.messages';

/** 解决问题案例库: every settled problem, searchable, with the typical ones marked. */
export function CaseBankPage() {
  const { c, label, lang } = useConsoleText();
  const t = caseBankText[lang];
  const communities = useCommunities();
  const [search, setSearch] = useState<CaseSearch>({ q: '', category: '', typical: '', outcome: '', communityId: '', from: '', to: '', imported: '' });
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [q, setQ] = useState('');
  const [cases, reload] = useQuery((signal) => supervisionApi.cases(search, signal), [search.q, search.category, search.typical, search.outcome, search.communityId, search.from, search.to, search.imported]);
  return (
    <section aria-labelledby="cases-heading">
      <h1 id="cases-heading">{c.cases.heading}</h1>
      <form
        class="c-filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch({ ...search, q: q.trim(), from, to });
        }}
      >
        <div class="c-filters__field c-filters__field--wide">
          <label for="cases-q" class="field__label">
            {c.cases.q}
          </label>
          <input id="cases-q" type="search" maxLength={100} placeholder={t.qHint} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        </div>
        <div class="c-filters__field">
          <label for="cases-category" class="field__label">
            {c.common.category}
          </label>
          <select id="cases-category" value={search.category} onChange={(e) => setSearch({ ...search, category: e.currentTarget.value })}>
            <option value="">{c.common.all}</option>
            {PROBLEM_CATEGORIES.map((cat) => (
              <option key={cat} value={cat}>
                {label(CATEGORY_LABELS[cat], cat)}
              </option>
            ))}
          </select>
        </div>
        <div class="c-filters__field">
          <label for="cases-typical" class="field__label">
            {c.cases.typicalFilter}
          </label>
          <select id="cases-typical" value={search.typical} onChange={(e) => setSearch({ ...search, typical: e.currentTarget.value as CaseSearch['typical'] })}>
            <option value="">{c.common.all}</option>
            <option value="true">{c.cases.typicalOnly}</option>
            <option value="false">{c.cases.notTypical}</option>
          </select>
        </div>
        <div class="c-filters__field">
          <label for="cases-outcome" class="field__label">
            {c.cases.outcome}
          </label>
          <select id="cases-outcome" value={search.outcome} onChange={(e) => setSearch({ ...search, outcome: e.currentTarget.value })}>
            <option value="">{c.common.all}</option>
            {CONSULTATION_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {c.outcomes[o] ?? o}
              </option>
            ))}
          </select>
        </div>
        <div class="c-filters__field">
          <label for="cases-community" class="field__label">
            {t.community}
          </label>
          <select id="cases-community" value={search.communityId} onChange={(e) => setSearch({ ...search, communityId: e.currentTarget.value })}>
            <option value="">{c.common.all}</option>
            {communities.map((community) => (
              <option key={community.id} value={community.id}>
                {community.name}
              </option>
            ))}
          </select>
        </div>
        <div class="c-filters__field">
          <label for="cases-from" class="field__label">
            {t.from}
          </label>
          <input id="cases-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </div>
        <div class="c-filters__field">
          <label for="cases-to" class="field__label">
            {t.to}
          </label>
          <input id="cases-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </div>
        <div class="c-filters__field">
          <label for="cases-imported" class="field__label">
            {t.imported}
          </label>
          <select id="cases-imported" value={search.imported} onChange={(e) => setSearch({ ...search, imported: e.currentTarget.value as CaseSearch['imported'] })}>
            <option value="">{c.common.all}</option>
            <option value="true">{t.importedOnly}</option>
            <option value="false">{t.notImported}</option>
          </select>
        </div>
        <button type="submit" class="button c-filters__submit">
          {c.common.filter}
        </button>
      </form>
      <LoadView state={cases} retry={reload}>
        {({ items, total, totalIsLowerBound }) => (
          <>
            <p class="muted">{c.cases.count(total, totalIsLowerBound)}</p>
            {items.length ? (
              <ul class="c-list" data-testid="case-list">
                {items.map((record) => (
                  <CaseRow key={record.id} record={record} />
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

function CaseRow({ record }: { record: CaseRecord }) {
  const { c, label, word, formatDate, lang } = useConsoleText();
  const communityName = useCommunityName();
  return (
    <li class="c-item" data-testid="case-row" data-reference={record.reference}>
      <div class="c-item__head">
        <Link href={consolePath.case(record.id)} class="c-item__title">
          {record.title}
        </Link>
        {record.typical && <span class="badge c-badge--ok">{c.cases.typical}</span>}
        {record.imported && <span class="badge">{caseBankText[lang].importedBadge}</span>}
      </div>
      <p class="c-item__meta">
        <span>{record.reference}</span>
        <span>{label(record.categoryLabel, record.category)}</span>
        <span>{communityName(record.communityId)}</span>
        <span>{word(c.outcomes, record.outcome)}</span>
        {record.satisfaction && <span>{word(c.satisfaction, record.satisfaction)}</span>}
        <time dateTime={record.archivedAt}>{formatDate(record.archivedAt)}</time>
      </p>
    </li>
  );
}
