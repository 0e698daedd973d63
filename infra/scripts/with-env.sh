#!/usr/bin/env bash
# with-env.sh dev|test <command…> — runs a command with an environment's defaults loaded, e.g.
#   bash infra/scripts/with-env.sh dev node dist/apps/intake/src/api-keys/api-key.cli.js issue my-client
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env "$1"
shift
cd "$SHANGLIANG_ROOT"
exec "$@"
