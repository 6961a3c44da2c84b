#!/usr/bin/env bash
# Export benchmark: CollectLite.export (JSONL) against the raw limit of each database on the same
# rows: PostgreSQL COPY (<the export query>) TO STDOUT, SQLite the same query through plain JDBC.
# Usage, from anywhere:
#   collectlite-jdbc/bench/export.sh [records (default 1000000)] [jdbc:postgresql://host:port/db?user=..&password=..]
# Without a URL it starts an embedded PostgreSQL 14.
set -euo pipefail
cd "$(dirname "$0")/../.."
# core and jdbc built together, so the run never picks up a stale core snapshot from ~/.m2
mvn -q -pl collectlite-core,collectlite-jdbc -am install -DskipTests
run=$(mktemp -d)
trap 'rm -rf "$run"' EXIT
mvn -q -f collectlite-jdbc/pom.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$run/deps"
# run a private copy of the code under test: a build started elsewhere during the run may rewrite
# target/ or the snapshot jars in ~/.m2
cp -r collectlite-core/target/classes "$run/core"
cp -r collectlite-jdbc/target/classes "$run/jdbc"
cp -r collectlite-jdbc/target/test-classes "$run/jdbc-tests"
deps=$(tr ':' '\n' < "$run/deps" | grep -v '/io/collectlite/' | paste -sd: -)
java -cp "$run/jdbc-tests:$run/jdbc:$run/core:$deps" io.collectlite.jdbc.bench.ExportBenchmark "$@"
