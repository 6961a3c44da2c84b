#!/usr/bin/env bash
# Ingest benchmark: CollectLite.upload vs the raw limit (PostgreSQL COPY / SQLite batched insert
# into a bare table). Usage, from the repository root:
#   collectlite-jdbc/bench/ingest.sh [rows (default 100000)] [jdbc:postgresql://host:port/db?user=..&password=..]
# Without a URL it starts an embedded PostgreSQL 14.
set -euo pipefail
exec "$(dirname "$0")/run-benchmark.sh" IngestBenchmark "$@"
