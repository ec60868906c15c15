#!/usr/bin/env bash
# The production rehearsal: the published build, two web nodes in Production behind nginx with TLS, PostgreSQL with
# a runtime role of data rights only, Azurite, Redis, the key ring under a certificate and the tip keys in a key
# file directory, all on 127.0.0.1. The driver (scripts/rehearsal/Driver) then proves the production claims through
# nginx, one named step at a time; the last line is "Rehearsal: N passed, N failed".
#
#   scripts/rehearsal/run.sh             (./test.sh runs it after the dotnet tests)
#   REHEARSAL_KEEP=1 scripts/rehearsal/run.sh   keep the folder (logs, nginx, nodes) for a look afterwards
#   REHEARSAL_STEPS=staff,tip,officer scripts/rehearsal/run.sh   only these steps (keys in Driver/Program.cs)
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
REH="$ROOT/scripts/rehearsal"
STARTED=$(date +%s)
log() { printf '== rehearsal: %s (%d s)\n' "$*" "$(( $(date +%s) - STARTED ))"; }
setup_failed() { echo "FAIL setup: $*"; echo "Rehearsal: 0 passed, 1 failed"; exit 1; }

# --- Packages ---------------------------------------------------------------------------------------------------
missing=()
for package in postgresql nginx-light redis-server openssl chromium fonts-wqy-microhei rclone curl; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || setup_failed "could not install ${missing[*]}"
fi
AZURITE="$ROOT/.tools/azurite/node_modules/.bin/azurite-blob"
if [ ! -x "$AZURITE" ]; then
  npm install --prefix "$ROOT/.tools/azurite" --no-audit --no-fund --loglevel=error "azurite@3.37.0" >/dev/null || setup_failed "could not install azurite"
fi

