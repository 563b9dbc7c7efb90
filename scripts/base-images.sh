#!/usr/bin/env bash
# Makes sure the images the cluster is built FROM are available: the official ones when a registry answers,
# else the offline Debian-based ones (docker/base/build.sh). Fast when they are already present.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

present() { docker image inspect "$1" >/dev/null 2>&1; }

if present repmysql/mariadb-base:10.11 && present repmysql/haproxy-base:2.6; then exit 0; fi
if present mariadb:11.4 && present haproxy:2.6; then exit 0; fi
if docker pull -q mariadb:11.4 >/dev/null 2>&1 && docker pull -q haproxy:2.6 >/dev/null 2>&1; then exit 0; fi
echo "[repmysql] no registry answers: building the offline base images (about a minute)" >&2
exec "$root/docker/base/build.sh"
