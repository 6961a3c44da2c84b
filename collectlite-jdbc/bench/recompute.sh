#!/usr/bin/env bash
# Recompute benchmark: CollectLite.recomputeConsensus (majority, weighted vote, Dawid-Skene) on a
# project of 25,000 tasks x 3 annotations, next to the raw reads and writes of the same rows by
# plain JDBC, on PostgreSQL and SQLite. Usage, from anywhere:
#   collectlite-jdbc/bench/recompute.sh [tasks (default 25000)] [jdbc:postgresql://host:port/db?user=..&password=..]
# Without a URL it starts an embedded PostgreSQL 14. About a minute.
set -euo pipefail
exec "$(dirname "$0")/run-benchmark.sh" RecomputeBenchmark "$@"
