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
 * Modules evaluated once in the worker's shared V8 context instead of once per cached workflow:
 * the workflows' contract (signals, queries, search attributes, working days). Workflow code
 * imports only `@shangliang/contracts/workflow`, never the main barrel with zod and the message
 * catalogue's schemas: evaluated per workflow those cost about 1.5 MiB of heap each (the
 * default cache of ≈2,300 workflows held 4 GiB) and half of the workflow thread's CPU. Only
 * modules without per-workflow state belong here (the SDK deep-freezes them).
 */
export const SHARED_WORKFLOW_MODULES = ['@shangliang/contracts/workflow'];

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
