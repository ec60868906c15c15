#!/usr/bin/env bash
# Search over N published items (ContentSearch.SearchAsync: term filters, the n-gram lookup, ranking, count, a page of 20
# and its snippets) on PostgreSQL, median and p95 of sequential runs, as ratios to one item by primary key measured in
# the same run. Also prints how long reindex-content took to build the index. Markdown for docs/perf.md.
#   scripts/bench/content-search.sh [live=10000] [runs=200]
source "$(dirname "$0")/content-common.sh"
$BENCH --measure search --live "${1:-10000}" --runs "${2:-200}"
