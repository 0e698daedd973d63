#!/usr/bin/env bash
# `npm run faults` (not part of `npm test`): the fault run. Starts a PostgreSQL 15 cluster, a Redis
# (append-only, noeviction) and a Temporal dev server of its own on ports of its own, builds if
# needed, migrates and seeds, registers a hotline partner and an Open311 key, then runs the driver
# (tests/faults/fault-run.ts), which submits FAULTS_PROBLEMS (1000) problems through the web,
# hotline and Open311 channels and drives them to a recorded consultation while it kills and
# restarts the worker, a service, Redis, PostgreSQL and Temporal. Everything it started is stopped
# at the end. The machine's shared PostgreSQL (5432) and Redis (6379) are never touched.
# `run-faults.sh restart redis|postgres|temporal` is what the driver calls to inject a fault.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$SHANGLIANG_ROOT/infra/temporal/temporal.sh"
cd "$SHANGLIANG_ROOT"

export VAR_DIR=${FAULTS_VAR_DIR:-var/faults}
export PGHOST=127.0.0.1 PGPORT=${FAULTS_PG_PORT:-5332} PGUSER=postgres PGPASSWORD= PGDATABASE=shangliang_faults
export REDIS_HOST=127.0.0.1 REDIS_PORT=${FAULTS_REDIS_PORT:-5379} QUEUE_PREFIX=shangliang-faults
export TEMPORAL_ADDRESS=127.0.0.1:${FAULTS_TEMPORAL_PORT:-7293} TEMPORAL_UI_PORT=8293 TEMPORAL_UI_URL=http://127.0.0.1:8293
export TEMPORAL_DB_FILE=$VAR_DIR/temporal.db TEMPORAL_HEADLESS=true
export INTAKE_PORT=5301 ASSIGNMENT_PORT=5302 CONSULTATION_PORT=5303 SUPERVISION_PORT=5304 WEB_PORT=5300
export RATE_LIMIT_PER_IP=1000000 RATE_LIMIT_PER_PHONE=1000000 LOG_LEVEL=${LOG_LEVEL:-warn}
export FAULTS_PG_DIR=${FAULTS_PG_DIR:-$SHANGLIANG_ROOT/$VAR_DIR/pg}
load_env test
export HOTLINE_PARTNER_SECRET=${HOTLINE_PARTNER_SECRET:-faults-only-partner-secret-0123456789}
PG_BIN=/usr/lib/postgresql/15/bin
REDIS_DIR="$SHANGLIANG_ROOT/$VAR_DIR/redis"

as_postgres() { if [[ "$(id -u)" == "0" ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_pg() {
  as_postgres "$PG_BIN/pg_ctl" -D "$FAULTS_PG_DIR/data" -w -t 60 \
    -o "-p $PGPORT -k $FAULTS_PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" -l "$FAULTS_PG_DIR/pg.log" start >/dev/null
}
stop_pg() { as_postgres "$PG_BIN/pg_ctl" -D "$FAULTS_PG_DIR/data" -m "${1:-fast}" stop >/dev/null 2>&1 || true; }

start_redis() {
  mkdir -p "$REDIS_DIR"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DIR" \
    --appendonly yes --appendfsync everysec --save "" --maxmemory-policy noeviction \
    --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log"
  wait_for_port 127.0.0.1 "$REDIS_PORT" 15 Redis
}
stop_redis() {
  [[ -f "$REDIS_DIR/redis.pid" ]] || return 0
  local pid
  pid="$(cat "$REDIS_DIR/redis.pid")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}

if [[ "${1:-}" == "restart" ]]; then
  case "${2:-}" in
    redis) stop_redis; sleep 1; start_redis ;;
    postgres) stop_pg immediate; sleep 2; start_pg ;;
    temporal) stop_temporal_dev_server; sleep 1; start_temporal_dev_server ;;
    *) die "usage: run-faults.sh restart redis|postgres|temporal" ;;
  esac
  exit 0
fi

ensure_node_modules
ensure_temporal_cli
for port in "$PGPORT" "$REDIS_PORT" "$(temporal_port)" "$INTAKE_PORT" "$ASSIGNMENT_PORT" "$CONSULTATION_PORT" "$SUPERVISION_PORT"; do
  port_open 127.0.0.1 "$port" && die "port $port is in use; is another fault run going?"
done
rm -rf "${SHANGLIANG_ROOT:?}/$VAR_DIR"
mkdir -p "$SHANGLIANG_ROOT/$VAR_DIR/log" "$FAULTS_PG_DIR"

cleanup() {
  log "stopping what the fault run started"
  if [[ -f "$SHANGLIANG_ROOT/$VAR_DIR/processes.json" ]]; then
    for pid in $(grep -o '[0-9]\+' "$SHANGLIANG_ROOT/$VAR_DIR/processes.json"); do kill "$pid" 2>/dev/null || true; done
  fi
  stop_temporal_dev_server
  stop_redis
  stop_pg fast
}
trap cleanup EXIT INT TERM

[[ -f dist/tests/faults/fault-run.js && "${FAULTS_SKIP_BUILD:-false}" == "true" ]] || bash infra/scripts/build.sh

log "starting PostgreSQL 15 on $PGPORT (data in $FAULTS_PG_DIR)"
chown postgres "$FAULTS_PG_DIR" 2>/dev/null || true
as_postgres "$PG_BIN/initdb" -D "$FAULTS_PG_DIR/data" -A trust -U postgres >/dev/null
start_pg
log "starting Redis on $REDIS_PORT (append-only, noeviction)"
start_redis
start_temporal_dev_server
ensure_database
migrate_database
node dist/infra/seed/seed-demo.cli.js --demo-accounts >/dev/null
export FAULTS_HOTLINE_PARTNER=faults-hotline
node dist/apps/intake/src/hotline/hotline-partner.cli.js create "$FAULTS_HOTLINE_PARTNER" "故障演练热线" >/dev/null
FAULTS_OPEN311_KEY="$(node dist/apps/intake/src/api-keys/api-key.cli.js issue "fault run" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).key))')"
export FAULTS_OPEN311_KEY
log "driving ${FAULTS_PROBLEMS:-1000} problems (logs in $VAR_DIR/log/)"
node dist/tests/faults/fault-run.js
