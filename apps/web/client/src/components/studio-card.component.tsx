import type { LocalityStudios, Studio } from '../api/intake-api.types';
import { useI18n } from '../i18n/i18n';

/** One township or street: its convener studio, then the member studios of its communities. */
export function LocalityStudiosCard({ locality }: { locality: LocalityStudios }) {
  const { t } = useI18n();
  return (
    <section class="card studio-card" aria-labelledby={`locality-${locality.id}`}>
      <h2 id={`locality-${locality.id}`}>
        {locality.name} <span class="badge">{t.studios.kind[locality.kind] ?? locality.kind}</span>
      </h2>
      <h3>{t.studios.convenerStudio}</h3>
      <StudioDetails studio={locality.convenerStudio} extra={[t.studios.convener, locality.convenerStudio.convenerName]} />
      {locality.memberStudios.map((m) => (
        <div key={m.communityId} class="studio-card__member">
          <h3>
            {m.communityName} · {t.studios.memberStudio}
          </h3>
          <StudioDetails studio={m} />
        </div>
      ))}
    </section>
  );
}

function StudioDetails({ studio, extra }: { studio: Studio; extra?: [string, string] }) {
  const { t } = useI18n();
  return (
    <dl class="studio">
      {extra && (
        <div>
          <dt>{extra[0]}</dt>
          <dd>{extra[1]}</dd>
        </div>
      )}
      <div>
        <dt>{t.studios.address}</dt>
        <dd>{studio.address}</dd>
      </div>
      <div>
        <dt>{t.studios.hours}</dt>
        <dd>{studio.hours}</dd>
      </div>
      <div>
        <dt>{t.studios.onDuty}</dt>
        <dd>{studio.onDuty.join('、')}</dd>
      </div>
    </dl>
  );
}
