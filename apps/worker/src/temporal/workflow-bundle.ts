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

/** The workflows of one project under workflows/ (problem-lifecycle, council-cadence). */
export function bundleWorkflows(project: 'problem-lifecycle' | 'council-cadence'): Promise<WorkflowBundleWithSourceMap> {
  const root = workspaceRoot();
  return bundleWorkflowCode({
    workflowsPath: join(root, `workflows/${project}/src/index.ts`),
    webpackConfigHook: (config) => {
      config.resolve = config.resolve ?? {};
      config.resolve.plugins = [...(config.resolve.plugins ?? []), new TsconfigPathsPlugin({ configFile: join(root, 'tsconfig.base.json') })];
      return config;
    },
  });
}
