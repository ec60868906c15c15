#!/usr/bin/env bash
# Tip submissions per second (validation, envelope encryption, keyed hashes, commit), without and with one
# ~1 MB photo (streamed encryption to the file-system blob store and a metadata-stripped viewing copy), on SQLite and on
# PostgreSQL, each against a plain-insert baseline measured in the same run. Prints a markdown table row per
# provider for docs/perf.md. PostgreSQL runs with its default durability (fsync on).
#   scripts/bench/tip-submit.sh [seconds=10] [concurrency=8]
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN=${1:-10}
CONCURRENCY=${2:-8}
dpkg -s postgresql >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
source scripts/lib/services.sh
start_postgres
dotnet build scripts/bench/TipSubmitBench -c Release -nologo -clp:ErrorsOnly >/dev/null
BENCH="dotnet scripts/bench/TipSubmitBench/bin/Release/net10.0/TipSubmitBench.dll"
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres portal_bench

echo "| database | tip | submissions | p50 | p99 | baseline (plain insert) | ratio to baseline |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=portal_bench;Maximum Pool Size=50"
for image in "" "--image"; do
  $BENCH --provider Sqlite --connection "Data Source=$SERVICES_DIR/bench.db" --blobs "$SERVICES_DIR/blobs" --seconds "$SECONDS_PER_RUN" --concurrency "$CONCURRENCY" $image
  $BENCH --provider Postgres --connection "$POSTGRES" --blobs "$SERVICES_DIR/blobs" --seconds "$SECONDS_PER_RUN" --concurrency "$CONCURRENCY" $image
done
