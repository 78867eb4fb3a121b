#!/usr/bin/env bash
# Stockroom on PostgreSQL next to SQLite. One command: builds what it needs, creates a fresh PostgreSQL database,
# starts the server on each backend, bulk-seeds products with SQL rows shaped like the server's own, measures
#   1. GET by id, PUT (partial update) and list-with-search with MAIN_PRODUCTS products: one node on SQLite, one node
#      on PostgreSQL, two nodes on the same PostgreSQL database (wrk against both at once);
#   2. search latency with a selective word (a fixed few hundred matches) at SEARCH_SMALL and SEARCH_LARGE products,
# then stops everything, drops the database and writes bench/results/YYYY-MM-DD-postgresql.md. See bench/README.md.
#
# Settings (environment variables):
#   MAIN_PRODUCTS=100000   products for the GET / PUT / list rows
#   SEARCH_SMALL=10000     catalog sizes for the search rows (SEARCH_SMALL <= MAIN_PRODUCTS <= SEARCH_LARGE)
#   SEARCH_LARGE=1000000
#   SEARCH_WORD=zircon     the selective word: in the names of products i < SEARCH_SMALL with i % 33 == 16 only
#   BACKENDS="sqlite postgresql"
#   CONNECTIONS=16         wrk connections in all (two nodes: half on each)
#   DURATION=8             measured seconds per row
#   WARMUP=8               unmeasured seconds of the same load before each row
#   FIRST_WARMUP=24        more unmeasured seconds before each server's first row (JIT on a fresh JVM)
#   PIN=split              split: server JVMs on SERVER_CPU, wrk on LOAD_CPU (PostgreSQL itself is not pinned)
#                          none: no pinning
#   SERVER_CPU=1 LOAD_CPU=0
#   PG_HOST=127.0.0.1 PG_PORT=5432 PG_USER=postgres   a PostgreSQL that lets PG_USER create databases without a
#                          password (trust auth); the script creates stockroom_bench_<random> and drops it at the end
#   JAVA_OPTS=             extra JVM options for the servers
#   SKIP_BUILD=1           use the jars already built
#   RESULTS=bench/results/YYYY-MM-DD-postgresql.md
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
MAIN_PRODUCTS=${MAIN_PRODUCTS:-100000}
SEARCH_SMALL=${SEARCH_SMALL:-10000}
SEARCH_LARGE=${SEARCH_LARGE:-1000000}
SEARCH_WORD=${SEARCH_WORD:-zircon}
BACKENDS=${BACKENDS:-sqlite postgresql}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-8}
WARMUP=${WARMUP:-8}
FIRST_WARMUP=${FIRST_WARMUP:-24}
PIN=${PIN:-split}
SERVER_CPU=${SERVER_CPU:-1}
LOAD_CPU=${LOAD_CPU:-0}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
JAVA_OPTS=${JAVA_OPTS:-}
DAY=$(date -u +%F)
RESULTS=${RESULTS:-$BENCH_DIR/results/$DAY-postgresql.md}
RAW=$BENCH_DIR/results/tmp/postgresql
SERVER_JAR=$ROOT/server/target/stockroom.jar
LUA=$BENCH_DIR/lua/stockroom.lua
# The selective word goes into the names of products i < SEARCH_SMALL with i % 33 == 16: 303 of them at 10,000.
WORD_EVERY=33
WORD_AT=16

log() { printf '[bench-pg %s] %s\n' "$(date -u +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is needed ($2)"; }
need wrk "apt-get install wrk"
need java "a JDK 17+"
need curl "apt-get install curl"
need sqlite3 "apt-get install sqlite3"
need psql "apt-get install postgresql-client"
need createdb "apt-get install postgresql-client"
[ "$SEARCH_SMALL" -le "$MAIN_PRODUCTS" ] && [ "$MAIN_PRODUCTS" -le "$SEARCH_LARGE" ] \
  || die "need SEARCH_SMALL <= MAIN_PRODUCTS <= SEARCH_LARGE"
