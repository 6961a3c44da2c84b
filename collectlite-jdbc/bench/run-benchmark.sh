#!/usr/bin/env bash
# Runs one benchmark main class of io.collectlite.jdbc.bench, from anywhere:
#   [BENCH_JAVA_OPTS=-Xmx512m] collectlite-jdbc/bench/run-benchmark.sh ClaimBenchmark [arguments...]
# The claim.sh, export.sh and ingest.sh scripts beside it call this with their class.
set -euo pipefail
main="$1"
shift
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
# BENCH_JAVA_OPTS passes JVM flags, e.g. BENCH_JAVA_OPTS=-Xmx512m to show a path streams
java ${BENCH_JAVA_OPTS:-} -cp "$run/jdbc-tests:$run/jdbc:$run/core:$deps" "io.collectlite.jdbc.bench.$main" "$@"
