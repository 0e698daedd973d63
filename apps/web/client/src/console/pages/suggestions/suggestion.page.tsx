import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { Link } from '../../../components/link.component';
import { type AdoptionStatus, chinaToday, type SubmissionTarget, type Suggestion, suggestionsApi } from '../../api/suggestions.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice.component';
import { Facts } from '../../components/facts.component';
import { LoadView } from '../../components/load-view.component';
import { useCommunityName } from '../../hooks/use-communities';
import { useDepartments } from '../../hooks/use-departments';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { suggestionText } from './suggestions.messages';

/** One suggestion: what it says and rests on, and the form for its next step (review, submission, adoption). */
export function SuggestionPage({ suggestionId }: { suggestionId: string }) {
  const { lang } = useConsoleText();
  const t = suggestionText[lang];
  const staff = useStaff();
  const [loaded, reload] = useQuery(() => suggestionsApi.get(suggestionId), [suggestionId]);
  return (
    <article class="c-detail">
      <Link href={consolePath.section('suggestions')} class="c-back">
        {t.back}
      </Link>
      <LoadView state={loaded} retry={reload}>
        {(s) => (
          <>
            <SuggestionSummary suggestion={s} />
            {s.status === 'draft' && can.draftSuggestions(staff.role) && <DraftActions key={s.updatedAt} suggestion={s} onDone={reload} />}
            {s.status === 'under_review' && can.reviewSuggestions(staff.role) && <ReviewForm suggestion={s} onDone={reload} />}
            {s.status === 'approved' && can.reviewSuggestions(staff.role) && <SubmitForm suggestion={s} onDone={reload} />}
            {s.status === 'submitted' && can.reviewSuggestions(staff.role) && <AdoptionForm key={s.updatedAt} suggestion={s} onDone={reload} />}
            <History suggestion={s} />
          </>
        )}
      </LoadView>
    </article>
  );
}

