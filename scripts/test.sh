#!/usr/bin/env bash
# The test command: makes sure a Docker engine and the base images exist, then runs every test
# (unit tests and the container-backed *IT) with Maven. Extra arguments go to Maven.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

start=$(date +%s)
scripts/docker-engine.sh
scripts/base-images.sh
# The demo app's browser test drives Debian's headless Chromium through chromedriver.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "[test] installing chromium and chromium-driver (browser test)..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi
# The load harness's smoke test runs sysbench's point select beside the drivers.
if ! command -v sysbench >/dev/null 2>&1; then
  echo "[test] installing sysbench (load harness)..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends sysbench >/dev/null
fi
echo "[test] engine and base images ready after $(( $(date +%s) - start ))s" >&2
mvn -B -ntp verify "$@"
echo "[test] finished after $(( $(date +%s) - start ))s" >&2
