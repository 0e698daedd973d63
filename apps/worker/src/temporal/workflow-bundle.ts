import { join } from 'node:path';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { TsconfigPathsPlugin } from 'tsconfig-paths-webpack-plugin';

/** Repository root, found from this file whether it runs from source or from dist/. */
export function workspaceRoot(): string {
  let dir = __dirname;
  while (!require('node:fs').existsSync(join(dir, 'nx.json'))) {
    const parent = join(dir, '..');
    if (parent === dir) throw new Error('nx.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

/**
 * Bundles the workflow code. Temporal's webpack does not read tsconfig paths, so the
 * workflows' `@shangliang/contracts` import is resolved through the Nx aliases here.
 */
export function bundleProblemWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflows('problem-lifecycle');
}

/**
 * Modules evaluated once in the worker's shared V8 context instead of once per cached workflow.
 * The workflows import the contracts lib, which brings zod and the message catalogue's schemas:
 * evaluated per workflow they cost about 1.5 MiB of heap each, so the default cache (≈2,300
 * workflows) alone held 4 GiB. Only modules without per-workflow state belong here (the SDK
 * deep-freezes them): the contracts are constants, types and pure functions.
 */
export const SHARED_WORKFLOW_MODULES = ['@shangliang/contracts'];

/** The workflows of one project under workflows/ (problem-lifecycle, council-cadence). */
export function bundleWorkflows(project: 'problem-lifecycle' | 'council-cadence'): Promise<WorkflowBundleWithSourceMap> {
  const root = workspaceRoot();
  return bundleWorkflowCode({
    workflowsPath: join(root, `workflows/${project}/src/index.ts`),
    preloadModules: SHARED_WORKFLOW_MODULES,
    webpackConfigHook: (config) => {
      config.resolve = config.resolve ?? {};
      config.resolve.plugins = [...(config.resolve.plugins ?? []), new TsconfigPathsPlugin({ configFile: join(root, 'tsconfig.base.json') })];
      return config;
    },
  });
}
