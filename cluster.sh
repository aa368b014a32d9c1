#!/usr/bin/env bash
# Runs the Resolution Tracker as a cluster on one machine: a balancer and WildFly nodes on one PostgreSQL database.
#
#   ./cluster.sh start            balancer (http://localhost:8080/), then node1 (port offset 100), then node2 (200)
#   ./cluster.sh stop             stops every node and the balancer
#   ./cluster.sh add-node N       starts nodeN with port offset N*100 (N = 3..9), joining the running cluster
#   ./cluster.sh kill NODE        SIGKILL, for failover drills (NODE: node1, node2, ..., balancer)
#   ./cluster.sh restart NODE     stops NODE if it runs, starts it again
#   ./cluster.sh status           what runs, on which port
#
# Needs a build first (mvn package: the EAR and the prepared WildFly under ear/target). Everything lives under
# data/cluster: balancer/ and nodeN/ are WildFly base directories (configuration, deployments, log/server.log) and
# nodeN/ is also the node's own data directory (its search index); shared/ holds the files every node reads.
# The configuration is made from the distribution's standalone-ha.xml with ear/src/main/wildfly/configure.cli (as for a
# single server) and cluster.cli, the balancer's from standalone-load-balancer.xml with balancer.cli; it is made again
# whenever one of them is newer. Demo data is on (-Drt.demo=true).
# Settings (environment): RT_CLUSTER_DB_HOST, _PORT, _NAME, _USER, _PASSWORD (127.0.0.1, 5432, rt_cluster, postgres,
# postgres); RT_CLUSTER_START_TIMEOUT (seconds to wait for each server, 600); RT_CLUSTER_EAR (ear/target/rt.ear).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")" && pwd)
CLUSTER=$ROOT/data/cluster
CLI_DIR=$ROOT/ear/src/main/wildfly
EAR=${RT_CLUSTER_EAR:-$ROOT/ear/target/rt.ear}
WILDFLY=${RT_WILDFLY_HOME:-$(ls -d "$ROOT"/ear/target/wildfly-*/ 2>/dev/null | head -n 1 || true)}
WILDFLY=${WILDFLY%/}

DB_HOST=${RT_CLUSTER_DB_HOST:-127.0.0.1}
DB_PORT=${RT_CLUSTER_DB_PORT:-5432}
DB_NAME=${RT_CLUSTER_DB_NAME:-rt_cluster}
DB_USER=${RT_CLUSTER_DB_USER:-postgres}
DB_PASSWORD=${RT_CLUSTER_DB_PASSWORD:-postgres}
START_TIMEOUT=${RT_CLUSTER_START_TIMEOUT:-600}
BALANCER_HTTP=8080
BALANCER_MCMP=8090

log() { echo "cluster: $*"; }
die() { echo "cluster: $*" >&2; exit 1; }

# --- Preparation -----------------------------------------------------------------------------------------------------

check_build() {
    [ -n "$WILDFLY" ] && [ -x "$WILDFLY/bin/standalone.sh" ] || die "no WildFly under ear/target: build first (mvn package)"
    [ -f "$EAR" ] || die "no $EAR: build first (mvn package)"
}

# True when the file $1 is missing or older than any of the others.
stale() {
    local target=$1; shift
    [ -f "$target" ] || return 0
    local source
    for source in "$@"; do [ "$source" -nt "$target" ] && return 0; done
    return 1
}

# Applies CLI scripts offline to the server configuration in base directory $1.
apply_cli() {
    local base=$1; shift
    local script
    for script in "$@"; do
        if ! "$WILDFLY/bin/jboss-cli.sh" -Djboss.server.base.dir="$base" --file="$script" > "$base/cli.log" 2>&1; then
            cat "$base/cli.log" >&2
            echo "cluster: $(basename "$script") failed on $base" >&2
            return 1
        fi
    done
}

