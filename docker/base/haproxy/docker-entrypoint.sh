#!/bin/sh
# The official image's contract: "-..." arguments go to haproxy; haproxy runs in the foreground
# in master-worker mode so that SIGUSR2 reloads its configuration without dropping listeners.
set -e
if [ "${1#-}" != "$1" ]; then set -- haproxy "$@"; fi
if [ "$1" = haproxy ]; then shift; set -- haproxy -W -db "$@"; fi
exec "$@"
