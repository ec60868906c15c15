#!/usr/bin/env bash
# Throw-away PostgreSQL, Azurite and Redis on 127.0.0.1 (free ports, deleted on exit), for tests and benchmarks.
# Source it, then call start_postgres [postgres -c options…], start_azurite AZURITE_BINARY and/or start_redis.
# They set PG_PORT, AZ_PORT and REDIS_PORT and return non-zero (after printing the server's log) when a server won't start.

free_port() {
  local port
  while :; do
    port=$(( (RANDOM << 1 | RANDOM & 1) % 30000 + 20000 ))
    (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

wait_for_port() {
  for _ in $(seq 1 100); do
    (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.2
  done
  return 1
}

SERVICES_DIR=$(mktemp -d /tmp/portal-services-XXXXXX)
chmod 755 "$SERVICES_DIR"
PG_DIR="$SERVICES_DIR/pg"
AZ_PID=""
REDIS_PID=""
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop_services() {
  [ -n "$AZ_PID" ] && kill "$AZ_PID" 2>/dev/null
  [ -n "$REDIS_PID" ] && kill "$REDIS_PID" 2>/dev/null
  [ -f "$PG_DIR/postmaster.pid" ] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -m immediate stop >/dev/null 2>&1
  rm -rf "$SERVICES_DIR"
}
trap stop_services EXIT

# start_postgres [-c name=value …]: extra server settings (tests turn fsync off; benchmarks keep it on).
start_postgres() {
  PG_PORT=$(free_port)
  mkdir -p "$PG_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null \
    && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR" -l "$PG_DIR/server.log" -w \
         -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=200 $*" start >/dev/null \
    || { echo "PostgreSQL did not start"; cat "$PG_DIR/server.log" 2>/dev/null; return 1; }
}

# start_azurite PATH_TO_azurite-blob
# A free port can be taken by another process before Azurite binds it, so a failed start is tried on a new port.
start_azurite() {
  mkdir -p "$SERVICES_DIR/azurite"
  for _ in 1 2 3; do
    AZ_PORT=$(free_port)
    "$1" --blobHost 127.0.0.1 --blobPort "$AZ_PORT" --location "$SERVICES_DIR/azurite" --skipApiVersionCheck --silent --loose \
      >"$SERVICES_DIR/azurite.log" 2>&1 &
    AZ_PID=$!
    if wait_for_port "$AZ_PORT" && kill -0 "$AZ_PID" 2>/dev/null; then
      return 0
    fi
    kill "$AZ_PID" 2>/dev/null
    AZ_PID=""
  done
  echo "Azurite did not start"; cat "$SERVICES_DIR/azurite.log"; return 1
}

# start_redis: Debian's redis-server, in memory only (no RDB snapshots, no append-only file).
start_redis() {
  mkdir -p "$SERVICES_DIR/redis"
  for _ in 1 2 3; do
    REDIS_PORT=$(free_port)
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no --dir "$SERVICES_DIR/redis" \
      >"$SERVICES_DIR/redis.log" 2>&1 &
    REDIS_PID=$!
    if wait_for_port "$REDIS_PORT" && kill -0 "$REDIS_PID" 2>/dev/null; then
      return 0
    fi
    kill "$REDIS_PID" 2>/dev/null
    REDIS_PID=""
  done
  echo "Redis did not start"; cat "$SERVICES_DIR/redis.log"; return 1
}
