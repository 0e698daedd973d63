import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, invalidField, notFound, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { OrganisationDirectory } from '@shangliang/organisation';
import type { Tx } from '@shangliang/persistence';
import { ConsultationItemRepository, type ConsultationItemRecord } from './consultation-item.repository';
import { isOnTeam } from './item-visibility';
import { ReferralDeadlinePolicy } from '../referrals/referral-deadline.policy';
import type { RecordConsultationCommand } from './record-consultation.command';

export interface ConsultationRecorded {
  problemId: string;
  consultationId: string;
  outcome: RecordConsultationCommand['outcome'];
  referralId: string | null;
}

/**
 * 解单: the team records its consultation and the outcome. The consultation, the referral (if
 * the problem goes to a department), the item's conclusion and the `consultation.concluded`
 * event commit together; a second submission finds the item concluded and writes nothing.
 */
@Injectable()
export class RecordConsultationUseCase {
  constructor(
    private readonly items: ConsultationItemRepository,
    private readonly directory: OrganisationDirectory,
    private readonly outbox: Outbox,
    private readonly deadlines: ReferralDeadlinePolicy,
  ) {}

  async execute(problemId: string, command: RecordConsultationCommand, staff: StaffPrincipal): Promise<ConsultationRecorded> {
    const item = await this.items.findById(problemId);
    if (!item) throw notFound('consultation item');
    if (staff.role !== 'admin' && !isOnTeam(item, staff.memberId)) throw forbidden("only the item's team records its consultation");
    if (item.status !== 'open') throw alreadyConcluded();
    await this.checkDepartments(command);
    // The team lead may give the department less time than the policy, never more.
    if (command.referral) await this.deadlines.check('referral.dueAt', new Date(command.referral.dueAt), item);

    const recorded: ConsultationRecorded = {
      problemId,
      consultationId: randomUUID(),
      outcome: command.outcome,
      referralId: command.referral ? randomUUID() : null,
    };
    await this.items.transaction((tx) => this.write(tx, item, command, recorded, staff));
    this.outbox.flush();
    return recorded;
  }

  /** Departments named in the body must exist, so a referral can never point at nobody. */
  private async checkDepartments(command: RecordConsultationCommand): Promise<void> {
    if (command.referral && !(await this.directory.department(command.referral.departmentId))) {
      throw invalidField('referral.departmentId', `unknown department "${command.referral.departmentId}"`);
    }
    const participating = command.participants.departmentIds ?? [];
    for (const [index, departmentId] of participating.entries()) {
      if (!(await this.directory.department(departmentId))) {
        throw invalidField(`participants.departmentIds.${index}`, `unknown department "${departmentId}"`);
      }
    }
  }

  private async write(tx: Tx, item: ConsultationItemRecord, command: RecordConsultationCommand, recorded: ConsultationRecorded, staff: StaffPrincipal): Promise<void> {
    if (!(await this.items.conclude(tx, item.problemId))) throw alreadyConcluded();
    await this.items.addConsultation(tx, {
      id: recorded.consultationId,
      problemId: item.problemId,
      form: command.form,
      heldAt: new Date(command.heldAt),
      venue: command.venue,
      participants: {
        residentRepresentatives: command.participants.residentRepresentatives,
        departmentIds: command.participants.departmentIds ?? [],
        notes: command.participants.notes ?? null,
      },
      summary: command.summary,
      outcome: command.outcome,
      recordedBy: staff.staffId,
    });
    const referral = command.referral && recorded.referralId ? { referralId: recorded.referralId, ...command.referral } : null;
    if (referral) {
      await this.items.addReferral(tx, {
        id: referral.referralId,
        problemId: item.problemId,
        departmentId: referral.departmentId,
        request: referral.request,
        dueAt: new Date(referral.dueAt),
      });
    }
    await this.outbox.add(tx, 'workflow-events', 'consultation.concluded', {
      eventId: ConsultationItemRepository.concludedEventId(item),
      problemId: item.problemId,
      consultationId: recorded.consultationId,
      outcome: command.outcome,
      form: command.form,
      referral: referral && { referralId: referral.referralId, departmentId: referral.departmentId, dueAt: new Date(referral.dueAt).toISOString() },
    });
  }
}

const alreadyConcluded = () => wrongStage('this item is already concluded; its consultation was recorded');
