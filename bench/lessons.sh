#!/bin/sh
# Times a whole `run` of every lesson (as a teacher starts it from the command line) and prints the wall and CPU
# seconds with the load average before each run: the issue asks for under a minute each on 2 cores. Not a test.
# Usage: bench/lessons.sh [JAR]   (default target/recbridge.jar; results go to a temporary folder)
jar=${1:-target/recbridge.jar}
out=$(mktemp -d)
for lesson in sample-projects/*/lesson.json; do
    dir=$(dirname "$lesson")
    id=$(basename "$dir")
    if grep -q '"dataset"' "$lesson"; then
        echo "$id: skipped (a public data set, downloaded on first use)"
        continue
    fi
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -f "$id: %e s wall, %U s user, %S s sys (load before: $load)" \
        java -jar "$jar" run "$dir" --out "$out/$id" -q >/dev/null 2>"$out/$id.err" || echo "$id: failed, see $out/$id.err"
    tail -1 "$out/$id.err"
done
