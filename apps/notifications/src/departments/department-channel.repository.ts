import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';

export type DepartmentChannelRecord = Prisma.DepartmentChannelGetPayload<object>;
export type DepartmentChannelInput = Omit<DepartmentChannelRecord, 'updatedAt'>;

/** How each department is reached (e-mail, the head's mobile, its OA or WeCom webhook). */
@Injectable()
export class DepartmentChannelRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(departmentId: string): Promise<DepartmentChannelRecord | null> {
    return this.prisma.departmentChannel.findUnique({ where: { departmentId } });
  }

  /** Saves the department's channels and the audit row of the change together. */
  save(input: DepartmentChannelInput, audit: { actorId: string; before: unknown; after: unknown }): Promise<DepartmentChannelRecord> {
    const { departmentId, ...data } = input;
    return this.prisma.$transaction(async (tx) => {
      const saved = await tx.departmentChannel.upsert({ where: { departmentId }, create: input, update: data });
      await tx.notificationAudit.create({
        data: {
          actorId: audit.actorId,
          councilId: input.councilId,
          action: audit.before ? 'update' : 'create',
          entity: 'department_channels',
          entityId: departmentId,
          before: (audit.before ?? undefined) as Prisma.InputJsonValue | undefined,
          after: audit.after as Prisma.InputJsonValue,
        },
      });
      return saved;
    });
  }
}
