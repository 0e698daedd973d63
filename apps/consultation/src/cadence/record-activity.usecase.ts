import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { forbidden, invalidField } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import { PrismaService } from '@shangliang/persistence';
import type { RecordActivityCommand } from './record-activity.command';

/** A convener records an activity held in their own township or street (admins for any). */
@Injectable()
export class RecordActivityUseCase {
  constructor(
    private readonly prisma: PrismaService,
    private readonly directory: OrganisationDirectory,
  ) {}

  async execute(command: RecordActivityCommand, staff: StaffPrincipal) {
    const localityId = command.localityId ?? staff.localityId;
    if (!localityId) throw invalidField('localityId', 'required');
    if (staff.role === 'convener' && localityId !== staff.localityId) throw forbidden('conveners record activities of their own township or street');
    const localities = await this.directory.localities(staff.councilId);
    if (!localities.some((l) => l.id === localityId)) throw invalidField('localityId', `unknown locality "${localityId}"`);
    return this.prisma.convenerActivity.create({
      data: { id: randomUUID(), localityId, kind: command.kind, heldAt: new Date(command.heldAt), topic: command.topic, participants: command.participants, recordedBy: staff.staffId },
    });
  }
}
