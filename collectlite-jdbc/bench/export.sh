#!/usr/bin/env bash
# Export benchmark: CollectLite.export (JSONL) against the raw limit of each database on the same
# rows: PostgreSQL COPY (<the export query>) TO STDOUT, SQLite the same query through plain JDBC;
# then an export of all tasks with two annotations each, with the peak heap it took.
# Usage, from anywhere:
#   collectlite-jdbc/bench/export.sh [records (default 1000000)] [jdbc:postgresql://host:port/db?user=..&password=..]
# Without a URL it starts an embedded PostgreSQL 14.
set -euo pipefail
exec "$(dirname "$0")/run-benchmark.sh" ExportBenchmark "$@"
