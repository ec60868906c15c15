#!/usr/bin/env bash
# Publishing one item (ContentWorkflow.PublishAsync: checks, conditional state changes, redirects, history, audit,
# search index, commit) on PostgreSQL holding N live items, one publication at a time, against a baseline measured in
# the same run: one version's state changed by a conditional update in its own transaction. Markdown for docs/perf.md.
#   scripts/bench/content-publish.sh [live=10000] [runs=100]
source "$(dirname "$0")/content-common.sh"
$BENCH --measure publish --live "${1:-10000}" --runs "${2:-100}"
