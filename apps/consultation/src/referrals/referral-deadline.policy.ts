import { Inject, Injectable } from '@nestjs/common';
import { PROBLEM_CATEGORIES, URGENCIES, type ProblemCategory, type Urgency, type WorkCalendar } from '@shangliang/contracts';
import { WorkCalendarSource } from '@shangliang/organisation';
import { latestReferralDeadline, loadDeadlinePolicyFile, type DeadlinePolicyFile } from '@shangliang/config';
import { invalidField } from '@shangliang/http';
import { CONSULTATION_CONFIG, type ConsultationConfig } from '../consultation.config';

/**
 * The longest a department may be given (the deadline policy, category × urgency, usually in
 * working days): the team lead may set an earlier deadline, never a later one.
 */
@Injectable()
export class ReferralDeadlinePolicy {
  private readonly file: DeadlinePolicyFile;

  constructor(
    @Inject(CONSULTATION_CONFIG) config: Pick<ConsultationConfig, 'deadlines'>,
    private readonly calendars: WorkCalendarSource,
  ) {
    this.file = loadDeadlinePolicyFile(config.deadlines.policyFile);
  }

  /** Counted on the calendar of the problem's council (the national one plus its adjustments). */
  async latest(item: Item, fromMs: number = Date.now()): Promise<Date> {
    const calendar: WorkCalendar = await this.calendars.forCommunity(item.communityId, new Date(fromMs));
    return new Date(latestReferralDeadline(this.file, categoryOf(item.category), urgencyOf(item.urgency), fromMs, calendar));
  }

  /** A 400 naming `field` when `dueAt` lies past what the policy allows from now. */
  async check(field: string, dueAt: Date, item: Item): Promise<void> {
    const latest = await this.latest(item);
    if (dueAt.getTime() > latest.getTime()) {
      throw invalidField(field, `must be no later than ${latest.toISOString()}, the deadline policy's limit for this category and urgency`);
    }
  }
}

type Item = { category: string; urgency: string | null; communityId: string };

const categoryOf = (category: string): ProblemCategory => ((PROBLEM_CATEGORIES as readonly string[]).includes(category) ? (category as ProblemCategory) : 'other');
// Items opened before release 3 carry no urgency; the policy's default then applies.
const urgencyOf = (urgency: string | null): Urgency => ((URGENCIES as readonly string[]).includes(urgency ?? '') ? (urgency as Urgency) : 'normal');
