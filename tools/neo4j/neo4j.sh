#!/usr/bin/env bash
# Start, stop or check the test Neo4j 5.26 server built from Maven Central jars.
#
#   tools/neo4j/neo4j.sh up       build if needed, start on 127.0.0.1:$NEO4J_PORT, wait for Bolt
#   tools/neo4j/neo4j.sh down     stop it (SIGTERM, then SIGKILL after 30 s); safe when not running
#   tools/neo4j/neo4j.sh status   exit 0 when running
#
# Environment: NEO4J_PORT (7687), NEO4J_PASSWORD (negograph-test), NEO4J_HEAP (768m),
# NEO4J_STATE_DIR (.neo4j under the repository).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
state="${NEO4J_STATE_DIR:-$repo/.neo4j}"
port="${NEO4J_PORT:-7687}"
password="${NEO4J_PASSWORD:-negograph-test}"
heap="${NEO4J_HEAP:-768m}"
pidfile="$state/neo4j.pid"
log="$state/neo4j.log"

running() {
  [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

build() {
  local stamp="$here/target/.built"
  if [[ -f "$stamp" && "$stamp" -nt "$here/pom.xml" && -z "$(find "$here/src" -newer "$stamp" -type f)" ]]; then
    return
  fi
  echo "neo4j: building the launcher (first run downloads Neo4j 5.26 jars from Maven Central into ~/.m2)" >&2
  mvn -q -B -f "$here/pom.xml" package -DskipTests >&2
  touch "$stamp"
}

up() {
  if running; then
    echo "neo4j: already running (pid $(cat "$pidfile")) on bolt://127.0.0.1:$port" >&2
    return
  fi
  build
  mkdir -p "$state"
  rm -rf "$state/data"
  : >"$log"
  nohup java -Xms256m -Xmx"$heap" -XX:+UseSerialGC \
    -cp "$here/target/classes:$here/target/lib/*" \
    negograph.neo4j.Launcher "$state/data" "$port" "$password" >>"$log" 2>&1 &
  echo $! >"$pidfile"
  local deadline=$((SECONDS + 180))
  until grep -q '^READY ' "$log"; do
    if ! running; then
      echo "neo4j: the server exited during start-up; last lines of $log:" >&2
      tail -n 40 "$log" >&2
      rm -f "$pidfile"
      exit 1
    fi
    if ((SECONDS > deadline)); then
      echo "neo4j: no READY line after 180 s; last lines of $log:" >&2
      tail -n 40 "$log" >&2
      down
      exit 1
    fi
    sleep 1
  done
  (cd "$repo" && NEO4J_URI="bolt://127.0.0.1:$port" NEO4J_USER=neo4j NEO4J_PASSWORD="$password" \
    go run ./internal/neo4jtest/cmd/neo4jwait -timeout 60s) || { tail -n 40 "$log" >&2; down; exit 1; }
  echo "neo4j: ready on bolt://127.0.0.1:$port (pid $(cat "$pidfile"), log $log)" >&2
}

down() {
  if ! running; then
    rm -f "$pidfile"
    return
  fi
  local pid
  pid="$(cat "$pidfile")"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "neo4j: did not stop in 30 s, killing pid $pid" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  echo "neo4j: stopped" >&2
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) running ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
