#!/usr/bin/env bash
# Makes sure the images the cluster is built FROM are available for the given flavors (mariadb, mysql; default
# both): the official ones when a registry answers, else the offline Debian-based ones (docker/base/build.sh).
# The tags come from docker/base/images.properties. Fast when the images are already present.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
props="$root/docker/base/images.properties"

prop() { sed -n "s/^$1=//p" "$props"; }
present() { docker image inspect "$1" >/dev/null 2>&1; }
# ready NAME: its offline base or its official image is here, or the official one can be pulled.
ready() {
  present "$(prop "$1.offline")" || present "$(prop "$1.official")" || docker pull -q "$(prop "$1.official")" >/dev/null 2>&1
}

flavors=("$@")
[ ${#flavors[@]} -gt 0 ] || flavors=(mariadb mysql)
missing=()
for flavor in "${flavors[@]}"; do
  case "$flavor" in mariadb|mysql) ;; auto) flavor=mariadb ;; *) echo "[repmysql] unknown flavor '$flavor': use mariadb or mysql" >&2; exit 2 ;; esac
  ready "$flavor" || missing+=("$flavor")
done
if [ ${#missing[@]} -eq 0 ] && ready haproxy; then exit 0; fi
[ ${#missing[@]} -gt 0 ] || missing=(haproxy)
echo "[repmysql] no registry answers: building the offline base images for ${missing[*]} (a minute or two each)" >&2
exec "$root/docker/base/build.sh" "${missing[@]}"
