import { useEffect, useState } from 'preact/hooks';
import { CallbackContact } from '../components/callback-contact.component';
import { CategoryPicker } from '../components/category-picker.component';
import { CommunityPicker } from '../components/community-picker.component';
import { DuplicateSuggestions } from '../components/duplicate-suggestions.component';
import { describedBy, Field } from '../components/field.component';
import { PhotoPicker } from '../components/photo-picker.component';
import { TrackingReceipt } from '../components/tracking-receipt.component';
import { checkPhotoFile, emptyForm, type ProblemForm } from '../forms/problem-form';
import { useRaiseProblem } from '../hooks/use-raise-problem';
import { useSimilarProblems } from '../hooks/use-similar-problems';
import { useI18n } from '../i18n/i18n';

/** 群众点单: a resident raises a problem, or joins the same one raised before. */
export function RaiseProblemPage() {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<ProblemForm>(emptyForm);
  const raise = useRaiseProblem(t, lang);
  const similar = useSimilarProblems(form);
  const update = (part: Partial<ProblemForm>) => setForm((f) => ({ ...f, ...part }));

  useEffect(() => {
    if (raise.outcome) document.getElementById('receipt-heading')?.focus();
  }, [raise.outcome]);

  if (raise.outcome) {
    return (
      <TrackingReceipt
        {...raise.outcome}
        onAnother={() => {
          setForm(emptyForm);
          raise.reset();
        }}
      />
    );
  }

  return (
    <form
      class="problem-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void raise.submit(form);
      }}
    >
      <h1>{t.raise.heading}</h1>
      <p class="lead">{t.raise.intro}</p>
      <CategoryPicker value={form.category} error={raise.errors.category} onChange={(category) => update({ category })} />
      <CommunityPicker value={form.communityId} error={raise.errors.communityId} onChange={(communityId) => update({ communityId })} />
      <Field id="address" label={t.raise.address} hint={t.raise.addressHint} error={raise.errors.address} optional>
        <input id="address" name="address" type="text" maxLength={300} value={form.address} aria-describedby={describedBy('address', true, raise.errors.address)} onInput={(e) => update({ address: e.currentTarget.value })} />
      </Field>
      <Field id="title" label={t.raise.title} hint={t.raise.titleHint} error={raise.errors.title}>
        <input
          id="title"
          name="title"
          type="text"
          required
          maxLength={200}
          value={form.title}
          aria-invalid={Boolean(raise.errors.title)}
          aria-describedby={describedBy('title', true, raise.errors.title)}
          onInput={(e) => update({ title: e.currentTarget.value })}
        />
      </Field>
      <Field id="description" label={t.raise.description} hint={t.raise.descriptionHint} error={raise.errors.description}>
        <textarea
          id="description"
          name="description"
          required
          rows={5}
          maxLength={4000}
          value={form.description}
          aria-invalid={Boolean(raise.errors.description)}
          aria-describedby={describedBy('description', true, raise.errors.description)}
          onInput={(e) => update({ description: e.currentTarget.value })}
        />
      </Field>
      <DuplicateSuggestions candidates={similar} joiningId={raise.joiningId} error={raise.joinError} onJoin={(id) => void raise.join(id, form)} />
      <PhotoPicker photo={form.photo} error={raise.errors.photo ?? (form.photo ? (checkPhotoFile(form.photo, t) ?? undefined) : undefined)} onChange={(photo) => update({ photo })} />
      <CallbackContact
        value={form}
        errors={raise.errors}
        // Withdrawing consent drops the number and name at once: nothing unneeded is kept.
        onChange={(part) => update(part.consent === false ? { consent: false, texts: false, phone: '', name: '' } : part)}
      />
      {raise.formError && (
        <p class="notice notice--error" role="alert">
          {raise.formError}
        </p>
      )}
      <button type="submit" class="button button--primary button--wide" disabled={raise.submitting || raise.joiningId !== null}>
        {raise.submitting ? t.raise.submitting : t.raise.submit}
      </button>
    </form>
  );
}
