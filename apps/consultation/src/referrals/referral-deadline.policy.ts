import { Inject, Injectable } from '@nestjs/common';
import { PROBLEM_CATEGORIES, URGENCIES, type ProblemCategory, type Urgency, type WorkCalendar } from '@shangliang/contracts';
import { latestReferralDeadline, loadDeadlinePolicyFile, loadWorkCalendar, type DeadlinePolicyFile } from '@shangliang/config';
import { invalidField } from '@shangliang/http';
import { CONSULTATION_CONFIG, type ConsultationConfig } from '../consultation.config';

/**
 * The longest a department may be given (the deadline policy, category × urgency, usually in
 * working days): the team lead may set an earlier deadline, never a later one.
 */
@Injectable()
export class ReferralDeadlinePolicy {
  private readonly file: DeadlinePolicyFile;
  private readonly calendar: WorkCalendar;

  constructor(@Inject(CONSULTATION_CONFIG) config: Pick<ConsultationConfig, 'deadlines'>) {
    this.file = loadDeadlinePolicyFile(config.deadlines.policyFile);
    this.calendar = loadWorkCalendar(config.deadlines.calendarFile);
  }

  latest(item: { category: string; urgency: string | null }, fromMs: number = Date.now()): Date {
    return new Date(latestReferralDeadline(this.file, categoryOf(item.category), urgencyOf(item.urgency), fromMs, this.calendar));
  }

  /** A 400 naming `field` when `dueAt` lies past what the policy allows from now. */
  check(field: string, dueAt: Date, item: { category: string; urgency: string | null }): void {
    const latest = this.latest(item);
    if (dueAt.getTime() > latest.getTime()) {
      throw invalidField(field, `must be no later than ${latest.toISOString()}, the deadline policy's limit for this category and urgency`);
    }
  }
}

const categoryOf = (category: string): ProblemCategory => ((PROBLEM_CATEGORIES as readonly string[]).includes(category) ? (category as ProblemCategory) : 'other');
// Items opened before release 3 carry no urgency; the policy's default then applies.
const urgencyOf = (urgency: string | null): Urgency => ((URGENCIES as readonly string[]).includes(urgency ?? '') ? (urgency as Urgency) : 'normal');
