#!/usr/bin/env bash
# Public page throughput with wrk on 127.0.0.1, against one Kestrel running the portal (Production, as the province
# runs it, on SQLite with the seeded content): a cached article page (output cache), an uncached render of the same page (an Authorization header keeps
# the output-cache policy from looking it up or storing it; the page renders as for an anonymous reader) and a static
# file of the same size served by the same Kestrel (MapStaticAssets), and the search page with a different query on
# every request (search-queries.lua). Interleaved, RUNS runs of SECONDS each at 64 connections; prints requests/s and
# p99 per run and a markdown table of medians as ratios to the static file.
# Production refuses to start without what a live portal must have; the script gives this throw-away host its own: a
# key-ring certificate, tip key files and an anti-bot key made for the run, and 127.0.0.1 named as the TLS-terminating
# proxy (nothing sends it forwarded headers; wrk speaks plain http to Kestrel). Defaults in code are unchanged.
#   scripts/bench/public-pages.sh [seconds=10] [runs=3] [connections=64]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
RUNS=${2:-3}
CONNECTIONS=${3:-64}
PORT=${BENCH_PORT:-5391}
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
command -v wrk >/dev/null || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null; }

WORK=$(mktemp -d)
cleanup() { [ -n "${PORTAL_PID:-}" ] && kill "$PORTAL_PID" 2>/dev/null; rm -rf "$WORK"; rm -rf Portal.Web/wwwroot/bench; }
trap cleanup EXIT

# The keys Production asks for, made for this run and deleted with it.
KEYRING_PASSWORD=$(openssl rand -hex 16)
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=bench key ring" -keyout "$WORK/keyring.key" -out "$WORK/keyring.crt" >/dev/null 2>&1
openssl pkcs12 -export -inkey "$WORK/keyring.key" -in "$WORK/keyring.crt" -out "$WORK/keyring.pfx" -passout "pass:$KEYRING_PASSWORD"
mkdir -m 700 "$WORK/tip-keys"
(umask 077; openssl rand -base64 32 >"$WORK/tip-keys/kek-1.key"; openssl rand -base64 32 >"$WORK/tip-keys/hash.key"; echo 1 >"$WORK/tip-keys/current")
ANTI_BOT_KEY=$(openssl rand -base64 48 | tr -d '\n')

# The page's size decides the static file's, and the static file has to exist at build time (MapStaticAssets serves
# the build's manifest): run once to measure the page, then build again with a file of that size.
start_portal() {
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    Database__ConnectionString="Data Source=$WORK/bench.db" Storage__FileSystemRoot="$WORK/blobs" Logging__LogLevel__Default=Warning \
    DataProtection__CertificatePath="$WORK/keyring.pfx" DataProtection__CertificatePassword="$KEYRING_PASSWORD" \
    Tips__Keys__Provider=KeyFile Tips__Keys__KeyFileDirectory="$WORK/tip-keys" Tips__AntiBot__HmacKey="$ANTI_BOT_KEY" \
    ReverseProxy__KnownProxies__0=127.0.0.1 \
    dotnet Portal.Web/bin/Release/net10.0/Portal.Web.dll --contentRoot "$PWD/Portal.Web" >"$WORK/portal.log" 2>&1 &
  PORTAL_PID=$!
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "portal did not start; log:" >&2; tail -20 "$WORK/portal.log" >&2; exit 1
}
stop_portal() { kill "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true; PORTAL_PID=""; }

dotnet build Portal.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
start_portal
SLUG=$(curl -fs "http://127.0.0.1:$PORT/api/content?type=article&culture=zh-CN&pageSize=1" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["items"][0]["slug"]))')
ARTICLE="http://127.0.0.1:$PORT/read/$SLUG"
SIZE=$(curl -fs "$ARTICLE" | wc -c)
stop_portal

mkdir -p Portal.Web/wwwroot/bench
head -c "$SIZE" /dev/zero | tr '\0' 'a' > Portal.Web/wwwroot/bench/same-size.txt
dotnet build Portal.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
start_portal
STATIC="http://127.0.0.1:$PORT/bench/same-size.txt"
curl -fs "$ARTICLE" >/dev/null; curl -fs "$ARTICLE" -D - -o /dev/null | grep -qi '^age:' || { echo "the article is not served from the output cache" >&2; exit 1; }
curl -fs -H "Authorization: Bearer bench" "$ARTICLE" -D - -o /dev/null | grep -qi '^age:' && { echo "the uncached request came from the cache" >&2; exit 1; }

