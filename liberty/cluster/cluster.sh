#!/usr/bin/env bash
# A crm-social cluster on one machine: Liberty servers on one PostgreSQL behind HAProxy (README,
# Cluster). Needs the build first: `mvn -B package liberty:create -DskipTests` (the WAR and the
# Liberty runtime under target/), a running PostgreSQL and Debian's haproxy.
#
#   liberty/cluster/cluster.sh start        database, members, balancer (each started if not up)
#   liberty/cluster/cluster.sh stop         balancer and members
#   liberty/cluster/cluster.sh status       which members answer ready
#   liberty/cluster/cluster.sh start-member N | stop-member N | kill-member N   (kill: kill -9)
#
# Every member gets the same database, token key, public URL and sync interval; only its ports
# differ. Settings (environment, with their defaults):
#   CRMSOCIAL_LB_PORT=9090              the balancer; the public URL is http://localhost:$CRMSOCIAL_LB_PORT
#   CRMSOCIAL_MEMBER_PORTS="9181 9182"  one HTTP port per member (HTTPS: the port + 360)
#   CRMSOCIAL_MEMBER_PREFIX=crmsocial-member   the members' Liberty server names (prefix + number)
#   CRMSOCIAL_CLUSTER_DB=crmsocial_cluster     the PostgreSQL database (created if missing)
#   PG_HOST=127.0.0.1 PG_PORT=5432 DB_USER=postgres DB_PASSWORD=
#   CRMSOCIAL_TOKEN_KEY                 the token key; if unset, one is made once in the state folder
#   CRMSOCIAL_ENVIRONMENT=demo          demo: sandbox networks and demo data; production: see README
#   CRMSOCIAL_SYNC_INTERVAL=PT2M        a dead member's accounts move within 2 intervals from PT2M on (liberty/config/cluster/member.xml)
#   CRMSOCIAL_CLUSTER_STATE=target/cluster     the key, the balancer's pid and log
#   CRMSOCIAL_MEMBER_CPUS               optional, one taskset CPU list per member ("0 1": a core each),
#                                       to try on one machine what a second machine adds
# Any other CRMSOCIAL_* variable set when calling is seen by every member it starts.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
wlp=$root/target/liberty/wlp
war=$root/target/crm-social.war
state=${CRMSOCIAL_CLUSTER_STATE:-$root/target/cluster}
lb_port=${CRMSOCIAL_LB_PORT:-9090}
read -r -a ports <<<"${CRMSOCIAL_MEMBER_PORTS:-9181 9182}"
read -r -a cpus <<<"${CRMSOCIAL_MEMBER_CPUS:-}"
prefix=${CRMSOCIAL_MEMBER_PREFIX:-crmsocial-member}
db=${CRMSOCIAL_CLUSTER_DB:-crmsocial_cluster}
pg_host=${PG_HOST:-127.0.0.1}
pg_port=${PG_PORT:-5432}
db_user=${DB_USER:-postgres}

say() { echo "[cluster] $*"; }

member_name() { echo "$prefix$1"; }
member_port() { echo "${ports[$(($1 - 1))]}"; }
member_dir() { echo "$wlp/usr/servers/$(member_name "$1")"; }

ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/health/ready" 2>/dev/null; }

wait_ready() {
  local port=$1 what=$2
  for _ in $(seq 1 180); do
    if ready "$port"; then
      say "$what is ready on port $port"
      return 0
    fi
    sleep 1
  done
  say "$what did not become ready on port $port in 3 minutes"
  return 1
}

token_key() {
  if [ -n "${CRMSOCIAL_TOKEN_KEY:-}" ]; then
    echo "$CRMSOCIAL_TOKEN_KEY"
    return
  fi
  if [ ! -s "$state/token.key" ]; then
    head -c 32 /dev/urandom | base64 >"$state/token.key"
    chmod 600 "$state/token.key"
    say "made the cluster's token key: $state/token.key (give every member this one)" >&2
  fi
  cat "$state/token.key"
}

fresh_database=
ensure_database() {
  if ! psql -h "$pg_host" -p "$pg_port" -U "$db_user" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
    psql -h "$pg_host" -p "$pg_port" -U "$db_user" -d postgres -qc "CREATE DATABASE $db"
    say "created the database $db"
    fresh_database=yes
  fi
}

