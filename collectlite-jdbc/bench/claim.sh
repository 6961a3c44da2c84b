#!/usr/bin/env bash
# Claim benchmark: the bare "UPDATE ... WHERE id = (SELECT ... FOR UPDATE SKIP LOCKED)" claim of
# DESIGN.md against CollectLite.claimNext (+ submit), on the same PostgreSQL server, at a fixed
# 200 claims/s over consecutive phases with no VACUUM in between. Usage, from anywhere:
#   collectlite-jdbc/bench/claim.sh [tasks (default 200000)] [seconds per phase (default 15)] \
#       [jdbc:postgresql://host:port/db?user=..&password=..]
# Without a URL it starts an embedded PostgreSQL 14. About 2.5 minutes with the defaults.
set -euo pipefail
exec "$(dirname "$0")/run-benchmark.sh" ClaimBenchmark "$@"
