import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import { invalidField, notFound } from '@shangliang/http';
import { OrganisationDirectory } from '@shangliang/organisation';
import type { DepartmentChannelsCommand } from './department-channels.command';
import { type DepartmentChannelRecord, DepartmentChannelRepository } from './department-channel.repository';

/**
 * Admins configure how their council's departments are told. Each change is audited, with the
 * webhook secret never written to the audit or shown back (only whether one is set).
 */
@Injectable()
export class DepartmentChannelsUseCase {
  constructor(
    private readonly channels: DepartmentChannelRepository,
    private readonly directory: OrganisationDirectory,
  ) {}

  async get(staff: StaffPrincipal, departmentId: string) {
    const department = await this.departmentOf(staff, departmentId);
    return viewOf(department, await this.channels.find(departmentId));
  }

  async put(staff: StaffPrincipal, departmentId: string, command: DepartmentChannelsCommand) {
    const department = await this.departmentOf(staff, departmentId);
    const before = await this.channels.find(departmentId);
    const webhookSecret = command.webhook ? (command.webhook.secret ?? before?.webhookSecret ?? null) : null;
    if (command.webhook && !webhookSecret) throw invalidField('webhook.secret', 'is needed for a new webhook');
    const saved = await this.channels.save(
      {
        departmentId,
        councilId: department.councilId,
        email: command.email,
        smsPhone: command.smsPhone,
        webhookKind: command.webhook?.kind ?? null,
        webhookUrl: command.webhook?.url ?? null,
        webhookSecret,
        updatedBy: staff.staffId,
      },
      { actorId: staff.staffId, before: before && auditable(before), after: auditable({ ...command, webhookKind: command.webhook?.kind ?? null, webhookUrl: command.webhook?.url ?? null, webhookSecret }) },
    );
    return viewOf(department, saved);
  }

  private async departmentOf(staff: StaffPrincipal, departmentId: string) {
    const department = await this.directory.department(departmentId);
    // Another council's department is as good as missing to this admin.
    if (!department || department.councilId !== staff.councilId) throw notFound('department');
    return department;
  }
}

type Channels = Pick<DepartmentChannelRecord, 'webhookKind' | 'webhookUrl' | 'webhookSecret'> & { email: string | null; smsPhone: string | null };

function auditable(c: Channels) {
  return { email: c.email, smsPhone: c.smsPhone, webhookKind: c.webhookKind, webhookUrl: c.webhookUrl, webhookSecretSet: Boolean(c.webhookSecret) };
}

function viewOf(department: { id: string; name: string }, c: DepartmentChannelRecord | null) {
  return {
    departmentId: department.id,
    departmentName: department.name,
    email: c?.email ?? null,
    smsPhone: c?.smsPhone ?? null,
    webhook: c?.webhookUrl && c.webhookKind ? { kind: c.webhookKind, url: c.webhookUrl, secretSet: Boolean(c.webhookSecret) } : null,
    updatedAt: c?.updatedAt ?? null,
    updatedBy: c?.updatedBy ?? null,
  };
}
