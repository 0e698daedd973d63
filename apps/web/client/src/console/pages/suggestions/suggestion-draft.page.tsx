import { useMemo, useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { Link } from '../../../components/link.component';
import { navigate } from '../../../routing/router';
import { supervisionApi } from '../../api/supervision.api';
import { newIdempotencyKey, suggestionsApi } from '../../api/suggestions.api';
import { ErrorNotice } from '../../components/error-notice.component';
import { LoadView } from '../../components/load-view.component';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { suggestionText } from './suggestions.messages';

/** A member drafts a suggestion from the cases it rests on (the case page links here with its case ticked). */
export function SuggestionDraftPage({ caseId }: { caseId?: string }) {
  const { lang } = useConsoleText();
  const t = suggestionText[lang];
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [proposers, setProposers] = useState('');
  const [chosen, setChosen] = useState<Map<string, string>>(new Map(caseId ? [[caseId, caseId]] : []));
  const [q, setQ] = useState('');
  const [query, setQuery] = useState('');
  // One key per form: a double click or a retry drafts one suggestion.
  const key = useMemo(newIdempotencyKey, []);
  const [cases, reload] = useQuery((signal) => supervisionApi.cases({ q: query }, signal), [query]);
  const save = useSubmit(
    () =>
      suggestionsApi.draft(
        { title: title.trim(), text: text.trim(), sources: [...chosen.keys()].map((id) => ({ kind: 'case' as const, id })), proposerIds: proposers.split(/[\s,，、;；]+/).filter(Boolean) },
        key,
      ),
    (created) => navigate(consolePath.suggestion(created.id)),
  );
  const toggle = (id: string, label: string) => {
    const next = new Map(chosen);
    if (next.has(id)) next.delete(id);
    else next.set(id, label);
    setChosen(next);
  };
  return (
    <article class="c-detail">
      <Link href={consolePath.section('suggestions')} class="c-back">
        {t.back}
      </Link>
      <h1>{t.newSuggestion}</h1>
      <form
        class="c-form"
        data-testid="suggestion-draft-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <Field id="suggestion-title" label={t.title}>
          <input id="suggestion-title" type="text" required maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field id="suggestion-text" label={t.text}>
          <textarea id="suggestion-text" rows={8} required maxLength={50000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </Field>
        <Field id="suggestion-proposers" label={t.proposers} optional>
          <input id="suggestion-proposers" type="text" maxLength={500} value={proposers} onInput={(e) => setProposers(e.currentTarget.value)} />
        </Field>
        <fieldset class="c-card">
          <legend>{t.sources}</legend>
          <p class="field__hint">{t.sourcesHint}</p>
          {chosen.size > 0 && (
            <ul data-testid="chosen-cases">
              {[...chosen].map(([id, label]) => (
                <li key={id}>
                  <label class="checkbox">
                    <input type="checkbox" checked onChange={() => toggle(id, label)} />
                    {label}
                  </label>
                </li>
              ))}
            </ul>
          )}
          <div class="c-filters">
            <div class="c-filters__field c-filters__field--wide">
              <label for="suggestion-case-q" class="field__label">
                {t.searchCases}
              </label>
              <input id="suggestion-case-q" type="search" maxLength={100} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
            </div>
            <button type="button" class="button button--secondary c-filters__submit" onClick={() => setQuery(q.trim())}>
              {t.searchCases}
            </button>
          </div>
          <LoadView state={cases} retry={reload}>
            {({ items }) =>
              items.length ? (
                <ul class="c-list" data-testid="case-choices">
                  {items.slice(0, 20).map((record) => (
                    <li key={record.id}>
                      <label class="checkbox">
                        <input type="checkbox" checked={chosen.has(record.id)} onChange={() => toggle(record.id, record.title)} />
                        {record.title} <span class="muted">{record.reference}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="muted">{t.noCases}</p>
              )
            }
          </LoadView>
        </fieldset>
        <ErrorNotice error={save.error} />
        <button type="submit" class="button" disabled={save.busy}>
          {save.busy ? t.saving : t.save}
        </button>
      </form>
    </article>
  );
}
