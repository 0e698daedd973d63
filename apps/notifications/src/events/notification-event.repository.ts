import { Injectable } from '@nestjs/common';
import { type Prisma, PrismaService } from '@shangliang/persistence';
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
   * deliveries to one each in any case). Returns the event's deliveries still to send.
   */
  async record(event: NewNotificationEvent, deliveries: PlannedDelivery[]): Promise<{ id: string; notBefore: Date | null }[]> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.notificationEvent.createMany({
        data: [
          {
            id: event.id,
            kind: event.kind,
            problemId: event.problemId,
            reference: event.reference,
            communityId: event.communityId,
            councilId: event.councilId,
            variables: event.facts as Prisma.InputJsonValue,
            occurredAt: event.occurredAt,
          },
        ],
        skipDuplicates: true,
      });
      if (count === 1 && deliveries.length) {
        await tx.notificationDelivery.createMany({
          data: deliveries.map((d) => ({ ...d, eventId: event.id, councilId: event.councilId })),
          skipDuplicates: true,
        });
      }
      return tx.notificationDelivery.findMany({ where: { eventId: event.id, status: 'pending' }, select: { id: true, notBefore: true } });
    });
  }
}
