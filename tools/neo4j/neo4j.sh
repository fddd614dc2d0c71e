#!/usr/bin/env bash
# Start, stop or check the test Neo4j 5.26 community server built from Maven
# Central jars (tools/neo4j: an embedded DBMS with Bolt and auth, no Docker).
#
#   tools/neo4j/neo4j.sh up       build if needed, start on 127.0.0.1:$NEO4J_PORT, wait for Bolt
#   tools/neo4j/neo4j.sh down     stop it (SIGTERM, then SIGKILL after 60 s); safe when not running
#   tools/neo4j/neo4j.sh status   print the state; exit 0 when running
#
# Environment: NEO4J_PORT (7687), NEO4J_PASSWORD (negograph-test, 8+ chars),
# NEO4J_HEAP (768m), NEO4J_PAGECACHE (128m), NEO4J_STATE_DIR (.neo4j in the
# repository), NEO4J_KEEP_DATA=1 to keep the database between starts (by
# default `up` starts from an empty store), NEO4J_START_TIMEOUT (180 s).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
state="${NEO4J_STATE_DIR:-$repo/.neo4j}"
port="${NEO4J_PORT:-7687}"
password="${NEO4J_PASSWORD:-negograph-test}"
heap="${NEO4J_HEAP:-768m}"
pagecache="${NEO4J_PAGECACHE:-128m}"
timeout="${NEO4J_START_TIMEOUT:-180}"
pidfile="$state/neo4j.pid"
log="$state/neo4j.log"
data="$state/data"

running() {
  [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

log_tail() {
  echo "--- last lines of $log:" >&2
  tail -n 40 "$log" >&2 || true
  if [[ -f "$data/logs/debug.log" ]]; then
    echo "--- last lines of $data/logs/debug.log:" >&2
    tail -n 20 "$data/logs/debug.log" >&2 || true
  fi
}

build() {
  local stamp="$here/target/.built"
  if [[ -f "$stamp" && -d "$here/target/lib" && "$stamp" -nt "$here/pom.xml" &&
    -z "$(find "$here/src" -newer "$stamp" -type f)" ]]; then
    return
  fi
  command -v mvn >/dev/null || { echo "neo4j: mvn not found (apt-get install maven)" >&2; exit 1; }
  echo "neo4j: building the launcher (the first build downloads the Neo4j 5.26 jars from Maven Central into ~/.m2)" >&2
  mkdir -p "$state"
  if ! mvn -B -Dstyle.color=never -f "$here/pom.xml" package -DskipTests >"$state/build.log" 2>&1; then
    echo "neo4j: maven build of $here/pom.xml failed; last lines of $state/build.log:" >&2
    tail -n 30 "$state/build.log" >&2
    exit 1
  fi
  touch "$stamp"
}

up() {
  if running; then
    echo "neo4j: already running (pid $(cat "$pidfile")) on bolt://127.0.0.1:$port" >&2
    return
  fi
  if port_busy; then
    echo "neo4j: 127.0.0.1:$port is already in use by another process; stop it or set NEO4J_PORT" >&2
    exit 1
  fi
  if ((${#password} < 8)); then
    echo "neo4j: NEO4J_PASSWORD must have at least 8 characters" >&2
    exit 1
  fi
  build
  mkdir -p "$state"
  [[ "${NEO4J_KEEP_DATA:-}" == 1 ]] || rm -rf "$data"
  : >"$log"
  local start=$SECONDS
  NEO4J_HOME_DIR="$data" NEO4J_PORT="$port" NEO4J_PASSWORD="$password" NEO4J_PAGECACHE="$pagecache" \
    nohup java -Xms256m -Xmx"$heap" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError \
    -cp "$here/target/classes:$here/target/lib/*" negograph.neo4j.Launcher >>"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  local deadline=$((SECONDS + timeout))
  until grep -q '^READY ' "$log"; do
    if ! running; then
      echo "neo4j: the server exited during start-up" >&2
      log_tail
      rm -f "$pidfile"
      exit 1
    fi
    if ((SECONDS > deadline)); then
      echo "neo4j: no READY line in $log after ${timeout} s" >&2
      log_tail
      down
      exit 1
    fi
    sleep 0.5
  done
  # READY is printed once Bolt listens; prove it with a real authenticated
  # Bolt session through the Go driver.
  local left=$((deadline - SECONDS))
  ((left > 10)) || left=10
  if ! (cd "$repo" && NEO4J_URI="bolt://127.0.0.1:$port" NEO4J_USER=neo4j NEO4J_PASSWORD="$password" \
    go run ./internal/neo4jtest/cmd/neo4jwait -timeout "${left}s"); then
    echo "neo4j: the server printed READY but Bolt did not answer" >&2
    log_tail
    down
    exit 1
  fi
  echo "neo4j: ready on bolt://127.0.0.1:$port in $((SECONDS - start)) s (pid $(cat "$pidfile"), log $log)" >&2
}

down() {
  if ! running; then
    rm -f "$pidfile"
    return 0
  fi
  local pid
  pid="$(cat "$pidfile")"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "neo4j: pid $pid did not stop within 60 s of SIGTERM, sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  echo "neo4j: stopped" >&2
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status)
    if running; then
      echo "neo4j: running (pid $(cat "$pidfile")) on bolt://127.0.0.1:$port"
    else
      echo "neo4j: not running"
      exit 1
    fi
    ;;
  *)
    echo "usage: $0 up|down|status" >&2
    exit 2
    ;;
esac
