# The production topology's Temporal: the real Temporal Server (not the CLI's dev server) with
# PostgreSQL persistence and visibility, its schema set up by temporal-sql-tool, the namespace
# and our search attributes created with `temporal operator`, and the Temporal Web UI server in
# front of it. Built once from the Go module proxy into a cache outside the repository, like the
# CLI. Source it after infra/scripts/lib.sh and infra/temporal/temporal.sh (it uses the CLI for
# the operator commands).
# shellcheck shell=bash

TEMPORAL_SERVER_VERSION="v1.29.1" # the server the CLI v1.5.1 embeds: same behaviour in both topologies
TEMPORAL_UI_SERVER_VERSION="v2.42.1"
TEMPORAL_SERVER_CACHE_DIR="${SHANGLIANG_CACHE:-$HOME/.cache/shangliang}/temporal-server-$TEMPORAL_SERVER_VERSION"
TEMPORAL_SERVER_BIN="$TEMPORAL_SERVER_CACHE_DIR/temporal-server"
TEMPORAL_SQL_TOOL_BIN="$TEMPORAL_SERVER_CACHE_DIR/temporal-sql-tool"
TEMPORAL_UI_SERVER_BIN="$TEMPORAL_SERVER_CACHE_DIR/temporal-ui-server"
TEMPORAL_SERVER_STAMP="server $TEMPORAL_SERVER_VERSION sql-tool $TEMPORAL_SERVER_VERSION ui-server $TEMPORAL_UI_SERVER_VERSION"

# use_temporal_cluster_ports frontend-port ui-port — call before load_env: the cluster's own
# ports for this environment unless the caller exported TEMPORAL_ADDRESS / TEMPORAL_UI_PORT (a
# real cluster elsewhere, or other ports), so the environment's dev server may keep running.
use_temporal_cluster_ports() {
  export TEMPORAL_ADDRESS="${TEMPORAL_ADDRESS:-127.0.0.1:$1}"
  export TEMPORAL_UI_PORT="${TEMPORAL_UI_PORT:-$2}"
  export TEMPORAL_UI_URL="${TEMPORAL_UI_URL:-http://127.0.0.1:$TEMPORAL_UI_PORT}"
}

# The module's own config and schema files (the schema versions must match the binary's).
temporal_server_module_dir() {
  echo "$(go env GOMODCACHE 2>/dev/null || echo "${GOPATH:-$HOME/go}/pkg/mod")/go.temporal.io/server@$TEMPORAL_SERVER_VERSION"
}

# ensure_temporal_server_build — server, sql tool and UI server, built once (about 5 minutes on a
# machine that already built the CLI: they share most modules) and reused while the stamp matches.
ensure_temporal_server_build() {
  if [[ -x "$TEMPORAL_SERVER_BIN" && -x "$TEMPORAL_SQL_TOOL_BIN" && -x "$TEMPORAL_UI_SERVER_BIN" \
    && "$(cat "$TEMPORAL_SERVER_CACHE_DIR/.version" 2>/dev/null)" == "$TEMPORAL_SERVER_STAMP" ]]; then
    # The schema files are read from the module cache at every setup: fetch them if it was cleaned.
    [[ -d "$(temporal_server_module_dir)/schema" ]] || (cd /tmp && GOFLAGS=-mod=mod go mod download "go.temporal.io/server@$TEMPORAL_SERVER_VERSION")
    return
  fi
  command -v go >/dev/null || die "Go is needed once to build the Temporal Server (go install)"
  log "building the Temporal Server $TEMPORAL_SERVER_VERSION, its SQL tool and the Web UI server $TEMPORAL_UI_SERVER_VERSION (once; about 5 minutes)"
  mkdir -p "$TEMPORAL_SERVER_CACHE_DIR"
  # Both the server and the UI server build a binary called `server`: each into a directory of
  # its own, then renamed. Run from /tmp so no go.mod around interferes.
  local build="$TEMPORAL_SERVER_CACHE_DIR/build"
  rm -rf "$build"
  mkdir -p "$build/server" "$build/ui"
  (cd /tmp && GOBIN="$build/server" GOFLAGS=-mod=mod go install "go.temporal.io/server/cmd/server@$TEMPORAL_SERVER_VERSION" \
    && GOBIN="$build/server" GOFLAGS=-mod=mod go install "go.temporal.io/server/cmd/tools/sql@$TEMPORAL_SERVER_VERSION" \
    && GOBIN="$build/ui" GOFLAGS=-mod=mod go install "github.com/temporalio/ui-server/v2/cmd/server@$TEMPORAL_UI_SERVER_VERSION")
  mv "$build/server/server" "$TEMPORAL_SERVER_BIN"
  mv "$build/server/sql" "$TEMPORAL_SQL_TOOL_BIN"
  mv "$build/ui/server" "$TEMPORAL_UI_SERVER_BIN"
  rm -rf "$build"
  echo "$TEMPORAL_SERVER_STAMP" >"$TEMPORAL_SERVER_CACHE_DIR/.version"
}

