import { CATEGORY_LABELS, PROBLEM_CATEGORIES } from '@shangliang/contracts/problem/category';
import { useState } from 'preact/hooks';
import { type CaseRecord, type CaseSearch, supervisionApi } from '../../api/supervision.api';
import { Link } from '../../../components/link.component';
import { LoadView } from '../../components/load-view.component';
import { useCommunityName } from '../../hooks/use-communities';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';

/** 解决问题案例库: every settled problem, searchable, with the typical ones marked. */
export function CaseBankPage() {
  const { c, label } = useConsoleText();
  const [search, setSearch] = useState<CaseSearch>({ q: '', category: '', typical: '' });
  const [q, setQ] = useState('');
  const [cases, reload] = useQuery((signal) => supervisionApi.cases(search, signal), [search.q, search.category, search.typical]);
  return (
    <section aria-labelledby="cases-heading">
      <h1 id="cases-heading">{c.cases.heading}</h1>
      <form
        class="c-filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setSearch({ ...search, q: q.trim() });
        }}
      >
        <div class="c-filters__field c-filters__field--wide">
          <label for="cases-q" class="field__label">
            {c.cases.q}
          </label>
          <input id="cases-q" type="search" maxLength={100} placeholder={c.cases.qHint} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
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
        <button type="submit" class="button c-filters__submit">
          {c.common.filter}
        </button>
      </form>
      <LoadView state={cases} retry={reload}>
        {({ items, total }) => (
          <>
            <p class="muted">{c.cases.count(total)}</p>
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
  const { c, label, word, formatDate } = useConsoleText();
  const communityName = useCommunityName();
  return (
    <li class="c-item" data-testid="case-row" data-reference={record.reference}>
      <div class="c-item__head">
        <Link href={consolePath.case(record.id)} class="c-item__title">
          {record.title}
        </Link>
        {record.typical && <span class="badge c-badge--ok">{c.cases.typical}</span>}
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
