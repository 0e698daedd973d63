import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffPrincipal } from '@shangliang/auth';
import type { ReferralStep } from '@shangliang/contracts';
import { notFound, wrongStage } from '@shangliang/http';
import { Outbox } from '@shangliang/messaging';
import { isUniqueViolation, type Prisma, type Tx } from '@shangliang/persistence';
import { checkActor, type StepActor } from './referral-step-access';
import { ReferralStepRepository, type ReferralForStep } from './referral-step.repository';
import type { ReferralStatus } from './referral-status';

export interface StepSpec {
  actor: StepActor;
  /** The referral must stand in one of these (409 wrong_stage otherwise, with `refusal`). */
  from: readonly ReferralStatus[];
  /** A further guard on the referral's row (a pending extension, say). */
  where?: Prisma.ReferralWhereInput;
  data: Prisma.ReferralUpdateManyMutationInput & { status?: ReferralStatus };
  step: ReferralStep;
  /** What the console shows of the step (may say more than the workflow needs to know). */
  detail: Prisma.InputJsonObject;
  refusal: string;
  /** Makes a repeated request one step (already bound to the caller). */
  idempotencyKey?: string;
  /** Writes that belong with the step (a new referral, a reopened item). */
  alsoWrite?: (tx: Tx) => Promise<void>;
}

export interface StepTaken {
  referralId: string;
  problemId: string;
  stepId: string;
  kind: ReferralStep['kind'];
  status: string;
}

/**
 * Takes one step on a referral: the guarded status change, the step's row and its
 * `referral.stepped` event commit together, so a step the console saw succeed always reaches
 * the workflow, and a double click finds the referral moved on and writes nothing.
 */
@Injectable()
export class ReferralStepRunner {
  constructor(
    private readonly referrals: ReferralStepRepository,
    private readonly outbox: Outbox,
  ) {}

  async load(referralId: string, actor: StepActor, staff: StaffPrincipal): Promise<ReferralForStep> {
    const referral = await this.referrals.findForStep(referralId);
    if (!referral) throw notFound('referral');
    checkActor(actor, referral, staff);
    return referral;
  }

  async run(referral: ReferralForStep, staff: StaffPrincipal, spec: StepSpec): Promise<StepTaken> {
    if (spec.idempotencyKey) {
      const earlier = await this.referrals.findStepByKey(referral.id, spec.idempotencyKey);
      if (earlier) return taken(referral, earlier.id, spec, referral.status);
    }
    // Its workflow runs the earlier ladder, which would never hear of the step.
    if (!referral.departmentSteps) throw wrongStage('this referral was opened before departments took steps: answer it once (POST /referrals/:id/response)');
    if (!spec.from.includes(referral.status as ReferralStatus)) throw wrongStage(spec.refusal);
    const stepId = randomUUID();
    try {
      await this.referrals.transaction(async (tx) => {
        if (!(await this.referrals.transition(tx, referral.id, { ...spec.where, status: { in: [...spec.from] } }, spec.data))) throw wrongStage(spec.refusal);
        await this.referrals.addStep(tx, {
          id: stepId,
          referralId: referral.id,
          kind: spec.step.kind,
          detail: spec.detail,
          actorStaffId: staff.staffId,
          idempotencyKey: spec.idempotencyKey ?? null,
        });
        await spec.alsoWrite?.(tx);
        await this.outbox.add(tx, 'workflow-events', 'referral.stepped', {
          eventId: `${referral.id}.${spec.step.kind}.${stepId}`,
          problemId: referral.problemId,
          referralId: referral.id,
          step: spec.step,
        });
      });
    } catch (error) {
      // Two requests with one key raced: the other committed the step, this one wrote nothing.
      const earlier = spec.idempotencyKey && isUniqueViolation(error) ? await this.referrals.findStepByKey(referral.id, spec.idempotencyKey) : null;
      if (earlier) return taken(referral, earlier.id, spec, referral.status);
      throw error;
    }
    this.outbox.flush();
    return taken(referral, stepId, spec, spec.data.status ?? referral.status);
  }
}

function taken(referral: ReferralForStep, stepId: string, spec: StepSpec, status: string): StepTaken {
  return { referralId: referral.id, problemId: referral.problemId, stepId, kind: spec.step.kind, status };
}
