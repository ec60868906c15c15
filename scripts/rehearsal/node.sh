#!/usr/bin/env bash
# Process control for the rehearsal (run.sh writes $REHEARSAL_DIR/vars.sh; the driver calls this):
#   node.sh start NAME      start web node NAME with the systemd unit's ExecStart and environment, wait until ready
#   node.sh kill NAME       SIGKILL it (no graceful shutdown)
#   node.sh stop NAME       SIGTERM it and wait
#   node.sh route NAME…     nginx sends traffic to these nodes only (rewrites portal/upstreams.conf, reloads)
#   node.sh pg-restart      restart PostgreSQL (fast shutdown, then start again)
#   node.sh pg-stop / pg-start
set -uo pipefail
: "${REHEARSAL_DIR:?}"
source "$REHEARSAL_DIR/vars.sh"
UNIT="$ROOT/deploy/systemd/portal-web@.service"

# systemd's EnvironmentFile format: KEY=VALUE lines, # comments; the value is taken as it is.
load_env_file() {
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    export "${line%%=*}=${line#*=}"
  done <"$1"
}

# Starts the node and waits until it is ready; 0 when ready, 1 when it failed, 2 when its port was taken.
start_node_once() {
  local name=$1 dir="$REHEARSAL_DIR/nodes/$1"
  mkdir -p "$dir"
  touch "$dir/out.log"
  local before
  before=$(wc -l <"$dir/out.log")
  (
    load_env_file "$REHEARSAL_DIR/portal.env"
    load_env_file "$REHEARSAL_DIR/portal-web-$name.env"
    # The unit's own Environment= lines and ExecStart, with the install folder replaced by the published build.
    while IFS= read -r line; do export "${line#Environment=}"; done < <(grep '^Environment=' "$UNIT")
    exec_start=$(grep '^ExecStart=' "$UNIT" | head -n 1 | sed "s|^ExecStart=||; s|/opt/portal|$APP_DIR|g; s|/usr/bin/dotnet|$(command -v dotnet)|")
    cd "$APP_DIR" || exit 1
    # shellcheck disable=SC2086
    exec $exec_start >>"$dir/out.log" 2>&1
  ) &
  echo $! >"$dir/pid"
  local port
  port=$(grep '^ASPNETCORE_URLS=' "$REHEARSAL_DIR/portal-web-$name.env" | sed 's|.*:||; s|/.*||')
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; then return 0; fi
    if ! kill -0 "$(cat "$dir/pid")" 2>/dev/null; then
      tail -n +"$((before + 1))" "$dir/out.log" | grep -q 'address already in use' && return 2
      echo "node $name exited:"; tail -n 20 "$dir/out.log"; return 1
    fi
    sleep 0.2
  done
  echo "node $name not ready after 60 s"; tail -n 20 "$dir/out.log"; return 1
}

# The port was free when run.sh chose it, but this machine is shared: before nginx knows the node, a port someone
# took meanwhile is replaced by another free one.
start_node() {
  local name=$1 outcome
  for _ in 1 2 3; do
    start_node_once "$name"; outcome=$?
    [ "$outcome" -ne 2 ] && return "$outcome"
    if [ -f "$REHEARSAL_DIR/nginx/portal/upstreams.conf" ] && grep -q "$(grep '^ASPNETCORE_URLS=' "$REHEARSAL_DIR/portal-web-$name.env" | sed 's|.*//||')" "$REHEARSAL_DIR/nginx/portal/upstreams.conf"; then
      echo "node $name: its port was taken while nginx routes to it"; return 1
    fi
    sed -i "s|^ASPNETCORE_URLS=.*|ASPNETCORE_URLS=http://127.0.0.1:$(free_port)|" "$REHEARSAL_DIR/portal-web-$name.env"
  done
  echo "node $name: no free port after 3 tries"; return 1
}

free_port() {
  local port
  while :; do
    port=$(( (RANDOM << 1 | RANDOM & 1) % 30000 + 20000 ))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

case "${1:-}" in
  start) start_node "$2" ;;
  kill) kill -KILL "$(cat "$REHEARSAL_DIR/nodes/$2/pid")" 2>/dev/null; sleep 0.2 ;;
  stop)
    pid=$(cat "$REHEARSAL_DIR/nodes/$2/pid")
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null ;;
  route)
    # nginx sends traffic to the named nodes only (a restored node going live, say), then reloads.
    shift
    ngx="$REHEARSAL_DIR/nginx"
    {
      for upstream in portal_nodes portal_sticky; do
        echo "upstream $upstream {"
        [ "$upstream" = portal_sticky ] && echo "    hash \$portal_route consistent;"
        for name in "$@"; do
          echo "    server $(grep '^ASPNETCORE_URLS=' "$REHEARSAL_DIR/portal-web-$name.env" | sed 's|.*//||') max_fails=1 fail_timeout=5s;"
        done
        echo "    keepalive 16;"
        echo "}"
      done
    } >"$ngx/portal/upstreams.conf"
    nginx -p "$ngx" -c "$ngx/nginx.conf" -s reload && sleep 1 ;;
  pg-stop) as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null ;;
  pg-start) as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -o "$PG_OPTIONS" -w start >/dev/null ;;
  pg-restart) as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -m fast -w restart >/dev/null ;;
  *) echo "usage: node.sh start|kill|stop NAME | pg-stop | pg-start | pg-restart" >&2; exit 2 ;;
esac
