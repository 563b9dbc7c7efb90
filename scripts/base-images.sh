#!/usr/bin/env bash
# The one base-image policy. For each given flavor (mariadb, mysql; default both) and for HAProxy it chooses the
# image the cluster is built FROM and tags it <name>.from (docker/base/images.properties); the provisioner builds
# on that tag and on nothing else. The choice, in order: the official image when it is here; the offline
# Debian-based base when it is here; the official image when a registry answers; else the offline base, built by
# docker/base/build.sh. Fast when the images are already present: no registry is asked then.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
props="$root/docker/base/images.properties"

prop() { sed -n "s/^$1=//p" "$props"; }
present() { docker image inspect "$1" >/dev/null 2>&1; }
choose() { docker tag "$2" "$(prop "$1.from")"; echo "[repmysql] $1 builds from $2" >&2; }
# settle NAME: tags the first usable image; fails when only building the offline base is left.
settle() {
  local official offline
  official="$(prop "$1.official")"
  offline="$(prop "$1.offline")"
  if present "$official"; then choose "$1" "$official"
  elif present "$offline"; then choose "$1" "$offline"
  elif docker pull -q "$official" >/dev/null 2>&1; then choose "$1" "$official"
  else return 1
  fi
}

flavors=("$@")
[ ${#flavors[@]} -gt 0 ] || flavors=(mariadb mysql)
names=()
for name in "${flavors[@]}"; do
  case "$name" in mariadb|mysql) ;; auto) name=mariadb ;; *) echo "[repmysql] unknown flavor '$name': use mariadb or mysql" >&2; exit 2 ;; esac
  names+=("$name")
done
names+=(haproxy)
missing=()
for name in "${names[@]}"; do
  settle "$name" || missing+=("$name")
done
[ ${#missing[@]} -gt 0 ] || exit 0
echo "[repmysql] no registry answers: building the offline base images for ${missing[*]} (a minute or two each)" >&2
"$root/docker/base/build.sh" "${missing[@]}"
for name in "${missing[@]}"; do
  choose "$name" "$(prop "$name.offline")"
done
