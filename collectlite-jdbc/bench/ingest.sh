#!/usr/bin/env bash
# Ingest benchmark: CollectLite.upload vs the raw limit (PostgreSQL COPY / SQLite batched insert
# into a bare table). Usage, from the repository root:
#   collectlite-jdbc/bench/ingest.sh [rows (default 100000)] [jdbc:postgresql://host:port/db?user=..&password=..]
# Without a URL it starts an embedded PostgreSQL 14.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -pl collectlite-core,collectlite-jdbc -am install -DskipTests
mvn -q -f collectlite-jdbc/pom.xml test-compile exec:java -Dexec.args="$*"
