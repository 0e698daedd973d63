import { intakeApi } from '../api/intake-api';
import type { Community } from '../api/intake-api.types';
import { useLoad } from '../hooks/use-load';
import { useI18n } from '../i18n/i18n';
import { describedBy, Field } from './field.component';

/** Communities grouped under their township or street, as residents know them. */
export function CommunityPicker({ value, error, onChange }: { value: string; error?: string; onChange: (communityId: string) => void }) {
  const { t } = useI18n();
  const [communities, reload] = useLoad(intakeApi.communities);
  return (
    <Field id="communityId" label={t.raise.community} error={error}>
      {communities.status === 'failed' ? (
        <p class="notice notice--error">
          {t.common.loadFailed}{' '}
          <button type="button" class="button button--link" onClick={reload}>
            {t.common.retry}
          </button>
        </p>
      ) : (
        <select
          id="communityId"
          name="communityId"
          value={value}
          required
          disabled={communities.status === 'loading'}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy('communityId', false, error)}
          onChange={(e) => onChange(e.currentTarget.value)}
        >
          <option value="">{communities.status === 'loading' ? t.common.loading : t.raise.communityPlaceholder}</option>
          {communities.status === 'ready' &&
            groupByLocality(communities.data).map(([locality, members]) => (
              <optgroup key={locality} label={locality}>
                {members.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      )}
    </Field>
  );
}

function groupByLocality(communities: Community[]): [string, Community[]][] {
  const groups = new Map<string, Community[]>();
  for (const c of communities) groups.set(c.localityName, [...(groups.get(c.localityName) ?? []), c]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'zh-CN'));
}