# One node configuration for all nodes (what differs is given as system properties at start), kept in template/.
prepare_node_template() {
    local template=$CLUSTER/template
    local config=$template/configuration/standalone-rt.xml
    local dist=$WILDFLY/standalone/configuration
    if stale "$config" "$dist/standalone-ha.xml" "$CLI_DIR/configure.cli" "$CLI_DIR/cluster.cli"; then
        log "preparing the node configuration (standalone-ha.xml + configure.cli + cluster.cli)"
        rm -rf "$template" && mkdir -p "$template"
        cp -r "$dist" "$template/configuration"
        cp "$dist/standalone-ha.xml" "$config"
        apply_cli "$template" "$CLI_DIR/configure.cli" "$CLI_DIR/cluster.cli" || { rm -rf "$template"; exit 1; }
    fi
}

prepare_balancer() {
    local base=$CLUSTER/balancer
    local config=$base/configuration/standalone-load-balancer.xml
    local dist=$WILDFLY/standalone/configuration
    if stale "$config" "$dist/standalone-load-balancer.xml" "$CLI_DIR/balancer.cli"; then
        log "preparing the balancer (standalone-load-balancer.xml + balancer.cli)"
        rm -rf "$base/configuration" && mkdir -p "$base"
        cp -r "$dist" "$base/configuration"
        apply_cli "$base" "$CLI_DIR/balancer.cli" || { rm -rf "$base/configuration"; exit 1; }
    fi
}

# A node's base directory gets the current configuration and EAR at every start.
prepare_node() {
    local base=$CLUSTER/$1
    mkdir -p "$base/log" "$base/deployments" "$CLUSTER/shared"
    rm -rf "$base/configuration"
    cp -r "$CLUSTER/template/configuration" "$base/configuration"
    rm -f "$base/deployments/"*
    cp "$EAR" "$base/deployments/"
}

create_database() {
    if ! command -v psql > /dev/null; then
        log "psql not found: database $DB_NAME must exist on $DB_HOST:$DB_PORT"
        return
    fi
    local psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres)
    if [ -z "$(PGPASSWORD=$DB_PASSWORD "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]; then
        log "creating database $DB_NAME"
        PGPASSWORD=$DB_PASSWORD "${psql[@]}" -c "CREATE DATABASE $DB_NAME"
    fi
}

# --- Processes -------------------------------------------------------------------------------------------------------

pid_of() { cat "$CLUSTER/$1/server.pid" 2>/dev/null || true; }

# True when the pid file names a live WildFly of this server's base directory (not a stale file whose pid has been
# reused by another process after a reboot).
running() {
    local pid
    pid=$(pid_of "$1")
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null \
        && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "jboss.server.base.dir=$CLUSTER/$1 "
}

