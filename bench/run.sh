#!/usr/bin/env bash
# Stockroom benchmark. One command: builds what it needs, starts the server on a fresh data folder, seeds it through
# the API, measures GET / PUT / list-with-search next to a bare-Jetty ceiling with wrk on loopback, profiles the GET
# path, stops everything and writes bench/results/YYYY-MM-DD.md. See bench/README.md.
#
# Settings (environment variables):
#   PRODUCTS=10000     products seeded into the one location
#   CONNECTIONS=16     wrk connections for the main rows (1-connection rows for the ceiling and GET are added)
#   DURATION=12        measured seconds per row
#   WARMUP=15          unmeasured seconds of load on each JVM before its first row, at least; the warm-up goes on in
#   WARMUP_MAX=60      5 s slices until the JVM's CPU per request settles, up to WARMUP_MAX seconds
#   ROUNDS=3           times the ceiling / GET pair is measured, alternating, to see how much the figures move
#   PIN=split          split: server, ceiling and floor JVMs on SERVER_CPU, wrk and the seeder on LOAD_CPU
#                      none: no pinning, everything shares every core
#   SERVER_CPU=1 LOAD_CPU=0
#   JAVA_OPTS=         extra JVM options for the server, the ceiling and the floor (e.g. -XX:+UseParallelGC)
#   SERVER_JAVA_OPTS=  extra JVM options for the server only
#                      (e.g. -Dlogback.configurationFile=bench/logback-no-access-log.xml)
#   PROFILE=1          after the measured rows, one more GET run under async-profiler (from Maven Central), summed
#                      into the results file; PROFILE=0 skips it
#   BULK=1             after everything else, one price per product and then each bulk update over all of them,
#                      one request each, timed (the last one deletes every product); BULK=0 skips it
#   SKIP_BUILD=1       use the jars already built
#   RESULTS=bench/results/YYYY-MM-DD.md
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
PRODUCTS=${PRODUCTS:-10000}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-12}
WARMUP=${WARMUP:-15}
WARMUP_MAX=${WARMUP_MAX:-60}
ROUNDS=${ROUNDS:-3}
PIN=${PIN:-split}
SERVER_CPU=${SERVER_CPU:-1}
LOAD_CPU=${LOAD_CPU:-0}
JAVA_OPTS=${JAVA_OPTS:-}
SERVER_JAVA_OPTS=${SERVER_JAVA_OPTS:-}
PROFILE=${PROFILE:-1}
BULK=${BULK:-1}
ASYNC_PROFILER_VERSION=4.1
DAY=$(date -u +%F)
RESULTS=${RESULTS:-$BENCH_DIR/results/$DAY.md}
RAW=$BENCH_DIR/results/tmp
SERVER_JAR=$ROOT/server/target/stockroom.jar
BENCH_JAR=$BENCH_DIR/target/stockroom-bench.jar
LUA=$BENCH_DIR/lua/stockroom.lua

log() { printf '[bench %s] %s\n' "$(date -u +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------------- tools
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is needed ($2)"; }
if ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    log "installing wrk from Debian"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
fi
need wrk "apt-get install wrk"
need java "a JDK 17+"
need mvn "Maven 3.8+"
need curl "apt-get install curl"
if [ "$PIN" = split ]; then
  need taskset "util-linux"
  [ "$(nproc)" -ge 2 ] || die "PIN=split needs 2 cores; use PIN=none"
  ON_SERVER=(taskset -c "$SERVER_CPU")
  ON_LOAD=(taskset -c "$LOAD_CPU")
else
  ON_SERVER=()
  ON_LOAD=()
fi

# ---------------------------------------------------------------------------------------------------- build
if [ "${SKIP_BUILD:-}" != 1 ]; then
  log "building the server jar"
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never package -DskipTests)
  log "building the bench helpers"
  mvn -B -q -Dstyle.color=never -f "$BENCH_DIR/pom.xml" package
fi
[ -f "$SERVER_JAR" ] || die "missing $SERVER_JAR"
[ -f "$BENCH_JAR" ] || die "missing $BENCH_JAR"

