#!/usr/bin/env bash
# What sealing costs intake: TipIntake.SubmitAsync with the tip's key wrapped by the key-encryption key, then sealed to
# the county, prefecture and province unit keys (X25519 sealed boxes) and to the reporter's receipt, alternating twice
# in one process per database. Prints a markdown table row per round for docs/perf.md.
#   scripts/bench/tip-sealing.sh [seconds=10] [concurrency=8]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
CONCURRENCY=${2:-8}
dpkg -s postgresql >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
source scripts/lib/services.sh
start_postgres
dotnet build scripts/bench/TipSubmitBench -c Release -nologo -clp:ErrorsOnly >/dev/null
BENCH="dotnet scripts/bench/TipSubmitBench/bin/Release/net10.0/TipSubmitBench.dll"
as_pg "$PG_BIN/dropdb" --if-exists -h 127.0.0.1 -p "$PG_PORT" -U postgres portal_sealing_bench
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres portal_sealing_bench
rm -f "$SERVICES_DIR/sealing-bench.db"

echo "| database | intake, key under the KEK | intake, sealed | p99 sealed | ratio |"
echo "| --- | --- | --- | --- | --- |"
$BENCH --provider Sqlite --connection "Data Source=$SERVICES_DIR/sealing-bench.db" --seconds "$SECONDS_PER_RUN" --concurrency "$CONCURRENCY" --sealing
$BENCH --provider Postgres --connection "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=portal_sealing_bench;Maximum Pool Size=50" --seconds "$SECONDS_PER_RUN" --concurrency "$CONCURRENCY" --sealing
