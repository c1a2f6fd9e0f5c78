#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL cluster on 127.0.0.1 for the integration tests and
# writes the DATABASE_* variables to .tmp/postgres.env. Installs Debian's server if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PGTEST_PORT:-54329}"
# Outside the checkout: the postgres user must be able to reach it whatever the clone's parents allow.
DIR="${PGTEST_DIR:-/tmp/mitwirken-pg-$PORT}"
DATA="$DIR/data"
ENV_FILE="$PWD/.tmp/postgres.env"

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

case "${1:-start}" in
  start)
    BIN="$(find_bin)"
    if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
      echo "installing PostgreSQL from Debian's packages"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq postgresql >/dev/null
      BIN="$(find_bin)"
    fi
    # A cluster left running by an earlier run is stopped before its folder is replaced.
    if [ -f "$DATA/postmaster.pid" ]; then
      bash "$0" stop
    fi
    rm -rf "$DIR"
    mkdir -p "$DATA"
    # initdb refuses to run as root; the cluster belongs to the postgres system user.
    RUN=()
    if [ "$(id -u)" = 0 ]; then
      id postgres >/dev/null 2>&1 || useradd --system --home "$DIR" postgres
      chown -R postgres "$DIR"
      RUN=(su postgres -s /bin/bash -c)
      cd /
    else
      RUN=(bash -c)
    fi
    "${RUN[@]}" "'$BIN/initdb' -D '$DATA' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null"
    "${RUN[@]}" "'$BIN/pg_ctl' -D '$DATA' -l '$DIR/server.log' -w -o \"-p $PORT -k '$DIR' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
    "${RUN[@]}" "'$BIN/psql' -h 127.0.0.1 -p $PORT -U postgres -qc 'CREATE DATABASE mitwirken_test'"
    mkdir -p "$(dirname "$ENV_FILE")"
    cat > "$ENV_FILE" <<ENV
export DATABASE_CLIENT=postgres
export DATABASE_HOST=127.0.0.1
export DATABASE_PORT=$PORT
export DATABASE_NAME=mitwirken_test
export DATABASE_USERNAME=postgres
export DATABASE_PASSWORD=
ENV
    echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (env in .tmp/postgres.env)"
    ;;
  stop)
    BIN="$(find_bin)"
    if [ -n "$BIN" ] && [ -f "$DATA/postmaster.pid" ]; then
      if [ "$(id -u)" = 0 ]; then
        (cd / && su postgres -s /bin/bash -c "'$BIN/pg_ctl' -D '$DATA' -m fast stop" >/dev/null) || true
      else
        "$BIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null || true
      fi
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