PROFILER_LIB=
if [ "$PROFILE" = 1 ]; then
  case "$(uname -m)" in
    x86_64) PROFILER_ARCH=linux-x64 ;;
    aarch64) PROFILER_ARCH=linux-arm64 ;;
    *) PROFILER_ARCH= ;;
  esac
  PROFILER_DIR=$BENCH_DIR/target/async-profiler-$ASYNC_PROFILER_VERSION
  if [ -n "$PROFILER_ARCH" ] && [ ! -f "$PROFILER_DIR/$PROFILER_ARCH/libasyncProfiler.so" ]; then
    log "fetching async-profiler $ASYNC_PROFILER_VERSION (Maven Central: tools.profiler:async-profiler)"
    mkdir -p "$PROFILER_DIR"
    if mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="tools.profiler:async-profiler:$ASYNC_PROFILER_VERSION" \
        -DoutputDirectory="$PROFILER_DIR" >&2; then
      (cd "$PROFILER_DIR" && jar xf "async-profiler-$ASYNC_PROFILER_VERSION.jar" "$PROFILER_ARCH/libasyncProfiler.so")
    fi
  fi
  [ -n "$PROFILER_ARCH" ] && [ -f "$PROFILER_DIR/$PROFILER_ARCH/libasyncProfiler.so" ] \
    && PROFILER_LIB=$PROFILER_DIR/$PROFILER_ARCH/libasyncProfiler.so \
    || log "async-profiler not available here: the profile section is skipped"
fi

