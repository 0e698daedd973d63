#!/usr/bin/env bash
# Builds the residents' web page (apps/web/client) with Vite into $DIST_DIR/apps/web/client, the
# folder the web server (dist/apps/web/src/main.js) serves. Type-checks the browser code first,
# since Vite only strips types. Called by infra/scripts/build.sh; runs on its own too.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dist="${DIST_DIR:-dist}"
[[ "$dist" == /* ]] || dist="$root/$dist"
bin="$root/node_modules/.bin"

"$bin/tsc" -p apps/web/client/tsconfig.json
"$bin/vite" build --config apps/web/client/vite.config.mjs --outDir "$dist/apps/web/client" --emptyOutDir --logLevel warn
