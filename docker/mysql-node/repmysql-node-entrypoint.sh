#!/bin/bash
# Renders the replication settings from the environment, then hands over to the base image's entrypoint.
#   REPMYSQL_SERVER_ID   required; a unique whole number from 1 to 4294967295
#   REPMYSQL_ROLE        primary | replica (default primary); replicas start read-only. A role written later
#                        to <datadir>/.repmysql-role (failover, fencing) wins over the environment.
#   REPMYSQL_PORT        port to listen on (default 3306)
#   REPMYSQL_BIND_ADDRESS address to listen on (default 0.0.0.0; the provisioner uses 127.0.0.1 in host mode)
#   REPMYSQL_SEMI_SYNC   true | false (default false): lossless semi-synchronous replication
#   REPMYSQL_AGENT_PORT  when set, a HAProxy agent on this port drains the node from the read pool while its
#                        replication threads are stopped or it lags more than REPMYSQL_MAX_LAG_SECONDS (default 30)
# No secret is read or written here: passwords stay with the base entrypoint.
set -euo pipefail

fail() { echo "[repmysql-node] ERROR: $*" >&2; exit 1; }
is_uint() { [[ "$1" =~ ^[0-9]+$ ]]; }

if [ $# -eq 0 ] || [ "${1#-}" != "$1" ]; then
  if command -v mariadbd >/dev/null 2>&1; then set -- mariadbd "$@"; else set -- mysqld "$@"; fi
fi

case "$1" in
  mariadbd|mysqld)
    server_id="${REPMYSQL_SERVER_ID:-}"
    [ -n "$server_id" ] || fail "REPMYSQL_SERVER_ID is not set: give every node a unique id from 1 to 4294967295"
    if ! is_uint "$server_id" || [ "${#server_id}" -gt 10 ] || [ "$server_id" -lt 1 ] || [ "$server_id" -gt 4294967295 ]; then
      fail "REPMYSQL_SERVER_ID='$server_id' is not a whole number from 1 to 4294967295"
    fi
    port="${REPMYSQL_PORT:-3306}"
    if ! is_uint "$port" || [ "${#port}" -gt 5 ] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
      fail "REPMYSQL_PORT='$port' is not a port from 1 to 65535"
    fi
    bind="${REPMYSQL_BIND_ADDRESS:-0.0.0.0}"
    [[ "$bind" =~ ^[0-9a-fA-F:.]+$ ]] || fail "REPMYSQL_BIND_ADDRESS='$bind' is not an IP address"
    role="${REPMYSQL_ROLE:-primary}"
    if [ -s /var/lib/mysql/.repmysql-role ]; then role="$(tr -d '[:space:]' < /var/lib/mysql/.repmysql-role)"; fi
    case "$role" in primary|replica|fenced) ;; *) fail "REPMYSQL_ROLE='$role' must be primary or replica" ;; esac
    semi_sync="${REPMYSQL_SEMI_SYNC:-false}"
    case "$semi_sync" in true|false) ;; *) fail "REPMYSQL_SEMI_SYNC='$semi_sync' must be true or false" ;; esac

    if "$1" --version 2>/dev/null | grep -qi mariadb; then flavor=mariadb; else flavor=mysql; fi
    # Debian's servers read mariadb.conf.d / mysql.conf.d after conf.d, and their server config sets
    # bind-address: come last. The official images read conf.d only.
    conf_dir=/etc/mysql/conf.d
    [ -d /etc/mysql/mysql.conf.d ] && conf_dir=/etc/mysql/mysql.conf.d
    [ -d /etc/mysql/mariadb.conf.d ] && conf_dir=/etc/mysql/mariadb.conf.d
    mkdir -p "$conf_dir"
    read_only=OFF; [ "$role" = primary ] || read_only=ON
    {
      echo "# Rendered by repmysql-node-entrypoint.sh at container start; edits are overwritten."
      echo "[mysqld]"
      echo "server_id = $server_id"
      echo "port = $port"
      echo "bind_address = $bind"
      echo "report_host = ${REPMYSQL_REPORT_HOST:-127.0.0.1}"
      echo "report_port = $port"
      echo "skip_name_resolve = ON"
      echo "log_bin = mysql-bin"
      echo "binlog_format = ROW"
      echo "relay_log = relay-bin"
      echo "read_only = $read_only"
      if [ "$flavor" = mariadb ]; then
        echo "log_slave_updates = ON"
        echo "gtid_strict_mode = ON"
        echo "session_track_system_variables = autocommit,character_set_client,character_set_connection,character_set_results,time_zone,last_gtid"
        if [ "$semi_sync" = true ]; then
          echo "rpl_semi_sync_master_enabled = ON"
          echo "rpl_semi_sync_slave_enabled = ON"
          echo "rpl_semi_sync_master_wait_point = AFTER_SYNC"
          echo "rpl_semi_sync_master_timeout = ${REPMYSQL_SEMI_SYNC_TIMEOUT_MS:-10000}"
        fi
      else
        echo "gtid_mode = ON"
        echo "enforce_gtid_consistency = ON"
        echo "log_replica_updates = ON"
        echo "super_read_only = $read_only"
        # The driver reads the GTID of its own writes from the OK packet (read-your-writes, no extra query).
        echo "session_track_gtids = OWN_GTID"
        if [ "$semi_sync" = true ]; then
          echo "plugin_load_add = semisync_source.so"
          echo "plugin_load_add = semisync_replica.so"
          echo "loose_rpl_semi_sync_source_enabled = ON"
          echo "loose_rpl_semi_sync_replica_enabled = ON"
          echo "loose_rpl_semi_sync_source_wait_point = AFTER_SYNC"
          echo "loose_rpl_semi_sync_source_timeout = ${REPMYSQL_SEMI_SYNC_TIMEOUT_MS:-10000}"
        fi
      fi
    } > "$conf_dir/99-repmysql.cnf"
    echo "[repmysql-node] $flavor node: server_id=$server_id role=$role port=$port bind=$bind semi_sync=$semi_sync"

    agent_port="${REPMYSQL_AGENT_PORT:-}"
    if [ -n "$agent_port" ]; then
      max_lag="${REPMYSQL_MAX_LAG_SECONDS:-30}"
      is_uint "$agent_port" && [ "${#agent_port}" -le 5 ] && [ "$agent_port" -ge 1 ] && [ "$agent_port" -le 65535 ] \
        || fail "REPMYSQL_AGENT_PORT='$agent_port' is not a port from 1 to 65535"
      is_uint "$max_lag" || fail "REPMYSQL_MAX_LAG_SECONDS='$max_lag' is not a whole number of seconds"
      if command -v perl >/dev/null 2>&1; then
        perl /usr/local/bin/repmysql-agent.pl "$bind" "$agent_port" "$max_lag" &
      else
        echo "[repmysql-node] WARNING: no perl in this image: the lag agent does not run" >&2
      fi
    fi
    ;;
esac

exec docker-entrypoint.sh "$@"
