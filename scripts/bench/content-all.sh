#!/usr/bin/env bash
# content-list.sh, content-search.sh and content-publish.sh on one database, filled once (filling it takes most of the
# time). Prints the three markdown tables for docs/perf.md.
#   scripts/bench/content-all.sh [live=10000] [runs=200]
source "$(dirname "$0")/content-common.sh"
$BENCH --measure list,search,publish --live "${1:-10000}" --runs "${2:-200}"
