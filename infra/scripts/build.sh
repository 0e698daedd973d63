#!/usr/bin/env bash
# Compiles every app and lib to dist/ (type-checked), rewrites the Nx path aliases, and bundles
# the workflow code once so workers start without webpack.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$SHANGLIANG_ROOT"

log "generating the Prisma client"
PGDATABASE="${PGDATABASE:-shangliang}" prisma generate --config libs/platform/persistence/prisma.config.ts >/dev/null
log "compiling TypeScript"
# DIST_DIR lets a second checkout's test run build beside this one without clobbering it.
dist="${DIST_DIR:-dist}"
tsc -p tsconfig.build.json --outDir "$dist"
tsc-alias -p tsconfig.build.json --outDir "$dist"
if [[ "${SKIP_WEB_CLIENT:-false}" != "true" ]]; then
  log "building the web client"
  DIST_DIR="$dist" bash apps/web/build-client.sh
fi
log "bundling workflows"
bundle_log="$(mktemp)"
node "$dist/apps/worker/src/temporal/bundle-workflows.cli.js" "$dist/workflow-bundles/problem-lifecycle.js" >"$bundle_log" 2>&1 || { cat "$bundle_log"; exit 1; }
node "$dist/apps/worker/src/temporal/bundle-workflows.cli.js" "$dist/workflow-bundles/council-cadence.js" council-cadence >"$bundle_log" 2>&1 || { cat "$bundle_log"; exit 1; }
rm -f "$bundle_log"
