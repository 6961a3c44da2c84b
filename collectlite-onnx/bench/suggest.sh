#!/usr/bin/env bash
# Document-relevance suggestions with the bundled local model, pairs/s next to the raw throughput of the same ONNX
# session on the same batches, in interleaved rounds (goal: suggester >= 0.8 of raw). From anywhere:
#   [BENCH_JAVA_OPTS=-Xmx1g] collectlite-onnx/bench/suggest.sh [pairs=10000] [rounds=3]
# It builds this module alone against the collectlite-core snapshot in ~/.m2: after changing core, run
# `mvn -q -pl collectlite-core install -DskipTests` first.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -pl collectlite-onnx test-compile
run=$(mktemp -d)
trap 'rm -rf "$run"' EXIT
mvn -q -f collectlite-onnx/pom.xml dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$run/deps"
# run a private copy of the code under test: a build started elsewhere during the run may rewrite target/
cp -r collectlite-onnx/target/classes "$run/onnx"
cp -r collectlite-onnx/target/test-classes "$run/onnx-tests"
java ${BENCH_JAVA_OPTS:-} -cp "$run/onnx-tests:$run/onnx:$(cat "$run/deps")" \
  io.collectlite.onnx.bench.SuggestBenchmark "$@"
