#!/usr/bin/env bash
# Cold start after a crash, measured: starts WildFly from a built EAR with the demo data, kills it with SIGKILL once
# the first page answers, then restarts it RUNS times (each ended by SIGKILL again) and prints for each restart the
# seconds to "WFLYSRV0025" (WildFly: started, application deployed) and to the first page (/ answering 200, redirects
# followed), then where the time went according to server.log.
#
# usage: ear/src/build/coldstart.sh [-n RUNS] [-o OFFSET] [-k] [TARGET]
#   TARGET   a built ear/target (holds wildfly-39.0.1.Final and rt.ear); default: this checkout's
#   -n RUNS  restarts to measure (default 3)
#   -o OFFSET port offset (default 340: HTTP on 8420); data and server files in /tmp/coldstart-OFFSET
#   -k       keep the data of an earlier call (skip the first start that creates the demo data)
#   -J OPTS  more JVM options for the restarts (to try one; the first start runs without them)
# Build first: mvn -o -B -q package -DskipTests (from the checkout's root).
set -euo pipefail

runs=3; off=340; keep=false; extra=
while getopts "n:o:kJ:" opt; do
  case $opt in
    n) runs=$OPTARG;;
    o) off=$OPTARG;;
    k) keep=true;;
    J) extra=$OPTARG;;
    *) sed -n '2,13p' "$0"; exit 2;;
  esac
done
shift $((OPTIND - 1))
here=$(cd "$(dirname "$0")/../.." && pwd)
target=$(cd "${1:-$here/target}" && pwd)
home=$(ls -d "$target"/wildfly-*/ | head -1); home=${home%/}
[ -x "$home/bin/standalone.sh" ] && [ -f "$target/rt.ear" ] || { echo "no built server in $target: build first" >&2; exit 1; }
work=/tmp/coldstart-$off
base=$work/standalone
port=$((8080 + off))
log=$base/log/server.log
pid=

ms() { date +%s%3N; }
# Whatever happens, no server is left running.
trap '[ -n "$pid" ] && kill -9 "$pid" 2> /dev/null || true' EXIT

prepare() {
  rm -rf "$work"
  mkdir -p "$base/deployments" "$work/data"
  cp -r "$home/standalone/configuration" "$base/"
  cp "$target/rt.ear" "$base/deployments/"
}

# Starts the server in the background; sets pid to its JVM (not the launching shell).
launch() {
  local opts=
  # standalone.conf's defaults, then the options tried (JAVA_OPTS replaces the defaults when set)
  [ -n "${1:-}" ] && opts="-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djboss.modules.system.pkgs=org.jboss.byteman -Djava.awt.headless=true $1"
  JAVA_OPTS=$opts LAUNCH_JBOSS_IN_BACKGROUND=true nohup "$home/bin/standalone.sh" -c standalone-rt.xml \
    -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$off" \
    -Drt.data.dir="$work/data" -Drt.demo=true -Drt.mail.host=127.0.0.1 -Drt.mail.port=$((2500 + off)) \
    -Drt.public.url="http://127.0.0.1:$port" >> "$work/console.log" 2>&1 &
  # standalone.sh runs short java checks first: the server's JVM is the one running jboss-modules with this base dir
  for _ in $(seq 1 200); do
    pid=$(pgrep -f -- "jboss-modules.jar .*-Djboss.server.base.dir=$base( |\$)" || true)
    [ -n "$pid" ] && return 0
    sleep 0.05
  done
  echo "the JVM did not start; see $work/console.log" >&2; exit 1
}

