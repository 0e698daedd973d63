// Build step: `node dist/apps/worker/src/temporal/bundle-workflows.cli.js <out.js>` writes the
// workflow bundle once, so workers start without running webpack.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { bundleProblemWorkflows } from './workflow-bundle';

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: bundle-workflows <out.js>');
  const { code } = await bundleProblemWorkflows();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
