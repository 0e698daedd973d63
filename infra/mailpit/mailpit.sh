# Mailpit (a real SMTP server with a web UI and an HTTP API), the mail catcher of `npm start` and
# the tests: built once from the Go module proxy into a cache outside the repository, then
# reused. Source it after infra/scripts/lib.sh.
# shellcheck shell=bash

MAILPIT_VERSION="v1.33.1"
MAILPIT_CACHE_DIR="${SHANGLIANG_CACHE:-$HOME/.cache/shangliang}/mailpit-$MAILPIT_VERSION"
MAILPIT_BIN="$MAILPIT_CACHE_DIR/mailpit"

ensure_mailpit() {
  if [[ -x "$MAILPIT_BIN" && "$(cat "$MAILPIT_CACHE_DIR/.version" 2>/dev/null)" == "$MAILPIT_VERSION" ]] \
    && "$MAILPIT_BIN" --help >/dev/null 2>&1; then
    # (Not `mailpit version`: it also asks GitHub for a newer release and fails offline.)
    return
  fi
  command -v go >/dev/null || die "Go is needed once to build Mailpit (go install)"
  log "building Mailpit $MAILPIT_VERSION (once; about a minute and a half)"
  mkdir -p "$MAILPIT_CACHE_DIR"
  GOBIN="$MAILPIT_CACHE_DIR" GOFLAGS=-mod=mod go install "github.com/axllent/mailpit@$MAILPIT_VERSION"
  echo "$MAILPIT_VERSION" >"$MAILPIT_CACHE_DIR/.version"
}

# start_mailpit — SMTP on MAILPIT_SMTP_PORT, web UI and API on MAILPIT_UI_PORT, both on
# 127.0.0.1. Leaves one already answering alone. Writes its pid and log to $VAR_DIR.
start_mailpit() {
  if port_open 127.0.0.1 "$MAILPIT_SMTP_PORT" && port_open 127.0.0.1 "$MAILPIT_UI_PORT"; then
    log "Mailpit already answers on :$MAILPIT_SMTP_PORT (UI :$MAILPIT_UI_PORT)"
    return
  fi
  log "starting Mailpit (SMTP :$MAILPIT_SMTP_PORT, UI http://127.0.0.1:$MAILPIT_UI_PORT)"
  # --disable-version-check: the machine cannot reach GitHub, and the check only logs an error.
  nohup "$MAILPIT_BIN" --smtp "127.0.0.1:$MAILPIT_SMTP_PORT" --listen "127.0.0.1:$MAILPIT_UI_PORT" \
    --smtp-auth-accept-any --smtp-auth-allow-insecure --disable-version-check \
    >>"$SHANGLIANG_ROOT/$VAR_DIR/log/mailpit.log" 2>&1 &
  echo $! >"$SHANGLIANG_ROOT/$VAR_DIR/mailpit.pid"
  wait_for_port 127.0.0.1 "$MAILPIT_SMTP_PORT" 30 "Mailpit SMTP"
  wait_for_port 127.0.0.1 "$MAILPIT_UI_PORT" 30 "Mailpit UI"
}

stop_mailpit() { stop_pidfile "$SHANGLIANG_ROOT/$VAR_DIR/mailpit.pid"; }
