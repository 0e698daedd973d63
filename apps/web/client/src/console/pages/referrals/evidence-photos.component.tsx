import { useEffect, useRef, useState } from 'preact/hooks';
import { consultationApi, type EvidencePhoto } from '../../api/consultation.api';
import { useConsoleText } from '../../i18n/use-console-text';

/** The department's evidence photos, fetched with the staff token when someone opens one. */
export function EvidencePhotos({ referralId, photos }: { referralId: string; photos: EvidencePhoto[] }) {
  const { c } = useConsoleText();
  const [shown, setShown] = useState<Record<string, string>>({});
  const urls = useRef<string[]>([]);
  // Object URLs hold the image in memory until revoked: let them go with the card.
  useEffect(() => () => urls.current.forEach((url) => URL.revokeObjectURL(url)), []);
  if (!photos.length) return null;
  const open = async (photoId: string) => {
    const url = await consultationApi.evidencePhoto(referralId, photoId);
    urls.current.push(url);
    setShown((current) => ({ ...current, [photoId]: url }));
  };
  return (
    <div class="c-rungs" data-testid="evidence-photos">
      <h4>{c.referrals.photos}</h4>
      <ul class="c-list c-list--plain">
        {photos.map((photo, i) =>
          shown[photo.id] ? (
            <li key={photo.id}>
              <img src={shown[photo.id]} alt={c.referrals.viewPhoto(i + 1)} style={{ maxWidth: '100%' }} />
            </li>
          ) : (
            <li key={photo.id}>
              <button type="button" class="button button--secondary" onClick={() => void open(photo.id)}>
                {c.referrals.viewPhoto(i + 1)}
              </button>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