# CPU seconds the portal process has used so far (user + system, from /proc).
portal_cpu() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$PORTAL_PID/stat"; }

# One wrk run: prints "requests_per_second p99_ms portal_cpu_ms_per_request". The CPU per request is what the portal
# spent on each answer; unlike requests/s it hardly moves when other work shares the machine.
measure() {
  local out before after
  before=$(portal_cpu)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency "$@")
  after=$(portal_cpu)
  local rps p99 requests
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' <<<"$out")
  echo "$rps $p99 $(echo "($after - $before) * 1000 / $requests" | bc -l)"
}

SEARCH_SCRIPT="$PWD/scripts/bench/search-queries.lua"
SEARCH="http://127.0.0.1:$PORT"
# The seed content's search postings may still be written just after start-up: wait for a search to find something
# (The page is read whole before grep: with pipefail, grep -q stopping early would fail the pipeline.)
finds_something() { local page; page=$(curl -fs "$SEARCH/search?q=%E6%8B%90%E5%8D%96") && grep -q 'class="result-list"' <<<"$page"; }
for _ in $(seq 1 60); do finds_something && break; sleep 1; done
finds_something || { echo "the search for 拐卖 finds nothing: the search target would measure empty pages" >&2; exit 1; }
for target in static cached uncached search; do # warm-up, not reported
  case $target in static) wrk -t2 -c"$CONNECTIONS" -d3s "$STATIC" >/dev/null ;; cached) wrk -t2 -c"$CONNECTIONS" -d3s "$ARTICLE" >/dev/null ;; uncached) wrk -t2 -c"$CONNECTIONS" -d3s -H "Authorization: Bearer bench" "$ARTICLE" >/dev/null ;; search) wrk -t2 -c"$CONNECTIONS" -d3s -s "$SEARCH_SCRIPT" "$SEARCH" >/dev/null ;; esac
done

declare -A RESULTS
for run in $(seq 1 "$RUNS"); do
  RESULTS[static,$run]=$(measure "$STATIC")
  RESULTS[cached,$run]=$(measure "$ARTICLE")
  RESULTS[uncached,$run]=$(measure -H "Authorization: Bearer bench" "$ARTICLE")
  RESULTS[search,$run]=$(measure -s "$SEARCH_SCRIPT" "$SEARCH")
  echo "run $run: static ${RESULTS[static,$run]} | cached ${RESULTS[cached,$run]} | uncached ${RESULTS[uncached,$run]} | search ${RESULTS[search,$run]}  (requests/s p99-ms cpu-ms/request)"
done

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
column_of() { local target=$1 field=$2; for run in $(seq 1 "$RUNS"); do echo "${RESULTS[$target,$run]}" | awk -v f="$field" '{print $f}'; done | median; }
# A ratio per run (the static file and the target measured one right after the other, under the same load), then the
# median of those: on a shared machine the load moves between runs, and a ratio of two columns' medians mixes runs.
ratio_of() {
  local target=$1 field=$2
  for run in $(seq 1 "$RUNS"); do
    echo "${RESULTS[static,$run]} ${RESULTS[$target,$run]}" | awk -v f="$field" '{s=$f; t=$(f+3); print (f==3) ? s/t : t/s}'
  done | median
}
echo
echo "page: /read/$SLUG ($SIZE bytes, uncompressed); wrk -t2 -c$CONNECTIONS -d${SECONDS_PER_RUN}s, $RUNS interleaved runs, medians (ratios: median of each run's ratio)"
echo
echo "| target | requests/s | ratio to static file | p99 latency | portal CPU per request | CPU ratio (static ÷ target) |"
echo "| --- | --- | --- | --- | --- | --- |"
for target in static cached uncached search; do
  rps=$(column_of "$target" 1); p99=$(column_of "$target" 2); cpu=$(column_of "$target" 3)
  printf '| %s | %.0f | %.2f× | %.1f ms | %.3f ms | %.2f× |\n' "$target" "$rps" "$(ratio_of "$target" 1)" "$p99" "$cpu" "$(ratio_of "$target" 3)"
done