source "$ROOT/scripts/lib/services.sh"
RUN="$SERVICES_DIR"
export REHEARSAL_DIR="$RUN"
REDIS_PID=""; NGINX_PID=""
cleanup() {
  for pid_file in "$RUN"/nodes/*/pid; do [ -f "$pid_file" ] && kill -KILL "$(cat "$pid_file")" 2>/dev/null; done
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  [ -n "$REDIS_PID" ] && kill "$REDIS_PID" 2>/dev/null
  if [ "${REHEARSAL_KEEP:-0}" = 1 ]; then
    cp -r "$RUN" "/tmp/rehearsal-kept-$$" && echo "kept: /tmp/rehearsal-kept-$$"
  fi
  stop_services
}
trap cleanup EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- Publish once: the published output is what runs ------------------------------------------------------------
log "publishing Portal.Web (Release) and building the driver"
APP_DIR="$RUN/app"
if ! dotnet publish Portal.Web/Portal.Web.csproj -c Release --no-build -o "$APP_DIR" -nologo >"$RUN/publish.log" 2>&1; then
  dotnet publish Portal.Web/Portal.Web.csproj -c Release -o "$APP_DIR" -nologo >"$RUN/publish.log" 2>&1 \
    || { cat "$RUN/publish.log"; setup_failed "dotnet publish"; }
fi
dotnet build "$REH/Driver/Driver.csproj" -c Release -o "$RUN/driver" -nologo -clp:ErrorsOnly >"$RUN/driver-build.log" 2>&1 \
  || { cat "$RUN/driver-build.log"; setup_failed "building the driver"; }

# --- Services on 127.0.0.1 ----------------------------------------------------------------------------------------
log "starting PostgreSQL, Azurite and Redis"
PG_EXTRA="-c fsync=off -c full_page_writes=off"
start_postgres $PG_EXTRA || setup_failed "PostgreSQL"
start_azurite "$AZURITE" || setup_failed "Azurite"
if declare -F start_redis >/dev/null; then
  start_redis || setup_failed "Redis"
  REDIS_PORT=${REDIS_PORT:-}
else
  # Until scripts/lib/services.sh has start_redis: the same throw-away way as the others.
  REDIS_PORT=$(free_port)
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --dir "$RUN" >"$RUN/redis.log" 2>&1 &
  REDIS_PID=$!
  wait_for_port "$REDIS_PORT" || setup_failed "Redis"
fi

# --- Database roles: the owner migrates, the runtime role has data rights only ----------------------------------
OWNER_PW=$(openssl rand -hex 16); APP_PW=$(openssl rand -hex 16)
psql_super() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -X -q "$@"; }
psql_super -d postgres -v owner_password="$OWNER_PW" -v app_password="$APP_PW" -f deploy/postgres/roles.sql >"$RUN/roles.log" 2>&1 \
  || { cat "$RUN/roles.log"; setup_failed "creating the database roles"; }
OWNER_CS="Host=127.0.0.1;Port=$PG_PORT;Database=portal;Username=portal_owner;Password=$OWNER_PW"
APP_CS="Host=127.0.0.1;Port=$PG_PORT;Database=portal;Username=portal_app;Password=$APP_PW"

# --- Keys: TLS (a rehearsal CA), the key ring certificate, the tip key files, the anti-bot key ---------------------
log "making the keys"
KEYS="$RUN/keys"; mkdir -p "$KEYS"; chmod 700 "$KEYS"
HOST=portal.rehearsal.test
{
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Portal Rehearsal CA" -keyout "$KEYS/ca.key" -out "$KEYS/ca.crt" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
  openssl req -newkey rsa:2048 -nodes -subj "/CN=$HOST" -keyout "$KEYS/tls.key" -out "$KEYS/tls.csr"
  printf 'subjectAltName=DNS:%s\nextendedKeyUsage=serverAuth\n' "$HOST" >"$KEYS/tls.ext"
  openssl x509 -req -in "$KEYS/tls.csr" -CA "$KEYS/ca.crt" -CAkey "$KEYS/ca.key" -CAcreateserial -days 2 -extfile "$KEYS/tls.ext" -out "$KEYS/tls.crt"
  KEYRING_PW=$(openssl rand -hex 16)
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Portal key ring (rehearsal)" -keyout "$KEYS/keyring.key" -out "$KEYS/keyring.crt"
  openssl pkcs12 -export -inkey "$KEYS/keyring.key" -in "$KEYS/keyring.crt" -out "$KEYS/keyring.pfx" -passout "pass:$KEYRING_PW"
} >"$RUN/keys.log" 2>&1 || { cat "$RUN/keys.log"; setup_failed "making the certificates"; }
TIP_KEYS="$KEYS/tip-keys"; mkdir -p "$TIP_KEYS"; chmod 700 "$TIP_KEYS"
(umask 077; openssl rand -base64 32 >"$TIP_KEYS/kek-1.key"; openssl rand -base64 32 >"$TIP_KEYS/hash.key"; echo 1 >"$TIP_KEYS/current")
chmod 600 "$TIP_KEYS"/*

# --- Settings: the template's every key, with the rehearsal's values -----------------------------------------------
NGINX_PORT=$(free_port)
PROXY_ADDRESS=127.0.0.2
AZURE_CS="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$AZ_PORT/devstoreaccount1;"
cat >"$RUN/portal.env" <<ENV
Database__Provider=Postgres
Database__ConnectionString=$APP_CS
Storage__Provider=AzureBlob
Storage__AzureConnectionString=$AZURE_CS
Storage__AzureContainer=portal
DataProtection__CertificatePath=$KEYS/keyring.pfx
DataProtection__CertificatePassword=$KEYRING_PW
Tips__Keys__Provider=KeyFile
Tips__Keys__KeyFileDirectory=$TIP_KEYS
Tips__AntiBot__HmacKey=$(openssl rand -base64 48 | tr -d '\n')
ReverseProxy__KnownProxies__0=$PROXY_ADDRESS
Redis__Configuration=127.0.0.1:$REDIS_PORT
Redis__InstanceName=portal:
Tips__Retention__Spam=30.00:00:00
Tips__Retention__Unsubstantiated=365.00:00:00
Tips__Retention__Duplicate=365.00:00:00
Tips__Retention__ReferredElsewhere=730.00:00:00
Tips__Retention__Substantiated=1825.00:00:00
Site__IdentifierCode=6200000000
Site__IcpNumber=陇ICP备00000000号
Site__PublicSecurityFilingNumber=甘公网安备00000000000000号
Tips__Rewards__Offices__default__Name=甘肃省公安厅刑事侦查总队
Tips__Rewards__Offices__default__Address=兰州市城关区（演练）
ENV
chmod 600 "$RUN/portal.env"
template_keys=$(grep -E '^[A-Za-z0-9_]+=' deploy/portal.env.template | cut -d= -f1 | sort)
rehearsal_keys=$(cut -d= -f1 "$RUN/portal.env" | sort)
[ "$template_keys" = "$rehearsal_keys" ] \
  || setup_failed "deploy/portal.env.template and the rehearsal's settings differ: $(diff <(echo "$template_keys") <(echo "$rehearsal_keys") | grep '^[<>]' | tr '\n' ' ')"
echo "Database__ConnectionString=$OWNER_CS" >"$RUN/portal-migrate.env"
for name in A B; do
  echo "ASPNETCORE_URLS=http://127.0.0.1:$(free_port)" >"$RUN/portal-web-$name.env"
done

cat >"$RUN/vars.sh" <<VARS
ROOT='$ROOT'; APP_DIR='$APP_DIR'; PG_DIR='$PG_DIR'; PG_BIN='$PG_BIN'
# pg-start must give PostgreSQL the options start_postgres gave it (they are not in postgresql.conf).
PG_OPTIONS='-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=200 $PG_EXTRA'
as_pg() { if [ "\$(id -u)" -eq 0 ]; then runuser -u postgres -- "\$@"; else "\$@"; fi; }
VARS

# systemd's EnvironmentFile format: KEY=VALUE lines, # comments; the value is taken as it is.
load_env_file() {
  local line
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ''|'#'*) continue ;; esac
    export "${line%%=*}=${line#*=}"
  done <"$1"
}

# --- Migrate as the owner (the migrate unit's command), then the runtime role's grants ------------------------------
log "migrating as the owner"
migrate_unit=deploy/systemd/portal-migrate.service
(
  load_env_file "$RUN/portal.env"; load_env_file "$RUN/portal-migrate.env"
  while IFS= read -r line; do export "${line#Environment=}"; done < <(grep '^Environment=' "$migrate_unit")
  cd "$APP_DIR" && eval "$(grep '^ExecStart=' "$ROOT/$migrate_unit" | sed "s|^ExecStart=||; s|/opt/portal|$APP_DIR|g; s|/usr/bin/dotnet|dotnet|")"
) >"$RUN/migrate.log" 2>&1 || { cat "$RUN/migrate.log"; setup_failed "migrate as the owner"; }
PGPASSWORD="$OWNER_PW" psql -h 127.0.0.1 -p "$PG_PORT" -U portal_owner -d portal -X -q -f deploy/postgres/grants.sql >"$RUN/grants.log" 2>&1 \
  || { cat "$RUN/grants.log"; setup_failed "granting the runtime role"; }

log "creating the first administrators: two security administrators and a system administrator"
# create_admin ROLE EMAIL NAME: leaves the one-time password it was given in CREATED_PASSWORD.
create_admin() {
  (
    load_env_file "$RUN/portal.env"; load_env_file "$RUN/portal-migrate.env"
    export ASPNETCORE_ENVIRONMENT=Production
    cd "$APP_DIR" && dotnet Portal.Web.dll create-admin --email "$2" --role "$1" --name "$3"
  ) >"$RUN/create-admin-$1-$2.log" 2>&1 || { cat "$RUN/create-admin-$1-$2.log"; setup_failed "create-admin $1"; }
  CREATED_PASSWORD=$(sed -n 's/.*One-time password: \([^ ]*\).*/\1/p' "$RUN/create-admin-$1-$2.log" | head -n 1)
  [ -n "$CREATED_PASSWORD" ] || { cat "$RUN/create-admin-$1-$2.log"; setup_failed "create-admin $1 printed no one-time password"; }
}
ADMIN_EMAIL=admin@rehearsal.gansu.test
create_admin security "$ADMIN_EMAIL" "演练安全管理员"; ADMIN_PASSWORD=$CREATED_PASSWORD
ADMIN2_EMAIL=admin2@rehearsal.gansu.test
create_admin security "$ADMIN2_EMAIL" "演练安全管理员二"; ADMIN2_PASSWORD=$CREATED_PASSWORD
SYSADMIN_EMAIL=sysadmin@rehearsal.gansu.test
create_admin system "$SYSADMIN_EMAIL" "演练系统管理员"; SYSADMIN_PASSWORD=$CREATED_PASSWORD

