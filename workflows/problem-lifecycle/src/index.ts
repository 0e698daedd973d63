// The worker bundles this file: it must export workflow functions only.
export { problemLifecycle } from './problem-lifecycle.workflow';
