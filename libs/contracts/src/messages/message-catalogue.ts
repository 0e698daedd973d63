import { z } from 'zod';
import type { QueueName } from './queue-names';
import { ASSIGNMENT_COMMANDS, CONSULTATION_COMMANDS, INTAKE_COMMANDS, SUPERVISION_COMMANDS } from './service-commands';
import { WORKFLOW_EVENTS } from './workflow-events';
import { HOTLINE_CALLBACK_JOBS, NOTIFICATION_DELIVERY_JOBS } from './outbound-deliveries';
import { NOTIFICATION_EVENTS } from './notification-events';

/** Every message pattern, by the queue it travels on. One source of truth for both sides. */
export const MESSAGE_CATALOGUE = {
  intake: INTAKE_COMMANDS,
  assignment: ASSIGNMENT_COMMANDS,
  consultation: CONSULTATION_COMMANDS,
  supervision: SUPERVISION_COMMANDS,
  notifications: NOTIFICATION_EVENTS,
  'workflow-events': WORKFLOW_EVENTS,
  'hotline-callbacks': HOTLINE_CALLBACK_JOBS,
  'notification-deliveries': NOTIFICATION_DELIVERY_JOBS,
} as const satisfies Record<QueueName, Record<string, z.ZodType>>;

export type MessageCatalogue = typeof MESSAGE_CATALOGUE;
export type PatternOf<Q extends QueueName> = keyof MessageCatalogue[Q] & string;
export type PayloadOf<Q extends QueueName, P extends PatternOf<Q>> = z.output<
  MessageCatalogue[Q][P] extends z.ZodType ? MessageCatalogue[Q][P] : never
>;
/** The payload as a producer may write it (before defaults are applied). */
export type PayloadInputOf<Q extends QueueName, P extends PatternOf<Q>> = z.input<
  MessageCatalogue[Q][P] extends z.ZodType ? MessageCatalogue[Q][P] : never
>;

export type WorkflowEventPattern = PatternOf<'workflow-events'>;
export type WorkflowEvent<P extends WorkflowEventPattern = WorkflowEventPattern> = PayloadOf<'workflow-events', P>;

export function schemaFor(queue: QueueName, pattern: string): z.ZodType | undefined {
  const patterns: Record<string, z.ZodType> = MESSAGE_CATALOGUE[queue];
  return Object.prototype.hasOwnProperty.call(patterns, pattern) ? patterns[pattern] : undefined;
}

export function patternsOf(queue: QueueName): string[] {
  return Object.keys(MESSAGE_CATALOGUE[queue]);
}
