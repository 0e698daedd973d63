/**
 * BullMQ queues. Each service consumes exactly one queue (its inbox); the worker consumes
 * `workflow-events`, the only way a service's decision reaches a problem's workflow.
 * `notifications` feeds the notifications context (who is told what, on which channel).
 * `hotline-callbacks` carries intake's outbound status callbacks to hotline partners;
 * `notification-deliveries` the notifications service's sends (one job per delivery row).
 */
export const QUEUE_NAMES = [
  'intake',
  'assignment',
  'consultation',
  'supervision',
  'notifications',
  'workflow-events',
  'hotline-callbacks',
  'notification-deliveries',
] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];
