#!/usr/bin/env bash
# Starts (or stops) nginx as a caching reverse proxy in front of two app instances, configured by
# deploy/nginx/mitwirken.conf, on an unprivileged port with its own prefix, cache and temp folders
# under /tmp. Installs Debian's nginx if it is missing (as root or with sudo; nothing is needed as
# root after that). Writes PROXY_URL to .tmp/proxy.env.
#   PROXY_PORT (default 54380), APP_PORTS (default "1337 1338"), PROXY_DIR (default /tmp/mitwirken-nginx-$PROXY_PORT)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PROXY_PORT:-54380}"
read -r APP_PORT_1 APP_PORT_2 <<< "${APP_PORTS:-1337 1338}"
DIR="${PROXY_DIR:-/tmp/mitwirken-nginx-$PORT}"
ENV_FILE="$PWD/.tmp/proxy.env"

find_nginx() {
  command -v nginx 2>/dev/null || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true
}

case "${1:-start}" in
  start)
    NGINX="$(find_nginx)"
    if [ -z "$NGINX" ]; then
      echo "installing nginx from Debian's packages"
      SUDO=()
      [ "$(id -u)" = 0 ] || SUDO=(sudo)
      export DEBIAN_FRONTEND=noninteractive
      "${SUDO[@]}" apt-get update -qq
      "${SUDO[@]}" apt-get install -y -qq nginx >/dev/null
      # Debian's package starts a system nginx on port 80; these tests do not need it.
      "${SUDO[@]}" systemctl disable --now nginx >/dev/null 2>&1 || "${SUDO[@]}" service nginx stop >/dev/null 2>&1 || true
      NGINX="$(find_nginx)"
    fi
    # A proxy left running by an earlier run is stopped before its folder is replaced.
    if [ -f "$DIR/nginx.pid" ]; then
      bash "$0" stop
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR/cache" "$DIR/temp/body" "$DIR/temp/proxy" "$DIR/temp/fastcgi" "$DIR/temp/uwsgi" "$DIR/temp/scgi" "$DIR/logs"
    sed -e "s#@CACHE_DIR@#$DIR/cache#" -e "s#@APP_PORT_1@#$APP_PORT_1#" -e "s#@APP_PORT_2@#$APP_PORT_2#" -e "s#@PROXY_PORT@#$PORT#" \
      deploy/nginx/mitwirken.conf > "$DIR/mitwirken.conf"
    USER_LINE=""
    if [ "$(id -u)" = 0 ]; then
      # A master started as root hands the work to an unprivileged user, who must own the folders.
      WORKER_USER=nobody
      id www-data >/dev/null 2>&1 && WORKER_USER=www-data
      chown -R "$WORKER_USER" "$DIR/cache" "$DIR/temp"
      USER_LINE="user $WORKER_USER;"
    fi
    cat > "$DIR/nginx.conf" <<CONF
$USER_LINE
worker_processes 1;
pid $DIR/nginx.pid;
error_log $DIR/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log $DIR/logs/access.log;
    client_body_temp_path $DIR/temp/body;
    proxy_temp_path $DIR/temp/proxy;
    fastcgi_temp_path $DIR/temp/fastcgi;
    uwsgi_temp_path $DIR/temp/uwsgi;
    scgi_temp_path $DIR/temp/scgi;
    include $DIR/mitwirken.conf;
}
CONF
    "$NGINX" -p "$DIR" -c "$DIR/nginx.conf" -t -q
    "$NGINX" -p "$DIR" -c "$DIR/nginx.conf"
    mkdir -p "$(dirname "$ENV_FILE")"
    echo "export PROXY_URL=http://127.0.0.1:$PORT" > "$ENV_FILE"
    echo "nginx $("$NGINX" -v 2>&1 | sed 's#.*/##') on 127.0.0.1:$PORT in front of 127.0.0.1:$APP_PORT_1 and 127.0.0.1:$APP_PORT_2 (env in .tmp/proxy.env)"
    ;;
  stop)
    NGINX="$(find_nginx)"
    if [ -n "$NGINX" ] && [ -f "$DIR/nginx.pid" ]; then
      "$NGINX" -p "$DIR" -c "$DIR/nginx.conf" -s quit 2>/dev/null || kill "$(cat "$DIR/nginx.pid")" 2>/dev/null || true
      for _ in $(seq 1 50); do [ -f "$DIR/nginx.pid" ] || break; sleep 0.1; done
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
