import { intakeApi } from '../api/intake-api';
import { useLoad } from '../hooks/use-load';
import { useI18n } from '../i18n/i18n';

/** Photos residents attached; nothing is shown when there are none or they cannot load. */
export function ProblemPhotos({ trackingCode }: { trackingCode: string }) {
  const { t } = useI18n();
  const [photos] = useLoad(() => intakeApi.photos(trackingCode));
  if (photos.status !== 'ready' || !photos.data.length) return null;
  return (
    <section aria-labelledby="photos-heading">
      <h2 id="photos-heading">{t.track.photos}</h2>
      <ul class="photos">
        {photos.data.map((p, i) => (
          <li key={p.id}>
            <a href={intakeApi.photoUrl(p.id)} target="_blank" rel="noopener">
              <img src={intakeApi.photoUrl(p.id)} alt={t.track.photoAlt(i + 1)} loading="lazy" />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
