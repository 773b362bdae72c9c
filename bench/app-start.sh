#!/usr/bin/env bash
# App start and memory (see bench/RESULTS.md): process start → first frame of Home for a returning resident (embedded
# backend, demo district), against a bare JavaFX window of the same size, in the same run; peak resident memory.
# Needs a display: runs its own Xvfb (Debian: apt-get install -y xvfb libgtk-3-0).
#   bench/app-start.sh [runs, default 7]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
WORK=${BENCH_WORK:-/tmp/huzhong-bench}/app-start
REPORT=${BENCH_REPORT:-$WORK/report.md}
rm -rf "$WORK/app-data"
mkdir -p "$WORK/bare"
command -v Xvfb >/dev/null || { echo "Xvfb is missing (Debian: apt-get install -y xvfb libgtk-3-0)" >&2; exit 2; }

mvn -B -ntp -q -pl app -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=runtime
mvn -B -ntp -q -pl bench package -DskipTests -o
APP_CP="$PWD/app/target/classes:$(cat "$WORK/classpath.txt")"
FX_CP=$(tr ':' '\n' < "$WORK/classpath.txt" | grep -E 'javafx-(base|graphics|controls)' | paste -sd: -)
javac -d "$WORK/bare" -cp "$FX_CP" bench/startup/BareWindow.java

DISPLAY_NUMBER=${BENCH_DISPLAY:-97}
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
export DISPLAY=":$DISPLAY_NUMBER"
for i in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; [ -e "/tmp/.X11-unix/X$DISPLAY_NUMBER" ] && break; sleep 0.1; done

java -cp bench/target/huzhong-bench.jar cn.huzhong.care.bench.AppStart "$APP_CP" "$WORK/bare:$FX_CP" "$WORK" "$RUNS" "$REPORT"
echo "report: $REPORT"
