#!/usr/bin/env bash
# Dashboard benchmark: CollectLite.dashboard on a project of 25,000 tasks with 3 annotations each against
# a raw-database baseline measured in the same run (one SELECT label, count(*) ... GROUP BY label over the
# project's annotations), median of 21 interleaved runs, with each aggregate's own median.
# Usage, from anywhere:
#   collectlite-jdbc/bench/dashboard.sh [tasks (default 25000)] [annotations per task (default 3)] [jdbc:postgresql://host:port/db?user=..&password=..]
# Without a URL it starts an embedded PostgreSQL 14; SQLite runs on a temporary file.
set -euo pipefail
exec "$(dirname "$0")/run-benchmark.sh" DashboardBenchmark "$@"
