#!/usr/bin/env bash
# Ensures a Docker engine answers. Starts a private one (no bridge, no iptables) when none does.
# Safe to run twice; never stops an engine it did not start.
set -euo pipefail

STATE_DIR="${REPMYSQL_ENGINE_DIR:-/var/lib/repmysql-engine}"
LOG="$STATE_DIR/dockerd.log"
WAIT_SECONDS="${REPMYSQL_ENGINE_WAIT:-60}"

say() { echo "[engine] $*" >&2; }

if docker info >/dev/null 2>&1; then
  say "a Docker engine already answers; nothing to do"
  exit 0
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
setsid dockerd --bridge=none --iptables=false --ip6tables=false >"$LOG" 2>&1 < /dev/null &
echo $! > "$STATE_DIR/dockerd.pid"

for _ in $(seq "$WAIT_SECONDS"); do
  if docker info >/dev/null 2>&1; then
    say "engine ready (pid $(cat "$STATE_DIR/dockerd.pid"))"
    exit 0
  fi
  sleep 1
done
say "the engine did not answer within ${WAIT_SECONDS}s; last lines of $LOG:"
tail -n 20 "$LOG" >&2
exit 1
