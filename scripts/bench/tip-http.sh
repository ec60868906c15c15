#!/usr/bin/env bash
# Tips per second over HTTP against one Kestrel running the portal (Development, as public-pages.sh starts it), on
# SQLite and on PostgreSQL, each as a ratio to the service path (TipSubmitBench: TipIntake.SubmitAsync in-process)
# measured in the same invocation at the same concurrency. The client (TipHttpBench) does what a reporter's browser
# does: GET /report, solve the page's proof of work, post the whole form with the antiforgery token and cookie, follow
# the redirect to the receipt. Prints a markdown table for docs/perf.md. PostgreSQL runs with fsync on.
#   scripts/bench/tip-http.sh [seconds=10] [concurrency=8] [proof-of-work maxnumber=1000]
# All tips come from 127.0.0.1, one client bucket, so the benchmark's portal (and only it) gets the per-client and
# portal-wide tip limits raised and the rising difficulty turned off, by environment variables below; the proof of
# work's difficulty is lowered because the client solves it on the same cores (the server's check is one hash at any
# difficulty). Defaults in appsettings are not touched.
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
CONCURRENCY=${2:-8}
MAX_NUMBER=${3:-1000}

dpkg -s postgresql >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
source scripts/lib/services.sh
PORT=${BENCH_PORT:-$(free_port)}
PORTAL_PID=""
start_portal() { # provider connection-string
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    Database__Provider="$1" Database__ConnectionString="$2" Storage__FileSystemRoot="$SERVICES_DIR/http-blobs" \
    Logging__LogLevel__Default=Warning \
    Tips__SubmissionLimits__Verified=1000000 Tips__SubmissionLimits__Unverified=1000000 \
    Tips__SubmissionLimits__UnverifiedPortalWidePerMinute=100000 \
    Tips__AntiBot__Escalation__Enabled=false Tips__AntiBot__MaxNumber="$MAX_NUMBER" \
    dotnet Portal.Web/bin/Release/net10.0/Portal.Web.dll --contentRoot "$PWD/Portal.Web" >"$SERVICES_DIR/portal.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$PORTAL_PID" 2>/dev/null || break
    sleep 1
  done
  echo "portal did not start; log:" >&2; tail -20 "$SERVICES_DIR/portal.log" >&2; exit 1
}
stop_portal() { [ -n "$PORTAL_PID" ] && { kill "$PORTAL_PID" 2>/dev/null; wait "$PORTAL_PID" 2>/dev/null || true; }; PORTAL_PID=""; }

trap 'stop_portal; stop_services' EXIT
start_postgres

dotnet build Portal.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build scripts/bench/TipSubmitBench -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build scripts/bench/TipHttpBench -c Release -nologo -clp:ErrorsOnly >/dev/null
SERVICE="dotnet scripts/bench/TipSubmitBench/bin/Release/net10.0/TipSubmitBench.dll"
HTTP="dotnet scripts/bench/TipHttpBench/bin/Release/net10.0/TipHttpBench.dll"
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres portal_service
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres portal_http
PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Maximum Pool Size=50"

ROWS=()
for provider in Sqlite Postgres; do
  if [ "$provider" = Sqlite ]; then
    service_db="Data Source=$SERVICES_DIR/service.db"; http_db="Data Source=$SERVICES_DIR/http.db"; name=SQLite
  else
    service_db="$PG;Database=portal_service"; http_db="$PG;Database=portal_http"; name=PostgreSQL
  fi
  # The service path's row: | provider | tip | submissions | p50 | p99 | baseline | ratio |
  service_row=$($SERVICE --provider "$provider" --connection "$service_db" --blobs "$SERVICES_DIR/service-blobs" --seconds "$SECONDS_PER_RUN" --concurrency "$CONCURRENCY" 2>"$SERVICES_DIR/service.err")
  cat "$SERVICES_DIR/service.err" >&2
  service_rate=$(awk -F'|' '{gsub(/[ \/s]/, "", $4); print $4}' <<<"$service_row")
  service_cpu=$(awk '/^tip submission/ {for (i = 1; i < NF; i++) if ($i == "CPU") print $(i + 1)}' "$SERVICES_DIR/service.err")
  start_portal "$provider" "$http_db"
  read -r http_rate http_p50 http_p99 client_cpu server_cpu < <($HTTP --url "http://127.0.0.1:$PORT" --seconds "$SECONDS_PER_RUN" --concurrency "$CONCURRENCY" --server-pid "$PORTAL_PID")
  stop_portal
  ROWS+=("$(printf '| %s | %.0f/s | %.1f ms | %.1f ms | %.0f/s | %.2f× | %.1f ms | %.1f ms | %.1f ms |' "$name" "$http_rate" "$http_p50" "$http_p99" "$service_rate" \
    "$(echo "$http_rate / $service_rate" | bc -l)" "$server_cpu" "$service_cpu" "$client_cpu")")
done

echo
echo "$CONCURRENCY at a time, ${SECONDS_PER_RUN} s each after a warm-up, proof of work maxnumber $MAX_NUMBER; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| database | HTTP tips/s | p50 | p99 | service path tips/s | ratio | CPU a tip: portal over HTTP | CPU a tip: service path | CPU a tip: HTTP client |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${ROWS[@]}"