# Every port the server opens derives from the frontend's (TEMPORAL_ADDRESS): frontend gRPC +0,
# frontend HTTP +1, history/matching/worker gRPC +2..+4, their membership (ringpop) ports +5..+8,
# metrics +9. Environments ten apart (dev 7633, test 7643) never collide, nor with the dev
# server's 7233–7243.
temporal_cluster_port() {
  local base
  base="$(temporal_port)"
  case "$1" in
    frontend) echo "$base" ;;
    frontend-http) echo $((base + 1)) ;;
    history) echo $((base + 2)) ;;
    matching) echo $((base + 3)) ;;
    worker) echo $((base + 4)) ;;
    frontend-membership) echo $((base + 5)) ;;
    history-membership) echo $((base + 6)) ;;
    matching-membership) echo $((base + 7)) ;;
    worker-membership) echo $((base + 8)) ;;
    metrics) echo $((base + 9)) ;;
    *) die "unknown Temporal port $1" ;;
  esac
}

# The environment's own databases (from PGDATABASE unless set): shangliang_dev_temporal and
# shangliang_dev_temporal_visibility, shangliang_test_temporal …
temporal_cluster_databases() {
  local db="${TEMPORAL_SQL_DATABASE:-${PGDATABASE}_temporal}"
  echo "$db ${TEMPORAL_SQL_VISIBILITY_DATABASE:-${db}_visibility}"
}

temporal_cluster_root() { echo "$SHANGLIANG_ROOT/$VAR_DIR/temporal-cluster"; }

temporal_sql_tool() {
  SQL_PLUGIN=postgres12 SQL_HOST="$PGHOST" SQL_PORT="$PGPORT" SQL_USER="$PGUSER" SQL_PASSWORD="${PGPASSWORD:-}" \
    "$TEMPORAL_SQL_TOOL_BIN" "$@"
}

# setup_temporal_cluster_schema — creates both databases when missing, installs the base schema
# once and applies the module's versioned updates (update-schema skips versions already applied).
setup_temporal_cluster_schema() {
  local module kind db dbs
  module="$(temporal_server_module_dir)"
  read -r -a dbs <<<"$(temporal_cluster_databases)"
  for kind in temporal visibility; do
    if [[ "$kind" == "temporal" ]]; then db="${dbs[0]}"; else db="${dbs[1]}"; fi
    if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]]; then
      log "creating the Temporal database $db"
      temporal_sql_tool --db "$db" create-database >>"$(temporal_cluster_log sql-tool)" 2>&1
    fi
    if [[ "$(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$db" -qtAc "SELECT to_regclass('public.schema_version') IS NOT NULL")" != "t" ]]; then
      temporal_sql_tool --db "$db" setup-schema -v 0.0 >>"$(temporal_cluster_log sql-tool)" 2>&1
    fi
    temporal_sql_tool --db "$db" update-schema -d "$module/schema/postgresql/v12/$kind/versioned" >>"$(temporal_cluster_log sql-tool)" 2>&1 \
      || die "temporal-sql-tool update-schema failed on $db; see $(temporal_cluster_log sql-tool)"
  done
}

# drop_temporal_cluster_databases — for the test run's fresh server (the server must be stopped).
drop_temporal_cluster_databases() {
  local db
  for db in $(temporal_cluster_databases); do
    PGOPTIONS=--client-min-messages=warning psql_admin -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
  done
}

temporal_cluster_log() { echo "$SHANGLIANG_ROOT/$VAR_DIR/log/temporal-$1.log"; }

