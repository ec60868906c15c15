#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile, all four categories) on the public pages a reader meets first: home, one article, one
# hub, the download centre, the tip form and volunteer sign-up, against one Kestrel running the portal (Development,
# SQLite, seeded content) on 127.0.0.1, Node's npx and /usr/bin/chromium. One run per page; prints a markdown table.
#   scripts/bench/lighthouse-pages.sh [article-slug=recognise-and-report]
set -euo pipefail
cd "$(dirname "$0")/../.."
ARTICLE=${1:-recognise-and-report}
PORT=${BENCH_PORT:-5398}
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

echo "| page | performance | accessibility | best practices | SEO | total blocking time |"
echo "| --- | --- | --- | --- | --- | --- |"
# PAGES="/report /volunteer" measures only those.
for page in ${PAGES:-/ "/read/$ARTICLE" /for/families /downloads /report /volunteer}; do
  curl -fs "http://127.0.0.1:$PORT$page" >/dev/null || { echo "$page does not answer; log:" >&2; tail -20 "$WORK/portal.log" >&2; exit 1; }
  # Lighthouse now and then loses the trace of a load (NO_NAVSTART); one more try measures the page.
  for attempt in 1 2; do
    npx --yes lighthouse@12.2.3 "http://127.0.0.1:$PORT$page" --output=json --output-path="$WORK/page.json" \
      --chrome-flags="--headless=new --no-sandbox" --quiet && break
    [ "$attempt" -eq 2 ] && exit 1
  done
  python3 - "$WORK/page.json" "$page" <<'PY'
import json, sys
categories = json.load(open(sys.argv[1]))["categories"]
report = json.load(open(sys.argv[1]))
scores = [round(categories[c]["score"] * 100) for c in ("performance", "accessibility", "best-practices", "seo")]
blocking = round(report["audits"]["total-blocking-time"]["numericValue"])
print(f"| `{sys.argv[2]}` | " + " | ".join(str(s) for s in scores) + f" | {blocking} ms |")
PY
done