# The member's server: created once from Liberty's template, then given the project's
# configuration, the JDBC drivers and the application, and its settings.
prepare_member() {
  local n=$1 dir jdbc
  dir=$(member_dir "$n")
  if [ ! -d "$dir" ]; then
    "$wlp/bin/server" create "$(member_name "$n")" >/dev/null
  fi
  cp -r "$root/liberty/config/." "$dir/"
  jdbc=$(ls -d "$wlp"/usr/servers/*/jdbc 2>/dev/null | head -n 1 || true)
  if [ -z "$jdbc" ]; then
    say "no JDBC drivers under $wlp/usr/servers: run mvn -B package liberty:create -DskipTests first"
    exit 1
  fi
  if [ "$jdbc" != "$dir/jdbc" ]; then
    mkdir -p "$dir/jdbc" && cp "$jdbc"/*.jar "$dir/jdbc/"
  fi
  mkdir -p "$dir/dropins" && cp "$war" "$dir/dropins/crm-social.war"
  local port
  port=$(member_port "$n")
  cat >"$dir/server.env" <<ENV
HTTP_PORT=$port
HTTPS_PORT=$((port + 360))
CRMSOCIAL_CLUSTER=member
CRMSOCIAL_ENVIRONMENT=${CRMSOCIAL_ENVIRONMENT:-demo}
CRMSOCIAL_PUBLIC_URL=http://localhost:$lb_port
CRMSOCIAL_SYNC_INTERVAL=${CRMSOCIAL_SYNC_INTERVAL:-PT2M}
CRMSOCIAL_TOKEN_KEY=$(token_key)
DB_KIND=postgresql
DB_URL=jdbc:postgresql://$pg_host:$pg_port/$db
DB_USER=$db_user
DB_PASSWORD=${DB_PASSWORD:-}
ENV
  chmod 600 "$dir/server.env"
}

start_member() {
  local n=$1
  if ready "$(member_port "$n")"; then
    say "$(member_name "$n") is up already"
    return
  fi
  prepare_member "$n"
  if [ -n "${cpus[$((n - 1))]:-}" ]; then
    taskset -c "${cpus[$((n - 1))]}" "$wlp/bin/server" start "$(member_name "$n")" >/dev/null
  else
    "$wlp/bin/server" start "$(member_name "$n")" >/dev/null
  fi
  say "started $(member_name "$n") (log: $(member_dir "$n")/logs/messages.log)"
}

member_pid() { cat "$wlp/usr/servers/.pid/$(member_name "$1").pid" 2>/dev/null || true; }

start_balancer() {
  if [ -s "$state/haproxy.pid" ] && kill -0 "$(cat "$state/haproxy.pid")" 2>/dev/null; then
    say "the balancer is up already"
    return
  fi
  CRMSOCIAL_LB_PORT=$lb_port CRMSOCIAL_LB_STATE=$state \
    CRMSOCIAL_MEMBER1=127.0.0.1:$(member_port 1) CRMSOCIAL_MEMBER2=127.0.0.1:$(member_port 2) \
    haproxy -D -f "$root/liberty/cluster/haproxy.cfg"
  say "balancer on http://localhost:$lb_port/"
}

stop_balancer() {
  if [ -s "$state/haproxy.pid" ]; then
    kill "$(cat "$state/haproxy.pid")" 2>/dev/null || true
    rm -f "$state/haproxy.pid"
  fi
}

check_build() {
  if [ ! -x "$wlp/bin/server" ] || [ ! -f "$war" ]; then
    say "build first: mvn -B package liberty:create -DskipTests"
    exit 1
  fi
  command -v haproxy >/dev/null || { say "haproxy is missing: apt-get install haproxy"; exit 1; }
}

mkdir -p "$state"
case "${1:-}" in
  start)
    check_build
    ensure_database
    if [ -z "$fresh_database" ] && ! psql -h "$pg_host" -p "$pg_port" -U "$db_user" -d "$db" -tAc \
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'organization'" | grep -q 1; then
      fresh_database=yes
    fi
    if [ -n "$fresh_database" ]; then
      # An empty database: the first member installs it (and, in the demo, seeds the sandbox
      # networks) before the others start; servers starting together would also install once.
      start_member 1
      wait_ready "$(member_port 1)" "$(member_name 1)"
    fi
    for n in $(seq 1 "${#ports[@]}"); do start_member "$n"; done
    for n in $(seq 1 "${#ports[@]}"); do wait_ready "$(member_port "$n")" "$(member_name "$n")"; done
    start_balancer
    wait_ready "$lb_port" "the balancer"
    ;;
  stop)
    stop_balancer
    for n in $(seq 1 "${#ports[@]}"); do
      "$wlp/bin/server" stop "$(member_name "$n")" >/dev/null || true
    done
    say "stopped"
    ;;
  status)
    for n in $(seq 1 "${#ports[@]}"); do
      if ready "$(member_port "$n")"; then s=ready; else s=down; fi
      say "$(member_name "$n") on port $(member_port "$n"): $s"
    done
    ;;
  start-member)
    check_build
    ensure_database
    start_member "$2"
    wait_ready "$(member_port "$2")" "$(member_name "$2")"
    ;;
  stop-member)
    "$wlp/bin/server" stop "$(member_name "$2")" >/dev/null || true
    ;;
  kill-member)
    pid=$(member_pid "$2")
    if [ -n "$pid" ]; then kill -9 "$pid" && say "killed $(member_name "$2") (pid $pid) with kill -9"; fi
    ;;
  *)
    sed -n '2,26p' "$0"
    exit 2
    ;;
esac