# write_temporal_cluster_config — the module's development-postgres12.yaml and its dynamic
# config, with this environment's databases, credentials and ports. Each of the server's four
# services keeps its own pool to the main store: TEMPORAL_SQL_MAX_CONNS (6; the sample's 20
# would take 80 of a default PostgreSQL's 100 connections before any app connects).
write_temporal_cluster_config() {
  local module root dbs
  module="$(temporal_server_module_dir)"
  root="$(temporal_cluster_root)"
  read -r -a dbs <<<"$(temporal_cluster_databases)"
  mkdir -p "$root/config/dynamicconfig" "$root/ui/config"
  local p=temporal_cluster_port
  sed -e "s/databaseName: \"temporal\"/databaseName: \"${dbs[0]}\"/" \
    -e "s/databaseName: \"temporal_visibility\"/databaseName: \"${dbs[1]}\"/" \
    -e "s/connectAddr: \"127.0.0.1:5432\"/connectAddr: \"$PGHOST:$PGPORT\"/" \
    -e "s/user: \"temporal\"/user: \"$PGUSER\"/" \
    -e "s/password: \"temporal\"/password: \"${PGPASSWORD:-}\"/" \
    -e "s/grpcPort: 7233/grpcPort: $($p frontend)/" -e "s/httpPort: 7243/httpPort: $($p frontend-http)/" \
    -e "s/grpcPort: 7234/grpcPort: $($p history)/" -e "s/grpcPort: 7235/grpcPort: $($p matching)/" \
    -e "s/grpcPort: 7239/grpcPort: $($p worker)/" \
    -e "s/membershipPort: 6933/membershipPort: $($p frontend-membership)/" \
    -e "s/membershipPort: 6934/membershipPort: $($p history-membership)/" \
    -e "s/membershipPort: 6935/membershipPort: $($p matching-membership)/" \
    -e "s/membershipPort: 6939/membershipPort: $($p worker-membership)/" \
    -e "s/rpcAddress: \"localhost:7233\"/rpcAddress: \"127.0.0.1:$($p frontend)\"/" \
    -e "s/listenAddress: \"127.0.0.1:8000\"/listenAddress: \"127.0.0.1:$($p metrics)\"/" \
    -e "s/level: info/level: warn/" \
    -e "s/maxConns: 20\$/maxConns: ${TEMPORAL_SQL_MAX_CONNS:-6}/" -e "s/maxIdleConns: 20\$/maxIdleConns: ${TEMPORAL_SQL_MAX_CONNS:-6}/" \
    "$module/config/development-postgres12.yaml" >"$root/config/development.yaml"
  # pprof off: its fixed port (7936) would collide between environments.
  sed -i -e '/^  pprof:/,/^    port:/d' "$root/config/development.yaml"
  grep -q "grpcPort: $($p frontend)" "$root/config/development.yaml" || die "could not set the Temporal Server's ports in $root/config/development.yaml"
  sed -e "s#http://localhost:7243/#http://127.0.0.1:$($p frontend-http)/#" \
    "$module/config/dynamicconfig/development-sql.yaml" >"$root/config/dynamicconfig/development-sql.yaml"

  # The UI server merges base.yaml and development.yaml. Only the UI's own origin may call it
  # (the module's sample allows every origin); auth stays off as for the dev server's UI — set
  # `auth:` (OIDC) for a deployment.
  cat >"$root/ui/config/base.yaml" <<YAML
temporalGrpcAddress: $TEMPORAL_ADDRESS
port: $TEMPORAL_UI_PORT
YAML
  cat >"$root/ui/config/development.yaml" <<YAML
enableUi: true
defaultNamespace: $TEMPORAL_NAMESPACE
showTemporalSystemNamespace: false
notifyOnNewVersion: false
cors:
  cookieInsecure: true
  allowOrigins:
    - "${TEMPORAL_UI_URL%/}"
auth:
  enabled: false
YAML
}

