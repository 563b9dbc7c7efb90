#!/usr/bin/env bash
# The test command: makes sure a Docker engine and the base images exist, then runs every test
# (unit tests and the container-backed *IT) with Maven. Extra arguments go to Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

start=$(date +%s)
scripts/docker-engine.sh
scripts/base-images.sh
echo "[test] engine and base images ready after $(( $(date +%s) - start ))s" >&2
mvn -B -ntp verify "$@"
echo "[test] finished after $(( $(date +%s) - start ))s" >&2
