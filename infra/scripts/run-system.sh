#!/usr/bin/env bash
# `npm start`: the whole system on one machine — PostgreSQL and Redis (started if down), the
# database with migrations and the demo city's organisation, the Temporal dev server with its
# Web UI, the four services, the worker and the web front end. Ctrl-C stops what it started.
# Point it elsewhere with the variables in infra/env/dev.env (PGHOST, REDIS_HOST,
# TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_TLS …); nothing local is started for those.
#
# `npm start -- --cluster`: the production topology — the Temporal Server (PostgreSQL persistence
# and visibility, ports 7633–7642) with the Temporal Web UI server (8633) instead of the dev
# server, and two processes of every service, of the web front end and of the worker.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$SHANGLIANG_ROOT/infra/temporal/temporal.sh"
source "$SHANGLIANG_ROOT/infra/temporal/temporal-cluster.sh"
source "$SHANGLIANG_ROOT/infra/mailpit/mailpit.sh"
cd "$SHANGLIANG_ROOT"

topology=dev-server
for arg in "$@"; do
  case "$arg" in
    --cluster) topology=cluster ;;
    *) die "unknown option $arg (npm start [-- --cluster])" ;;
  esac
done
worker_processes=1
if [[ "$topology" == "cluster" ]]; then
  use_temporal_cluster_ports 7633 8633
  # The HTTP apps fork this many processes sharing their port; the worker is started this often.
  export SERVICE_PROCESSES="${SERVICE_PROCESSES:-2}"
  worker_processes="$SERVICE_PROCESSES"
  # Each process has its own pool: split a service's connections between its processes, so the
  # topology (with the Temporal Server's pools) fits a default PostgreSQL's 100 connections.
  export PGPOOL_MAX="${PGPOOL_MAX:-4}"
fi

# SHANGLIANG_ENV picks another environment of infra/env (the benchmark runs the system as `bench`).
load_env "${SHANGLIANG_ENV:-dev}"
# The CPU priority of the background processes (see start_app below).
background_nice="${BACKGROUND_NICE:-10}"
[[ "$background_nice" =~ ^[0-9]+$ ]] && ((background_nice <= 19)) || die "BACKGROUND_NICE must be a whole number from 0 to 19 (got '$background_nice')"
ensure_node_modules
ensure_postgres
ensure_redis
ensure_database
migrate_database
ensure_temporal_cli
started_temporal=false
if ! port_open "$(temporal_host)" "$(temporal_port)"; then started_temporal=true; fi
if [[ "$topology" == "cluster" ]]; then
  ensure_temporal_server_build
  # The server only moves workflows (residents' requests never wait on it: the outbox), so on a
  # shared machine it yields like the background processes below.
  TEMPORAL_SERVER_NICE="$background_nice" start_temporal_cluster
else
  start_temporal_dev_server
fi
ensure_mailpit
started_mailpit=false
if ! port_open 127.0.0.1 "$MAILPIT_SMTP_PORT"; then started_mailpit=true; fi
start_mailpit
bash infra/scripts/build.sh
node dist/infra/seed/seed-demo.cli.js --demo-accounts
node dist/apps/intake/src/hotline/hotline-partner.cli.js create 12345-demo "12345 市民服务热线（演示）" >/dev/null
# The demo city's year of history from before the system, into the case and suggestion banks
# (each row has its own key: a second start imports nothing).
node dist/infra/seed/demo-history.cli.js "$VAR_DIR/demo-history" >/dev/null
node dist/apps/supervision/src/history/history-import.cli.js cases "$VAR_DIR/demo-history/cases.xlsx"
node dist/apps/supervision/src/history/history-import.cli.js suggestions "$VAR_DIR/demo-history/suggestions.xlsx"

export WORKFLOW_BUNDLE_PATH="$SHANGLIANG_ROOT/dist/workflow-bundles/problem-lifecycle.js"
pids=()
stop_all() {
  log "stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait "${pids[@]}" 2>/dev/null || true
  if [[ "$started_temporal" == "true" && "$topology" == "cluster" ]]; then stop_temporal_cluster; fi
  if [[ "$started_temporal" == "true" && "$topology" != "cluster" ]]; then stop_temporal_dev_server; fi
  if [[ "$started_mailpit" == "true" ]]; then stop_mailpit; fi
}
trap stop_all EXIT INT TERM

apps=(intake assignment consultation supervision notifications sms-sink worker)
[[ -f dist/apps/web/src/main.js ]] && apps+=(web)
# The worker (workflow steps, timers) and the notifications service (deliveries) do work nobody
# waits for at a screen; on a busy machine they yield the CPU to the processes that answer people
# (`nice`, BACKGROUND_NICE, default 10; 0 gives them the same share). Idle CPU is still theirs.
# start_app app log — one process; APP_NODE_ARGS: extra Node flags for the apps only (the
# benchmark's CPU profiles; unquoted on purpose).
start_app() {
  local app="$1" log_file="$2" niceness=0
  [[ "$app" == "worker" || "$app" == "notifications" ]] && niceness="$background_nice"
  nice -n "$niceness" node ${APP_NODE_ARGS:-} "dist/apps/$app/src/main.js" >>"$log_file" 2>&1 &
  pids+=($!)
}
for app in "${apps[@]}"; do start_app "$app" "$VAR_DIR/log/$app.log"; done
for ((i = 2; i <= worker_processes; i++)); do start_app worker "$VAR_DIR/log/worker-$i.log"; done

cat <<TXT

  Shangliang is starting (logs in $VAR_DIR/log/):
    Residents' web page      http://127.0.0.1:$WEB_PORT
    Intake API + docs        http://127.0.0.1:$INTAKE_PORT/docs
    Assignment API + docs    http://127.0.0.1:$ASSIGNMENT_PORT/docs
    Consultation API + docs  http://127.0.0.1:$CONSULTATION_PORT/docs
    Supervision API + docs   http://127.0.0.1:$SUPERVISION_PORT/docs
    Notifications API + docs http://127.0.0.1:$NOTIFICATIONS_PORT/docs
    Mailpit (e-mail sent)    http://127.0.0.1:$MAILPIT_UI_PORT
    SMS sink (texts sent)    http://127.0.0.1:$SMS_SINK_PORT/messages  (webhooks: /webhooks)
    Temporal Web UI          $TEMPORAL_UI_URL
    Topology                 $(if [[ "$topology" == "cluster" ]]; then echo "Temporal Server on PostgreSQL at $TEMPORAL_ADDRESS; $SERVICE_PROCESSES processes per service, $worker_processes workers"; else echo "Temporal dev server at $TEMPORAL_ADDRESS; one process per service"; fi)
  Demo logins (password: ${DEMO_PASSWORD:-shangliang-demo}): admin, supervisor, convener-loc-003,
    leader-grp-01, member-mem-015, committee-cmt-01, vicechair-vc-1, dept-housing;
    the county council: county-admin, county-supervisor, convener-cloc-01, leader-cgrp-01
  Ctrl-C stops everything this command started.

TXT
wait -n "${pids[@]}" || true
log "a process exited; see $VAR_DIR/log/"