# ---------------------------------------------------------------------------------------------------- processes
WORK=$(mktemp -d "${TMPDIR:-/tmp}/stockroom-bench.XXXXXX")
mkdir -p "$RAW"
rm -f "$RAW"/*.txt "$RAW"/*.log "$RAW"/*.warmup "$RAW"/*.times "$RAW"/*.collapsed
SERVER_PID=
CEILING_PID=
FLOOR_PID=

stop_pid() {
  local pid=$1
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}
cleanup() {
  stop_pid "$FLOOR_PID"
  stop_pid "$CEILING_PID"
  stop_pid "$SERVER_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits until FILE has a line with "http://127.0.0.1:PORT" and prints PORT.
wait_port() {
  local file=$1 pid=$2 port
  for _ in $(seq 1 600); do
    port=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$file" 2>/dev/null | head -1 | sed 's/.*://') || true
    if [ -n "$port" ]; then echo "$port"; return 0; fi
    kill -0 "$pid" 2>/dev/null || { cat "$file" >&2; die "process $pid died while starting"; }
    sleep 0.1
  done
  die "no port in $file after 60 s"
}

# ---------------------------------------------------------------------------------------------------- server + seed
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "starting the server on a fresh data folder (its stderr, with the access log, goes to $RAW/server-stderr.log)"
# shellcheck disable=SC2086
"${ON_SERVER[@]}" java $JAVA_OPTS $SERVER_JAVA_OPTS -jar "$SERVER_JAR" serve --host 127.0.0.1 --port 0 \
  --data "$WORK/data" >"$RAW/server-stdout.log" 2>"$RAW/server-stderr.log" &
SERVER_PID=$!
SERVER_PORT=$(wait_port "$RAW/server-stderr.log" "$SERVER_PID")
BASE=http://127.0.0.1:$SERVER_PORT
CREDS=$WORK/data/credentials.json
TOKEN=$(grep -o '"token":"[^"]*"' "$CREDS" | cut -d'"' -f4)
LOCATION=$(grep -o '"locationId":"[^"]*"' "$CREDS" | cut -d'"' -f4)
log "server pid $SERVER_PID on port $SERVER_PORT"

log "seeding $PRODUCTS products through POST /products/"
"${ON_LOAD[@]}" java -cp "$BENCH_JAR" dev.stockroom.bench.Seeder "$BASE" "$CREDS" "$PRODUCTS" 4 "$WORK/ids.txt" \
  | tee "$RAW/seed.txt" >&2
SEED_LINE=$(tail -1 "$RAW/seed.txt")

FIRST_ID=$(head -1 "$WORK/ids.txt" | cut -f1)
curl -sf -o "$WORK/product.json" "$BASE/products/$FIRST_ID?locationId=$LOCATION" \
  -H "Authorization: Bearer $TOKEN" -H 'Version: 2021-07-28' || die "GET of a seeded product failed"
BODY_BYTES=$(wc -c <"$WORK/product.json")

log "starting the bare Jetty ceiling and the Javalin floor (same $BODY_BYTES-byte answer)"
# shellcheck disable=SC2086
"${ON_SERVER[@]}" java $JAVA_OPTS -cp "$BENCH_JAR" dev.stockroom.bench.CeilingServer 0 "$WORK/product.json" \
  >"$RAW/ceiling.log" 2>&1 &
CEILING_PID=$!
# shellcheck disable=SC2086
"${ON_SERVER[@]}" java $JAVA_OPTS -cp "$BENCH_JAR" dev.stockroom.bench.JavalinFloor 0 "$WORK/product.json" \
  >"$RAW/floor.log" 2>&1 &
FLOOR_PID=$!
CEILING_PORT=$(wait_port "$RAW/ceiling.log" "$CEILING_PID")
FLOOR_PORT=$(wait_port "$RAW/floor.log" "$FLOOR_PID")
JETTY_VERSION=$(grep -o 'Jetty [0-9.]*' "$RAW/ceiling.log" | head -1)
for port in "$CEILING_PORT" "$FLOOR_PORT"; do
  cmp -s "$WORK/product.json" <(curl -sf "http://127.0.0.1:$port/products/$FIRST_ID?locationId=$LOCATION") \
    || die "port $port does not answer the recorded bytes"
done

# ---------------------------------------------------------------------------------------------------- measuring
HZ=$(getconf CLK_TCK)
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# Busy ticks of all cores together.
all_busy() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
to_ticks() { awk -v s="$1" -v hz="$HZ" 'BEGIN {split(s, a, "m"); sub("s", "", a[2]); printf "%.0f", (a[1] * 60 + a[2]) * hz}'; }

# run_wrk SECONDS CONNECTIONS PORT MODE OUT [--latency]: runs wrk pinned to the load core; writes OUT and OUT.times.
run_wrk() {
  local secs=$1 conns=$2 port=$3 mode=$4 out=$5
  shift 5
  (
    "${ON_LOAD[@]}" wrk -t1 -c"$conns" -d"${secs}s" --timeout 10s "$@" -s "$LUA" "http://127.0.0.1:$port" \
      -- "$mode" "$WORK/ids.txt" "$LOCATION" "$TOKEN" >"$out" 2>&1
    times >"$out.times"
  )
}

# warm LABEL PID PORT MODE: unmeasured load in 5 s slices until the JVM's CPU per request settles (within 10% of
# the slice before) after at least WARMUP seconds, or WARMUP_MAX seconds have passed. A JVM pinned to one busy core
# takes a while to compile its hot paths, and cold figures would say nothing about Stockroom.
warm() {
  local label=$1 pid=$2 port=$3 mode=$4 slice=5 elapsed=0 prev=0 cur p0 p1 n settled=no
  log "warming $label: at least ${WARMUP}s, until CPU per request settles, at most ${WARMUP_MAX}s"
  while [ "$elapsed" -lt "$WARMUP_MAX" ]; do
    p0=$(proc_ticks "$pid")
    run_wrk "$slice" "$CONNECTIONS" "$port" "$mode" "$RAW/warmup.txt"
    p1=$(proc_ticks "$pid")
    elapsed=$((elapsed + slice))
    n=$(grep -o 'requests=[0-9]*' "$RAW/warmup.txt" | cut -d= -f2)
    cur=$(awk -v t=$((p1 - p0)) -v hz="$HZ" -v n="${n:-0}" 'BEGIN {printf "%.0f", n ? 1e6 * t / hz / n : 0}')
    WARM_LOG+=("$label ${elapsed}s: $cur")
    if [ "$elapsed" -ge "$WARMUP" ] && [ "$prev" -gt 0 ] \
        && awk -v a="$cur" -v b="$prev" 'BEGIN {d = a - b; if (d < 0) d = -d; exit !(d <= 0.1 * b)}'; then
      settled=yes
      break
    fi
    prev=$cur
  done
  log "  $label warmed for ${elapsed}s: $cur us CPU per request in the last slice (settled: $settled)"
  WARMED+=("$label: ${elapsed} s, last slice $cur µs CPU/request, settled: $settled")
}
WARMED=()
WARM_LOG=()

ROWS=()
# measure NAME TARGET_PID PORT MODE CONNECTIONS
measure() {
  local name=$1 pid=$2 port=$3 mode=$4 conns=$5 out
  out="$RAW/row$((${#ROWS[@]} + 1))-$mode-c$conns.txt"
  # A short unmeasured run at this connection count first, so that connection set-up is not measured.
  run_wrk 3 "$conns" "$port" "$mode" "$out.warmup"
  local p0 a0 p1 a1
  p0=$(proc_ticks "$pid"); a0=$(all_busy)
  run_wrk "$DURATION" "$conns" "$port" "$mode" "$out" --latency
  p1=$(proc_ticks "$pid"); a1=$(all_busy)
  local result
  result=$(grep '^RESULT ' "$out") || { cat "$out" >&2; die "wrk gave no result for $name"; }
  local requests duration_us rps p50_us p99_us max_us non2xx socket_errors
  eval "$(echo "${result#RESULT }" | tr ' ' '\n' | sed 's/^/local /')"
  if [ "$non2xx" != 0 ] || [ "$socket_errors" != 0 ]; then
    log "WARNING: $name had $non2xx non-2xx answers and $socket_errors socket errors"
  fi
  local wrk_ticks target=$((p1 - p0))
  wrk_ticks=$(( $(to_ticks "$(sed -n 2p "$out.times" | cut -d' ' -f1)") + $(to_ticks "$(sed -n 2p "$out.times" | cut -d' ' -f2)") ))
  local others=$((a1 - a0 - target - wrk_ticks)) wrk_pct
  [ "$others" -ge 0 ] || others=0
  local secs cpu_us target_pct others_pct
  secs=$(awk -v us="$duration_us" 'BEGIN {print us / 1e6}')
  cpu_us=$(awk -v t="$target" -v hz="$HZ" -v n="$requests" 'BEGIN {printf "%.0f", n ? 1e6 * t / hz / n : 0}')
  target_pct=$(awk -v t="$target" -v hz="$HZ" -v s="$secs" 'BEGIN {printf "%.0f", 100 * t / hz / s}')
  others_pct=$(awk -v t="$others" -v hz="$HZ" -v s="$secs" 'BEGIN {printf "%.0f", 100 * t / hz / s}')
  wrk_pct=$(awk -v t="$wrk_ticks" -v hz="$HZ" -v s="$secs" 'BEGIN {printf "%.0f", 100 * t / hz / s}')
  ROWS+=("$name|$conns|$rps|$p50_us|$p99_us|$requests|$((non2xx + socket_errors))|$cpu_us|$target_pct|$wrk_pct|$others_pct")
  log "  $name, c=$conns: $rps req/s, p50 $(fmt_ms "$p50_us"), p99 $(fmt_ms "$p99_us"), ${cpu_us} us CPU/request, JVM ${target_pct}% of a core, wrk ${wrk_pct}%, other processes ${others_pct}%"
}
fmt_ms() { awk -v u="$1" 'BEGIN {printf "%.2f ms", u / 1000}'; }
rps_of() { echo "${ROWS[$1]}" | cut -d'|' -f3; }
cpu_of() { echo "${ROWS[$1]}" | cut -d'|' -f8; }

CEILING="ceiling: bare Jetty 11 handler, same bytes"
FLOOR="Javalin floor: one route, same bytes"
GET="GET /products/{id}"
LIST="GET /products/?locationId&search=WORD&limit=20"
PUT="PUT /products/{id} (partial update)"

warm "the ceiling" "$CEILING_PID" "$CEILING_PORT" get
measure "$CEILING" "$CEILING_PID" "$CEILING_PORT" get "$CONNECTIONS"; C_ROWS=($((${#ROWS[@]} - 1)))
measure "$CEILING" "$CEILING_PID" "$CEILING_PORT" get 1; C1_ROW=$((${#ROWS[@]} - 1))
warm "the Javalin floor" "$FLOOR_PID" "$FLOOR_PORT" get
measure "$FLOOR" "$FLOOR_PID" "$FLOOR_PORT" get "$CONNECTIONS"; F_ROW=$((${#ROWS[@]} - 1))
warm "the server's GET" "$SERVER_PID" "$SERVER_PORT" get
measure "$GET" "$SERVER_PID" "$SERVER_PORT" get "$CONNECTIONS"; G_ROWS=($((${#ROWS[@]} - 1)))
measure "$GET" "$SERVER_PID" "$SERVER_PORT" get 1; G1_ROW=$((${#ROWS[@]} - 1))
warm "the server's list" "$SERVER_PID" "$SERVER_PORT" list
measure "$LIST" "$SERVER_PID" "$SERVER_PORT" list "$CONNECTIONS"
warm "the server's PUT" "$SERVER_PID" "$SERVER_PORT" put
measure "$PUT" "$SERVER_PID" "$SERVER_PORT" put "$CONNECTIONS"
for round in $(seq 2 "$ROUNDS"); do
  log "round $round of the ceiling / GET pair"
  measure "$CEILING (round $round)" "$CEILING_PID" "$CEILING_PORT" get "$CONNECTIONS"; C_ROWS+=($((${#ROWS[@]} - 1)))
  measure "$GET (round $round)" "$SERVER_PID" "$SERVER_PORT" get "$CONNECTIONS"; G_ROWS+=($((${#ROWS[@]} - 1)))
done
stop_pid "$FLOOR_PID"; FLOOR_PID=
stop_pid "$CEILING_PID"; CEILING_PID=

# profile MODE: one more DURATION-second run of MODE on the server under async-profiler (CPU samples every 1 ms of
# CPU); prints the summary, or nothing when the profiler could not attach. Not part of the table.
profile() {
  local mode=$1 stacks=$RAW/$1-cpu.collapsed
  log "profiling the server's $mode for ${DURATION}s (async-profiler; not in the table)"
  # jcmd reads a=b as a named argument: the agent options go in quotes to stay one argument.
  jcmd "$SERVER_PID" JVMTI.agent_load "$PROFILER_LIB" "\"start,event=cpu,interval=1ms\"" >>"$RAW/profiler.log" 2>&1 \
    || return 0
  run_wrk "$DURATION" "$CONNECTIONS" "$SERVER_PORT" "$mode" "$RAW/profiled-$mode.txt"
  jcmd "$SERVER_PID" JVMTI.agent_load "$PROFILER_LIB" "\"stop,file=$stacks,collapsed\"" >>"$RAW/profiler.log" 2>&1 \
    || true
  [ -s "$stacks" ] && java -cp "$BENCH_JAR" dev.stockroom.bench.ProfileSummary "$stacks"
  return 0
}
PROFILE_GET=
PROFILE_LIST=
PROFILE_PUT=
if [ -n "$PROFILER_LIB" ]; then
  PROFILE_GET=$(profile get)
  PROFILE_LIST=$(profile list)
  PROFILE_PUT=$(profile put)
  [ -n "$PROFILE_GET" ] || log "the profiler did not attach (see $RAW/profiler.log): no profile section"
fi

# Check that the database still answers, then stop the server.
curl -sf -o /dev/null "$BASE/products/$FIRST_ID?locationId=$LOCATION" \
  -H "Authorization: Bearer $TOKEN" -H 'Version: 2021-07-28' || die "server stopped answering"
ACCESS_LINES=$(grep -c ' access - ' "$RAW/server-stderr.log" || true)
DB_MIB=$(du -sm "$WORK/data" | cut -f1)

# The bulk scenario comes last: its final delete empties the location.
BULK_ROWS=()
PRICES_LINE=
if [ "$BULK" = 1 ]; then
  log "bulk scenario: one price per product, then each bulk update over all $PRODUCTS products, one request each"
  if "${ON_LOAD[@]}" java -cp "$BENCH_JAR" dev.stockroom.bench.BulkScenario "$BASE" "$CREDS" "$WORK/ids.txt" \
      "$SERVER_PID" "$HZ" >"$RAW/bulk.txt"; then
    PRICES_LINE=$(grep '^PRICES ' "$RAW/bulk.txt" | cut -d' ' -f2-)
    mapfile -t BULK_ROWS < <(grep '^BULK ' "$RAW/bulk.txt" | cut -d' ' -f2-)
    for row in "${BULK_ROWS[@]}"; do log "  $row"; done
  else
    log "WARNING: the bulk scenario failed (see $RAW/bulk.txt): no bulk section"
  fi
fi
stop_pid "$SERVER_PID"; SERVER_PID=
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------- report
pct() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b ? 100 * a / b : 0}'; }
FRACTIONS=()
for i in "${!C_ROWS[@]}"; do FRACTIONS+=("$(pct "$(rps_of "${G_ROWS[$i]}")" "$(rps_of "${C_ROWS[$i]}")")"); done
SUM_G=0; SUM_C=0
for i in "${!C_ROWS[@]}"; do
  SUM_G=$(awk -v a="$SUM_G" -v b="$(rps_of "${G_ROWS[$i]}")" 'BEGIN {print a + b}')
  SUM_C=$(awk -v a="$SUM_C" -v b="$(rps_of "${C_ROWS[$i]}")" 'BEGIN {print a + b}')
done
FRACTION=$(pct "$SUM_G" "$SUM_C")
FRACTION_1=$(pct "$(rps_of "$G1_ROW")" "$(rps_of "$C1_ROW")")
FLOOR_FRACTION=$(pct "$(rps_of "$F_ROW")" "$(awk -v s="$SUM_C" -v n="${#C_ROWS[@]}" 'BEGIN {print s / n}')")
mean_cpu() { local r sum=0; for r in "$@"; do sum=$((sum + $(cpu_of "$r"))); done; echo $((sum / $#)); }
CEILING_CPU=$(mean_cpu "${C_ROWS[@]}")
GET_CPU=$(mean_cpu "${G_ROWS[@]}")
CPU_FRACTION=$(pct "$CEILING_CPU" "$GET_CPU")
VERDICT=$(awk -v f="$FRACTION" 'BEGIN {print (f >= 50 ? "meets" : "misses")}')

JDK=$(java -version 2>&1 | sed -n 2p)
CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
MEM=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$ROOT" status --porcelain -- server api pom.xml 2>/dev/null | grep -q . && echo ", server tree modified" || true)
WRK_VERSION=$( (wrk -v 2>&1 || true) | head -1 | awk '{print $1, $2}')
FS=$(df -T "${TMPDIR:-/tmp}" | awk 'NR == 2 {print $2}')
if [ "$PIN" = split ]; then
  PINNING="server, ceiling and floor JVMs pinned to CPU $SERVER_CPU; wrk (1 thread) and the seeder to CPU $LOAD_CPU (taskset). A JVM that sees 1 CPU picks SerialGC and sizes its pools for 1 CPU; all three JVMs were treated alike"
else
  PINNING="none: server, ceiling, floor and wrk (1 thread) share all $(nproc) cores"
fi

mkdir -p "$(dirname "$RESULTS")"
{
  echo "# Stockroom benchmark, $DAY"
  echo
  echo "Produced by \`bench/run.sh\` (commit \`$COMMIT\`$DIRTY). Loopback only (127.0.0.1). Closed loop: each"
  echo "connection sends its next request when the previous answer is in. Before its first row, each scenario ran"
  echo "unmeasured until the JVM's CPU per request settled (see Warm-up below); each row then ran 3 s unmeasured at"
  echo "its own connection count, then ${DURATION} s measured."
  echo "Latency is wrk's, from writing the request to reading the whole answer."
  echo
  echo "| scenario | connections | requests/s | p50 | p99 | requests | errors | CPU per request | JVM CPU | wrk CPU | other processes' CPU |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r name conns rps p50 p99 reqs errors cpu_us target wrkc others <<<"$row"
    printf '| %s | %s | %.0f | %s | %s | %s | %s | %s µs | %s%% | %s%% | %s%% |\n' "$name" "$conns" "$rps" \
      "$(fmt_ms "$p50")" "$(fmt_ms "$p99")" "$reqs" "$errors" "$cpu_us" "$target" "$wrkc" "$others"
  done
  echo
  echo "**GET by id as a fraction of the ceiling: ${FRACTION}% at $CONNECTIONS connections** (rounds: $(IFS=/; echo "${FRACTIONS[*]}" | sed 's|/|%, |g')%;"
  echo "${FRACTION_1}% at 1 connection). The aim is at least 50%: this run $VERDICT it. By CPU cost: the ceiling"
  echo "spends $CEILING_CPU µs of CPU per answer, the server's GET $GET_CPU µs (means over the $ROUNDS rounds): by CPU cost the GET is at ${CPU_FRACTION}% of"
  echo "the ceiling (ceiling µs / GET µs), a figure that other load on the machine moves less. The Javalin floor (same bytes from a Javalin route) spends"
  echo "$(cpu_of "$F_ROW") µs of CPU per answer, $(pct "$CEILING_CPU" "$(cpu_of "$F_ROW")")% of the ceiling by CPU cost; its requests/s, measured once, are ${FLOOR_FRACTION}%"
  echo "of the ceiling's mean."
  echo
  echo "How to read it: *CPU per request* is the CPU time the measured JVM used over the measured seconds divided"
  echo "by the requests it answered; it moves much less than requests/s when other programs share the machine."
  echo "*JVM CPU* is that JVM's CPU over the measured seconds (100% = one core), *wrk CPU* the load generator's."
  echo "*Other processes' CPU* is what the rest of the machine (neither the measured JVM nor wrk) used meanwhile, in the same unit (the machine has"
  echo "$(nproc) cores, so at most $(( $(nproc) * 100 ))%): when it is high, requests/s and p99 are low for reasons outside"
  echo "Stockroom, and the rounds differ. *Errors* are non-2xx answers plus socket errors."
  echo
  echo "## Machine and setup"
  echo
  echo "- Cores: $(nproc) ($CPU_MODEL), memory $MEM; load average $LOAD_BEFORE before the run, $LOAD_AFTER after"
  echo "- JDK: $JDK; JVM options: ${JAVA_OPTS:-none} (all JVMs), ${SERVER_JAVA_OPTS:-none} (server only)"
  echo "- Server: \`java -jar server/target/stockroom.jar serve\` (Javalin 6.7.0 on $JETTY_VERSION; SQLite in WAL mode, synchronous=FULL, on $FS); stderr, which carries the access log, to a file ($ACCESS_LINES access lines)"
  echo "- Ceiling: a bare Jetty handler on the Jetty that Javalin 6.7.0 brings ($JETTY_VERSION), thread pool and HTTP settings as Javalin sets them, answering the $BODY_BYTES bytes of a recorded GET answer"
  echo "- Javalin floor: Javalin 6.7.0, one route answering the same bytes (no auth, database, JSON or log)"
  echo "- Load: $WRK_VERSION, 1 thread, \`bench/lua/stockroom.lua\`; the ceiling and floor get byte-for-byte the GET requests"
  echo "- Pinning: $PINNING"
  echo "- Data: $PRODUCTS products in one location, seeded through \`POST /products/\` ($SEED_LINE); data folder $DB_MIB MiB at the end"
  echo "- Scenarios: GET rotates through all $PRODUCTS ids; list rotates through nine search words, each matching about one product in nine, and counts the matches; PUT rotates through the ids, changing the description (each PUT is a durable SQLite commit)"
  echo
  if [ "${#BULK_ROWS[@]}" -gt 0 ]; then
    echo "## Bulk updates"
    echo
    echo "After the rows above, every product got one USD price through \`POST /products/{id}/price\` ($PRICES_LINE);"
    echo "then each row is one \`POST /products/bulk-update\` over all $PRODUCTS products, sent once (each changes the"
    echo "data), timed from sending it to reading the whole answer, which comes after the commit. *Server CPU* is the"
    echo "server JVM's CPU time over the same span. The delete names every id in \`productIds\`; the others select all."
    echo
    echo "| operation | status | time | server CPU |"
    echo "| --- | ---: | ---: | ---: |"
    for row in "${BULK_ROWS[@]}"; do
      IFS='|' read -r name status wall cpu <<<"$row"
      printf '| %s | %s | %s ms | %s ms |\n' "$name" "$status" "$wall" "$cpu"
    done
    echo
  fi
  echo "## Warm-up"
  echo
  for line in "${WARMED[@]}"; do echo "- $line"; done
  echo
  echo "CPU per request (µs) at the end of each 5 s warm-up slice: $(IFS=';'; echo "${WARM_LOG[*]}" | sed 's/;/; /g')."
  if [ -n "$PROFILE_GET" ]; then
    echo
    echo "## Where the server's CPU goes"
    echo
    echo "After the measured rows, one more ${DURATION} s run of each server scenario at $CONNECTIONS connections under"
    echo "async-profiler $ASYNC_PROFILER_VERSION (CPU samples, one per 1 ms of CPU; these runs are not in the table)."
    echo "Raw stacks: \`bench/results/tmp/*-cpu.collapsed\` (not committed)."
    for mode in get list put; do
      case $mode in
        get) title="GET /products/{id}"; summary=$PROFILE_GET ;;
        list) title="GET /products/?search=WORD&limit=20"; summary=$PROFILE_LIST ;;
        put) title="PUT /products/{id}"; summary=$PROFILE_PUT ;;
      esac
      [ -n "$summary" ] || continue
      echo
      echo "### $title"
      echo
      echo "$summary"
    done
  fi
} >"$RESULTS"
log "wrote $RESULTS"
cat "$RESULTS"
