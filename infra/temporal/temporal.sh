# Temporal CLI (dev server + Web UI): built once from the Go module proxy into a cache outside
# the repository, then reused. Source it after infra/scripts/lib.sh.
# shellcheck shell=bash

TEMPORAL_CLI_VERSION="v1.5.1" # later tags carry a `replace` directive and cannot be go-installed
TEMPORAL_CACHE_DIR="${SHANGLIANG_CACHE:-$HOME/.cache/shangliang}/temporal-$TEMPORAL_CLI_VERSION"
TEMPORAL_BIN="$TEMPORAL_CACHE_DIR/temporal"
# Custom search attributes the problem workflow keeps current, read from their one definition
# (SEARCH_ATTRIBUTE_REGISTRATIONS in libs/contracts) so a new one is registered on both servers.
mapfile -t TEMPORAL_SEARCH_ATTRIBUTES < <(grep -o "SEARCH_ATTRIBUTE_REGISTRATIONS = \[[^]]*\]" \
  "$SHANGLIANG_ROOT/libs/contracts/src/workflow/problem-lifecycle.contract.ts" | grep -o "'[A-Za-z]*=[A-Za-z]*'" | tr -d "'")
((${#TEMPORAL_SEARCH_ATTRIBUTES[@]} > 0)) || die "SEARCH_ATTRIBUTE_REGISTRATIONS not found in libs/contracts"

ensure_temporal_cli() {
  if [[ -x "$TEMPORAL_BIN" && "$(cat "$TEMPORAL_CACHE_DIR/.version" 2>/dev/null)" == "$TEMPORAL_CLI_VERSION" ]] \
    && "$TEMPORAL_BIN" --version >/dev/null 2>&1; then
    return
  fi
  command -v go >/dev/null || die "Go is needed once to build the Temporal CLI (go install)"
  log "building the Temporal CLI $TEMPORAL_CLI_VERSION (once; about 5 minutes on a fresh machine)"
  mkdir -p "$TEMPORAL_CACHE_DIR"
  GOBIN="$TEMPORAL_CACHE_DIR" GOFLAGS=-mod=mod go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION"
  echo "$TEMPORAL_CLI_VERSION" >"$TEMPORAL_CACHE_DIR/.version"
}

temporal_host() { echo "${TEMPORAL_ADDRESS%:*}"; }
temporal_port() { echo "${TEMPORAL_ADDRESS##*:}"; }

# start_temporal_dev_server — a dev server with a persistent SQLite file, the Web UI and our
# search attributes. Leaves an already-running server alone. Writes its pid to $VAR_DIR.
start_temporal_dev_server() {
  local host port
  host="$(temporal_host)"
  port="$(temporal_port)"
  if port_open "$host" "$port"; then
    log "Temporal already answers on $TEMPORAL_ADDRESS"
    register_search_attributes
    return
  fi
  is_local_host "$host" || die "Temporal at $TEMPORAL_ADDRESS is not reachable"
  local db="$SHANGLIANG_ROOT/$TEMPORAL_DB_FILE"
  mkdir -p "$(dirname "$db")"
  local args=(server start-dev --db-filename "$db" --ip "$host" --port "$port" --ui-port "$TEMPORAL_UI_PORT"
    --namespace "$TEMPORAL_NAMESPACE" --log-level warn
    --sqlite-pragma journal_mode=wal --sqlite-pragma synchronous=normal)
  for attribute in "${TEMPORAL_SEARCH_ATTRIBUTES[@]}"; do args+=(--search-attribute "$attribute"); done
  [[ "${TEMPORAL_HEADLESS:-false}" == "true" ]] && args+=(--headless)
  log "starting the Temporal dev server on $TEMPORAL_ADDRESS (Web UI on :$TEMPORAL_UI_PORT)"
  nohup "$TEMPORAL_BIN" "${args[@]}" >>"$SHANGLIANG_ROOT/$VAR_DIR/log/temporal.log" 2>&1 &
  echo $! >"$SHANGLIANG_ROOT/$VAR_DIR/temporal.pid"
  wait_for_port "$host" "$port" 60 "Temporal"
  until "$TEMPORAL_BIN" operator namespace describe --address "$TEMPORAL_ADDRESS" -n "$TEMPORAL_NAMESPACE" >/dev/null 2>&1; do sleep 0.3; done
}

# Idempotent: on a cluster (or a server started elsewhere) the attributes may be missing.
register_search_attributes() {
  for attribute in "${TEMPORAL_SEARCH_ATTRIBUTES[@]}"; do
    "$TEMPORAL_BIN" operator search-attribute create --address "$TEMPORAL_ADDRESS" -n "$TEMPORAL_NAMESPACE" \
      --name "${attribute%=*}" --type "${attribute#*=}" >/dev/null 2>&1 || true
  done
}

stop_temporal_dev_server() { stop_pidfile "$SHANGLIANG_ROOT/$VAR_DIR/temporal.pid"; }
