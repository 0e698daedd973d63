import { consultationApi, type ConsultationItemDetail } from '../../api/consultation.api';
import { intakeStaffApi, type Problem } from '../../api/intake.api';
import { Link } from '../../../components/link.component';
import { useStaff } from '../../auth/session';
import { DueDate } from '../../components/due-date.component';
import { Facts } from '../../components/facts.component';
import { LoadView } from '../../components/load-view.component';
import { useCategoryLabel } from '../../hooks/use-category-label';
import { useCommunityName } from '../../hooks/use-communities';
import { useQuery } from '../../hooks/use-query';
import { useConsoleText } from '../../i18n/use-console-text';
import { consolePath } from '../../routing/console-routes';
import { ConsultationRecords } from './consultation-records.component';
import { RecordConsultationForm } from './record-consultation-form.component';
import { ChangeTeamForm, ConcludeItemForm, RecordSessionForm } from './consultation-sessions.component';
import { consultationSessionsText } from './consultation-sessions.messages';
import { ReferralCard } from '../referrals/referral-card.component';

/** One consultation item: its team, what was recorded, its referrals, and the form to record. */
export function ConsultationItemPage({ problemId }: { problemId: string }) {
  const { c } = useConsoleText();
  const [loaded, reload] = useQuery(() => Promise.all([consultationApi.item(problemId), intakeStaffApi.problem(problemId).catch(() => null)]), [problemId]);
  return (
    <article class="c-detail">
      <Link href={consolePath.section('consultations')} class="c-back">
        {c.consultations.back}
      </Link>
      <LoadView state={loaded} retry={reload}>
        {([item, problem]) => <ItemDetail item={item} problem={problem} onRecorded={reload} />}
      </LoadView>
    </article>
  );
}

function ItemDetail({ item, problem, onRecorded }: { item: ConsultationItemDetail; problem: Problem | null; onRecorded: () => void }) {
  const { c, word, lang } = useConsoleText();
  const t = consultationSessionsText[lang];
  const staff = useStaff();
  const categoryLabel = useCategoryLabel();
  const communityName = useCommunityName();
  const onTeam = staff.memberId !== null && (item.leadMemberId === staff.memberId || item.memberIds.includes(staff.memberId));
  return (
    <>
      <section class="c-card" aria-labelledby="item-title">
        <h1 id="item-title">{problem?.title ?? item.reference}</h1>
        <Facts
          facts={[
            [c.common.reference, <Link href={consolePath.problem(item.problemId)}>{item.reference}</Link>],
            [c.common.status, word(c.consultations.itemStatus, item.status), 'item-status'],
            [c.common.category, categoryLabel(item.category)],
            [c.common.community, communityName(item.communityId)],
            [c.consultations.lead, item.leadMemberId],
            [c.consultations.team, item.memberIds.join('、')],
            [c.common.dueAt, <DueDate iso={item.dueAt} />],
            item.reopenReason ? [t.reopenReason, t.reopened[item.reopenReason] ?? item.reopenReason, 'reopen-reason'] : null,
            item.participantDepartmentId ? [t.participantDepartment, item.participantDepartmentId] : null,
          ]}
        />
        {problem && <p class="c-prose">{problem.description}</p>}
      </section>
      <ConsultationRecords consultations={item.consultations} />
      {item.referrals.length > 0 && (
        <section class="c-card" aria-labelledby="item-referrals">
          <h2 id="item-referrals">{c.consultations.referrals}</h2>
          <ul class="c-list c-list--plain">
            {item.referrals.map((r) => (
              <ReferralCard key={r.id} referral={r} />
            ))}
          </ul>
        </section>
      )}
      {item.status === 'open' && item.reopenReason && (staff.role === 'group_leader' || staff.role === 'admin') && (
        <ChangeTeamForm problemId={item.problemId} lead={item.leadMemberId} team={item.memberIds} onChanged={onRecorded} />
      )}
      {item.status === 'open' &&
        (onTeam || staff.role === 'admin' ? (
          <>
            <RecordSessionForm problemId={item.problemId} team={[item.leadMemberId, ...item.memberIds.filter((m) => m !== item.leadMemberId)]} onRecorded={onRecorded} />
            {(item.leadMemberId === staff.memberId || staff.role === 'admin') && <ConcludeItemForm problemId={item.problemId} onConcluded={onRecorded} />}
            <RecordConsultationForm problemId={item.problemId} onRecorded={onRecorded} />
          </>
        ) : (
          <p class="muted">{c.consultations.notOnTeam}</p>
        ))}
    </>
  );
}
