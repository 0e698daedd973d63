import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from '@temporalio/worker';
import { TsconfigPathsPlugin } from 'tsconfig-paths-webpack-plugin';
import type { Configuration } from 'webpack';

const root = join(__dirname, '..', '..', '..');
const historiesDir = join(__dirname, '..', 'histories');

/**
 * Determinism guard: histories recorded from real runs (tests/e2e save them; the committed ones
 * live in workflows/problem-lifecycle/histories) must replay against the current workflow code.
 * A change that breaks this needs `patched()` (see STYLE.md), not a new recording.
 */
// Temporal's bundler does not read tsconfig paths: resolve the Nx aliases for it.
const replayOptions = {
  workflowsPath: join(root, 'workflows/problem-lifecycle/src/index.ts'),
  bundlerOptions: {
    webpackConfigHook: (config: Configuration) => {
      config.resolve = { ...config.resolve, plugins: [...(config.resolve?.plugins ?? []), new TsconfigPathsPlugin({ configFile: join(root, 'tsconfig.base.json') })] };
      return config;
    },
  },
};

describe('problem lifecycle workflow replay', () => {
  const files = readdirSync(historiesDir).filter((f) => f.endsWith('.json'));

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)('replays %s without a nondeterminism error', async (file) => {
    const history = JSON.parse(readFileSync(join(historiesDir, file), 'utf8'));
    await expect(Worker.runReplayHistory(replayOptions, history, file.replace(/\.json$/, ''))).resolves.toBeUndefined();
  });
});
