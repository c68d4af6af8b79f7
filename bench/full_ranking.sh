#!/bin/sh
# Full ranking speed: 10,000 users x 50,000 items scored as a matrix product and ranked (RecBole's full sort).
# Expects the jar built (mvn -o -q -B package -DskipTests). Prints seconds with the load average measured.
# Not run by CI.  Usage: bench/full_ranking.sh [USERS ITEMS DIMENSIONS]
exec java -Xmx1g -cp "$(dirname "$0")/../target/recbridge.jar" org.recbridge.bench.FullRankingBench "$@"