function SuggestionSummary({ suggestion: s }: { suggestion: Suggestion }) {
  const { lang } = useConsoleText();
  const t = suggestionText[lang];
  const communityName = useCommunityName();
  return (
    <section class="c-card" aria-labelledby="suggestion-title" data-testid="suggestion-summary">
      <h1 id="suggestion-title">{s.title}</h1>
      <span class="badge" data-testid="suggestion-status">
        {t.statuses[s.status] ?? s.status}
      </span>
      {s.adoption && (
        <span class="badge" data-testid="suggestion-adoption">
          {t.adoptions[s.adoption.status]}
        </span>
      )}
      <Facts
        facts={[
          [t.reference, s.reference, 'reference'],
          [t.proposerList, s.proposers.map((p) => p.name ?? p.memberId).join('、')],
          s.communityIds.length ? [t.communities, s.communityIds.map(communityName).join('、')] : null,
          s.review?.note ? [t.review, s.review.note] : null,
          s.submission ? [t.submission, `${t.targets[s.submission.toKind]} · ${s.submission.to} · ${s.submission.submittedOn}`] : null,
          s.adoption?.adoptingBody ? [t.adoptingBody, s.adoption.adoptingBody] : null,
          s.adoption?.decidedOn ? [t.decidedOn, s.adoption.decidedOn] : null,
          s.adoption?.reason ? [t.reason, s.adoption.reason] : null,
          s.adoption?.implementationNotes ? [t.implementationNotes, s.adoption.implementationNotes] : null,
        ]}
      />
      <p class="c-prose">{s.text}</p>
      {s.sources.length > 0 && (
        <>
          <h2>{t.sources}</h2>
          <ul>
            {s.sources.map((src) => (
              <li key={src.id}>{src.kind === 'case' ? <Link href={consolePath.case(src.id)}>{src.id}</Link> : src.id}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function DraftActions({ suggestion: s, onDone }: { suggestion: Suggestion; onDone: () => void }) {
  const { c, lang } = useConsoleText();
  const t = suggestionText[lang];
  const [title, setTitle] = useState(s.title);
  const [text, setText] = useState(s.text);
  const save = useSubmit(() => suggestionsApi.revise(s.id, { title: title.trim(), text: text.trim() }), onDone);
  const send = useSubmit(() => suggestionsApi.requestReview(s.id), onDone);
  return (
    <section class="c-card" aria-labelledby="suggestion-revise-heading">
      <h2 id="suggestion-revise-heading">{t.revise}</h2>
      <form
        class="c-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <Field id="revise-title" label={t.title}>
          <input id="revise-title" type="text" required maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field id="revise-text" label={t.text}>
          <textarea id="revise-text" rows={6} required maxLength={50000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </Field>
        <ErrorNotice error={save.error ?? send.error} />
        <button type="submit" class="button button--secondary" disabled={save.busy}>
          {save.busy ? c.common.saving : c.common.save}
        </button>{' '}
        <button type="button" class="button" disabled={send.busy} onClick={() => void send.run()} data-testid="request-review">
          {t.requestReview}
        </button>
      </form>
    </section>
  );
}

function ReviewForm({ suggestion: s, onDone }: { suggestion: Suggestion; onDone: () => void }) {
  const { lang } = useConsoleText();
  const t = suggestionText[lang];
  const [note, setNote] = useState('');
  const review = useSubmit((decision: 'approve' | 'return') => suggestionsApi.review(s.id, { decision, note: note.trim() || undefined }), onDone);
  return (
    <section class="c-card" aria-labelledby="suggestion-review-heading">
      <h2 id="suggestion-review-heading">{t.reviewHeading}</h2>
      <Field id="review-note" label={t.note} optional>
        <textarea id="review-note" rows={3} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={review.error} />
      <button type="button" class="button" disabled={review.busy} onClick={() => void review.run('approve')} data-testid="approve">
        {t.approve}
      </button>{' '}
      <button type="button" class="button button--secondary" disabled={review.busy} onClick={() => void review.run('return')}>
        {t.sendBack}
      </button>
    </section>
  );
}

function SubmitForm({ suggestion: s, onDone }: { suggestion: Suggestion; onDone: () => void }) {
  const { lang } = useConsoleText();
  const t = suggestionText[lang];
  const departments = useDepartments();
  const [toKind, setToKind] = useState<SubmissionTarget>('department');
  const [to, setTo] = useState('');
  const [submittedOn, setSubmittedOn] = useState(chinaToday());
  const submit = useSubmit(() => suggestionsApi.submit(s.id, { toKind, to: to.trim(), submittedOn }), onDone);
  return (
    <section class="c-card" aria-labelledby="suggestion-submit-heading">
      <h2 id="suggestion-submit-heading">{t.submitHeading}</h2>
      <form
        class="c-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit.run();
        }}
      >
        <Field id="submit-kind" label={t.toKind}>
          <select id="submit-kind" value={toKind} onChange={(e) => (setToKind(e.currentTarget.value as SubmissionTarget), setTo(''))}>
            {Object.entries(t.targets).map(([code, word]) => (
              <option key={code} value={code}>
                {word}
              </option>
            ))}
          </select>
        </Field>
        <Field id="submit-to" label={toKind === 'department' ? t.department : t.to}>
          {toKind === 'department' && departments ? (
            <select id="submit-to" required value={to} onChange={(e) => setTo(e.currentTarget.value)}>
              <option value="" />
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          ) : (
            <input id="submit-to" type="text" required maxLength={200} value={to} onInput={(e) => setTo(e.currentTarget.value)} />
          )}
        </Field>
        <Field id="submit-on" label={t.submittedOn}>
          <input id="submit-on" type="date" required value={submittedOn} onInput={(e) => setSubmittedOn(e.currentTarget.value)} />
        </Field>
        <ErrorNotice error={submit.error} />
        <button type="submit" class="button" disabled={submit.busy} data-testid="submit-suggestion">
          {t.submit}
        </button>
      </form>
    </section>
  );
}

function AdoptionForm({ suggestion: s, onDone }: { suggestion: Suggestion; onDone: () => void }) {
  const { lang } = useConsoleText();
  const t = suggestionText[lang];
  const [adoption, setAdoption] = useState<AdoptionStatus>(s.adoption?.status ?? 'pending');
  const [reason, setReason] = useState(s.adoption?.reason ?? '');
  const [adoptingBody, setAdoptingBody] = useState(s.adoption?.adoptingBody ?? '');
  const [decidedOn, setDecidedOn] = useState(s.adoption?.decidedOn ?? chinaToday());
  const [notes, setNotes] = useState(s.adoption?.implementationNotes ?? '');
  const record = useSubmit(
    () =>
      suggestionsApi.recordAdoption(s.id, {
        adoption,
        reason: reason.trim() || undefined,
        adoptingBody: adoptingBody.trim() || undefined,
        decidedOn: adoption === 'pending' ? undefined : decidedOn,
        implementationNotes: notes.trim() || undefined,
      }),
    onDone,
  );
  return (
    <section class="c-card" aria-labelledby="suggestion-adoption-heading">
      <h2 id="suggestion-adoption-heading">{t.adoptionHeading}</h2>
      <form
        class="c-form"
        onSubmit={(e) => {
          e.preventDefault();
          void record.run();
        }}
      >
        <Field id="adoption-status" label={t.adoption}>
          <select id="adoption-status" value={adoption} onChange={(e) => setAdoption(e.currentTarget.value as AdoptionStatus)}>
            {Object.entries(t.adoptions).map(([code, word]) => (
              <option key={code} value={code}>
                {word}
              </option>
            ))}
          </select>
        </Field>
        {adoption === 'not_adopted' && (
          <Field id="adoption-reason" label={t.reason}>
            <textarea id="adoption-reason" rows={3} required maxLength={5000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          </Field>
        )}
        {(adoption === 'adopted' || adoption === 'partly_adopted') && (
          <Field id="adoption-body" label={t.adoptingBody}>
            <input id="adoption-body" type="text" required maxLength={200} value={adoptingBody} onInput={(e) => setAdoptingBody(e.currentTarget.value)} />
          </Field>
        )}
        {adoption !== 'pending' && (
          <Field id="adoption-date" label={t.decidedOn}>
            <input id="adoption-date" type="date" required value={decidedOn} onInput={(e) => setDecidedOn(e.currentTarget.value)} />
          </Field>
        )}
        <Field id="adoption-notes" label={t.implementationNotes} optional>
          <textarea id="adoption-notes" rows={3} maxLength={20000} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
        </Field>
        <ErrorNotice error={record.error} />
        {record.done && (
          <p class="notice" role="status">
            {t.done}
          </p>
        )}
        <button type="submit" class="button" disabled={record.busy} data-testid="record-adoption">
          {t.record}
        </button>
      </form>
    </section>
  );
}

function History({ suggestion: s }: { suggestion: Suggestion }) {
  const { lang, formatDate } = useConsoleText();
  const t = suggestionText[lang];
  if (!s.history?.length) return null;
  return (
    <section class="c-card" aria-labelledby="suggestion-history-heading">
      <h2 id="suggestion-history-heading">{t.history}</h2>
      <ol data-testid="suggestion-history">
        {s.history.map((h, i) => (
          <li key={i}>
            <time dateTime={h.at}>{formatDate(h.at)}</time> · {t.actions[h.action] ?? h.action} · {h.actorId}
          </li>
        ))}
      </ol>
    </section>
  );
}
