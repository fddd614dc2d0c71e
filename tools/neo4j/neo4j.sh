#!/usr/bin/env bash
# Start, stop or check negograph's Neo4j community server, built from Maven
# Central jars (tools/neo4j: negograph.neo4j.Launcher, no Docker).
#
#   tools/neo4j/neo4j.sh up       build if needed, start on 127.0.0.1:$NEO4J_PORT, wait for Bolt
#   tools/neo4j/neo4j.sh down     stop it (SIGTERM, then SIGKILL after 60 s); safe when not running
#   tools/neo4j/neo4j.sh status   print the state; exit 0 when running
#   tools/neo4j/neo4j.sh version  print the Neo4j version NEO4J_VERSION selects
#   tools/neo4j/neo4j.sh import DIR
#                                 first load of a big archive: import the CSV files of
#                                 `negograph export --format csv --out DIR` with neo4j-admin
#                                 database import (the server must be stopped; the database
#                                 neo4j is replaced, users and passwords are kept), start the
#                                 server and apply negograph's schema
#
# Without NEO4J_HTTP_PORT it is the tests' server: the embedded DBMS, Bolt
# only. With NEO4J_HTTP_PORT it is the server `make browse` starts: HTTP on
# 127.0.0.1:$NEO4J_HTTP_PORT with Neo4j Browser at /browser/, which on connect
# sets the example queries' parameters, applies examples/negograph.grass and
# opens the guide examples/negograph-guide.html (both served by Neo4j from
# /browser/negograph/, with examples/negograph-rtl.css, which the page links
# so that Arabic reads right to left in tables and captions); usage reports,
# telemetry and every request of the Browser page to another host are off.
#
# Environment: NEO4J_VERSION (5.26, the LTS, by default; 2026.x or 2026 for
# the newest 2026 release; or an exact version such as 5.26.30 or 2026.08.1),
# NEO4J_PORT (7687), NEO4J_HTTP_PORT (unset: no HTTP), NEO4J_PASSWORD
# (negograph-test, 8+ chars), NEO4J_HEAP (768m), NEO4J_PAGECACHE (128m),
# NEO4J_STATE_DIR (.neo4j in the repository), NEO4J_KEEP_DATA=1 to keep the
# database between starts (by default `up` starts from an empty store),
# NEO4J_START_TIMEOUT (180 s), NEO4J_JAVA_HOME (the JDK to use; by default
# java on PATH, or for 2025.x and later, which need Java 21+, the newest JDK
# 21+ in /usr/lib/jvm when java on PATH is older).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
state="${NEO4J_STATE_DIR:-$repo/.neo4j}"
port="${NEO4J_PORT:-7687}"
http_port="${NEO4J_HTTP_PORT:-}"
password="${NEO4J_PASSWORD:-negograph-test}"
heap="${NEO4J_HEAP:-768m}"
pagecache="${NEO4J_PAGECACHE:-128m}"
timeout="${NEO4J_START_TIMEOUT:-180}"
pidfile="$state/neo4j.pid"
log="$state/neo4j.log"
data="$state/data"
conf="$state/neo4j.conf"

# The versions NEO4J_VERSION names: the LTS the project is tested on, and the
# newest 2026 release on Maven Central (both run in CI).
lts_version=5.26.30
latest_version=2026.08.1

case "${NEO4J_VERSION:-}" in
  "" | 5.26 | 5.26.x | lts) version=$lts_version ;;
  2026 | 2026.x | latest) version=$latest_version ;;
  [0-9]*.[0-9]*.[0-9]*) version="$NEO4J_VERSION" ;;
  *)
    echo "neo4j: NEO4J_VERSION=$NEO4J_VERSION is not a version (5.26, 2026.x, or an exact one such as $lts_version)" >&2
    exit 2
    ;;
esac
major="${version%%.*}"
target="$here/target/neo4j-$version"

# Neo4j 2025.x and later (calendar versions) need Java 21; 5.x runs on 17.
java_release=17
((major >= 2025)) && java_release=21

