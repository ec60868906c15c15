#!/usr/bin/env bash
# Throughput in the production rehearsal's own set-up (scripts/rehearsal/run.sh: the published Release build, two
# nodes in Production on PostgreSQL as the runtime role, Redis, Azurite, nginx with TLS and HTTP/2, all on 127.0.0.1):
#   - a cached article and an uncached render of it (an Authorization header keeps the output-cache policy away),
#     with wrk through nginx to both nodes and straight to node A, interleaved, RUNS runs of SECONDS each;
#   - the tip load: 200 tips through nginx, 8 at a time, each from its own client address with a solved proof of
#     work (the driver's bench-tip-load step): tips/s, p50 and p99 from the form's GET to the receipt.
# Ratios are of numbers measured in this one run. docs/perf.md ("Production set-up") has a run's table.
#   scripts/bench/production.sh [seconds=10] [runs=3] [connections=64]
set -euo pipefail
cd "$(dirname "$0")/../.."

measure_pages() {
  local seconds=$1 runs=$2 connections=$3
  local nginx="https://127.0.0.1:$REHEARSAL_NGINX_PORT" host="$REHEARSAL_HOST:$REHEARSAL_NGINX_PORT" direct="$REHEARSAL_NODE_A"
  local slug
  slug=$(curl -fs "$direct/api/content?type=article&culture=zh-CN&pageSize=1" | python3 -c 'import json,sys,urllib.parse; print(urllib.parse.quote(json.load(sys.stdin)["items"][0]["slug"]))')
  local page="/read/$slug" tls=(--resolve "$host:127.0.0.1" --cacert "$REHEARSAL_CA")
  curl -fs "${tls[@]}" "https://$host$page" -o /dev/null
  curl -fs "${tls[@]}" "https://$host$page" -D - -o /dev/null | grep -qi '^age:' || { echo "through nginx the article is not served from the output cache" >&2; return 1; }
  curl -fs "$direct$page" -o /dev/null # another host name, another cache entry
  curl -fs "$direct$page" -D - -o /dev/null | grep -qi '^age:' || { echo "node A does not serve the article from the output cache" >&2; return 1; }
  curl -fs -H "Authorization: Bearer bench" "$direct$page" -D - -o /dev/null | grep -qi '^age:' && { echo "the uncached request came from the cache" >&2; return 1; }

  # One wrk run of DURATION seconds: prints "requests_per_second p99_ms".
  measure() {
    local duration=$1 out rps p99
    shift
    out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$@")
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' <<<"$out")
    echo "$rps $p99"
  }
  local -A url=([cached-nginx]="$nginx$page" [cached-direct]="$direct$page" [uncached-nginx]="$nginx$page" [uncached-direct]="$direct$page")
  run_target() {
    local duration=$1 target=$2 args=()
    [[ $target == *-nginx ]] && args+=(-H "Host: $host")
    [[ $target == uncached-* ]] && args+=(-H "Authorization: Bearer bench")
    measure "$duration" "${args[@]}" "${url[$target]}"
  }
  local targets=(cached-nginx cached-direct uncached-nginx uncached-direct)
  for target in "${targets[@]}"; do run_target 3 "$target" >/dev/null; done # warm-up, not reported
  local -A results
  for run in $(seq 1 "$runs"); do
    local line="run $run:"
    for target in "${targets[@]}"; do
      results[$target,$run]=$(run_target "$seconds" "$target")
      line+=" $target ${results[$target,$run]} |"
    done
    echo "$line  (requests/s p99-ms)"
  done

  median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
  column_of() { for run in $(seq 1 "$runs"); do awk -v f="$2" '{print $f}' <<<"${results[$1,$run]}"; done | median; }
  local size
  size=$(curl -fs "$direct$page" | wc -c)
  echo
  echo "page: $page ($size bytes, uncompressed); wrk -t2 -c$connections -d${seconds}s, $runs interleaved runs, medians"
  echo
  echo "| target | nginx → 2 nodes (TLS) | straight to node A (http) | ratio nginx / direct | p99 nginx | p99 direct |"
  echo "| --- | --- | --- | --- | --- | --- |"
  for kind in cached uncached; do
    local through straight
    through=$(column_of "$kind-nginx" 1); straight=$(column_of "$kind-direct" 1)
    awk -v k="$kind" -v a="$through" -v b="$straight" -v pa="$(column_of "$kind-nginx" 2)" -v pb="$(column_of "$kind-direct" 2)" \
      'BEGIN { printf "| %s article | %.0f/s | %.0f/s | %.2f× | %.1f ms | %.1f ms |\n", k, a, b, a / b, pa, pb }'
  done
  echo
  echo "tip load (200 tips through nginx, 8 at a time, a solved proof of work each):"
  cat "$REHEARSAL_DIR/bench-tip-load.txt"
}

if [ "${1:-}" = --measure ]; then
  shift
  measure_pages "$@"
  exit
fi

SECONDS_PER_RUN=${1:-10}
RUNS=${2:-3}
CONNECTIONS=${3:-64}
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
command -v wrk >/dev/null || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null; }
dotnet build Portal.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
REHEARSAL_STEPS=bench-tip-load REHEARSAL_AFTER="$PWD/scripts/bench/production.sh --measure $SECONDS_PER_RUN $RUNS $CONNECTIONS" \
  scripts/rehearsal/run.sh
