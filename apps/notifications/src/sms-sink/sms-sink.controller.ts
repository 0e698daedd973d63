import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentStaff, Roles, type StaffPrincipal } from '@shangliang/auth';
import { notFound } from '@shangliang/http';
import { NOTIFICATIONS_CONFIG, type NotificationsConfig } from '../notifications.config';

class SinkQuery extends createZodDto(z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) })) {}

interface SinkMessage {
  phoneNumbers: string;
  [field: string]: unknown;
}

/** 138****5678: admins see that a text went out and what it said, not whole numbers. */
export function maskPhone(phone: string): string {
  return phone.replace(/\d+/g, (n) => (n.length >= 7 ? `${n.slice(0, 3)}****${n.slice(-4)}` : n));
}

/**
 * The local SMS sink's messages (development and demo systems, where no real gateway is used),
 * read through this service so the console can show admins what would have been texted.
 * Not found where no sink is configured (production).
 */
@ApiTags('notifications (admin)')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/notifications/sms-sink')
export class SmsSinkController {
  constructor(@Inject(NOTIFICATIONS_CONFIG) private readonly config: Pick<NotificationsConfig, 'sms' | 'deliveries'>) {}

  @Get('messages')
  @ApiOperation({ summary: 'Texts the local SMS sink received, newest first, numbers masked (development and demo systems only).' })
  async messages(@Query(ZodValidationPipe) query: SinkQuery, @CurrentStaff() _staff: StaffPrincipal) {
    if (!this.config.sms.sinkUrl) throw notFound('SMS sink');
    const messages = await this.fetchMessages(this.config.sms.sinkUrl);
    const items = messages
      .slice(-query.limit)
      .reverse()
      .map((m) => ({ ...m, phoneNumbers: maskPhone(m.phoneNumbers) }));
    return { items, total: messages.length };
  }

  /** A sink that is not running is as good as none (it is a development tool, not a dependency). */
  private async fetchMessages(sinkUrl: string): Promise<SinkMessage[]> {
    try {
      const res = await fetch(`${sinkUrl}/messages`, { signal: AbortSignal.timeout(this.config.deliveries.sendTimeoutMs) });
      if (res.ok) return ((await res.json()) as { messages: SinkMessage[] }).messages;
    } catch {
      /* not running: answered below */
    }
    throw notFound('SMS sink');
  }
}
