# Shared shell helpers for the run, build and test scripts. Source it; it does nothing by itself.
# shellcheck shell=bash

SHANGLIANG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export SHANGLIANG_ROOT
export NX_NO_CLOUD=true NX_DAEMON=false CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
export PATH="$SHANGLIANG_ROOT/node_modules/.bin:$PATH"

log() { printf '\033[36m[shangliang]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[shangliang]\033[0m %s\n' "$*" >&2; exit 1; }

# load_env dev|test — defaults for one environment; anything already exported wins.
load_env() {
  set -a
  # shellcheck disable=SC1090
  source "$SHANGLIANG_ROOT/infra/env/$1.env"
  set +a
  mkdir -p "$SHANGLIANG_ROOT/$VAR_DIR/log"
}

is_local_host() { [[ "$1" == "127.0.0.1" || "$1" == "localhost" || "$1" == "::1" ]]; }

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# wait_for_port host port seconds what
wait_for_port() {
  local deadline=$((SECONDS + $3))
  until port_open "$1" "$2"; do
    ((SECONDS < deadline)) || die "$4 did not come up on $1:$2 within $3 s"
    sleep 0.2
  done
}

ensure_postgres() {
  if pg_isready -h "$PGHOST" -p "$PGPORT" -q 2>/dev/null; then return; fi
  is_local_host "$PGHOST" || die "PostgreSQL at $PGHOST:$PGPORT is not reachable"
  log "starting the local PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start
  local deadline=$((SECONDS + 30))
  until pg_isready -h "$PGHOST" -p "$PGPORT" -q; do
    ((SECONDS < deadline)) || die "PostgreSQL did not start"
    sleep 0.5
  done
}

# The project's own Redis: BullMQ keeps every waiting message in it, so it runs with an append-only
# file (a restart loses nothing) and `noeviction` (a full Redis refuses writes instead of
# silently dropping jobs). Started here on REDIS_PORT with its data under $VAR_DIR/redis when
# nothing answers there; the machine's shared Redis (6379, no persistence) is never touched.
ensure_redis() {
  if redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    warn_unless_durable_redis
    return
  fi
  is_local_host "$REDIS_HOST" || die "Redis at $REDIS_HOST:$REDIS_PORT is not reachable"
  local dir="$SHANGLIANG_ROOT/$VAR_DIR/redis"
  log "starting the project's Redis on port $REDIS_PORT (append-only, noeviction, data in $VAR_DIR/redis)"
  mkdir -p "$dir"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --dir "$dir" \
    --appendonly yes --appendfsync everysec --save "" --maxmemory-policy noeviction \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
  wait_for_port 127.0.0.1 "$REDIS_PORT" 15 Redis
}

# A Redis someone else started may lose queued messages on restart or under memory pressure.
warn_unless_durable_redis() {
  local aof policy
  aof="$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" config get appendonly 2>/dev/null | tail -n 1)"
  policy="$(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" config get maxmemory-policy 2>/dev/null | tail -n 1)"
  if [[ "$aof" != "yes" || "$policy" != "noeviction" ]]; then
    log "warning: Redis at $REDIS_HOST:$REDIS_PORT runs with appendonly=${aof:-?} maxmemory-policy=${policy:-?}; queued messages can be lost (the reconciler re-drives them, but run it with appendonly yes and noeviction)"
  fi
}

# stop_pidfile file — stops the process a pid file names (TERM, then KILL after 5 s) and removes
# the file; nothing to do when there is none.
stop_pidfile() {
  [[ -f "$1" ]] || return 0
  local pid
  pid="$(cat "$1")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$1"
}

psql_admin() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

ensure_database() {
  if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PGDATABASE'")" != "1" ]]; then
    log "creating database $PGDATABASE"
    psql_admin -c "CREATE DATABASE \"$PGDATABASE\""
  fi
}

recreate_database() {
  psql_admin -c "DROP DATABASE IF EXISTS \"$PGDATABASE\" WITH (FORCE)"
  psql_admin -c "CREATE DATABASE \"$PGDATABASE\""
}

migrate_database() {
  log "applying migrations to $PGDATABASE"
  (cd "$SHANGLIANG_ROOT" && prisma migrate deploy --config libs/platform/persistence/prisma.config.ts >/dev/null)
}

ensure_node_modules() {
  if [[ ! -x "$SHANGLIANG_ROOT/node_modules/.bin/nx" || "$SHANGLIANG_ROOT/package-lock.json" -nt "$SHANGLIANG_ROOT/node_modules/.package-lock.json" ]]; then
    log "installing dependencies (npm ci)"
    (cd "$SHANGLIANG_ROOT" && npm ci --no-audit --no-fund)
  fi
}

# The browser tests drive Debian's Chromium (no browser download is possible here).
ensure_chromium() {
  command -v chromium >/dev/null && return
  log "installing Chromium (Debian package) for the browser tests"
  if [[ "$(id -u)" == "0" ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; }
  else
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
  fi
}
