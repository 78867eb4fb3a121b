#!/usr/bin/env bash
# Smart collection benchmark: on SQLite and on PostgreSQL, the cost of a product or price update with 0, 10 and 100
# smart collections in the location (at SMALL and at LARGE products), and the time to create a smart collection or
# give it new rules over LARGE products. Writes bench/results/YYYY-MM-DD-smart.md. See bench/README.md.
#
# Settings (environment variables):
#   SMALL=10000 LARGE=100000   catalog sizes
#   REQUESTS=2000              measured updates per row (after 500 unmeasured)
#   CLIENTS=4                  connections of the closed loop
#   BACKENDS="sqlite postgresql"
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=postgres   where the PostgreSQL run makes its schema
#   SKIP_BUILD=1               use the jars already built
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
SMALL=${SMALL:-10000}
LARGE=${LARGE:-100000}
REQUESTS=${REQUESTS:-2000}
CLIENTS=${CLIENTS:-4}
BACKENDS=${BACKENDS:-sqlite postgresql}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-postgres}
export PGHOST PGPORT PGUSER PGDATABASE
RESULTS=${RESULTS:-$BENCH_DIR/results/$(date -u +%F)-smart.md}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

log() { printf '[bench %s] %s\n' "$(date -u +%T)" "$*" >&2; }

if [ -z "${SKIP_BUILD:-}" ]; then
  log "building the server and the benchmark"
  (cd "$ROOT" && mvn -q -B -ntp -DskipTests package)
  mvn -q -B -ntp -f "$BENCH_DIR/pom.xml" package -DskipTests
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
sections=$WORK/sections.md
: >"$sections"
for backend in $BACKENDS; do
  mkdir -p "$WORK/$backend"
  url=()
  if [ "$backend" = postgresql ]; then
    schema="smart_bench_$$"
    psql -X -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $schema"
    url=("jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE?user=$PGUSER&currentSchema=$schema${PGPASSWORD:+&password=$PGPASSWORD}")
  fi
  log "$backend: running"
  java -cp "$BENCH_DIR/target/stockroom-bench.jar" dev.stockroom.bench.SmartCollectionBench \
    "$ROOT/server/target/stockroom.jar" "$WORK/$backend" "$SMALL" "$LARGE" "$REQUESTS" "$CLIENTS" "${url[@]}" \
    >>"$sections"
  if [ "$backend" = postgresql ]; then psql -X -q -c "DROP SCHEMA $schema CASCADE"; fi
done

{
  echo "# Smart collections, $(date -u +%F)"
  echo
  echo "Produced by \`bench/run-smart.sh\` (commit \`$(git -C "$ROOT" rev-parse --short HEAD)\`). Loopback only. Each row:"
  echo "$REQUESTS updates (after 500 unmeasured) from $CLIENTS connections in a closed loop, each request naming another"
  echo "product; latency from sending a request to reading its whole answer. *Server CPU/request* is the server"
  echo "JVM's CPU time over the measured requests divided by their number (PostgreSQL's own processes not counted)."
  echo "The product update keeps the name and changes the description; the price update changes the amount. Either"
  echo "write re-evaluates that one product against every smart collection of the location in its transaction."
  echo
  echo "- Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo);" \
    "load average $load_before before the run, $(cut -d' ' -f1-3 /proc/loadavg) after"
  echo "- JDK: $(java -version 2>&1 | head -1)"
  echo "- Catalog: seeded with SQL copies of one product and one price created through the API (\`CatalogSeeder\`):"
  echo "  names ADJECTIVE MATERIAL NOUN i, one price per product, every third tracking inventory"
  echo "- Smart collections: rule sets that differ from one collection to the next (\`SmartCollectionBench.rules\`):"
  echo "  a material word and a price band, a title suffix or a price, stock and a variant title, a title prefix"
  echo
  cat "$sections"
} >"$RESULTS"
log "wrote $RESULTS"
