import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, invalidField, notFound } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { OrganisationDirectory } from '@shangliang/organisation';
import { ConsultationItemRepository } from './consultation-item.repository';
import { ItemConclusion } from './item-conclusion';
import { isOnTeam } from './item-visibility';
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
    private readonly conclusion: ItemConclusion,
    private readonly outbox: Outbox,
  ) {}

  async execute(problemId: string, command: RecordConsultationCommand, staff: StaffPrincipal): Promise<ConsultationRecorded> {
    const item = await this.items.findById(problemId);
    if (!item) throw notFound('consultation item');
    if (staff.role !== 'admin' && !isOnTeam(item, staff.memberId)) throw forbidden("only the item's team records its consultation");
    await this.conclusion.check(item, command.referral);
    await this.checkParticipants(command);

    const consultationId = randomUUID();
    const referralId = await this.items.transaction(async (tx) => {
      const concluded = await this.conclusion.conclude(tx, item, { consultationId, form: command.form, outcome: command.outcome, referral: command.referral });
      await this.items.addConsultation(tx, {
        id: consultationId,
        problemId: item.problemId,
        round: item.round,
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
        concludedAt: new Date(),
        recordedBy: staff.staffId,
      });
      return concluded;
    });
    this.outbox.flush();
    return { problemId, consultationId, outcome: command.outcome, referralId };
  }

  /** Departments named as participants must exist. */
  private async checkParticipants(command: RecordConsultationCommand): Promise<void> {
    const participating = command.participants.departmentIds ?? [];
    for (const [index, departmentId] of participating.entries()) {
      if (!(await this.directory.department(departmentId))) {
        throw invalidField(`participants.departmentIds.${index}`, `unknown department "${departmentId}"`);
      }
    }
  }
}
