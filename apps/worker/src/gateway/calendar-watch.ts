import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { WorkCalendarSource } from '@shangliang/organisation';

const EVERY_MS = 6 * 3_600_000;

/**
 * Operators' side of the December warning: while a council's next-year calendar is missing,
 * the worker (which hands every new problem its calendar) says so in its log at start and
 * every six hours; staff see the same warning in the console.
 */
@Injectable()
export class CalendarWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CalendarWatch.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly calendars: WorkCalendarSource) {}

  onApplicationBootstrap(): void {
    void this.check();
    this.timer = setInterval(() => void this.check(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async check(): Promise<void> {
    try {
      for (const { councilId, warning } of await this.calendars.warnings()) this.logger.warn(`council ${councilId}: ${warning.en}`);
    } catch (error) {
      this.logger.error(`could not check the working-day calendar: ${String(error)}`);
    }
  }
}
