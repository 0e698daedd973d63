// The worker bundles this file: it must export workflow functions only.
export { cadenceCheck } from './cadence-check.workflow';