# --- Two nodes, then nginx in front ----------------------------------------------------------------------------------
log "starting nodes A and B"
"$REH/node.sh" start A & a=$!
"$REH/node.sh" start B & b=$!
wait $a || setup_failed "node A did not start"
wait $b || setup_failed "node B did not start"

log "starting nginx on 127.0.0.1:$NGINX_PORT"
NGX="$RUN/nginx"; mkdir -p "$NGX/portal" "$NGX/html" "$NGX/logs" "$NGX/temp"
cp deploy/nginx/html/portal-unavailable.html "$NGX/html/"
node_address() { grep '^ASPNETCORE_URLS=' "$RUN/portal-web-$1.env" | sed 's|.*//||'; }
cat >"$NGX/portal/server.conf" <<CONF
listen 127.0.0.1:$NGINX_PORT ssl http2;
server_name $HOST;
ssl_certificate     $KEYS/tls.crt;
ssl_certificate_key $KEYS/tls.key;
access_log $NGX/logs/portal.log portal_privacy;
error_log $NGX/logs/portal-error.log crit;
set \$portal_error_root $NGX/html;
proxy_bind $PROXY_ADDRESS;
CONF
cat >"$NGX/nginx.conf" <<CONF
daemon off;
master_process on;
worker_processes 1;
pid $NGX/nginx.pid;
error_log $NGX/logs/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    client_body_temp_path $NGX/temp/body;
    proxy_temp_path $NGX/temp/proxy;
    fastcgi_temp_path $NGX/temp/fastcgi;
    uwsgi_temp_path $NGX/temp/uwsgi;
    scgi_temp_path $NGX/temp/scgi;
    include $ROOT/deploy/nginx/portal.conf;
}
CONF
"$REH/node.sh" route A B 2>/dev/null  # writes portal/upstreams.conf (the reload finds no nginx yet)
nginx -t -p "$NGX" -c "$NGX/nginx.conf" >"$RUN/nginx-test.log" 2>&1 || { cat "$RUN/nginx-test.log"; setup_failed "nginx -t"; }
nginx -p "$NGX" -c "$NGX/nginx.conf" >"$NGX/logs/stdout.log" 2>&1 &
NGINX_PID=$!
wait_for_port "$NGINX_PORT" || { cat "$NGX/logs/error.log"; setup_failed "nginx did not start"; }

