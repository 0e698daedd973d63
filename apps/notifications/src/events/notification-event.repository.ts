import { Injectable } from '@nestjs/common';
import { PrismaService } from '@shangliang/persistence';
import type { EventFactsInput } from '../templates/event-facts';
import type { PlannedDelivery } from '../recipients/recipient';

export interface NewNotificationEvent {
  id: string;
  kind: string;
  problemId: string;
  reference: string;
  communityId: string;
  councilId: string | null;
  facts: EventFactsInput;
  occurredAt: Date;
}

/** Notification events and their deliveries. Only the notifications service uses it. */
@Injectable()
export class NotificationEventRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Records the event and one delivery per planned (recipient, channel), once: a redelivered
   * event finds its row and adds nothing (the unique (event, recipient, channel) key holds the
   * deliveries to one each in any case). Returns the event's deliveries still to send. One
   * statement, with no transaction held open across round trips: every step somebody is told
   * of passes here (the inserted rows are not visible to the statement's own read, hence the
   * two branches).
   */
  async record(event: NewNotificationEvent, deliveries: PlannedDelivery[]): Promise<{ id: string; notBefore: Date | null }[]> {
    const planned = JSON.stringify(deliveries.map((d) => ({ id: d.id, recipient_key: d.recipientKey, channel: d.channel, locale: d.locale, not_before: d.notBefore?.toISOString() ?? null })));
    const rows = await this.prisma.$queryRaw<{ id: string; not_before: Date | null }[]>`
      WITH event AS (
        INSERT INTO notifications.notification_events (id, kind, problem_id, reference, community_id, council_id, variables, occurred_at)
        VALUES (${event.id}, ${event.kind}, ${event.problemId}, ${event.reference}, ${event.communityId}, ${event.councilId}, ${JSON.stringify(event.facts)}::jsonb, ${event.occurredAt})
        ON CONFLICT (id) DO NOTHING
        RETURNING id),
      inserted AS (
        INSERT INTO notifications.notification_deliveries (id, event_id, recipient_key, channel, council_id, locale, not_before)
        SELECT d.id, event.id, d.recipient_key, d.channel, ${event.councilId}, d.locale, d.not_before
        FROM event, jsonb_to_recordset(${planned}::jsonb) AS d(id uuid, recipient_key text, channel text, locale text, not_before timestamptz)
        ON CONFLICT DO NOTHING
        RETURNING id, not_before)
      SELECT id::text AS id, not_before FROM inserted
      UNION ALL
      SELECT id::text, not_before FROM notifications.notification_deliveries
      WHERE event_id = ${event.id} AND status = 'pending' AND NOT EXISTS (SELECT 1 FROM event)`;
    return rows.map((r) => ({ id: r.id, notBefore: r.not_before }));
  }
}
