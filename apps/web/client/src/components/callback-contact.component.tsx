import type { FormErrors, ProblemForm } from '../forms/problem-form';
import { useI18n } from '../i18n/i18n';
import { describedBy, Field } from './field.component';

type ContactPart = Pick<ProblemForm, 'consent' | 'texts' | 'phone' | 'name'>;

/**
 * PIPL: contact details are asked for only after the resident agrees to a call-back, with the
 * reason and the use said before they type anything.
 */
export function CallbackContact({ value, errors, onChange }: { value: ContactPart; errors: FormErrors; onChange: (part: Partial<ContactPart>) => void }) {
  const { t } = useI18n();
  return (
    <fieldset class="field contact">
      <legend class="field__label">
        {t.raise.contact}
        <span class="field__optional">（{t.common.optional}）</span>
      </legend>
      <p id="privacy-note" class="field__hint">
        {t.raise.privacy}
      </p>
      <label class="checkbox">
        <input type="checkbox" name="consent" checked={value.consent} aria-describedby="privacy-note" onChange={(e) => onChange({ consent: e.currentTarget.checked })} />
        <span>{t.raise.consent}</span>
      </label>
      {value.consent && (
        <>
          <Field id="phone" label={t.raise.phone} error={errors.phone}>
            <input
              id="phone"
              name="phone"
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              required
              maxLength={20}
              value={value.phone}
              aria-invalid={Boolean(errors.phone)}
              aria-describedby={describedBy('phone', false, errors.phone)}
              onInput={(e) => onChange({ phone: e.currentTarget.value })}
            />
          </Field>
          <Field id="name" label={t.raise.name} error={errors.name} optional>
            <input id="name" name="name" type="text" autoComplete="name" maxLength={50} value={value.name} onInput={(e) => onChange({ name: e.currentTarget.value })} />
          </Field>
          <label class="checkbox">
            <input type="checkbox" name="texts" checked={value.texts} onChange={(e) => onChange({ texts: e.currentTarget.checked })} />
            <span>{t.raise.texts}</span>
          </label>
        </>
      )}
    </fieldset>
  );
}
