#!/bin/sh
# Times one update of the What-if playground (the pair made, imported, two strategies run over three seeds) on
# 2 processors, at the sliders' defaults, at rho 0.9 and 0, and at the costliest corner (all users shared, 30
# target ratings per user), with pooled's AUC gain over target-only beside each time: the issue asks one update
# in under 10 s on 2 cores, and students should see transfer stop paying as rho falls. Not a test.
# Usage: bench/playground.sh [REPEATS]   (expects the jar: mvn -o -q -B package -DskipTests)
exec java -XX:ActiveProcessorCount=2 -cp "$(dirname "$0")/../target/recbridge.jar" \
    org.recbridge.bench.PlaygroundBench "$@"
