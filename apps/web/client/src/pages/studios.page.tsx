import { useMemo, useState } from 'preact/hooks';
import { intakeApi } from '../api/intake-api';
import type { LocalityStudios } from '../api/intake-api.types';
import { LocalityStudiosCard } from '../components/studio-card.component';
import { useLoad } from '../hooks/use-load';
import { useI18n } from '../i18n/i18n';

/** 两室: where residents find their member studio and convener studio. */
export function StudiosPage() {
  const { t } = useI18n();
  const [directory, reload] = useLoad(intakeApi.studios);
  const [query, setQuery] = useState('');
  const localities = directory.status === 'ready' ? directory.data.localities : [];
  const shown = useMemo(() => filterLocalities(localities, query), [localities, query]);
  return (
    <>
      <h1>{t.studios.heading}</h1>
      <p class="lead">{t.studios.intro}</p>
      <div class="field">
        <label for="studio-search" class="field__label">
          {t.studios.search}
        </label>
        <input id="studio-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      {directory.status === 'loading' && <p role="status">{t.common.loading}</p>}
      {directory.status === 'failed' && (
        <p class="notice notice--error" role="alert">
          {t.common.loadFailed}{' '}
          <button type="button" class="button button--link" onClick={reload}>
            {t.common.retry}
          </button>
        </p>
      )}
      {directory.status === 'ready' && (
        <>
          <p class="muted" role="status">
            {shown.length ? t.studios.count(shown.length) : t.studios.none}
          </p>
          {shown.map((l) => (
            <LocalityStudiosCard key={l.id} locality={l} />
          ))}
        </>
      )}
    </>
  );
}

/** Matches the township/street name or a community name; a community match shows only it. */
function filterLocalities(localities: LocalityStudios[], query: string): LocalityStudios[] {
  const q = query.trim().toLowerCase();
  if (!q) return localities;
  return localities.flatMap((l) => {
    if (l.name.toLowerCase().includes(q)) return [l];
    const communities = l.memberStudios.filter((m) => m.communityName.toLowerCase().includes(q));
    return communities.length ? [{ ...l, memberStudios: communities }] : [];
  });
}
