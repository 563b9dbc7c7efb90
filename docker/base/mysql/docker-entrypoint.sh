#!/bin/bash
# Entrypoint of repmysql/mysql-base: the official mysql image's environment contract on Debian's MySQL.
#   MYSQL_ROOT_PASSWORD (or _FILE), MYSQL_ALLOW_EMPTY_PASSWORD, MYSQL_RANDOM_ROOT_PASSWORD, MYSQL_ROOT_HOST
#   (default %), MYSQL_DATABASE, MYSQL_USER, MYSQL_PASSWORD (each also as *_FILE), and
#   /docker-entrypoint-initdb.d/*.sh|*.sql|*.sql.gz|*.sql.xz|*.sql.zst.
# The data directory is initialised on first start only, with binary logging off. No secret is written to the log.
set -eo pipefail
shopt -s nullglob

log()   { echo "$(date -u +'%Y-%m-%d %H:%M:%S') [entrypoint] $*"; }
fatal() { log "ERROR: $*" >&2; exit 1; }

# env NAME: value of MYSQL_NAME, else the contents of MYSQL_NAME_FILE.
env_value() {
  local var="MYSQL_$1" file_var="MYSQL_$1_FILE"
  if [ -n "${!var:-}" ] && [ -n "${!file_var:-}" ]; then fatal "both $var and $file_var are set: use one"; fi
  if [ -n "${!var:-}" ]; then printf '%s' "${!var}"; return; fi
  if [ -n "${!file_var:-}" ]; then cat "${!file_var}"; fi
}

sql_string() { local s="${1//\\/\\\\}"; printf "'%s'" "${s//\'/\\\'}"; }
sql_ident()  { printf '`%s`' "${1//\`/\`\`}"; }

if [ "${1#-}" != "$1" ]; then set -- mysqld "$@"; fi
[ "$1" = mysqld ] || exec "$@"

# --log-bin-index keeps this look-up from creating a binary log index in the data directory.
datadir="$("$@" --verbose --help --log-bin-index="$(mktemp -u)" 2>/dev/null | awk '$1 == "datadir" { print $2; exit }')"
datadir="${datadir:-/var/lib/mysql/}"
socket="/run/mysqld/mysqld.sock"
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld

if [ "$(id -u)" = 0 ]; then
  find "$datadir" \! -user mysql -exec chown mysql:mysql '{}' + 2>/dev/null || true
fi

if [ ! -d "$datadir/mysql" ]; then
  root_password="$(env_value ROOT_PASSWORD)"
  allow_empty="$(env_value ALLOW_EMPTY_PASSWORD)"
  random_root="$(env_value RANDOM_ROOT_PASSWORD)"
  if [ -z "$root_password" ] && [ -z "$allow_empty" ] && [ -z "$random_root" ]; then
    fatal "the database is uninitialised and no root password option is set: set MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD or MYSQL_RANDOM_ROOT_PASSWORD"
  fi
  if [ -n "$random_root" ]; then
    root_password="$(tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32)"
    log "GENERATED ROOT PASSWORD is kept in $datadir/.root-password (mode 0600)"
  fi

  root_host="$(env_value ROOT_HOST)"; root_host="${root_host:-%}"
  database="$(env_value DATABASE)"
  user="$(env_value USER)"
  user_password="$(env_value PASSWORD)"
  [ -z "$user" ] || [ "$user" != root ] || fatal "MYSQL_USER=root is not allowed: root is set up by MYSQL_ROOT_PASSWORD"
  [ -z "$user" ] || [ -n "$user_password" ] || fatal "MYSQL_USER is set but MYSQL_PASSWORD is empty"

  # Every node of a cluster runs this setup for itself, so none of it may reach a binary log. The file holds
  # passwords: owner-only, read by the server itself, deleted right after.
  setup="$(mktemp /run/mysqld/setup.XXXXXX)"
  trap 'rm -f "$setup"' EXIT
  {
    echo "SET @@SESSION.SQL_LOG_BIN=0;"
    echo "ALTER USER root@localhost IDENTIFIED BY $(sql_string "$root_password");"
    if [ "$root_host" != localhost ]; then
      echo "CREATE USER root@$(sql_string "$root_host") IDENTIFIED BY $(sql_string "$root_password");"
      echo "GRANT ALL ON *.* TO root@$(sql_string "$root_host") WITH GRANT OPTION;"
    fi
    [ -z "$database" ] || echo "CREATE DATABASE IF NOT EXISTS $(sql_ident "$database");"
    if [ -n "$user" ]; then
      echo "CREATE USER $(sql_string "$user")@'%' IDENTIFIED BY $(sql_string "$user_password");"
      [ -z "$database" ] || echo "GRANT ALL ON $(sql_ident "$database").* TO $(sql_string "$user")@'%';"
    fi
  } > "$setup"
  chown mysql "$setup"; chmod 600 "$setup"

  # --initialize runs the setup file itself, which saves a server start when there is nothing else to run.
  log "initialising the data directory $datadir"
  "$@" --initialize-insecure --user=mysql --datadir="$datadir" --disable-log-bin --mysqlx=OFF \
    --read-only=OFF --super-read-only=OFF --init-file="$setup" 2>&1 | grep -v -E '\[(Note|System)\]' >&2 || true
  rm -f "$setup"; trap - EXIT
  [ -d "$datadir/mysql" ] || fatal "mysqld --initialize-insecure did not create $datadir/mysql"
  if [ -n "$random_root" ]; then
    (umask 077; printf '%s\n' "$root_password" > "$datadir/.root-password"); chown mysql "$datadir/.root-password"
  fi

  scripts=(/docker-entrypoint-initdb.d/*)
  if [ ${#scripts[@]} -gt 0 ]; then
    log "starting a temporary server (no networking, no binary log)"
    "$@" --user=mysql --datadir="$datadir" --skip-networking --disable-log-bin --socket="$socket" --mysqlx=OFF \
      --skip-replica-start --read-only=OFF --super-read-only=OFF --log-error-verbosity=1 &
    temp_pid=$!
    export MYSQL_PWD="$root_password"
    client=(mysql --protocol=socket --socket="$socket" -uroot)
    for _ in $(seq 60); do
      "${client[@]}" -e 'SELECT 1' >/dev/null 2>&1 && break
      kill -0 "$temp_pid" 2>/dev/null || fatal "the temporary server exited during initialisation"
      sleep 1
    done
    "${client[@]}" -e 'SELECT 1' >/dev/null 2>&1 || fatal "the temporary server did not answer within 60s"

    [ -z "$database" ] || client+=("$database")
    for f in "${scripts[@]}"; do
      case "$f" in
        *.sh)      log "running $f"; if [ -x "$f" ]; then "$f"; else . "$f"; fi ;;
        *.sql)     log "running $f"; "${client[@]}" < "$f" ;;
        *.sql.gz)  log "running $f"; gunzip -c "$f" | "${client[@]}" ;;
        *.sql.xz)  log "running $f"; xzcat "$f" | "${client[@]}" ;;
        *.sql.zst) log "running $f"; zstd -dc "$f" | "${client[@]}" ;;
        *)         log "ignoring $f" ;;
      esac
    done

    log "stopping the temporary server"
    kill "$temp_pid"; wait "$temp_pid" || true
  fi
  unset MYSQL_PWD root_password user_password
  log "initialisation complete"
fi

if [ "$(id -u)" = 0 ]; then set -- "$@" --user=mysql; fi
exec "$@"
