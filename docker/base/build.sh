#!/usr/bin/env bash
# Builds the offline base images used when the official images cannot be pulled (docker/base/images.properties):
#   repmysql/debian:<suite>        debootstrapped Debian root file system (docker import)
#   repmysql/mariadb-base:10.11    MariaDB from Debian bookworm, official-image entrypoint contract
#   repmysql/mysql-base:9.7        MySQL from Debian sid (unstable), official-image entrypoint contract
#   repmysql/haproxy-base:2.6      HAProxy from Debian bookworm, official-image config path
# Usage: build.sh [--force] [mariadb] [mysql] [haproxy]   (none: every one). HAProxy is always built.
# Cached: images that exist are kept, and docker build reuses its layers, so a second run takes seconds.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MIRROR="${REPMYSQL_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

step() { echo "[base] $*" >&2; }
have_image() { docker image inspect "$1" >/dev/null 2>&1; }
# prop KEY: the value of KEY in images.properties (empty when absent).
prop() { sed -n "s/^$1=//p" "$here/images.properties"; }

force=false
flavors=()
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    mariadb|mysql) flavors+=("$arg") ;;
    haproxy) ;;
    *) step "unknown argument '$arg': use [--force] [mariadb] [mysql] [haproxy]"; exit 2 ;;
  esac
done
[ $# -gt 0 ] && [ "$*" != --force ] || flavors=(mariadb mysql)
names=("${flavors[@]}" haproxy)

if $force; then
  step "--force: rebuilding ${names[*]}"
  for name in "${names[@]}"; do docker image rm -f "$(prop "$name.offline")" >/dev/null 2>&1 || true; done
  for name in "${names[@]}"; do docker image rm -f "repmysql/debian:$(prop "$name.suite")" >/dev/null 2>&1 || true; done
fi

rootfs() { # suite: makes repmysql/debian:<suite>
  local suite="$1" image="repmysql/debian:$1" work
  if have_image "$image"; then step "$image present"; return; fi
  command -v debootstrap >/dev/null 2>&1 || { step "debootstrap is missing: apt-get install debootstrap"; exit 1; }
  [ "$(id -u)" = 0 ] || { step "debootstrap needs root: run as root, or pull the official images instead"; exit 1; }
  work="$(mktemp -d /tmp/repmysql-rootfs.XXXXXX)"
  trap 'rm -rf "$work"' EXIT
  step "debootstrap $suite (minbase) from $MIRROR - about a minute"
  debootstrap --variant=minbase "$suite" "$work/root" "$MIRROR" 2>&1 \
    | grep --line-buffered -E '^I: (Retrieving|Validating|Extracting|Installing|Configuring) ' \
    | awk '{ n++; if (n % 25 == 0) { print "[base]   ... " $0; fflush() } }' >&2
  [ -x "$work/root/bin/sh" ] || { step "debootstrap failed"; exit 1; }
  # Services must not start while packages are installed in an image build.
  printf '#!/bin/sh\nexit 101\n' > "$work/root/usr/sbin/policy-rc.d"
  chmod 755 "$work/root/usr/sbin/policy-rc.d"
  # sid's Release files expire within days; an older snapshot of the mirror must still be usable.
  echo 'Acquire::Check-Valid-Until "false";' > "$work/root/etc/apt/apt.conf.d/99repmysql-valid-until"
  rm -rf "$work/root/var/cache/apt/archives/"*.deb "$work/root/var/lib/apt/lists/"*
  step "importing $image"
  tar -C "$work/root" -c . | docker import --change 'CMD ["/bin/bash"]' - "$image" >/dev/null
  rm -rf "$work"; trap - EXIT
}

build() { # name
  local image suite
  image="$(prop "$1.offline")"; suite="$(prop "$1.suite")"
  if have_image "$image"; then step "$image present"; return; fi
  rootfs "$suite"
  step "building $image"
  # Host networking: the private engine has no bridge, and apt needs the network.
  docker build --network host --build-arg "ROOTFS=repmysql/debian:$suite" -t "$image" "$here/$1" 2>&1 \
    | grep --line-buffered -E '^Step [0-9]+/[0-9]+' | sed -u 's/^/[base]   /' >&2
  have_image "$image" || { step "building $image failed; run: docker build --network host $here/$1"; exit 1; }
}

ready=()
for name in "${names[@]}"; do build "$name"; ready+=("$(prop "$name.offline")"); done
step "base images ready: ${ready[*]}"
