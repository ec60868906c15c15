# Sourced by scripts/bench/content-*.sh: a PostgreSQL of its own (fsync on, shared buffers large enough for the content
# tables), the ContentBench build, and a database for it. ContentBench fills it on its first run.
set -euo pipefail
cd "$(dirname "$0")/../.."
dpkg -s postgresql >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; }
source scripts/lib/services.sh
start_postgres -c shared_buffers=512MB
dotnet build scripts/bench/ContentBench -c Release -nologo -clp:ErrorsOnly >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres portal_bench
POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=portal_bench"
BENCH="dotnet scripts/bench/ContentBench/bin/Release/net10.0/ContentBench.dll --connection $POSTGRES"