# start_temporal_cluster — schema, config, server, namespace, search attributes, Web UI.
# Idempotent: leaves a server already answering on TEMPORAL_ADDRESS (and a UI on its port)
# alone, and only makes sure the namespace and search attributes exist.
start_temporal_cluster() {
  local host port root
  host="$(temporal_host)"
  port="$(temporal_port)"
  root="$(temporal_cluster_root)"
  if port_open "$host" "$port"; then
    log "Temporal already answers on $TEMPORAL_ADDRESS"
  else
    is_local_host "$host" || die "Temporal at $TEMPORAL_ADDRESS is not reachable"
    setup_temporal_cluster_schema
    write_temporal_cluster_config
    log "starting the Temporal Server $TEMPORAL_SERVER_VERSION on $TEMPORAL_ADDRESS (PostgreSQL $(temporal_cluster_databases | tr ' ' '/'), ports $port–$((port + 9)))"
    # --allow-no-auth: no authorizer, as on the dev server; a deployment configures one (and TLS).
    # TEMPORAL_SERVER_NICE: its CPU priority (`npm start -- --cluster` gives it BACKGROUND_NICE).
    (
      cd "$root"
      nohup nice -n "${TEMPORAL_SERVER_NICE:-0}" "$TEMPORAL_SERVER_BIN" --root "$root" --config config --env development --allow-no-auth start \
        >>"$(temporal_cluster_log server)" 2>&1 &
      echo $! >"$SHANGLIANG_ROOT/$VAR_DIR/temporal-server.pid"
    )
    wait_for_pid_port "$SHANGLIANG_ROOT/$VAR_DIR/temporal-server.pid" "$port" 90 "the Temporal Server (see $(temporal_cluster_log server))"
  fi
  ensure_temporal_cluster_namespace
  if is_local_host "$host" && ! port_open 127.0.0.1 "$TEMPORAL_UI_PORT"; then
    [[ -f "$root/ui/config/base.yaml" ]] || write_temporal_cluster_config
    log "starting the Temporal Web UI server $TEMPORAL_UI_SERVER_VERSION on :$TEMPORAL_UI_PORT"
    (
      cd "$root/ui"
      nohup "$TEMPORAL_UI_SERVER_BIN" --root "$root/ui" --config config --env development start \
        >>"$(temporal_cluster_log ui)" 2>&1 &
      echo $! >"$SHANGLIANG_ROOT/$VAR_DIR/temporal-ui.pid"
    )
    wait_for_pid_port "$SHANGLIANG_ROOT/$VAR_DIR/temporal-ui.pid" "$TEMPORAL_UI_PORT" 30 "the Temporal Web UI (see $(temporal_cluster_log ui))"
  fi
}

# The SQL-backed server starts with no namespace. Creating one (and its search attributes) is
# seen by the frontend only after its namespace cache refreshes (up to ~10 s): wait until a
# visibility query on our attributes is accepted, so the first workflow start cannot fail.
ensure_temporal_cluster_namespace() {
  local cli=("$TEMPORAL_BIN" operator --address "$TEMPORAL_ADDRESS")
  local deadline=$((SECONDS + 60))
  until "${cli[@]}" namespace describe -n "$TEMPORAL_NAMESPACE" >/dev/null 2>&1; do
    "${cli[@]}" namespace create -n "$TEMPORAL_NAMESPACE" --retention "${TEMPORAL_RETENTION:-72h}" >/dev/null 2>&1 || true
    ((SECONDS < deadline)) || die "namespace $TEMPORAL_NAMESPACE did not appear on $TEMPORAL_ADDRESS"
    sleep 1
  done
  register_search_attributes
  local query="" attribute
  for attribute in "${TEMPORAL_SEARCH_ATTRIBUTES[@]}"; do
    [[ "${attribute#*=}" == "Keyword" ]] && query+="${query:+ AND }${attribute%=*} = 'probe'"
  done
  until "$TEMPORAL_BIN" workflow count --address "$TEMPORAL_ADDRESS" -n "$TEMPORAL_NAMESPACE" --query "$query" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || die "search attributes not usable on $TEMPORAL_ADDRESS (query: $query)"
    register_search_attributes
    sleep 1
  done
}

# wait_for_pid_port pidfile port seconds what — like wait_for_port, but fails at once when the
# process exits (a bad config ends it within a second; no point waiting out the deadline).
wait_for_pid_port() {
  local deadline=$((SECONDS + $3)) pid
  pid="$(cat "$1")"
  until port_open 127.0.0.1 "$2"; do
    kill -0 "$pid" 2>/dev/null || die "$4 exited at start"
    ((SECONDS < deadline)) || die "$4 did not come up on port $2 within $3 s"
    sleep 0.2
  done
}

stop_temporal_cluster() {
  stop_pidfile "$SHANGLIANG_ROOT/$VAR_DIR/temporal-ui.pid"
  stop_pidfile "$SHANGLIANG_ROOT/$VAR_DIR/temporal-server.pid"
}
