#!/usr/bin/env bash
# `npm test`: every test — unit, integration (real Postgres, Redis, Temporal) and end-to-end
# (the built services driven over HTTP). Brings up what they need, from a clean clone too:
# dependencies, PostgreSQL, Redis, a fresh test database with migrations and demo data, and a
# Temporal dev server of its own on test ports. Ends with one line: "N passed, M failed".
#
# `npm test -- --cluster [jest filters]`: the same tests on the production topology instead — the
# Temporal Server on PostgreSQL with its Web UI (ports 7643–7652 and 8643 unless TEMPORAL_ADDRESS
# and TEMPORAL_UI_PORT say otherwise) and two processes of every service and of the worker.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$SHANGLIANG_ROOT/infra/temporal/temporal.sh"
source "$SHANGLIANG_ROOT/infra/temporal/temporal-cluster.sh"
source "$SHANGLIANG_ROOT/infra/mailpit/mailpit.sh"
cd "$SHANGLIANG_ROOT"

topology=dev-server
jest_args=()
for arg in "$@"; do
  if [[ "$arg" == "--cluster" ]]; then topology=cluster; else jest_args+=("$arg"); fi
done
if [[ "$topology" == "cluster" ]]; then
  use_temporal_cluster_ports 7643 8643
  # Its own logs and results, so a CI run's dev-server run stays readable beside it.
  export VAR_DIR="${VAR_DIR:-var/test-cluster}"
  # Read by the HTTP services (processes sharing each port), the e2e harness (worker processes)
  # and restartTemporal in the tests.
  export SERVICE_PROCESSES="${SERVICE_PROCESSES:-2}" TEMPORAL_TOPOLOGY=cluster
  # As `npm start -- --cluster`: a service's connections split between its processes.
  export PGPOOL_MAX="${PGPOOL_MAX:-4}"
fi

load_env test
ensure_node_modules
ensure_chromium
ensure_postgres
ensure_redis
recreate_database
migrate_database
ensure_temporal_cli
[[ "$topology" == "cluster" ]] && ensure_temporal_server_build
ensure_mailpit
export TEMPORAL_BIN

# A fresh Temporal server per run, so workflow lists and histories hold only this run's work.
if [[ "$topology" == "cluster" ]]; then
  stop_temporal_cluster
  drop_temporal_cluster_databases
else
  stop_temporal_dev_server
  rm -f "$SHANGLIANG_ROOT/$TEMPORAL_DB_FILE"*
fi
# A fresh Mailpit too, so the tests read only this run's mail (the SMS sink is started by the
# e2e setup, with the services).
stop_mailpit
stop_test_servers() {
  if [[ "$topology" == "cluster" ]]; then stop_temporal_cluster; else stop_temporal_dev_server; fi
  stop_mailpit
}
trap stop_test_servers EXIT
if [[ "$topology" == "cluster" ]]; then start_temporal_cluster; else start_temporal_dev_server; fi
start_mailpit
rm -rf "$SHANGLIANG_ROOT/$VAR_DIR/sms-sink"

bash infra/scripts/build.sh
node "${DIST_DIR:-dist}/infra/seed/seed-demo.cli.js" --demo-accounts
# Queues of earlier runs would otherwise be consumed by this run's services.
redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" --scan --pattern "$QUEUE_PREFIX:*" | xargs -r -n 500 redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" DEL >/dev/null

# Lint first (module boundaries, floating promises, deterministic workflows, the tests' types); a lint failure
# fails the run and counts as one failure in the totals, but the tests still run.
lint_failed=0
if [[ "${SKIP_LINT:-false}" != "true" ]]; then
  log "linting (nx run-many -t lint)"
  nx run-many -t lint --outputStyle=static >"$VAR_DIR/lint.log" 2>&1 || { lint_failed=1; cat "$VAR_DIR/lint.log"; log "lint failed"; }
  # The build type-checks the code it ships; this checks the tests too (jest strips their types).
  log "type-checking the tests (tsc -p tsconfig.json)"
  tsc -p tsconfig.json --noEmit >"$VAR_DIR/typecheck.log" 2>&1 || { lint_failed=1; cat "$VAR_DIR/typecheck.log"; log "type check failed"; }
fi

results="$SHANGLIANG_ROOT/$VAR_DIR/jest-results.json"
rm -f "$results"
status=0
jest --runInBand --json --outputFile "$results" ${jest_args[@]+"${jest_args[@]}"} || status=$?
node -e '
  const fs = require("node:fs");
  const file = process.argv[1];
  const lintFailed = Number(process.argv[2]);
  if (!fs.existsSync(file)) { console.log(`0 passed, ${1 + lintFailed} failed`); process.exit(0); }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites + lintFailed} failed`);
' "$results" "$lint_failed"
if [[ "$lint_failed" == "1" && "$status" == "0" ]]; then status=1; fi
exit "$status"
