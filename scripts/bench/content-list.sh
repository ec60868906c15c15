#!/usr/bin/env bash
# The manager's content list (ContentCatalog.ListAsync: the actor's departments, filters, count, sort and a page of 50)
# over N live items plus ~40% more in other states on PostgreSQL, median and p95 of sequential runs, each as a ratio to
# one item's list columns by primary key measured in the same run. Prints a markdown table for docs/perf.md.
#   scripts/bench/content-list.sh [live=10000] [runs=200]
source "$(dirname "$0")/content-common.sh"
$BENCH --measure list --live "${1:-10000}" --runs "${2:-200}"
