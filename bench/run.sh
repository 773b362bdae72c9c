#!/usr/bin/env bash
# The benchmark harness (see bench/RESULTS.md). Seeds the district once per size and database (kept under
# $BENCH_WORK for the next run), starts the server jar, runs wrk against /health and the main reads and writes at
# each concurrency, prints and appends a markdown report, and stops everything it started.
#
#   bench/run.sh [sqlite|postgres|both] [--residents=1000000] [--connections=16,256] [--duration=10] [--warmup=5]
#                [--servers=2] [--label=NAME] [--endpoints=me,subsidies,...] [--reseed]
#                [--server-jar=NEW.jar --compare-jar=OLD.jar]   # before and after, paired (both servers at once)
#   bench/run.sh both --quick        # CI: a small seed, a few seconds per endpoint
#
# PostgreSQL: set HUZHONG_BENCH_PG_URL (+ _USER, _PASSWORD) to use a running server, or leave it unset and this
# script runs its own PostgreSQL 15 cluster in $BENCH_WORK/pg on port $BENCH_PG_PORT (default 5440), stopped at exit.
set -euo pipefail
cd "$(dirname "$0")/.."

WHICH=${1:-sqlite}
shift || true
WORK=${BENCH_WORK:-/tmp/huzhong-bench}
ARGS=()
for a in "$@"; do
  if [ "$a" = "--quick" ]; then
    WORK=${BENCH_WORK:-/tmp/huzhong-bench-quick}
    ARGS+=(--residents=2000 --tokens=500 --connections=16 --duration=2 --warmup=1 --label=quick)
  else
    ARGS+=("$a")
  fi
done
mkdir -p "$WORK"

command -v wrk >/dev/null || { echo "wrk is missing (Debian: apt-get install -y wrk)" >&2; exit 2; }
if [ "${BENCH_SKIP_BUILD:-}" != "1" ]; then
  mvn -B -ntp -q -pl bench -am package -DskipTests
fi
JAR=bench/target/huzhong-bench.jar
REPORT=${BENCH_REPORT:-$WORK/report.md}

PG_STARTED=""
stop_pg() {
  if [ -n "$PG_STARTED" ]; then
    as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}
trap stop_pg EXIT
as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_pg() {
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PGBIN" ] || { echo "PostgreSQL is not installed (Debian: apt-get install -y postgresql)" >&2; exit 2; }
  local port=${BENCH_PG_PORT:-5440}
  mkdir -p "$WORK/pg"
  [ "$(id -u)" = "0" ] && chown postgres:postgres "$WORK/pg"
  if [ ! -d "$WORK/pg/data" ]; then
    as_postgres "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w -o "-c listen_addresses=127.0.0.1 -p $port \
    -k $WORK/pg -c max_connections=300 -c shared_buffers=1GB" start >/dev/null
  PG_STARTED=1
  as_postgres "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -q -tc "SELECT 1 FROM pg_roles WHERE rolname = 'app'" \
    | grep -q 1 || as_postgres "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE ROLE app LOGIN PASSWORD 'app'"
  as_postgres "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -q -tc "SELECT 1 FROM pg_database WHERE datname = 'bench'" \
    | grep -q 1 || as_postgres "$PGBIN/psql" -h 127.0.0.1 -p "$port" -U postgres -q -c "CREATE DATABASE bench OWNER app"
  export HUZHONG_BENCH_PG_URL="jdbc:postgresql://127.0.0.1:$port/bench" HUZHONG_BENCH_PG_USER=app HUZHONG_BENCH_PG_PASSWORD=app
}

run() {
  java -jar "$JAR" --db="$1" --work="$WORK" --report="$REPORT" "${ARGS[@]}"
}

case "$WHICH" in
  sqlite) run sqlite ;;
  postgres) [ -n "${HUZHONG_BENCH_PG_URL:-}" ] || start_pg; run postgres ;;
  both) run sqlite; [ -n "${HUZHONG_BENCH_PG_URL:-}" ] || start_pg; run postgres ;;
  *) echo "usage: bench/run.sh [sqlite|postgres|both] [options]" >&2; exit 2 ;;
esac
echo "report: $REPORT"
