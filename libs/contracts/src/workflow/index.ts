/**
 * `@shangliang/contracts/workflow`: what workflow code may import — the lifecycle's signals,
 * queries and search attributes, working days, and plain constants. No schemas: the workflow
 * bundle re-initialises every module it holds for each workflow it runs (and each replay), so
 * pulling the message catalogue's zod schemas in through the main barrel cost about half of the
 * workflow thread's CPU under load (measured with `npm run bench`, BENCH_PROFILE=true).
 */
export * from './problem-lifecycle.contract';
export * from './working-days';
export { MAX_REOPENS } from '../problem/outcome';
// Types only (erased from the bundle).
export type { CaseResult, EscalationRung } from '../problem/outcome';
export type { ProblemStage } from '../problem/problem-stage';
export type { ReferralStep, SupervisionAction } from '../messages/workflow-events';
export type { WorkflowEvent } from '../messages/message-catalogue';