# node1 -> 100, node2 -> 200, ...; the balancer has none.
offset_of() {
    case $1 in
        balancer) echo 0 ;;
        node[1-9]) echo $(( ${1#node} * 100 )) ;;
        *) die "unknown server '$1' (balancer, node1 .. node9)" ;;
    esac
}

http_port() { echo $(( 8080 + $(offset_of "$1") )); }

# Starts WildFly in the background; standalone.sh writes the JVM's pid to server.pid.
launch() {
    local name=$1 sizing=$2; shift 2
    local base=$CLUSTER/$name
    mkdir -p "$base/log"
    rm -f "$base/server.pid"
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE=$base/server.pid JBOSS_JAVA_SIZING=$sizing \
        nohup "$WILDFLY/bin/standalone.sh" -Djboss.server.base.dir="$base" "$@" \
        > "$base/log/console.log" 2>&1 < /dev/null &
    local i
    for i in $(seq 1 50); do [ -s "$base/server.pid" ] && break; sleep 0.2; done
    log "$name started (pid $(pid_of "$name")), log in ${base#"$ROOT"/}/log/server.log"
}

# Waits until $2 answers with a status below 400, while server $1 runs.
wait_for() {
    local name=$1 url=$2 deadline=$((SECONDS + START_TIMEOUT)) code
    while [ $SECONDS -lt $deadline ]; do
        running "$name" || die "$name stopped while starting: see data/cluster/$name/log/server.log"
        ls "$CLUSTER/$name/deployments/"*.failed > /dev/null 2>&1 \
            && die "$name: the deployment failed: see data/cluster/$name/log/server.log"
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$url" || true)
        if [ "$code" -ge 200 ] 2>/dev/null && [ "$code" -lt 400 ]; then
            log "$url answers ($code) after ${SECONDS}s"
            return
        fi
        sleep 3
    done
    die "$url did not answer within ${START_TIMEOUT}s"
}

start_balancer() {
    if running balancer; then log "balancer already runs"; return; fi
    # Another server on the balancer's port (a cluster started from another directory, a development server) would
    # answer in its place.
    if curl -s -o /dev/null --max-time 3 "http://127.0.0.1:$BALANCER_HTTP/"; then
        die "something already answers on port $BALANCER_HTTP: stop it first"
    fi
    prepare_balancer
    launch balancer "-Xms64m -Xmx256m" -c standalone-load-balancer.xml -Djboss.node.name=balancer
}

start_node() {
    local name=$1
    if running "$name"; then log "$name already runs"; return; fi
    prepare_node "$name"
    launch "$name" "-Xms256m -Xmx1g" -c standalone-rt.xml \
        -Djboss.socket.binding.port-offset="$(offset_of "$name")" \
        -Djboss.node.name="$name" -Djboss.tx.node.id="$name" \
        -Drt.balancer.host=127.0.0.1 -Drt.balancer.port=$BALANCER_MCMP \
        -Drt.db.driver=postgresql -Drt.db.url="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" \
        -Drt.db.user="$DB_USER" -Drt.db.password="$DB_PASSWORD" \
        -Drt.demo=true -Drt.data.dir="$CLUSTER/$name" -Drt.shared.dir="$CLUSTER/shared"
    wait_for "$name" "http://127.0.0.1:$(http_port "$name")/"
}

# SIGTERM lets WildFly shut down in order (mod_cluster deregisters, JGroups leaves); SIGKILL after 60 s.
stop_server() {
    local name=$1 pid i
    running "$name" || { rm -f "$CLUSTER/$name/server.pid"; return 0; }
    pid=$(pid_of "$name")
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then log "$name still runs after 60 s: SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
    rm -f "$CLUSTER/$name/server.pid"
}

nodes() { ls -d "$CLUSTER"/node[1-9] 2>/dev/null | xargs -r -n 1 basename; }

# --- Commands --------------------------------------------------------------------------------------------------------

cmd_start() {
    check_build
    create_database
    prepare_node_template
    start_balancer
    # node1 first and alone: it migrates the schema (Flyway) and seeds the demo data; node2 then finds both done.
    start_node node1
    start_node node2
    wait_for balancer "http://127.0.0.1:$BALANCER_HTTP/"
    log "cluster up: http://localhost:$BALANCER_HTTP/ (nodes on :$(http_port node1) and :$(http_port node2))"
}

cmd_stop() {
    local name
    for name in $(nodes); do stop_server "$name"; done
    stop_server balancer
}

cmd_add_node() {
    local n=${1:?add-node needs a number, e.g. 3}
    [[ $n =~ ^[3-9]$ ]] || die "add-node takes 3 .. 9"
    check_build
    running balancer || die "the balancer does not run: ./cluster.sh start first"
    prepare_node_template
    start_node "node$n"
}

cmd_kill() {
    local name=${1:?kill needs a server name, e.g. node1}
    offset_of "$name" > /dev/null
    running "$name" || die "$name does not run"
    log "SIGKILL to $name (pid $(pid_of "$name"))"
    kill -KILL "$(pid_of "$name")"
    rm -f "$CLUSTER/$name/server.pid"
}

cmd_restart() {
    local name=${1:?restart needs a server name, e.g. node1}
    offset_of "$name" > /dev/null
    check_build
    stop_server "$name"
    if [ "$name" = balancer ]; then
        start_balancer
        wait_for balancer "http://127.0.0.1:$BALANCER_HTTP/"
    else
        prepare_node_template
        start_node "$name"
    fi
}

cmd_status() {
    local name
    for name in balancer $(nodes); do
        if running "$name"; then
            echo "$name: runs (pid $(pid_of "$name")), http://localhost:$(http_port "$name")/"
        else
            echo "$name: stopped"
        fi
    done
}

case ${1:-} in
    start) cmd_start ;;
    stop) cmd_stop ;;
    add-node) cmd_add_node "${2:-}" ;;
    kill) cmd_kill "${2:-}" ;;
    restart) cmd_restart "${2:-}" ;;
    status) cmd_status ;;
    *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
