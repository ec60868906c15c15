#!/usr/bin/env bash
# The police queue on N synthetic tips in PostgreSQL (default 1,000,000): the filter, count, sort and first page
# of TipQueue.PageAsync for several officers' views, median and p95 over sequential runs, each as a ratio to a
# primary-key lookup measured in the same run. Prints a markdown table for docs/perf.md.
#   scripts/bench/tip-queue.sh [tips=1000000] [runs=200] [shapes="kek sealed"]
# Each shape gets its own database in the same run: "kek" rows hold a server-wrapped data key, "sealed" rows hold the
# units' and the reporter's shares instead (as intake stores them once the province has a key), so the two tables
# say whether sealing changed what the queue costs.
# The generator (scripts/bench/TipData, --tips N) can be pointed at any PostgreSQL database on its own.
set -euo pipefail
cd "$(dirname "$0")/../.."
TIPS=${1:-1000000}
RUNS=${2:-200}
SHAPES=${3:-kek sealed}
dpkg -s postgresql >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
source scripts/lib/services.sh
# Durable as in production (fsync on); enough shared buffers that the tips table and its indexes stay cached.
start_postgres -c shared_buffers=512MB
dotnet build scripts/bench/TipData -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build scripts/bench/TipQueueBench -c Release -nologo -clp:ErrorsOnly >/dev/null
for shape in $SHAPES; do
  as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "portal_bench_$shape"
  POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=portal_bench_$shape"
  dotnet scripts/bench/TipData/bin/Release/net10.0/TipData.dll --connection "$POSTGRES" --tips "$TIPS" $([ "$shape" = sealed ] && echo --sealed)
  echo
  echo "### $shape tips"
  dotnet scripts/bench/TipQueueBench/bin/Release/net10.0/TipQueueBench.dll --connection "$POSTGRES" --runs "$RUNS"
  # The next shape's database gets the shared buffers to itself.
  as_pg "$PG_BIN/dropdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "portal_bench_$shape"
done
