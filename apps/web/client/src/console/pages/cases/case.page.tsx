import { useState } from 'preact/hooks';
import { Field } from '../../../components/field.component';
import { Link } from '../../../components/link.component';
import { type CaseRecord, supervisionApi } from '../../api/supervision.api';
import { can } from '../../auth/console-access';
import { useStaff } from '../../auth/session';
import { ErrorNotice } from '../../components/error-notice.component';
import { Facts } from '../../components/facts.component';
import { LoadView } from '../../components/load-view.component';
import { useCommunityName } from '../../hooks/use-communities';
import { useQuery } from '../../hooks/use-query';
import { useSubmit } from '../../hooks/use-submit';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { caseBankText } from './case-bank.messages';

/** One case: how it was settled, and its write-up (supervisors, conveners and admins edit it). */
export function CasePage({ caseId }: { caseId: string }) {
  const { c, lang } = useConsoleText();
  const staff = useStaff();
  const [loaded, reload] = useQuery(() => supervisionApi.case(caseId), [caseId]);
  return (
    <article class="c-detail">
      <Link href={consolePath.section('cases')} class="c-back">
        {c.cases.back}
      </Link>
      <LoadView state={loaded} retry={reload}>
        {(record) => (
          <>
            <CaseSummary record={record} />
            {can.draftSuggestions(staff.role) && (
              <p>
                <Link href={consolePath.newSuggestion(record.id)} class="button button--secondary">
                  {caseBankText[lang].draftSuggestion}
                </Link>
              </p>
            )}
            {can.editCases(staff.role) && <CaseEditForm key={record.id} record={record} onSaved={reload} />}
          </>
        )}
      </LoadView>
    </article>
  );
}

function CaseSummary({ record }: { record: CaseRecord }) {
  const { c, label, word, formatDate, lang } = useConsoleText();
  const communityName = useCommunityName();
  return (
    <section class="c-card" aria-labelledby="case-title">
      <h1 id="case-title">{record.title}</h1>
      {record.typical && <span class="badge c-badge--ok">{c.cases.typical}</span>}
      <Facts
        facts={[
          [c.common.reference, record.reference, 'reference'],
          [c.common.category, label(record.categoryLabel, record.category)],
          [c.common.community, communityName(record.communityId)],
          [c.cases.outcome, word(c.outcomes, record.outcome)],
          [c.cases.team, [record.leadMemberId, ...record.memberIds.filter((m) => m !== record.leadMemberId)].filter(Boolean).join('、')],
          record.departmentId ? [c.cases.department, record.departmentId] : null,
          record.escalationRungs.length ? [c.cases.rungs, record.escalationRungs.map((r) => label(r.label, r.rung)).join(' → ')] : null,
          record.outcomeNote ? [caseBankText[lang].outcomeNote, record.outcomeNote] : null,
          [c.cases.satisfaction, word(c.satisfaction, record.satisfaction)],
          [c.common.createdAt, formatDate(record.submittedAt)],
          [c.cases.archivedAt, formatDate(record.archivedAt)],
        ]}
      />
      {record.writeUp && <p class="c-prose">{record.writeUp}</p>}
    </section>
  );
}

function CaseEditForm({ record, onSaved }: { record: CaseRecord; onSaved: () => void }) {
  const { c, lang } = useConsoleText();
  const [title, setTitle] = useState(record.title);
  const [writeUp, setWriteUp] = useState(record.writeUp ?? '');
  const [outcomeNote, setOutcomeNote] = useState(record.outcomeNote ?? '');
  const [typical, setTypical] = useState(record.typical);
  const save = useSubmit(() => supervisionApi.updateCase(record.id, { title: title.trim(), writeUp: writeUp.trim(), outcomeNote: outcomeNote.trim(), typical }), onSaved);
  return (
    <section class="c-card" aria-labelledby="case-edit-heading">
      <h2 id="case-edit-heading">{c.cases.edit}</h2>
      <form
        class="c-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save.run();
        }}
      >
        <Field id="case-title-input" label={c.common.title}>
          <input id="case-title-input" type="text" required maxLength={200} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </Field>
        <Field id="case-write-up" label={c.cases.writeUp}>
          <textarea id="case-write-up" rows={8} maxLength={50000} value={writeUp} onInput={(e) => setWriteUp(e.currentTarget.value)} />
        </Field>
        <Field id="case-outcome-note" label={caseBankText[lang].outcomeNote}>
          <textarea id="case-outcome-note" rows={3} maxLength={10000} value={outcomeNote} onInput={(e) => setOutcomeNote(e.currentTarget.value)} />
        </Field>
        <label class="checkbox">
          <input type="checkbox" checked={typical} onChange={(e) => setTypical(e.currentTarget.checked)} />
          {c.cases.markTypical}
        </label>
        <ErrorNotice error={save.error} />
        {save.done && (
          <p class="notice" role="status">
            {c.cases.saved}
          </p>
        )}
        <button type="submit" class="button" disabled={save.busy}>
          {save.busy ? c.common.saving : c.common.save}
        </button>
      </form>
    </section>
  );
}
