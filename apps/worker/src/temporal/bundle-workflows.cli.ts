// Build step: `node dist/apps/worker/src/temporal/bundle-workflows.cli.js <out.js> [project]` writes
// a workflow bundle (problem-lifecycle by default) once, so workers start without running webpack.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { bundleWorkflows } from './workflow-bundle';

async function main(): Promise<void> {
  const out = process.argv[2];
  const project = process.argv[3] ?? 'problem-lifecycle';
  if (!out || (project !== 'problem-lifecycle' && project !== 'council-cadence')) throw new Error('usage: bundle-workflows <out.js> [problem-lifecycle|council-cadence]');
  const { code } = await bundleWorkflows(project);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
