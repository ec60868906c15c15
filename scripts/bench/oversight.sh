#!/usr/bin/env bash
# The oversight figures on N synthetic tips in PostgreSQL (default 1,000,000): builds the rollup once (timed), then the
# figures for a full year (whole province, one supervisor's prefecture, one region) and one month, median and p95 over
# sequential runs, each as a ratio to a primary-key lookup measured in the same run, and the same year's tip figures
# computed from the tips table without the rollup. Prints a markdown table for docs/perf.md.
#   scripts/bench/oversight.sh [tips=1000000] [runs=50] [year=2025]
# The tips come from the police-queue generator (scripts/bench/TipData, --tips N, --now 2026-11-30T00:00:00Z so the
# year is fixed).
set -euo pipefail
cd "$(dirname "$0")/../.."
TIPS=${1:-1000000}
RUNS=${2:-50}
YEAR=${3:-2025}
dpkg -s postgresql >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
source scripts/lib/services.sh
# Durable as in production (fsync on); enough shared buffers that the tables and their indexes stay cached.
start_postgres -c shared_buffers=512MB
dotnet build scripts/bench/TipData -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build scripts/bench/OversightBench -c Release -nologo -clp:ErrorsOnly >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres portal_bench
POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=portal_bench"
dotnet scripts/bench/TipData/bin/Release/net10.0/TipData.dll --connection "$POSTGRES" --tips "$TIPS" --now 2026-11-30T00:00:00Z
dotnet scripts/bench/OversightBench/bin/Release/net10.0/OversightBench.dll --connection "$POSTGRES" --runs "$RUNS" --year "$YEAR"
