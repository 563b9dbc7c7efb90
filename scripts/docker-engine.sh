#!/usr/bin/env bash
# Ensures a Docker engine answers. Starts a private one (no bridge, no iptables) when none does.
# Safe to run twice; never stops an engine it did not start.
#
#   scripts/docker-engine.sh              the default engine (the one `docker` talks to)
#   scripts/docker-engine.sh --instance N a further private engine with its own socket, data-root, exec-root and
#                                         pidfile: unix:///run/repmysql-N.sock (tests place nodes on it, as
#                                         on several hosts). Prints its DOCKER_HOST.
set -euo pipefail

INSTANCE=""
if [ "${1:-}" = "--instance" ]; then
  INSTANCE="${2:?--instance needs a name, e.g. engine2}"
  [[ "$INSTANCE" =~ ^[a-z0-9-]+$ ]] || { echo "[engine] --instance '$INSTANCE': use lowercase letters, digits, dashes" >&2; exit 1; }
fi

if [ -z "$INSTANCE" ]; then
  STATE_DIR="${REPMYSQL_ENGINE_DIR:-/var/lib/repmysql-engine}"
  EXTRA_ARGS=()
else
  STATE_DIR="/var/lib/repmysql-$INSTANCE"
  SOCKET="/run/repmysql-$INSTANCE.sock"
  export DOCKER_HOST="unix://$SOCKET"
  EXTRA_ARGS=(--host "$DOCKER_HOST" --data-root "$STATE_DIR/data" --exec-root "/run/repmysql-$INSTANCE-exec"
              --pidfile "/run/repmysql-$INSTANCE.pid")
fi
LOG="$STATE_DIR/dockerd.log"
WAIT_SECONDS="${REPMYSQL_ENGINE_WAIT:-60}"

say() { echo "[engine${INSTANCE:+ $INSTANCE}] $*" >&2; }
ready() { [ -z "$INSTANCE" ] || echo "$DOCKER_HOST"; }

if docker info >/dev/null 2>&1; then
  say "a Docker engine already answers; nothing to do"
  ready
  exit 0
fi
if [ -n "$INSTANCE" ] && ! command -v dockerd >/dev/null 2>&1; then
  say "a further engine needs dockerd: run scripts/docker-engine.sh first"
  exit 1
fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  say "no Docker engine answers. Install and start Docker (https://docs.docker.com/engine/install/),"
  say "or run this script as root on Debian/Ubuntu to start a private engine."
  exit 1
fi

missing=()
command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mkdir -p "$STATE_DIR"
say "starting a private engine (log: $LOG)"
# setsid: the engine outlives this script and the shell that called it.
setsid dockerd --bridge=none --iptables=false --ip6tables=false "${EXTRA_ARGS[@]}" >"$LOG" 2>&1 < /dev/null &
echo $! > "$STATE_DIR/dockerd.pid"

for _ in $(seq "$WAIT_SECONDS"); do
  if docker info >/dev/null 2>&1; then
    say "engine ready (pid $(cat "$STATE_DIR/dockerd.pid"))"
    ready
    exit 0
  fi
  sleep 1
done
say "the engine did not answer within ${WAIT_SECONDS}s; last lines of $LOG:"
tail -n 20 "$LOG" >&2
exit 1
