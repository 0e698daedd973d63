import { useEffect, useMemo } from 'preact/hooks';
import { PHOTO_TYPES } from '../forms/problem-form';
import { useI18n } from '../i18n/i18n';
import { describedBy, Field } from './field.component';

/** One optional photo, previewed before it is sent. */
export function PhotoPicker({ photo, error, onChange }: { photo: File | null; error?: string; onChange: (photo: File | null) => void }) {
  const { t } = useI18n();
  const preview = useMemo(() => (photo ? URL.createObjectURL(photo) : null), [photo]);
  useEffect(() => () => preview && URL.revokeObjectURL(preview), [preview]);
  return (
    <Field id="photo" label={t.raise.photo} hint={t.raise.photoHint} error={error} optional>
      {photo && preview ? (
        <div class="photo-preview">
          <img src={preview} alt={t.raise.photoPreview} />
          <button type="button" class="button button--secondary" onClick={() => onChange(null)}>
            {t.raise.photoRemove}
          </button>
        </div>
      ) : (
        <input
          id="photo"
          name="photo"
          type="file"
          accept={PHOTO_TYPES.join(',')}
          aria-describedby={describedBy('photo', true, error)}
          onChange={(e) => onChange(e.currentTarget.files?.[0] ?? null)}
        />
      )}
    </Field>
  );
}