running() {
  [[ -f "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

log_tail() {
  echo "--- last lines of $log:" >&2
  tail -n 40 "$log" >&2 || true
  if [[ -f "$data/logs/debug.log" ]]; then
    echo "--- last lines of $data/logs/debug.log:" >&2
    tail -n 20 "$data/logs/debug.log" >&2 || true
  fi
}

# java_major JAVA prints the feature version of a java executable (17, 21, 25).
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2; exit }'
}

# pick_java sets java_home (empty: java on PATH) and java to a JDK that runs
# $version, or exits saying what to install.
pick_java() {
  java_home="${NEO4J_JAVA_HOME:-}"
  if [[ -n "$java_home" ]]; then
    java="$java_home/bin/java"
    [[ -x "$java" ]] || { echo "neo4j: NEO4J_JAVA_HOME=$java_home has no bin/java" >&2; exit 1; }
  else
    java="$(command -v java || true)"
    [[ -n "$java" ]] || { echo "neo4j: java not found (Neo4j $version needs a JDK $java_release+; apt-get install default-jdk-headless)" >&2; exit 1; }
    if (($(java_major "$java") < java_release)); then
      local best="" best_major=0 candidate m
      for candidate in /usr/lib/jvm/*/bin/java; do
        [[ -x "$candidate" && -x "${candidate%/java}/javac" ]] || continue
        m="$(java_major "$candidate")"
        if ((m >= java_release && m > best_major)); then
          best="$candidate" best_major=$m
        fi
      done
      if [[ -z "$best" ]]; then
        echo "neo4j: Neo4j $version needs a JDK $java_release+, and java on PATH is $(java_major "$java"), with none newer in /usr/lib/jvm; install one or set NEO4J_JAVA_HOME" >&2
        exit 1
      fi
      java="$best"
      java_home="${best%/bin/java}"
    fi
  fi
  if (($(java_major "$java") < java_release)); then
    echo "neo4j: Neo4j $version needs Java $java_release+, $java is $(java_major "$java")" >&2
    exit 1
  fi
}

build() {
  local stamp="$target/.built"
  if [[ -f "$stamp" && -d "$target/lib" && "$stamp" -nt "$here/pom.xml" &&
    -z "$(find "$here/src" -newer "$stamp" -type f)" ]]; then
    return
  fi
  command -v mvn >/dev/null || { echo "neo4j: mvn not found (apt-get install maven)" >&2; exit 1; }
  echo "neo4j: building the launcher for Neo4j $version (the first build downloads its jars from Maven Central into ~/.m2)" >&2
  mkdir -p "$state"
  if ! env ${java_home:+JAVA_HOME="$java_home"} mvn -B -Dstyle.color=never -f "$here/pom.xml" package -DskipTests \
    -Dneo4j.version="$version" -Djava.release="$java_release" >"$state/build.log" 2>&1; then
    echo "neo4j: maven build of $here/pom.xml (Neo4j $version, Java $java_release) failed; last lines of $state/build.log:" >&2
    tail -n 30 "$state/build.log" >&2
    exit 1
  fi
  touch "$stamp"
  # internal/neo4jtest looks for this stamp to tell whether mvn is needed.
  touch "$here/target/.built"
}

# write_conf writes the settings the Launcher reads on top of its own
# (addresses, authentication, memory). Strict validation refuses a setting
# the version does not know, so those of one version only are written for it.
write_conf() {
  {
    echo "# Written by tools/neo4j/neo4j.sh on every start (Neo4j $version); edits are lost."
    echo "dbms.usage_report.enabled=false"
    if ((major >= 2025)); then
      # 2025.x and later: no UDP broadcasts for fleet discovery, no Fleet Manager.
      echo "server.fleet_discovery.enabled=false"
      echo "dbms.fleet_manager.enabled=false"
    fi
    if [[ -n "$http_port" ]]; then
      local base="http://127.0.0.1:$http_port/browser/negograph"
      echo "client.allow_telemetry=false"
      # Browser commands run on connect (without their leading colon): the
      # example queries' parameters, the style, the guide.
      echo "browser.post_connect_cmd=params $(browser_params); style $base/negograph.grass; play $base/negograph-guide.html"
      echo "browser.remote_content_hostname_whitelist=127.0.0.1,localhost"
      # The Browser page may load and connect to this server only: no
      # analytics scripts, no remote guides or images.
      echo "dbms.security.http_static_content_security_policy_header=default-src 'self'; script-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; connect-src 'self' ws://127.0.0.1:$port ws://localhost:$port http://127.0.0.1:$http_port http://localhost:$http_port"
    fi
  } >"$conf"
}

# browser_params prints the parameters of the example queries
# (examples/queries/*.cypher) as a Browser :params map.
browser_params() {
  printf '%s' "{partyA: 'country:united-states', partyB: 'country:iran', from: '2000', to: '2099-12-31', mediator: 'country:oman', meeting: null, minConfidence: 0.0, q: 'عراقجي', limit: 20}"
}

# browser_jar prints the Neo4j Browser jar to put on the classpath: a copy of
# the one Maven fetched with negograph's files added under browser/negograph/
# (the style, the guide, a stylesheet for Arabic) and that stylesheet linked
# from browser/index.html. (A classpath folder holding browser/ would hide the
# jar's own copy.)
browser_jar() {
  local dir="$state/browser"
  local jar="$dir/neo4j-browser-negograph.jar" stage="$dir/stage" css="negograph/negograph-rtl.css"
  rm -rf "$dir"
  mkdir -p "$stage/browser/negograph"
  cp "$repo/examples/negograph.grass" "$repo/examples/negograph-guide.html" "$repo/examples/negograph-rtl.css" \
    "$stage/browser/negograph/"
  cp "$target/browser/neo4j-browser.jar" "$jar"
  # The jar tool of the JDK that runs the server.
  local jartool
  jartool="$(dirname "$(readlink -f "$java")")/jar"
  [[ -x "$jartool" ]] || { echo "neo4j: no jar tool beside $java (a JDK, not a JRE, is needed)" >&2; exit 1; }
  (cd "$stage" && "$jartool" xf "$jar" browser/index.html)
  if ! grep -q '</head>' "$stage/browser/index.html"; then
    echo "neo4j: $target/browser/neo4j-browser.jar has no browser/index.html with a </head> to link $css from" >&2
    exit 1
  fi
  sed -i "s#</head>#<link rel=\"stylesheet\" href=\"$css\"/></head>#" "$stage/browser/index.html"
  "$jartool" uf "$jar" -C "$stage" browser/index.html -C "$stage" browser/negograph >&2
  echo "$jar"
}

up() {
  if running; then
    echo "neo4j: already running (pid $(cat "$pidfile")) on bolt://127.0.0.1:$port" >&2
    return
  fi
  if port_busy "$port"; then
    echo "neo4j: 127.0.0.1:$port is already in use by another process; stop it or set NEO4J_PORT" >&2
    exit 1
  fi
  if [[ -n "$http_port" ]] && port_busy "$http_port"; then
    echo "neo4j: 127.0.0.1:$http_port is already in use by another process; stop it or set NEO4J_HTTP_PORT" >&2
    exit 1
  fi
  if ((${#password} < 8)); then
    echo "neo4j: NEO4J_PASSWORD must have at least 8 characters" >&2
    exit 1
  fi
  pick_java
  build
  mkdir -p "$state"
  [[ "${NEO4J_KEEP_DATA:-}" == 1 ]] || rm -rf "$data"
  write_conf
  local cp="$target/classes:$target/lib/*"
  [[ -n "$http_port" ]] && cp="$cp:$(browser_jar)"
  local jvm=(-Xms256m -Xmx"$heap" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError)
  # What Neo4j's own launcher allows on newer JDKs, so that they do not warn.
  local jmajor
  jmajor="$(java_major "$java")"
  ((jmajor >= 21)) && jvm+=(--enable-native-access=ALL-UNNAMED)
  ((jmajor >= 23)) && jvm+=(--sun-misc-unsafe-memory-access=allow)
  : >"$log"
  local start=$SECONDS
  NEO4J_HOME_DIR="$data" NEO4J_PORT="$port" NEO4J_HTTP_PORT="$http_port" NEO4J_PASSWORD="$password" \
    NEO4J_PAGECACHE="$pagecache" NEO4J_CONF_FILE="$conf" NEO4J_CONFIG_FILE_CHARSET=UTF-8 \
    nohup "$java" "${jvm[@]}" -cp "$cp" negograph.neo4j.Launcher >>"$log" 2>&1 </dev/null &
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
  local where="bolt://127.0.0.1:$port"
  [[ -n "$http_port" ]] && where="$where and http://127.0.0.1:$http_port/browser/"
  echo "neo4j: Neo4j $version ready on $where in $((SECONDS - start)) s (pid $(cat "$pidfile"), log $log)" >&2
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

# import_csv DIR replaces the database neo4j by the CSV files of DIR, through
# neo4j-admin database import full (org.neo4j.cli.AdminTool, in the jars the
# launcher runs on), then starts the server keeping the store, and applies
# the schema (constraints and indexes) with negograph.
import_csv() {
  local dir="${1:-}"
  if [[ -z "$dir" || ! -d "$dir" ]]; then
    echo "neo4j: import needs the folder of a CSV export (negograph export --format csv --out DIR), got '${dir}'" >&2
    exit 2
  fi
  dir="$(cd "$dir" && pwd)"
  if running; then
    echo "neo4j: the server is running (pid $(cat "$pidfile")); neo4j-admin import needs it stopped: tools/neo4j/neo4j.sh down" >&2
    exit 1
  fi
  local args=() f
  shopt -s nullglob
  for f in "$dir"/nodes_*.csv; do args+=("--nodes=$f"); done
  local nodes=${#args[@]}
  for f in "$dir"/rels_*.csv; do args+=("--relationships=$f"); done
  shopt -u nullglob
  if ((nodes == 0)); then
    echo "neo4j: $dir holds no nodes_*.csv file (write them with negograph export --format csv --out $dir)" >&2
    exit 1
  fi
  pick_java
  build
  mkdir -p "$data" "$state/admin"
  # neo4j-admin reads $NEO4J_CONF/neo4j.conf; the data folder is the one the
  # Launcher's embedded DBMS uses ($data/data).
  echo "server.directories.data=$data/data" >"$state/admin/neo4j.conf"
  # What Neo4j's own neo4j-admin script passes: the importer's off-heap
  # sorting needs java.nio opened (Java 25 refuses it otherwise).
  local jvm=(-Xmx"$heap" --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
    --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED)
  local jmajor
  jmajor="$(java_major "$java")"
  ((jmajor >= 21)) && jvm+=(--enable-native-access=ALL-UNNAMED)
  ((jmajor >= 23)) && jvm+=(--sun-misc-unsafe-memory-access=allow)
  local start=$SECONDS
  if ! NEO4J_HOME="$data" NEO4J_CONF="$state/admin" "$java" "${jvm[@]}" -cp "$target/classes:$target/lib/*" \
    org.neo4j.cli.AdminTool database import full neo4j --overwrite-destination=true \
    --array-delimiter=U+001F --multiline-fields=true --report-file="$state/import.report" "${args[@]}" \
    >"$state/import.log" 2>&1; then
    echo "neo4j: neo4j-admin database import failed; last lines of $state/import.log (bad rows: $state/import.report):" >&2
    tail -n 30 "$state/import.log" >&2
    exit 1
  fi
  echo "neo4j: imported $dir in $((SECONDS - start)) s: $(grep -E '^ +[0-9]+ (nodes|relationships)$' "$state/import.log" | tr -s ' ' | paste -sd, -)" >&2
  NEO4J_KEEP_DATA=1 up
  if ! (cd "$repo" && NEGOGRAPH_NEO4J_URI="bolt://127.0.0.1:$port" NEGOGRAPH_NEO4J_USER=neo4j NEGOGRAPH_NEO4J_PASSWORD="$password" \
    go run ./cmd/negograph schema apply); then
    echo "neo4j: the graph is imported but negograph schema apply failed; run it again" >&2
    exit 1
  fi
}

case "${1:-}" in
  up) up ;;
  import) import_csv "${2:-}" ;;
  down) down ;;
  status)
    if running; then
      echo "neo4j: running (pid $(cat "$pidfile")) on bolt://127.0.0.1:$port"
      sed -n 's#^HTTP \(.*\)#neo4j: Neo4j Browser on \1browser/#p' "$log"
    else
      echo "neo4j: not running"
      exit 1
    fi
    ;;
  version) echo "$version" ;;
  *)
    echo "usage: $0 up|down|status|version|import DIR" >&2
    exit 2
    ;;
esac
