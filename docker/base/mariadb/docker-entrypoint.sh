#!/bin/bash
# Entrypoint of repmysql/mariadb-base: the official mariadb image's environment contract on Debian's MariaDB.
#   MARIADB_ROOT_PASSWORD | MYSQL_ROOT_PASSWORD (or *_FILE), MARIADB_ALLOW_EMPTY_ROOT_PASSWORD,
#   MARIADB_RANDOM_ROOT_PASSWORD, MARIADB_ROOT_HOST (default %), MARIADB_DATABASE, MARIADB_USER,
#   MARIADB_PASSWORD, and /docker-entrypoint-initdb.d/*.sh|*.sql|*.sql.gz|*.sql.xz|*.sql.zst.
# The data directory is initialised on first start only. No secret is written to the log.
set -eo pipefail
shopt -s nullglob

log()   { echo "$(date -u +'%Y-%m-%d %H:%M:%S') [entrypoint] $*"; }
fatal() { log "ERROR: $*" >&2; exit 1; }

# env NAME: value of MARIADB_NAME, else MYSQL_NAME, else the contents of the *_FILE variant.
env_value() {
  local name="$1" var
  for var in "MARIADB_$name" "MYSQL_$name"; do
    local file_var="${var}_FILE"
    if [ -n "${!var:-}" ]; then printf '%s' "${!var}"; return; fi
    if [ -n "${!file_var:-}" ]; then cat "${!file_var}"; return; fi
  done
}

sql_string() { local s="${1//\\/\\\\}"; printf "'%s'" "${s//\'/\\\'}"; }
sql_ident()  { printf '`%s`' "${1//\`/\`\`}"; }

if [ "${1#-}" != "$1" ]; then set -- mariadbd "$@"; fi
case "$1" in mariadbd|mysqld) ;; *) exec "$@" ;; esac

datadir="$("$@" --verbose --help 2>/dev/null | awk '$1 == "datadir" { print $2; exit }')"
datadir="${datadir:-/var/lib/mysql/}"
socket="/run/mysqld/mysqld.sock"
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld

if [ "$(id -u)" = 0 ]; then
  find "$datadir" \! -user mysql -exec chown mysql:mysql '{}' + 2>/dev/null || true
fi

if [ ! -d "$datadir/mysql" ]; then
  root_password="$(env_value ROOT_PASSWORD)"
  allow_empty="$(env_value ALLOW_EMPTY_ROOT_PASSWORD)"
  random_root="$(env_value RANDOM_ROOT_PASSWORD)"
  if [ -z "$root_password" ] && [ -z "$allow_empty" ] && [ -z "$random_root" ]; then
    fatal "the database is uninitialised and no root password option is set: set MARIADB_ROOT_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD or MARIADB_RANDOM_ROOT_PASSWORD"
  fi
  if [ -n "$random_root" ]; then
    root_password="$(tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32)"
    log "GENERATED ROOT PASSWORD is kept in /var/lib/mysql/.root-password (mode 0600)"
  fi

  log "initialising the data directory $datadir"
  mariadb-install-db --user=mysql --datadir="$datadir" --auth-root-authentication-method=normal \
    --skip-test-db --skip-log-bin --default-time-zone=SYSTEM >/dev/null
  if [ -n "$random_root" ]; then
    umask 077; printf '%s\n' "$root_password" > "$datadir/.root-password"; chown mysql "$datadir/.root-password"
  fi

  log "starting a temporary server (no networking, no binary log)"
  "$@" --user=mysql --skip-networking --skip-log-bin --socket="$socket" --default-time-zone=SYSTEM \
    --loose-innodb_buffer_pool_load_at_startup=0 --skip-slave-start --read-only=0 &
  temp_pid=$!
  for _ in $(seq 60); do
    mariadb --protocol=socket --socket="$socket" -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
    kill -0 "$temp_pid" 2>/dev/null || fatal "the temporary server exited during initialisation"
    sleep 1
  done
  mariadb --protocol=socket --socket="$socket" -uroot -e 'SELECT 1' >/dev/null 2>&1 \
    || fatal "the temporary server did not answer within 60s"

  root_host="$(env_value ROOT_HOST)"; root_host="${root_host:-%}"
  database="$(env_value DATABASE)"
  user="$(env_value USER)"
  user_password="$(env_value PASSWORD)"
  [ -z "$user" ] || [ "$user" != root ] || fatal "MARIADB_USER=root is not allowed: root is set up by MARIADB_ROOT_PASSWORD"
  [ -z "$user" ] || [ -n "$user_password" ] || fatal "MARIADB_USER is set but MARIADB_PASSWORD is empty"

  # The setup is not written to the binary log: every node of a cluster runs it for itself.
  {
    echo "SET @@SESSION.SQL_LOG_BIN=0;"
    echo "DROP USER IF EXISTS root@'127.0.0.1', root@'::1';"
    echo "EXECUTE IMMEDIATE CONCAT('DROP USER IF EXISTS root@\'', @@hostname, '\'');"
    echo "ALTER USER root@localhost IDENTIFIED BY $(sql_string "$root_password");"
    if [ "$root_host" != localhost ]; then
      echo "CREATE USER root@$(sql_string "$root_host") IDENTIFIED BY $(sql_string "$root_password");"
      echo "GRANT ALL ON *.* TO root@$(sql_string "$root_host") WITH GRANT OPTION;"
      echo "GRANT PROXY ON ''@'%' TO root@$(sql_string "$root_host") WITH GRANT OPTION;"
    fi
    [ -z "$database" ] || echo "CREATE DATABASE IF NOT EXISTS $(sql_ident "$database");"
    if [ -n "$user" ]; then
      echo "CREATE USER $(sql_string "$user")@'%' IDENTIFIED BY $(sql_string "$user_password");"
      [ -z "$database" ] || echo "GRANT ALL ON $(sql_ident "$database").* TO $(sql_string "$user")@'%';"
    fi
    echo "FLUSH PRIVILEGES;"
  } | mariadb --protocol=socket --socket="$socket" -uroot --binary-mode

  client=(mariadb --protocol=socket --socket="$socket" -uroot)
  export MYSQL_PWD="$root_password"
  [ -z "$database" ] || client+=("$database")
  for f in /docker-entrypoint-initdb.d/*; do
    case "$f" in
      *.sh)     log "running $f"; if [ -x "$f" ]; then "$f"; else . "$f"; fi ;;
      *.sql)    log "running $f"; "${client[@]}" < "$f" ;;
      *.sql.gz) log "running $f"; gunzip -c "$f" | "${client[@]}" ;;
      *.sql.xz) log "running $f"; xzcat "$f" | "${client[@]}" ;;
      *.sql.zst) log "running $f"; zstd -dc "$f" | "${client[@]}" ;;
      *)        log "ignoring $f" ;;
    esac
  done

  log "stopping the temporary server"
  kill "$temp_pid"; wait "$temp_pid" || true
  unset MYSQL_PWD root_password user_password
  log "initialisation complete"
fi

if [ "$(id -u)" = 0 ]; then set -- "$@" --user=mysql; fi
exec "$@"
