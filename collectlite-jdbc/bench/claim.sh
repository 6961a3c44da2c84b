#!/usr/bin/env bash
# Claim benchmark: the bare "UPDATE ... WHERE id = (SELECT ... FOR UPDATE SKIP LOCKED)" claim of
# DESIGN.md against CollectLite.claimNext (+ submit), on the same PostgreSQL server, at a fixed
# 200 claims/s over consecutive phases with no VACUUM in between. Usage, from anywhere:
#   collectlite-jdbc/bench/claim.sh [tasks (default 200000)] [seconds per phase (default 15)] \
#       [jdbc:postgresql://host:port/db?user=..&password=..]
# Without a URL it starts an embedded PostgreSQL 14. About 2.5 minutes with the defaults.
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
java -cp "$run/jdbc-tests:$run/jdbc:$run/core:$deps" io.collectlite.jdbc.bench.ClaimBenchmark "$@"
