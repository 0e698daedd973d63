import type { StaffPrincipal } from '@shangliang/auth';
import type { Prisma, Tx } from '@shangliang/persistence';

export type AuditAction = 'create' | 'update' | 'delete' | 'rebalance';

/** Every change to the organisation is recorded with who made it and what it was before. */
export function audit(tx: Tx, staff: StaffPrincipal, action: AuditAction, entity: string, entityId: string, before: unknown, after: unknown) {
  return tx.organisationAudit.create({
    data: {
      actorId: staff.staffId,
      councilId: staff.councilId,
      action,
      entity,
      entityId,
      before: (before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
