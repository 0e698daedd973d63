import type { ConsultationForm, ConsultationOutcome } from '@shangliang/contracts/problem/outcome';
import type { RecordConsultation } from '../api/consultation.api';
import { fromLocalInput, toLocalInput } from './date-time';

const DAY_MS = 24 * 3600 * 1000;
/** A week for the department to answer, unless the team sets another deadline. */
const DEFAULT_RESPONSE_DAYS = 7;

export interface ConsultationFormValues {
  form: ConsultationForm;
  heldAt: string;
  venue: string;
  residentRepresentatives: string;
  notes: string;
  summary: string;
  outcome: ConsultationOutcome;
  departmentId: string;
  request: string;
  responseDue: string;
}

export function emptyConsultationForm(now: Date = new Date()): ConsultationFormValues {
  return {
    form: 'micro',
    heldAt: toLocalInput(now),
    venue: '',
    residentRepresentatives: '0',
    notes: '',
    summary: '',
    outcome: 'solved',
    departmentId: '',
    request: '',
    responseDue: toLocalInput(new Date(now.getTime() + DEFAULT_RESPONSE_DAYS * DAY_MS)),
  };
}

/** The body POST /consultation-items/:id/consultations expects; a referral only with `referred`. */
export function toRecordConsultation(values: ConsultationFormValues): RecordConsultation {
  const referred = values.outcome === 'referred';
  return {
    form: values.form,
    heldAt: fromLocalInput(values.heldAt),
    venue: values.venue.trim(),
    participants: {
      residentRepresentatives: Number(values.residentRepresentatives || 0),
      ...(referred && values.departmentId.trim() ? { departmentIds: [values.departmentId.trim()] } : {}),
      ...(values.notes.trim() ? { notes: values.notes.trim() } : {}),
    },
    summary: values.summary.trim(),
    outcome: values.outcome,
    ...(referred ? { referral: { departmentId: values.departmentId.trim(), request: values.request.trim(), dueAt: fromLocalInput(values.responseDue) } } : {}),
  };
}
