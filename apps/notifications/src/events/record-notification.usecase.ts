import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { audiencesOf, notificationEventOf, type NotificationEventKind, type PayloadOf } from '@shangliang/contracts';
import { OrganisationDirectory } from '@shangliang/organisation';
import { DeliveryQueue } from '../deliveries/delivery.queue';
import { NotificationClock } from '../deliveries/notification-clock';
import { sendableAt } from '../deliveries/quiet-hours';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../notifications.config';
import type { PlannedDelivery } from '../recipients/recipient';
import { RecipientResolver } from '../recipients/recipient-resolver';
import type { EventFactsInput } from '../templates/event-facts';
import { NotificationEventRepository } from './notification-event.repository';
import { type ProblemContext, ProblemContextRepository } from './problem-context.repository';

type Progressed = PayloadOf<'notifications', 'problem.progressed'>;
type QuestionAsked = PayloadOf<'notifications', 'resident.question-asked'>;
type CadenceBehind = PayloadOf<'notifications', 'cadence.behind'>;
type Detail = Progressed['detail'];

/** Democratic supervision of a department's referral: the department reads it on the referral's page too. */
const OPENS_THE_REFERRAL: ReadonlySet<NotificationEventKind> = new Set([
  'supervision.notice_issued',
  'supervision.notice_answered',
  'supervision.point_to_point',
  'supervision.finding',
  'supervision.closed',
]);

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/**
 * A step of a problem reached the notifications context: learn what later steps need (the
 * team lead, the current referral), decide who is told (WHO_IS_TOLD), record the event with one
 * delivery per recipient and channel, and queue each delivery as its own job. Redelivering the
 * same message records nothing new and only queues what is still pending.
 */
@Injectable()
export class RecordNotificationUseCase {
  private readonly logger = new Logger(RecordNotificationUseCase.name);

  constructor(
    private readonly events: NotificationEventRepository,
    private readonly contexts: ProblemContextRepository,
    private readonly recipients: RecipientResolver,
    private readonly directory: OrganisationDirectory,
    private readonly queue: DeliveryQueue,
    private readonly clock: NotificationClock,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'quietHours'>,
  ) {}

  async progressed(step: Progressed): Promise<void> {
    await this.contexts.learn(step.problemId, learnedFrom(step.kind, step.detail));
    const kind = notificationEventOf(step);
    if (kind) await this.notify(kind, step, step.detail, step.dueAt ?? null, outcomeOf(step));
  }

  async questionAsked(question: QuestionAsked): Promise<void> {
    await this.notify('resident.question', question, {}, null, null);
  }

  /**
   * The daily cadence check found a locality or a group behind. Not about a problem: the event
   * stands under the subject (`cadence:<locality|group>:<id>`) with the period as its reference,
   * and opens the console's overview, where the cadence table is.
   */
  async cadenceBehind(e: CadenceBehind): Promise<void> {
    const kind = e.subject === 'locality' ? 'cadence.locality_behind' : 'cadence.group_behind';
    const subject = { eventId: e.eventId, problemId: `cadence:${e.subject}:${e.subjectId}`, reference: e.period, communityId: e.communityId ?? e.subjectId, category: 'other' as const, occurredAt: e.occurredAt, residentReporterIds: [] };
    await this.notify(kind, subject, {}, e.periodEndsAt ?? null, e.status, { localityId: e.subject === 'locality' ? e.subjectId : null, name: e.placeName });
  }

  private async notify(
    kind: NotificationEventKind,
    event: QuestionAsked,
    detail: Detail,
    dueAt: string | null,
    outcome: string | null,
    place: { localityId: string | null; name: string } | null = null,
  ): Promise<void> {
    const context = await this.contexts.find(event.problemId);
    const departmentId = text(detail.departmentId) ?? context.departmentId;
    // A referral's notices open the referral (its department, team lead and supervisors all
    // read it there; a department cannot open the problem bank); anything else the problem.
    const referralId = kind.startsWith('referral.') || OPENS_THE_REFERRAL.has(kind) ? (text(detail.referralId) ?? context.referralId ?? null) : null;
    const consolePath = kind.startsWith('cadence.') ? '/console' : referralId ? `/console/referrals/${encodeURIComponent(referralId)}` : `/console/problems/${event.problemId}`;
    const level = typeof detail.level === 'number' ? detail.level : null;
    const [community, councilId, department] = await Promise.all([
      // The name in the message: remembered for a minute, like intake's submissions.
      this.directory.cachedCommunity(event.communityId),
      place?.localityId ? this.directory.councilOfLocality(place.localityId) : this.directory.councilOfCommunity(event.communityId),
      departmentId ? this.directory.department(departmentId) : null,
    ]);
    const recipients = await this.recipients.resolve(audiencesOf(kind, level ?? undefined), {
      communityId: event.communityId,
      localityId: place?.localityId ?? null,
      councilId,
      departmentId,
      leadMemberId: context.leadMemberId,
      residentReporterIds: event.residentReporterIds,
    });
    const now = this.clock.now();
    const quietUntil = sendableAt(now, this.config.quietHours);
    const deliveries: PlannedDelivery[] = recipients.flatMap((r) =>
      r.channels.map((channel) => ({
        id: randomUUID(),
        recipientKey: r.key,
        channel,
        locale: r.locale,
        // Only residents' texts wait out the night; staff and departments are told at once.
        notBefore: r.key.startsWith('resident:') && quietUntil > now ? quietUntil : null,
      })),
    );
    const facts: EventFactsInput = {
      reference: event.reference,
      communityName: place?.name ?? community?.name ?? event.communityId,
      consolePath,
      departmentName: department?.name ?? null,
      dueAt,
      rung: text(detail.rung),
      level,
      outcome,
      reason: text(detail.reasonCode) ?? text(detail.reason),
    };
    const pending = await this.events.record(
      { id: event.eventId, kind, problemId: event.problemId, reference: event.reference, communityId: event.communityId, councilId, facts, occurredAt: new Date(event.occurredAt) },
      deliveries,
    );
    await this.queue.enqueue(pending);
    this.logger.log(`${kind} for ${event.reference}: ${pending.length} deliveries pending (${recipients.length} recipients)`);
  }
}

/** What a step teaches about the problem for later steps. */
export function learnedFrom(kind: string, detail: Detail): Partial<ProblemContext> {
  if (kind === 'team_formed') return { leadMemberId: text(detail.leadMemberId) ?? undefined };
  const departmentId = text(detail.departmentId);
  const referralId = text(detail.referralId);
  return departmentId && referralId ? { departmentId, referralId } : {};
}

/** The outcome a step reports: the consultation's, the screening's, an extension decision's. */
function outcomeOf(step: Progressed): string | null {
  if (step.kind === 'stage_entered' && step.stage === 'assignment') return 'suitable';
  if (step.kind === 'stage_entered' && step.stage === 'closed_unsuitable') return 'unsuitable';
  if (typeof step.detail.approved === 'boolean') return step.detail.approved ? 'approved' : 'refused';
  return text(step.detail.outcome) ?? text(step.detail.decision) ?? text(step.detail.finding);
}
