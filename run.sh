#!/usr/bin/env bash
# Starts the whole Applicant.Network GPT platform locally.
#
#   ./run.sh             build what is needed, start every service, wait until all are
#                        healthy, then follow their logs; Ctrl-C stops them
#   ./run.sh --detach    the same, but return once every service is healthy
#   ./run.sh stop        stop what ./run.sh started (by recorded process ids)
#   ./run.sh status      show which services are running and healthy
#   ./run.sh cleanup     run the token-cleanup job once against the local database
#
# Environment: DEMO_JOBS=false starts with an empty job catalog (demo candidates and the
# ChatGPT client are still created). JAVA_OPTS adds JVM options to every service.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
STATE="$ROOT/.run"
export APPLICANT_RUN_DIR="$STATE"   # where local-only generated keys live (gitignored)
PIDS="$STATE/pids"
LOGS="$STATE/logs"
DATABASE=applicant
HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-180}

# name:port, in start order
SERVICES=(audit-consumer:8083 gpt-oauth-service:8081 gpt-actions-service:8082 api-gateway:8080)

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

jar_of() { ls "$ROOT/$1/target/$1-"*-exec.jar 2>/dev/null | head -n 1; }

pid_alive() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

# the gateway serves its actuator on the management port 9080, the services on their own port
healthy() { local port=$1; [ "$port" = 8080 ] && port=9080; curl -fsS -m 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; }

needs_build() {
  local module jar
  for module in shared-config token-cleanup-job "${SERVICES[@]%%:*}"; do
    [ "$module" = shared-config ] && continue
    jar=$(jar_of "$module")
    [ -n "$jar" ] || return 0
    # any source, resource or pom newer than the jar means a rebuild
    if [ -n "$(find "$ROOT/$module/src/main" "$ROOT/$module/pom.xml" "$ROOT/shared-config/src/main" \
        "$ROOT/shared-config/pom.xml" "$ROOT/pom.xml" -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
      return 0
    fi
  done
  return 1
}

build() {
  if needs_build; then
    log "Building the services (tests are not run here; ./mvnw verify runs them)..."
    ./mvnw -B -q -DskipTests package
  fi
}

stop_all() {
  local entry name pid stopped=0
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}
    if pid_alive "$name"; then
      pid=$(cat "$PIDS/$name.pid")
      kill "$pid" 2>/dev/null || true
      stopped=1
    fi
  done
  if [ "$stopped" = 1 ]; then
    local deadline=$((SECONDS + 30))
    for entry in "${SERVICES[@]}"; do
      name=${entry%%:*}
      while pid_alive "$name" && [ "$SECONDS" -lt "$deadline" ]; do sleep 0.5; done
      if pid_alive "$name"; then
        log "$name did not stop in time; killing it"
        kill -9 "$(cat "$PIDS/$name.pid")" 2>/dev/null || true
      fi
    done
  fi
  rm -f "$PIDS"/*.pid 2>/dev/null || true
  log "Stopped."
}

status() {
  local entry name port
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}; port=${entry##*:}
    if pid_alive "$name"; then
      if healthy "$port"; then echo "$name: running, healthy (port $port)"; else echo "$name: running, not ready (port $port)"; fi
    else
      echo "$name: stopped"
    fi
  done
}

start_all() {
  local entry name port jar
  mkdir -p "$PIDS" "$LOGS"
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}; port=${entry##*:}
    if pid_alive "$name"; then
      log "$name is already running (pid $(cat "$PIDS/$name.pid"))"
      continue
    fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "Port $port (for $name) is already in use by another program; stop it first." >&2
      exit 1
    fi
    jar=$(jar_of "$name")
    log "Starting $name on port $port (log: .run/logs/$name.log)"
    # shellcheck disable=SC2086
    nohup "$JAVA_HOME/bin/java" -Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto \
      ${JAVA_OPTS:-} -jar "$jar" --spring.profiles.active=local >"$LOGS/$name.log" 2>&1 &
    echo $! >"$PIDS/$name.pid"
  done
}

wait_healthy() {
  local deadline=$((SECONDS + HEALTH_TIMEOUT)) entry name port pending
  while :; do
    pending=()
    for entry in "${SERVICES[@]}"; do
      name=${entry%%:*}; port=${entry##*:}
      if ! pid_alive "$name"; then
        echo "$name exited during start-up. Last lines of .run/logs/$name.log:" >&2
        tail -n 30 "$LOGS/$name.log" >&2 || true
        stop_all
        exit 1
      fi
      healthy "$port" || pending+=("$name")
    done
    [ ${#pending[@]} -eq 0 ] && return 0
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "Not healthy after ${HEALTH_TIMEOUT}s: ${pending[*]}. See .run/logs/." >&2
      stop_all
      exit 1
    fi
    sleep 1
  done
}

banner() {
  cat <<'TEXT'

Applicant.Network GPT platform is up.

  Gateway (public base URL)  http://localhost:8080
  Health                     http://localhost:9080/actuator/health
  OAuth metadata             http://localhost:8080/.well-known/oauth-authorization-server

  ChatGPT client   chatgpt-local / chatgpt-local-secret
  Demo candidates  ada@applicant.test, grace@applicant.test, mary@applicant.test,
                   luca@applicant.test (password: demo)
  Admin key        local-admin-key (actions service admin endpoints on :8082)

  Logs in .run/logs/. Stop everything with ./run.sh stop
TEXT
}

run_cleanup() {
  local jar
  jar=$(jar_of token-cleanup-job)
  "$JAVA_HOME/bin/java" -Xmx256m -XX:TieredStopAtLevel=1 -jar "$jar" --spring.profiles.active=local
}

. "$ROOT/.mvn/find-jdk.sh"
an_find_jdk

case "${1:-}" in
  stop) stop_all; exit 0 ;;
  status) status; exit 0 ;;
  cleanup|--detach|"") ;;
  -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "Unknown argument '$1'. Use: ./run.sh [--detach|stop|status|cleanup]" >&2; exit 2 ;;
esac

. "$ROOT/scripts/infra.sh"
infra_ensure_all
infra_ensure_database "$DATABASE"
# not needed to run the system, but ./mvnw verify (the next quick-start command) needs it
infra_ensure_browser || echo "Continuing without a browser: the browser tests in ./mvnw verify will fail." >&2
build

if [ "${1:-}" = cleanup ]; then
  run_cleanup
  exit $?
fi

start_all
log "Waiting for every service to be healthy (up to ${HEALTH_TIMEOUT}s)..."
wait_healthy
banner

if [ "${1:-}" = --detach ]; then
  exit 0
fi

trap 'echo; stop_all; exit 0' INT TERM
tail -n 0 -F "$LOGS"/*.log &
TAIL=$!
while :; do
  for entry in "${SERVICES[@]}"; do
    name=${entry%%:*}
    if ! pid_alive "$name"; then
      kill "$TAIL" 2>/dev/null || true
      echo "$name stopped; stopping the others." >&2
      stop_all
      exit 1
    fi
  done
  sleep 2
done