# Waits for WFLYSRV0025 and for the first page; prints "deployed_s page_s".
await() {
  local t0=$1 deployed= page=
  for _ in $(seq 1 1800); do
    if [ -z "$deployed" ] && [ -f "$log" ] && grep -q WFLYSRV0025 "$log"; then deployed=$(( $(ms) - t0 )); fi
    if [ -n "$deployed" ] && curl -fsL -o /dev/null --max-time 60 "http://127.0.0.1:$port/"; then
      page=$(( $(ms) - t0 )); break
    fi
    if ls "$base"/deployments/*.failed > /dev/null 2>&1 || ! kill -0 "$pid" 2> /dev/null; then
      echo "start failed; see $log" >&2; exit 1
    fi
    sleep 0.1
  done
  [ -n "$page" ] || { echo "no first page after 180 s; see $log" >&2; exit 1; }
  # CPU seconds the JVM used until then (user + system, all threads): less disturbed by other load than the clock
  local ticks; ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  awk -v d="$deployed" -v p="$page" -v c="$ticks" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.1f %.1f %.1f\n", d / 1000, p / 1000, c / hz }'
}

crash() {
  kill -9 "$pid"
  while kill -0 "$pid" 2> /dev/null; do sleep 0.1; done
}

# Where the time went, from the log's own clock: seconds since the log's first line at which each phase ended, then
# the longest silences in the log (what ran just before one is what took the time).
phases() {
  awk '
    function t(line,   h, m, s) {
      h = substr(line, 12, 2); m = substr(line, 15, 2); s = substr(line, 18, 6); sub(",", ".", s)
      return h * 3600 + m * 60 + s
    }
    !/^[0-9]{4}-[0-9]{2}-[0-9]{2} / { next }
    { now = t($0); if (first == "") first = now }
    function mark(name) { if (!(name in seen)) { seen[name] = 1; order[++n] = name; at[name] = now - first } }
    /WFLYSRV0049/ { mark("WildFly core up (WFLYSRV0049)") }
    /WFLYSRV0027: Starting deployment of "rt.ear"/ { mark("EAR deployment starts (WFLYSRV0027)") }
    /WFLYSRV0207/ { mark("EAR structure read, sub-deployments start (WFLYSRV0207)") }
    /WFLYWELD0003/ { mark("Weld deployment processed (WFLYWELD0003)") }
    /WFLYJPA0010/ { mark("persistence unit starts (WFLYJPA0010)") }
    /org.flywaydb/ && /Successfully validated|is up to date|Successfully applied/ { mark("Flyway done") }
    /HHH000490|HHH10001005|Hibernate ORM core/ { mark("Hibernate bootstrapping") }
    /Library index opened/ { mark("library index open") }
    /Demo mode:/ { mark("demo data checked (DemoData)") }
    /Initializing Mojarra|Mojarra .* for context/ { mark("Faces initialising") }
    /Running on PrimeFaces/ { mark("PrimeFaces running") }
    /RESTEASY002225|Deploying jakarta.ws.rs.core.Application/ { mark("RESTEasy application") }
    /WFLYUT0021/ { mark("web context registered (WFLYUT0021)") }
    /WFLYSRV0010/ { mark("deployed (WFLYSRV0010)") }
    /WFLYSRV0025/ { mark("WildFly started (WFLYSRV0025)") }
    {
      if (prev != "") { gap = now - prevt; gaps[++g] = sprintf("%6.2f s before: %s", gap, substr($0, 25, 150)) ; gs[g] = gap
                        after[g] = substr(prev, 25, 150) }
      prev = $0; prevt = now
    }
    END {
      for (i = 1; i <= n; i++) printf "  %6.2f s  %s\n", at[order[i]], order[i]
      print "  longest silences in server.log (the line before, then the line that ended it):"
      for (k = 1; k <= 6; k++) {
        best = 0
        for (i = 1; i <= g; i++) if (!(i in used) && (best == 0 || gs[i] > gs[best])) best = i
        if (best == 0) break
        used[best] = 1
        printf "  %6.2f s  after %s\n            until %s\n", gs[best], after[best], substr(gaps[best], 18)
      }
    }' "$1"
}

if ! $keep || [ ! -d "$work/data" ]; then
  prepare
  echo "first start (creates the demo data in $work/data) ..."
  t0=$(ms); launch; read -r d p c < <(await "$t0")
  echo "first start: ${d} s to WFLYSRV0025, ${p} s to the first page, ${c} s CPU"
  crash
fi

deployed=(); pages=(); cpus=()
for i in $(seq 1 "$runs"); do
  mv "$log" "$work/server-before-$i.log" 2> /dev/null || true
  rm -f "$base"/deployments/*.failed
  t0=$(ms); launch "$extra"; read -r d p c < <(await "$t0")
  crash
  cp "$log" "$work/server-restart-$i.log"
  started=$(grep -o 'started in [0-9]*ms' "$log" | tail -1)
  echo "restart $i after SIGKILL: ${d} s to WFLYSRV0025 (WildFly: ${started}), ${p} s to the first page, ${c} s CPU"
  deployed+=("$d"); pages+=("$p"); cpus+=("$c")
  [ "$i" = "$runs" ] && phases "$log"
done
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "after a restart, median of $runs: $(printf '%s\n' "${pages[@]}" | median) s to the first page (${pages[*]}), $(printf '%s\n' "${deployed[@]}" | median) s to WFLYSRV0025, $(printf '%s\n' "${cpus[@]}" | median) s CPU (${cpus[*]})"
echo "logs kept in $work (server-restart-N.log)"
