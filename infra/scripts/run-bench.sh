#!/usr/bin/env bash
# `npm run bench [-- --cluster] [part…]`: starts the whole system in the bench environment
# (infra/env/bench.env: its own database, Redis, queue prefix, ports and Temporal server, all
# recreated for this run), on the Temporal dev server or, with --cluster, on the production
# topology (the Temporal Server on PostgreSQL, ports 7663–7672 and UI 8663, two processes of
# every service and of the worker); waits until the worker polls; runs tests/bench/bench.ts with
# the chosen parts (default: all, in the order of BENCH_PARTS in bench.ts); stops what it
# started. Not part of the tests: it prints figures, it asserts nothing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$SHANGLIANG_ROOT/infra/temporal/temporal.sh"
source "$SHANGLIANG_ROOT/infra/temporal/temporal-cluster.sh"
cd "$SHANGLIANG_ROOT"

topology=dev-server
parts=()
for arg in "$@"; do
  case "$arg" in
    --cluster) topology=cluster ;;
    -*) die "unknown option $arg (npm run bench [-- --cluster] [part…])" ;;
    *) parts+=("$arg") ;;
  esac
done
export SHANGLIANG_ENV=bench BENCH_TOPOLOGY="$topology"
system_args=()
if [[ "$topology" == "cluster" ]]; then
  use_temporal_cluster_ports 7663 8663
  system_args+=(--cluster)
fi
load_env bench
ensure_node_modules
ensure_postgres
ensure_redis

# BENCH_KEEP_DATABASE=true keeps the bench database of the last run (the `rows` part then only
# tops up what is missing), to iterate on the reads without seeding a million rows again.
if [[ "${BENCH_KEEP_DATABASE:-false}" == "true" ]]; then
  log "keeping the bench database $PGDATABASE; recreating Redis keys and Temporal server ($topology)"
else
  log "recreating the bench database, Redis keys and Temporal server ($topology)"
  recreate_database
fi
redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" flushall >/dev/null
if [[ "$topology" == "cluster" ]]; then
  stop_temporal_cluster
  drop_temporal_cluster_databases
else
  stop_temporal_dev_server
  rm -f "$SHANGLIANG_ROOT/$TEMPORAL_DB_FILE"*
fi
rm -f "$VAR_DIR"/log/*.log

# BENCH_PROFILE=true: every process of the system writes a V8 CPU profile into $VAR_DIR/profiles
# when it stops (summarise one with `node dist/tests/bench/cpu-profile-summary.js <file>`).
if [[ "${BENCH_PROFILE:-false}" == "true" ]]; then
  rm -rf "$VAR_DIR/profiles" && mkdir -p "$VAR_DIR/profiles"
  export APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=$SHANGLIANG_ROOT/$VAR_DIR/profiles"
fi
system_log="$VAR_DIR/log/system.log"
bash infra/scripts/run-system.sh "${system_args[@]}" >"$system_log" 2>&1 &
system_pid=$!
stop_system() {
  kill -TERM "$system_pid" 2>/dev/null || true
  wait "$system_pid" 2>/dev/null || true
}
trap stop_system EXIT

log "starting the system (first start builds; log in $system_log)"
deadline=$((SECONDS + 1800))
until grep -qs 'Temporal worker polling' "$VAR_DIR/log/worker.log" && port_open 127.0.0.1 "$WEB_PORT"; do
  kill -0 "$system_pid" 2>/dev/null || { tail -n 40 "$system_log"; die "the system stopped before it was up"; }
  ((SECONDS < deadline)) || die "the system was not up within 30 minutes"
  sleep 1
done
log "running the benchmark"
BENCH_PARTS="$(IFS=,; echo "${parts[*]:-}")" node dist/tests/bench/bench.js
