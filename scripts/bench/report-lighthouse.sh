#!/usr/bin/env bash
# Lighthouse (mobile, the default form factor, performance only) on the report form, against one Kestrel running the
# portal (Development, SQLite, seeded content) on 127.0.0.1. RUNS runs; prints each run's performance score and total
# blocking time, then the medians. Lighthouse 12.2.3 through npx, on the machine's Node and /usr/bin/chromium.
#   scripts/bench/report-lighthouse.sh [runs=3] [path=/report]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
PAGE=${2:-/report}
PORT=${BENCH_PORT:-5392}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

WORK=$(mktemp -d)
cleanup() { [ -n "${PORTAL_PID:-}" ] && kill "$PORTAL_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

dotnet build Portal.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
  Database__ConnectionString="Data Source=$WORK/bench.db" Storage__FileSystemRoot="$WORK/blobs" Logging__LogLevel__Default=Warning \
  dotnet Portal.Web/bin/Release/net10.0/Portal.Web.dll --contentRoot "$PWD/Portal.Web" >"$WORK/portal.log" 2>&1 &
PORTAL_PID=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT$PAGE" >/dev/null || { echo "portal did not start; log:" >&2; tail -20 "$WORK/portal.log" >&2; exit 1; }

for run in $(seq 1 "$RUNS"); do
  npx --yes lighthouse@12.2.3 "http://127.0.0.1:$PORT$PAGE" --only-categories=performance --output=json \
    --output-path="$WORK/run-$run.json" --chrome-flags="--headless=new --no-sandbox" --quiet
  python3 - "$WORK/run-$run.json" "$run" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
score = round(report["categories"]["performance"]["score"] * 100)
tbt = report["audits"]["total-blocking-time"]["numericValue"]
print(f"run {sys.argv[2]}: performance {score}, total blocking time {tbt:.0f} ms")
EOF
done | tee "$WORK/runs.txt"

python3 - "$WORK/runs.txt" <<'EOF'
import re, statistics, sys
runs = [re.findall(r"performance (\d+), total blocking time (\d+)", line)[0] for line in open(sys.argv[1])]
print(f"median of {len(runs)}: performance {statistics.median(int(s) for s, _ in runs):.0f}, "
      f"total blocking time {statistics.median(int(t) for _, t in runs):.0f} ms")
EOF
