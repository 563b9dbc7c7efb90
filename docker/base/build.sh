#!/usr/bin/env bash
# Builds the offline base images used when the official mariadb/haproxy images cannot be pulled:
#   repmysql/debian:bookworm       debootstrapped Debian root file system (docker import)
#   repmysql/mariadb-base:10.11    MariaDB from Debian's packages, official-image entrypoint contract
#   repmysql/haproxy-base:2.6      HAProxy from Debian's packages, official-image config path
# Cached: images that exist are kept, and docker build reuses its layers, so a second run takes seconds.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SUITE="${REPMYSQL_DEBIAN_SUITE:-bookworm}"
MIRROR="${REPMYSQL_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
ROOTFS_IMAGE="repmysql/debian:$SUITE"
MARIADB_IMAGE="repmysql/mariadb-base:10.11"
HAPROXY_IMAGE="repmysql/haproxy-base:2.6"
FORCE="${1:-}"

step() { echo "[base] $*" >&2; }
have_image() { docker image inspect "$1" >/dev/null 2>&1; }

if [ "$FORCE" = "--force" ]; then
  step "--force: rebuilding every base image"
  docker image rm -f "$HAPROXY_IMAGE" "$MARIADB_IMAGE" "$ROOTFS_IMAGE" >/dev/null 2>&1 || true
fi

if have_image "$ROOTFS_IMAGE"; then
  step "1/3 $ROOTFS_IMAGE present"
else
  command -v debootstrap >/dev/null 2>&1 || { step "debootstrap is missing: apt-get install debootstrap"; exit 1; }
  [ "$(id -u)" = 0 ] || { step "debootstrap needs root: run as root, or pull the official images instead"; exit 1; }
  work="$(mktemp -d /tmp/repmysql-rootfs.XXXXXX)"
  trap 'rm -rf "$work"' EXIT
  step "1/3 debootstrap $SUITE (minbase) from $MIRROR - about a minute"
  debootstrap --variant=minbase "$SUITE" "$work/root" "$MIRROR" 2>&1 \
    | grep --line-buffered -E '^I: (Retrieving|Validating|Extracting|Installing|Configuring) ' \
    | awk '{ n++; if (n % 25 == 0) { print "[base]   ... " $0; fflush() } }' >&2
  [ -x "$work/root/bin/sh" ] || { step "debootstrap failed"; exit 1; }
  # Services must not start while packages are installed in an image build.
  printf '#!/bin/sh\nexit 101\n' > "$work/root/usr/sbin/policy-rc.d"
  chmod 755 "$work/root/usr/sbin/policy-rc.d"
  rm -rf "$work/root/var/cache/apt/archives/"*.deb "$work/root/var/lib/apt/lists/"*
  step "1/3 importing $ROOTFS_IMAGE"
  tar -C "$work/root" -c . | docker import --change 'CMD ["/bin/bash"]' - "$ROOTFS_IMAGE" >/dev/null
  rm -rf "$work"; trap - EXIT
fi

build() { # n, image, context
  step "$1/3 building $2"
  # Host networking: the private engine has no bridge, and apt needs the network.
  docker build --network host --build-arg "ROOTFS=$ROOTFS_IMAGE" -t "$2" "$3" 2>&1 \
    | grep --line-buffered -E '^Step [0-9]+/[0-9]+' | sed -u 's/^/[base]   /' >&2
  have_image "$2" || { step "building $2 failed; run: docker build --network host $3"; exit 1; }
}

if have_image "$MARIADB_IMAGE"; then step "2/3 $MARIADB_IMAGE present"; else build 2 "$MARIADB_IMAGE" "$here/mariadb"; fi
if have_image "$HAPROXY_IMAGE"; then step "3/3 $HAPROXY_IMAGE present"; else build 3 "$HAPROXY_IMAGE" "$here/haproxy"; fi
step "base images ready: $MARIADB_IMAGE, $HAPROXY_IMAGE"
