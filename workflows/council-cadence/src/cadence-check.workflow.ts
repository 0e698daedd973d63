import { proxyActivities } from '@temporalio/workflow';
import type { CouncilCadenceActivities } from '@shangliang/contracts/workflow';

// The activity hands one command to the consultation service's queue; it retries until Redis is back.
const { requestCadenceCheck } = proxyActivities<CouncilCadenceActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const BEIJING_OFFSET_MS = 8 * 3600_000;

/**
 * The daily cadence check, started by the council's Temporal Schedule (cadence-check-daily): the
 * consultation service works out who is behind the cadence rule this calendar period, keeps it for
 * the dashboard and tells the conveners and group leaders behind. Keyed by the day in Beijing,
 * so a second run the same day (a manual trigger, a catch-up) changes nothing.
 */
export async function cadenceCheck(): Promise<void> {
  const now = Date.now();
  const checkId = new Date(now + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
  await requestCadenceCheck({ checkId, asOf: new Date(now).toISOString() });
}