# --- The driver ------------------------------------------------------------------------------------------------------
log "running the steps"
export REHEARSAL_NODE_SH="$REH/node.sh"
export REHEARSAL_BASE_URL="https://$HOST:$NGINX_PORT" REHEARSAL_HOST="$HOST" REHEARSAL_NGINX_PORT="$NGINX_PORT"
export REHEARSAL_CA="$KEYS/ca.crt" REHEARSAL_ACCESS_LOG="$NGX/logs/portal.log"
export REHEARSAL_NODE_A="http://$(node_address A)" REHEARSAL_NODE_B="http://$(node_address B)"
export REHEARSAL_ADMIN_EMAIL="$ADMIN_EMAIL" REHEARSAL_ADMIN_PASSWORD="$ADMIN_PASSWORD"
export REHEARSAL_ADMIN2_EMAIL="$ADMIN2_EMAIL" REHEARSAL_ADMIN2_PASSWORD="$ADMIN2_PASSWORD"
export REHEARSAL_SYSADMIN_EMAIL="$SYSADMIN_EMAIL" REHEARSAL_SYSADMIN_PASSWORD="$SYSADMIN_PASSWORD"
export REHEARSAL_OWNER_CS="$OWNER_CS" REHEARSAL_APP_CS="$APP_CS" REHEARSAL_PG_PORT="$PG_PORT" REHEARSAL_OWNER_PASSWORD="$OWNER_PW"
export REHEARSAL_AZURE_CS="$AZURE_CS" REHEARSAL_CHROMIUM=/usr/bin/chromium
dotnet "$RUN/driver/Driver.dll" 2>"$RUN/driver.err"
status=$?
# scripts/bench/production.sh measures in this same set-up once the steps it asked for have run.
if [ -n "${REHEARSAL_AFTER:-}" ]; then
  $REHEARSAL_AFTER || status=1
fi
# The driver's last line is the count; what it wrote to standard error went to driver.err.
exit "$status"