[ "$SEARCH_LARGE" -le 16000000 ] || die "seeded ids number products in 6 hex digits: at most 16,000,000"
if [ "$PIN" = split ]; then
  need taskset "util-linux"
  [ "$(nproc)" -ge 2 ] || die "PIN=split needs 2 cores; use PIN=none"
  ON_SERVER=(taskset -c "$SERVER_CPU")
  ON_LOAD=(taskset -c "$LOAD_CPU")
else
  ON_SERVER=()
  ON_LOAD=()
fi

if [ "${SKIP_BUILD:-}" != 1 ]; then
  need mvn "Maven 3.8+"
  log "building the server jar and the bench helpers"
  (cd "$ROOT" && mvn -B -q -Dstyle.color=never package -DskipTests)
  mvn -B -q -Dstyle.color=never -f "$BENCH_DIR/pom.xml" package
fi
[ -f "$SERVER_JAR" ] || die "missing $SERVER_JAR"

# ---------------------------------------------------------------------------------------------------- processes
WORK=$(mktemp -d "${TMPDIR:-/tmp}/stockroom-bench-pg.XXXXXX")
mkdir -p "$RAW"
rm -f "$RAW"/*
PG_DB=
NODE_PIDS=()
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")

stop_pid() {
  local pid=$1
  [ -n "$pid" ] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
}
stop_nodes() {
  local pid
  for pid in "${NODE_PIDS[@]}"; do stop_pid "$pid"; done
  NODE_PIDS=()
}
cleanup() {
  stop_nodes
  if [ -n "$PG_DB" ]; then
    dropdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" --if-exists "$PG_DB" 2>/dev/null \
      || log "could not drop database $PG_DB"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_port() {
  local file=$1 pid=$2 port
  for _ in $(seq 1 900); do
    port=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$file" 2>/dev/null | head -1 | sed 's/.*://') || true
    if [ -n "$port" ]; then echo "$port"; return 0; fi
    kill -0 "$pid" 2>/dev/null || { cat "$file" >&2; die "process $pid died while starting"; }
    sleep 0.1
  done
  die "no port in $file after 90 s"
}

# start_node NAME DATA_DIR [--db URL]: starts a server; sets NODE_PID and NODE_PORT.
start_node() {
  local name=$1 data=$2
  shift 2
  mkdir -p "$data"
  # shellcheck disable=SC2086
  "${ON_SERVER[@]}" java $JAVA_OPTS -jar "$SERVER_JAR" serve --host 127.0.0.1 --port 0 --data "$data" "$@" \
    >"$RAW/$name-stdout.log" 2>"$RAW/$name-stderr.log" &
  NODE_PID=$!
  NODE_PIDS+=("$NODE_PID")
  NODE_PORT=$(wait_port "$RAW/$name-stderr.log" "$NODE_PID")
  log "$name: pid $NODE_PID, port $NODE_PORT"
}

api() { curl -sf -H "Authorization: Bearer $TOKEN" -H 'Version: 2021-07-28' -H 'Content-Type: application/json' "$@"; }

# ---------------------------------------------------------------------------------------------------- seeding
# The names are the Seeder's (bench/src/.../Seeder.java): ADJECTIVE MATERIAL NOUN i, so that the list rows' nine
# material words each match one product in nine, as in run.sh; products i < SEARCH_SMALL with i % 33 == 16 have the
# selective word instead of their material. Product 0 is created through the API and is the template: every seeded
# row is a copy of its row with the id, name, slug, description and timestamps replaced.
ADJ="Blue Red Green Black White Small Large Classic Modern Rustic Vintage Compact"
MAT="oak steel linen cotton walnut copper wool glass bamboo"
NOUN="chair lamp table shelf mug blanket vase stool basket clock"
sql_list() { echo "$1" | sed "s/\([^ ]*\)/'\1'/g; s/ /,/g"; }

create_template() {
  local body
  body=$(printf '{"name":"Blue oak chair 0","locationId":"%s","productType":"PHYSICAL","description":"Seeded product number 0 for the Stockroom benchmark."}' "$LOCATION")
  TEMPLATE_ID=$(api -X POST "$BASE/products/" --data "$body" | grep -o '"_id":"[0-9a-f]*"' | head -1 | cut -d'"' -f4)
  [ -n "$TEMPLATE_ID" ] || die "could not create the template product"
  # Seeded ids: the template's first 4 bytes (seconds), a fixed 5 bytes no server draws in practice, i in 3 bytes.
  ID_PREFIX="${TEMPLATE_ID:0:8}5eed5eed5e"
}

# The name of product i as a SQL expression over column i, for each dialect.
name_sql_sqlite() {
  echo "(CASE WHEN i < $SEARCH_SMALL AND i % $WORD_EVERY = $WORD_AT THEN json_extract('[$(sql_list "$ADJ" | tr "'" '"')]', '\$[' || (i % 12) || ']') || ' $SEARCH_WORD ' ELSE json_extract('[$(sql_list "$ADJ" | tr "'" '"')]', '\$[' || (i % 12) || ']') || ' ' || json_extract('[$(sql_list "$MAT" | tr "'" '"')]', '\$[' || (i % 9) || ']') || ' ' END) || json_extract('[$(sql_list "$NOUN" | tr "'" '"')]', '\$[' || ((i / 9) % 10) || ']') || ' ' || i"
}
name_sql_pg() {
  echo "(ARRAY[$(sql_list "$ADJ")])[i % 12 + 1] || ' ' || CASE WHEN i < $SEARCH_SMALL AND i % $WORD_EVERY = $WORD_AT THEN '$SEARCH_WORD' ELSE (ARRAY[$(sql_list "$MAT")])[i % 9 + 1] END || ' ' || (ARRAY[$(sql_list "$NOUN")])[(i / 9) % 10 + 1] || ' ' || i"
}

# seed_sqlite FROM TO: products FROM..TO-1, through the products table (its triggers fill the FTS index).
seed_sqlite() {
  local from=$1 to=$2
  sqlite3 "$DB_FILE" <<SQL
.timeout 60000
BEGIN;
INSERT INTO products (id, location_id, slug, name_folded, available_in_store, created_at, updated_at, details)
WITH RECURSIVE s(i) AS (SELECT $from UNION ALL SELECT i + 1 FROM s WHERE i + 1 < $to),
n AS (SELECT i, $(name_sql_sqlite) AS name, printf('%s%06x', '$ID_PREFIX', i) AS id FROM s)
SELECT n.id, t.location_id, lower(replace(n.name, ' ', '-')), lower(n.name), t.available_in_store,
       t.created_at + n.i, t.created_at + n.i,
       replace(replace(replace(replace(replace(t.details,
           '"$TEMPLATE_ID"', '"' || n.id || '"'),
           '"Blue oak chair 0"', '"' || n.name || '"'),
           '"blue-oak-chair-0"', '"' || lower(replace(n.name, ' ', '-')) || '"'),
           'number 0 for', 'number ' || n.i || ' for'),
           '$TEMPLATE_STAMP', strftime('%Y-%m-%dT%H:%M:%fZ', (t.created_at + n.i) / 1000.0, 'unixepoch'))
FROM n, (SELECT * FROM products WHERE id = '$TEMPLATE_ID') t;
COMMIT;
ANALYZE;
SQL
}

# seed_pg FROM TO: the same rows on PostgreSQL. The trigram index is dropped and built again around a large insert
# (same definition as V1__core.sql), then VACUUM ANALYZE.
seed_pg() {
  local from=$1 to=$2
  "${PSQL[@]}" -d "$PG_DB" <<SQL
SET search_path = $PG_SCHEMA, public;
SET maintenance_work_mem = '256MB';
BEGIN;
DROP INDEX products_name_trgm;
INSERT INTO products (id, location_id, slug, name_folded, available_in_store, created_at, updated_at, details)
SELECT n.id, t.location_id, lower(replace(n.name, ' ', '-')), lower(n.name), t.available_in_store,
       t.created_at + n.i, t.created_at + n.i,
       replace(replace(replace(replace(replace(t.details,
           '"$TEMPLATE_ID"', '"' || n.id || '"'),
           '"Blue oak chair 0"', '"' || n.name || '"'),
           '"blue-oak-chair-0"', '"' || lower(replace(n.name, ' ', '-')) || '"'),
           'number 0 for', 'number ' || n.i || ' for'),
           '$TEMPLATE_STAMP', to_char(to_timestamp((t.created_at + n.i) / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
FROM (SELECT i, $(name_sql_pg) AS name, '$ID_PREFIX' || lpad(to_hex(i), 6, '0') AS id
      FROM generate_series($from, $((to - 1))) AS i) n,
     (SELECT * FROM products WHERE id = '$TEMPLATE_ID') t;
CREATE INDEX products_name_trgm ON products USING gin (name_folded public.gin_trgm_ops);
COMMIT;
VACUUM ANALYZE products;
SQL
}

# seed_to N: grows the catalog of the current backend to N products; writes ids.txt (id TAB name, every product).
seed_to() {
  local target=$1 t0 t1
  [ "$target" -gt "$SEEDED" ] || return 0
  log "$BACKEND: seeding products $SEEDED..$((target - 1))"
  t0=$(date +%s.%N)
  if [ "$BACKEND" = sqlite ]; then seed_sqlite "$SEEDED" "$target"; else seed_pg "$SEEDED" "$target"; fi
  t1=$(date +%s.%N)
  SEED_LOG+=("$BACKEND: products $SEEDED to $((target - 1)) in $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.0f", b - a}') s")
  SEEDED=$target
  if [ "$BACKEND" = sqlite ]; then
    sqlite3 -separator $'\t' "$DB_FILE" "SELECT id, json_extract(details, '\$.name') FROM products ORDER BY seq" \
      >"$WORK/ids.txt"
  else
    "${PSQL[@]}" -d "$PG_DB" -At -F $'\t' \
      -c "SELECT id, details::json->>'name' FROM $PG_SCHEMA.products ORDER BY seq" >"$WORK/ids.txt"
  fi
  [ "$(wc -l <"$WORK/ids.txt")" = "$target" ] || die "expected $target products, found $(wc -l <"$WORK/ids.txt")"
  verify
}

# verify: the last seeded product reads through the API exactly as the template would (same keys, its own values),
# and the selective word finds the expected number of products.
verify() {
  local last id name got want_total got_total
  last=$(tail -1 "$WORK/ids.txt")
  id=${last%%$'\t'*}
  name=${last#*$'\t'}
  got=$(api "$BASE/products/$id?locationId=$LOCATION") || die "GET of seeded product $id failed"
  echo "$got" | grep -q "\"_id\":\"$id\"" || die "seeded product $id reads wrong: $got"
  echo "$got" | grep -q "\"name\":\"$name\"" || die "seeded product $id reads wrong: $got"
  [ "$(echo "$got" | grep -o '"[A-Za-z]*":' | sort | tr -d '\n')" = "$TEMPLATE_KEYS" ] \
    || die "seeded product $id has other keys than the template: $got"
  want_total=$(( (SEARCH_SMALL - WORD_AT + WORD_EVERY - 1) / WORD_EVERY ))
  got_total=$(api "$BASE/products/?locationId=$LOCATION&search=$SEARCH_WORD&limit=1" | grep -o '"total":[0-9][0-9]*' \
    | head -1 | cut -d: -f2)
  [ "$got_total" = "$want_total" ] || die "search for $SEARCH_WORD counts ${got_total:-nothing}, expected $want_total"
  VERIFIED+=("$BACKEND, $SEEDED products: GET $id answers its own id and name with the template's keys; search=$SEARCH_WORD counts $got_total")
}

# ---------------------------------------------------------------------------------------------------- measuring
HZ=$(getconf CLK_TCK)
ticks_of() { local p t=0; for p in "$@"; do [ -n "$p" ] && [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $t; }
all_busy() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
to_ticks() { awk -v s="$1" -v hz="$HZ" 'BEGIN {split(s, a, "m"); sub("s", "", a[2]); printf "%.0f", (a[1] * 60 + a[2]) * hz}'; }
# The PostgreSQL backends serving the benchmark's database (the servers' pools), not the rest of the cluster.
pg_backends() {
  [ "$BACKEND" = postgresql ] || return 0
  "${PSQL[@]}" -d postgres -At -c "SELECT pid FROM pg_stat_activity WHERE datname = '$PG_DB' AND pid <> pg_backend_pid()"
}

# run_wrk SECONDS CONNECTIONS PORT MODE OUT [wrk options]
run_wrk() {
  local secs=$1 conns=$2 port=$3 mode=$4 out=$5
  shift 5
  (
    "${ON_LOAD[@]}" wrk -t1 -c"$conns" -d"${secs}s" --timeout 10s "$@" -s "$LUA" "http://127.0.0.1:$port" \
      -- "$mode" "$WORK/ids.txt" "$LOCATION" "$TOKEN" "$SEARCH_WORD" >"$out" 2>&1
    times >"$out.times"
  )
}
field() { grep '^RESULT ' "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
fmt_ms() { awk -v u="$1" 'BEGIN {printf "%.2f", u / 1000}'; }

ROWS=()
# measure TABLE LABEL MODE PORT...: WARMUP s unmeasured, then DURATION s measured, wrk against every PORT at once
# (CONNECTIONS split between them). CPU is the nodes' JVMs plus their PostgreSQL backends.
measure() {
  local table=$1 label=$2 mode=$3
  shift 3
  local ports=("$@") n=$# conns=$((CONNECTIONS / $#)) i pids=() out=()
  local tag
  tag="$BACKEND-$SEEDED-$mode-n$n"
  log "$label: warming ${WARMUP}s"
  for i in "${!ports[@]}"; do run_wrk "$WARMUP" "$conns" "${ports[$i]}" "$mode" "$RAW/$tag-warm$i.txt" & pids+=($!); done
  for i in "${pids[@]}"; do wait "$i"; done
  pids=()
  local backends j0 p0 a0 j1 p1 a1
  # shellcheck disable=SC2207
  backends=($(pg_backends))
  j0=$(ticks_of "${NODE_PIDS[@]}"); p0=$(ticks_of "${backends[@]}"); a0=$(all_busy)
  for i in "${!ports[@]}"; do
    out+=("$RAW/$tag-$i.txt")
    run_wrk "$DURATION" "$conns" "${ports[$i]}" "$mode" "${out[$i]}" --latency &
    pids+=($!)
  done
  for i in "${pids[@]}"; do wait "$i"; done
  j1=$(ticks_of "${NODE_PIDS[@]}"); p1=$(ticks_of "${backends[@]}"); a1=$(all_busy)
  local requests=0 rps=0 errors=0 p50s=() p99s=() wrk_t=0 f secs
  for f in "${out[@]}"; do
    grep -q '^RESULT ' "$f" || { cat "$f" >&2; die "wrk gave no result for $label"; }
    requests=$((requests + $(field "$f" requests)))
    rps=$(awk -v a="$rps" -v b="$(field "$f" rps)" 'BEGIN {print a + b}')
    errors=$((errors + $(field "$f" non2xx) + $(field "$f" socket_errors)))
    p50s+=("$(fmt_ms "$(field "$f" p50_us)")")
    p99s+=("$(fmt_ms "$(field "$f" p99_us)")")
    wrk_t=$((wrk_t + $(to_ticks "$(sed -n 2p "$f.times" | cut -d' ' -f1)") + $(to_ticks "$(sed -n 2p "$f.times" | cut -d' ' -f2)")))
  done
  secs=$(awk -v us="$(field "${out[0]}" duration_us)" 'BEGIN {print us / 1e6}')
  [ "$errors" = 0 ] || log "WARNING: $label had $errors errors"
  local jvm_us pg_us others_pct jvm_pct
  jvm_us=$(awk -v t=$((j1 - j0)) -v hz="$HZ" -v n="$requests" 'BEGIN {printf "%.0f", n ? 1e6 * t / hz / n : 0}')
  pg_us=$(awk -v t=$((p1 - p0)) -v hz="$HZ" -v n="$requests" 'BEGIN {printf "%.0f", n ? 1e6 * t / hz / n : 0}')
  jvm_pct=$(awk -v t=$((j1 - j0)) -v hz="$HZ" -v s="$secs" 'BEGIN {printf "%.0f", 100 * t / hz / s}')
  others_pct=$(awk -v t=$((a1 - a0 - (j1 - j0) - (p1 - p0) - wrk_t)) -v hz="$HZ" -v s="$secs" \
    'BEGIN {if (t < 0) t = 0; printf "%.0f", 100 * t / hz / s}')
  local p50 p99
  p50=$(IFS=/; echo "${p50s[*]}" | sed 's|/| / |g')
  p99=$(IFS=/; echo "${p99s[*]}" | sed 's|/| / |g')
  ROWS+=("$BACKEND|$table|$label|$SEEDED|$conns x $n|$rps|$p50|$p99|$errors|$jvm_us|$pg_us|$((jvm_us + pg_us))|$jvm_pct|$others_pct")
  log "  $label, $SEEDED products: $(printf '%.0f' "$rps") req/s, p50 $p50 ms, p99 $p99 ms, CPU/request JVM $jvm_us us + PostgreSQL $pg_us us; other processes ${others_pct}%"
}

GET="GET /products/{id}"
PUT="PUT /products/{id}"
LIST="GET /products/?search=MATERIAL&limit=20"
SEARCH="GET /products/?search=$SEARCH_WORD&limit=20"
SEED_LOG=()
VERIFIED=()
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

for BACKEND in $BACKENDS; do
  SEEDED=1
  if [ "$BACKEND" = sqlite ]; then
    start_node sqlite "$WORK/sqlite"
    DB_FILE=$(ls "$WORK"/sqlite/*.db 2>/dev/null | head -1)
    [ -n "$DB_FILE" ] || die "no SQLite database file in the data folder"
    CREDS=$WORK/sqlite/credentials.json
  elif [ "$BACKEND" = postgresql ]; then
    PG_DB=stockroom_bench_$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')
    createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$PG_DB"
    log "created database $PG_DB"
    PG_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?user=$PG_USER"
    start_node pg-a "$WORK/pg-a" --db "$PG_URL"
    NODE_A_PID=$NODE_PID
    PORT_A=$NODE_PORT
    PG_SCHEMA=$("${PSQL[@]}" -d "$PG_DB" -At -c \
      "SELECT table_schema FROM information_schema.tables WHERE table_name = 'products' LIMIT 1")
    [ -n "$PG_SCHEMA" ] || die "no products table in $PG_DB"
    CREDS=$WORK/pg-a/credentials.json
  else
    die "unknown backend $BACKEND"
  fi
  BASE=http://127.0.0.1:$NODE_PORT
  PORT_A=$NODE_PORT
  TOKEN=$(grep -o '"token":"[^"]*"' "$CREDS" | cut -d'"' -f4)
  LOCATION=$(grep -o '"locationId":"[^"]*"' "$CREDS" | cut -d'"' -f4)
  create_template
  TEMPLATE_JSON=$(api "$BASE/products/$TEMPLATE_ID?locationId=$LOCATION")
  TEMPLATE_KEYS=$(echo "$TEMPLATE_JSON" | grep -o '"[A-Za-z]*":' | sort | tr -d '\n')
  # The creation time as the details document spells it, if it is there; replaced per row like the columns.
  TEMPLATE_STAMP=$(echo "$TEMPLATE_JSON" | grep -o '"createdAt":"[^"]*"' | head -1 | cut -d'"' -f4)
  [ -n "$TEMPLATE_STAMP" ] || TEMPLATE_STAMP="no timestamp in the document"

  seed_to "$SEARCH_SMALL"
  # The first row meets a cold JVM: warm it longer, so that the small catalog is not measured colder than the large.
  WARMUP=$((WARMUP + FIRST_WARMUP)) measure search "$SEARCH" search "$PORT_A"
  seed_to "$MAIN_PRODUCTS"
  measure main "$GET" get "$PORT_A"
  measure main "$LIST" list "$PORT_A"
  measure main "$PUT" put "$PORT_A"
  if [ "$BACKEND" = postgresql ]; then
    # A second node on the same database: its own data folder (no credentials: the database is not empty).
    start_node pg-b "$WORK/pg-b" --db "$PG_URL"
    PORT_B=$NODE_PORT
    NODE_B_PID=$NODE_PID
    api -o /dev/null "http://127.0.0.1:$PORT_B/products/$TEMPLATE_ID?locationId=$LOCATION" || die "node b does not answer"
    measure two "$GET" get "$PORT_A" "$PORT_B"
    measure two "$LIST" list "$PORT_A" "$PORT_B"
    measure two "$PUT" put "$PORT_A" "$PORT_B"
    stop_pid "$NODE_B_PID"
    NODE_PIDS=("$NODE_A_PID")
  fi
  seed_to "$SEARCH_LARGE"
  measure search "$SEARCH" search "$PORT_A"
  if [ "$BACKEND" = sqlite ]; then
    SQLITE_MIB=$(du -sm "$WORK/sqlite" | cut -f1)
  else
    PG_MIB=$("${PSQL[@]}" -d "$PG_DB" -At -c "SELECT pg_database_size(current_database()) / 1048576")
  fi
  stop_nodes
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------------- report
JDK=$(java -version 2>&1 | sed -n 2p)
CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
MEM=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
DIRTY=$(git -C "$ROOT" status --porcelain -- server api pom.xml 2>/dev/null | grep -q . && echo ", server tree modified" || true)
PG_VERSION=$("${PSQL[@]}" -d postgres -At -c "SHOW server_version" 2>/dev/null || echo unknown)
PG_SETTINGS=$("${PSQL[@]}" -d postgres -At -c "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name) FROM pg_settings WHERE name IN ('shared_buffers', 'synchronous_commit', 'fsync', 'work_mem', 'max_connections')" 2>/dev/null || echo unknown)
WRK_VERSION=$( (wrk -v 2>&1 || true) | head -1 | awk '{print $1, $2}')
if [ "$PIN" = split ]; then
  PINNING="every server JVM pinned to CPU $SERVER_CPU, wrk (1 thread per node) to CPU $LOAD_CPU (taskset); PostgreSQL not pinned. Two nodes share CPU $SERVER_CPU: that row shows what a second node costs, not what a second machine would add"
else
  PINNING="none"
fi
# row_table TABLE...: the rows measured for those tables.
row_table() {
  local row backend table label seeded conns rps p50 p99 errors jvm pg total jvmpct others nodes t keep
  echo "| backend | nodes | request | products | connections | requests/s | p50 | p99 | errors | CPU/request: server JVMs | PostgreSQL backends | total | JVM CPU | other processes' CPU |"
  echo "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r backend table label seeded conns rps p50 p99 errors jvm pg total jvmpct others <<<"$row"
    keep=no
    for t in "$@"; do [ "$t" = "$table" ] && keep=yes; done
    [ "$keep" = yes ] || continue
    case $conns in *"x 2") nodes=2 ;; *) nodes=1 ;; esac
    [ "$backend" = sqlite ] && pg="-" || pg="$pg µs"
    printf '| %s | %s | %s | %s | %s | %.0f | %s ms | %s ms | %s | %s µs | %s | %s µs | %s%% | %s%% |\n' "$backend" "$nodes" \
      "$label" "$seeded" "$conns" "$rps" "$p50" "$p99" "$errors" "$jvm" "$pg" "$total" "$jvmpct" "$others"
  done
}

mkdir -p "$(dirname "$RESULTS")"
{
  echo "# Stockroom on PostgreSQL and SQLite, $DAY"
  echo
  echo "Produced by \`bench/run-postgresql.sh\` (commit \`$COMMIT\`$DIRTY). Loopback only (127.0.0.1). Closed loop: each"
  echo "connection sends its next request when the previous answer is in. Each row: ${WARMUP} s of the same load unmeasured,"
  echo "then ${DURATION} s measured (the first row of each backend: $((WARMUP + FIRST_WARMUP)) s unmeasured). Rows run in table order. Two-node rows: one wrk per node at the same time, half the connections each;"
  echo "requests/s is the sum, p50 and p99 are given per node (node a / node b)."
  echo
  echo "*CPU/request* is the steady figure on a shared machine: CPU time over the measured seconds divided by the"
  echo "answers, for the server JVMs (all nodes) and, on PostgreSQL, the backend processes serving the benchmark's"
  echo "database (the servers' pooled connections; the cluster's shared WAL writer, checkpointer and so on are not counted)."
  echo "*JVM CPU* is the server JVMs' CPU in % of one core; *other processes' CPU* is the rest of the machine (at most"
  echo "$(( $(nproc) * 100 ))%): when high, requests/s and p99 are low for reasons outside Stockroom."
  echo
  echo "## 1. GET, PUT and list with $MAIN_PRODUCTS products in one location"
  echo
  row_table main two
  echo
  echo "## 2. Search with a selective word: $SEARCH_SMALL versus $SEARCH_LARGE products"
  echo
  echo "\`GET /products/?locationId=L&search=$SEARCH_WORD&limit=20\` at $CONNECTIONS connections, one node. The word is in"
  echo "the names of $(( (SEARCH_SMALL - WORD_AT + WORD_EVERY - 1) / WORD_EVERY )) products (the same ones at both sizes); every answer has the newest 20 and the total count."
  echo
  row_table search
  echo
  echo "## Machine and setup"
  echo
  echo "- Cores: $(nproc) ($CPU_MODEL), memory $MEM; load average $LOAD_BEFORE before the run, $LOAD_AFTER after"
  echo "- JDK: $JDK; JVM options: ${JAVA_OPTS:-none}"
  echo "- PostgreSQL $PG_VERSION on 127.0.0.1 ($PG_SETTINGS); a fresh database, dropped at the end; database size at the end ${PG_MIB:-?} MiB"
  echo "- SQLite: the server's own (WAL, synchronous=FULL); data folder at the end ${SQLITE_MIB:-?} MiB"
  echo "- Server: \`java -jar server/target/stockroom.jar serve\` (\`--data\` for SQLite, \`--db jdbc:postgresql://...\` for PostgreSQL), default pool size, access log to a file"
  echo "- Load: $WRK_VERSION, 1 thread per node, \`bench/lua/stockroom.lua\` (modes get, put, list, search)"
  echo "- Pinning: $PINNING"
  echo
  echo "## What was seeded, and how"
  echo
  echo "Product 0 was created through \`POST /products/\` on each backend and is the template. Every other product is a"
  echo "copy of its row, inserted with one SQL statement (sqlite3 / psql) into the server's own \`products\` table: same"
  echo "columns (from \`db/migration/*/V1__core.sql\`), \`details\` the template's JSON document with the id, name, slug,"
  echo "description and creation time replaced, \`created_at\` = \`updated_at\` = the template's + i ms. Names are the"
  echo "Seeder's (ADJECTIVE MATERIAL NOUN i: each of nine material words in one name in nine), except products"
  echo "i < $SEARCH_SMALL with i % $WORD_EVERY = $WORD_AT, which have \"$SEARCH_WORD\" instead of their material. On SQLite the rows go in"
  echo "through the table, so the V2 triggers fill the FTS5 trigram index, then ANALYZE; on PostgreSQL the pg_trgm GIN"
  echo "index is dropped and built again with its V1 definition around each insert, then VACUUM ANALYZE products."
  echo "The catalog grows in steps ($SEARCH_SMALL, $MAIN_PRODUCTS, $SEARCH_LARGE) in one database per backend; the rows run in that order,"
  echo "so the PUT rows' writes are in the database when the 1,000,000-product search rows run."
  echo
  for line in "${SEED_LOG[@]}"; do echo "- seeded $line"; done
  for line in "${VERIFIED[@]}"; do echo "- checked $line"; done
} >"$RESULTS"
log "wrote $RESULTS"
cat "$RESULTS"
