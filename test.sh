#!/usr/bin/env bash
# The whole test suite on the real parts: installs what is missing (Debian: chromium, fonts-wqy-microhei,
# postgresql, redis-server; npm: azurite into .tools/), starts PostgreSQL, Azurite and Redis on 127.0.0.1, runs every test,
# stops what it started, and ends with "Tests: N passed, N failed".
#
#   ./test.sh                      every tier, then the production rehearsal (what CI runs)
#   ./test.sh --fast               the Unit and Integration tiers only (no Chromium, no portal processes)
#   ./test.sh --filter "Tier=Browser"          any dotnet test filter; with --fast it narrows the fast tiers
#   ./test.sh --fast --filter "FullyQualifiedName~Storage"
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
TOOLS="$ROOT/.tools"
AZURITE_VERSION=3.37.0
VNU_VERSION=26.9.27
mkdir -p "$TOOLS"

log() { printf '== %s\n' "$*"; }

# --- Arguments: --fast picks the Unit and Integration tiers; everything else goes to dotnet test ---------
FAST=0
FILTER=""
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --fast) FAST=1 ;;
    --filter) FILTER="${2:-}"; shift ;;
    --filter=*) FILTER="${1#--filter=}" ;;
    *) ARGS+=("$1") ;;
  esac
  shift
done
if [ "$FAST" -eq 1 ]; then
  FAST_TIERS="Tier=Unit|Tier=Integration"
  if [ -n "$FILTER" ]; then FILTER="($FAST_TIERS)&($FILTER)"; else FILTER="$FAST_TIERS"; fi
fi
[ -n "$FILTER" ] && ARGS+=(--filter "$FILTER")
# The fast tiers' tests wait much of their time for PostgreSQL, Azurite and host start-ups: twice as many test
# collections as cores keep the cores busy. The browser and process tiers keep xunit's default of one per core.
RUNSETTINGS=()
[ "$FAST" -eq 1 ] && RUNSETTINGS=(-- xUnit.MaxParallelThreads=2x)
STARTED=$(date +%s)

# --- 1. Debian packages -------------------------------------------------------------------------
missing=()
packages=(postgresql python3-aiosmtpd redis-server)
# The browser tier also runs the Nu Html Checker, a Java program.
[ "$FAST" -eq 0 ] && packages+=(chromium fonts-wqy-microhei)
[ "$FAST" -eq 0 ] && ! command -v java >/dev/null 2>&1 && packages+=(default-jre-headless)
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "Could not install ${missing[*]}"; echo "Tests: 0 passed, 1 failed"; exit 1; }
fi

# --- 2. Azurite (npm) ---------------------------------------------------------------------------
AZURITE="$TOOLS/azurite/node_modules/.bin/azurite-blob"
if [ ! -x "$AZURITE" ]; then
  log "installing azurite@$AZURITE_VERSION into .tools/azurite"
  npm install --prefix "$TOOLS/azurite" --no-audit --no-fund --loglevel=error "azurite@$AZURITE_VERSION" >/dev/null \
    || { echo "Could not install azurite"; echo "Tests: 0 passed, 1 failed"; exit 1; }
fi

# --- 3. The Nu Html Checker (npm vnu-jar): the browser tier checks every public page with it ---------
VNU="$TOOLS/vnu/node_modules/vnu-jar/build/dist/vnu.jar"
if [ "$FAST" -eq 0 ] && [ ! -f "$VNU" ]; then
  log "installing vnu-jar@$VNU_VERSION into .tools/vnu"
  npm install --prefix "$TOOLS/vnu" --no-audit --no-fund --loglevel=error "vnu-jar@$VNU_VERSION" >/dev/null \
    || { echo "Could not install vnu-jar"; echo "Tests: 0 passed, 1 failed"; exit 1; }
fi

source "$ROOT/scripts/lib/services.sh"
RUN_DIR="$SERVICES_DIR"
fail_setup() { echo "Tests: 0 passed, 1 failed"; exit 1; }

log "starting PostgreSQL, Azurite and Redis on 127.0.0.1"
start_postgres -c fsync=off -c full_page_writes=off || fail_setup
start_azurite "$AZURITE" || fail_setup
start_redis || fail_setup

export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
export PORTAL_TEST_AZURITE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$AZ_PORT/devstoreaccount1;"
export PORTAL_TEST_AZURITE_BIN="$AZURITE"
export PORTAL_TEST_REDIS="127.0.0.1:$REDIS_PORT"
export PORTAL_TEST_CHROMIUM=/usr/bin/chromium
export PORTAL_TEST_VNU="$VNU"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- Build and test ---------------------------------------------------------------------------
log "building"
if ! dotnet build Portal.sln -c Release -nologo -clp:ErrorsOnly >"$RUN_DIR/build.log" 2>&1; then
  cat "$RUN_DIR/build.log"
  echo "Tests: 0 passed, 1 failed"
  exit 1
fi

log "testing"
RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"
dotnet test Portal.Tests/Portal.Tests.csproj -c Release --no-build --nologo \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=minimal" --results-directory "$RESULTS" ${ARGS[@]+"${ARGS[@]}"} ${RUNSETTINGS[@]+"${RUNSETTINGS[@]}"}
status=$?

TRX="$RESULTS/results.trx"
if [ -f "$TRX" ]; then
  counters=$(grep -o '<Counters [^>]*>' "$TRX")
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$(value passed); failed=$(value failed); total=$(value total); executed=$(value executed)
  errors=$(value error); timeouts=$(value timeout); aborted=$(value aborted)
  failed=$((failed + errors + timeouts + aborted))
  skipped=$((total - executed))
else
  passed=0; failed=1; skipped=0
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1

# --- The production rehearsal (scripts/rehearsal/run.sh): only on a whole run, its steps added to the count ----
if [ "$FAST" -eq 0 ] && [ -z "$FILTER" ]; then
  log "production rehearsal"
  REHEARSAL_LOG="$RUN_DIR/rehearsal.log"
  "$ROOT/scripts/rehearsal/run.sh" 2>&1 | tee "$REHEARSAL_LOG"
  counts=$(grep -o '^Rehearsal: [0-9]* passed, [0-9]* failed' "$REHEARSAL_LOG" | tail -n 1)
  if [ -n "$counts" ]; then
    passed=$((passed + $(echo "$counts" | sed 's/.*: \([0-9]*\) passed.*/\1/')))
    failed=$((failed + $(echo "$counts" | sed 's/.* \([0-9]*\) failed/\1/')))
  else
    failed=$((failed + 1))
  fi
fi
log "took $(( $(date +%s) - STARTED )) s${FILTER:+ (filter: $FILTER)}"
if [ "$skipped" -gt 0 ]; then
  echo "Tests: $passed passed, $failed failed, $skipped skipped"
else
  echo "Tests: $passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
