import type { ProblemCategory } from '@shangliang/contracts/problem/category';
import type { ContactInput, NewProblem } from '../api/intake-api.types';
import type { Messages } from '../i18n/messages.zh';

/** What the resident is filling in. */
export interface ProblemForm {
  category: ProblemCategory | '';
  communityId: string;
  address: string;
  title: string;
  description: string;
  photo: File | null;
  consent: boolean;
  /** Also told of progress by text message (only with a number, so only with `consent`). */
  texts: boolean;
  phone: string;
  name: string;
}

export type FormField = 'category' | 'communityId' | 'address' | 'title' | 'description' | 'photo' | 'phone' | 'name';
export type FormErrors = Partial<Record<FormField, string>>;

export const emptyForm: ProblemForm = { category: '', communityId: '', address: '', title: '', description: '', photo: null, consent: false, texts: false, phone: '', name: '' };

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
/** Intake's rule for a phone number: digits with spaces or dashes, an optional leading +. */
const PHONE = /^\+?[\d\s-]{7,20}$/;

/** The same limits intake enforces, checked here first so the resident hears it at once. */
export function validateProblemForm(form: ProblemForm, t: Messages): FormErrors {
  const errors: FormErrors = {};
  if (!form.category) errors.category = t.raise.errors.category;
  if (!form.communityId) errors.communityId = t.raise.errors.community;
  if (!between(form.title, 2, 200)) errors.title = t.raise.errors.title;
  if (!between(form.description, 5, 4000)) errors.description = t.raise.errors.description;
  if (form.consent && !PHONE.test(form.phone.trim())) errors.phone = t.raise.errors.phone;
  const photoError = form.photo && checkPhotoFile(form.photo, t);
  if (photoError) errors.photo = photoError;
  return errors;
}

export function checkPhotoFile(file: File, t: Messages): string | null {
  if (!PHOTO_TYPES.includes(file.type)) return t.raise.errors.photoType;
  if (file.size > MAX_PHOTO_BYTES) return t.raise.errors.photoSize;
  return null;
}

/** Contact details only with consent to a call-back: nothing personal is sent otherwise. */
export function contactOf(form: ProblemForm, lang: 'zh' | 'en' = 'zh'): ContactInput | undefined {
  if (!form.consent) return undefined;
  const contact: ContactInput = { phone: form.phone.trim(), name: form.name.trim() || undefined, consentToCallback: true };
  return form.texts ? { ...contact, consentToTexts: true, locale: lang } : contact;
}

export function toNewProblem(form: ProblemForm, lang: 'zh' | 'en' = 'zh'): NewProblem {
  return {
    category: form.category as ProblemCategory,
    communityId: form.communityId,
    address: form.address.trim() || undefined,
    title: form.title.trim(),
    description: form.description.trim(),
    contact: contactOf(form, lang),
  };
}

/** Intake names fields by their JSON path; the form shows them under its own inputs. */
export function formFieldOf(apiField: string): FormField | null {
  const field = apiField === 'contact.phone' ? 'phone' : apiField === 'contact.name' ? 'name' : apiField;
  return (['category', 'communityId', 'address', 'title', 'description', 'photo', 'phone', 'name'] as string[]).includes(field) ? (field as FormField) : null;
}

function between(text: string, min: number, max: number): boolean {
  // UTF-16 length, as zod counts on the server.
  const length = text.trim().length;
  return length >= min && length <= max;
}
