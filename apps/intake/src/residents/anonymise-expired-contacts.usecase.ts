import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PrismaService } from '@shangliang/persistence';
import { INTAKE_CONFIG, type IntakeConfig } from '../intake.config';

/** Stages after which a resident's contact is no longer needed for that problem. */
const CLOSED_STAGES = ['archived', 'closed_unsuitable', 'merged'];

/**
 * PIPL: residents' names and phone numbers are kept only while needed. Once every problem a
 * resident raised or joined has been closed for the retention period, their contact is
 * anonymised (name, number and its digest erased; the row stays so history keeps its shape).
 */
@Injectable()
export class AnonymiseExpiredContactsUseCase {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  /** Returns how many contacts were anonymised; a sweep already running elsewhere is skipped. */
  async execute(): Promise<{ anonymised: number; skipped: boolean }> {
    const cutoff = new Date(Date.now() - this.config.retention.days * 24 * 3600 * 1000);
    return this.prisma.$transaction(async (tx) => {
      // One sweep at a time across instances.
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('intake.resident-retention')) AS locked`;
      if (!locked) return { anonymised: 0, skipped: true };
      const anonymised = await tx.$executeRaw`
        UPDATE intake.resident_contacts rc
        SET phone = NULL, name = NULL, phone_digest = NULL, consent_to_callback = false, anonymised_at = now()
        WHERE rc.anonymised_at IS NULL
          AND rc.created_at < ${cutoff}
          AND NOT EXISTS (
            SELECT 1 FROM intake.problems p
            LEFT JOIN intake.problem_reporters pr ON pr.problem_id = p.id AND pr.resident_id = rc.id
            WHERE (p.resident_id = rc.id OR pr.resident_id IS NOT NULL)
              AND (p.stage <> ALL(${CLOSED_STAGES}) OR p.updated_at >= ${cutoff})
          )`;
      return { anonymised, skipped: false };
    });
  }
}

/** Runs the anonymisation sweep periodically in every intake instance (one at a time). */
@Injectable()
export class ResidentRetentionSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ResidentRetentionSweeper.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly anonymise: AnonymiseExpiredContactsUseCase,
    @Inject(INTAKE_CONFIG) private readonly config: IntakeConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.retention.sweepIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      const { anonymised, skipped } = await this.anonymise.execute();
      if (!skipped && anonymised > 0) this.logger.log(`anonymised ${anonymised} resident contact(s) past retention`);
    } catch (error) {
      this.logger.error(`retention sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
