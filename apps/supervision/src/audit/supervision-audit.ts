import type { StaffPrincipal } from '@shangliang/auth';
import type { Prisma, Tx } from '@shangliang/persistence';

export type SupervisionAuditAction = 'create' | 'update' | 'request_review' | 'approve' | 'return' | 'submit' | 'adoption' | 'import';
export type SupervisionAuditEntity = 'suggestion' | 'case' | 'history_import';

/**
 * Every change to the banks is recorded with who made it and what it was before, in the same
 * transaction as the change (as the organisation admin does): no change without its audit row.
 */
export function audit(
  tx: Tx,
  actor: Pick<StaffPrincipal, 'staffId' | 'councilId'>,
  action: SupervisionAuditAction,
  entity: SupervisionAuditEntity,
  entityId: string,
  before: unknown,
  after: unknown,
) {
  return tx.supervisionAudit.create({
    data: {
      actorId: actor.staffId.slice(0, 32),
      councilId: actor.councilId,
      action,
      entity,
      entityId,
      before: (before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}
