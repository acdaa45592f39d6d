# Sourced by run.sh and .ci/run: makes sure PostgreSQL, RabbitMQ and Redis answer on
# their local ports, starting them where this machine can, and otherwise stops with a
# message that says what is missing and how to start it.
#
# Hosts and ports follow the services' local defaults: PostgreSQL 127.0.0.1:5432
# (PGHOST/PGPORT), RabbitMQ 127.0.0.1:5672, Redis 127.0.0.1:6379.

_infra_port_open() {
  (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

_infra_wait_port() { # host port seconds
  local deadline=$((SECONDS + $3))
  until _infra_port_open "$1" "$2"; do
    [ "$SECONDS" -ge "$deadline" ] && return 1
    sleep 1
  done
}

_infra_postgres_ready() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}"
  else
    _infra_port_open "${PGHOST:-127.0.0.1}" "${PGPORT:-5432}"
  fi
}

infra_ensure_postgres() {
  _infra_postgres_ready && return 0
  echo "PostgreSQL is not answering on ${PGHOST:-127.0.0.1}:${PGPORT:-5432}; starting it..." >&2
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    local version
    for version in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
    done
  fi
  local deadline=$((SECONDS + 60))
  until _infra_postgres_ready; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "PostgreSQL is not running and could not be started here." >&2
      echo "Start it (for example: pg_ctlcluster --skip-systemctl-redirect 15 main start) and try again." >&2
      return 1
    fi
    sleep 1
  done
}

infra_ensure_rabbitmq() {
  _infra_port_open 127.0.0.1 5672 && return 0
  echo "RabbitMQ is not answering on 127.0.0.1:5672; starting it..." >&2
  if command -v rabbitmq-server >/dev/null 2>&1; then
    rabbitmq-server -detached >&2 || true
  fi
  if ! _infra_wait_port 127.0.0.1 5672 120; then
    echo "RabbitMQ is not running and could not be started here." >&2
    echo "Start it (for example: rabbitmq-server -detached) and try again." >&2
    return 1
  fi
}

infra_ensure_redis() {
  _infra_port_open 127.0.0.1 6379 && return 0
  echo "Redis is not answering on 127.0.0.1:6379; starting it..." >&2
  if command -v redis-server >/dev/null 2>&1; then
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >&2 || true
  fi
  if ! _infra_wait_port 127.0.0.1 6379 30; then
    echo "Redis is not running and could not be started here." >&2
    echo "Start it (for example: redis-server --daemonize yes --bind 127.0.0.1 --port 6379) and try again." >&2
    return 1
  fi
}

infra_ensure_all() {
  infra_ensure_postgres && infra_ensure_rabbitmq && infra_ensure_redis
}

# Creates the database if it does not exist yet. $1: database name.
infra_ensure_database() {
  local db=$1 user=${PGUSER:-postgres}
  if ! command -v psql >/dev/null 2>&1; then
    echo "psql is not installed; create the database '$db' yourself, or install the PostgreSQL client." >&2
    return 1
  fi
  if ! psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "$user" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1; then
    psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "$user" -d postgres -qc "CREATE DATABASE $db" >&2
  fi
}

# Browser tests (gpt-oauth-service) drive Debian's headless Chromium through chromedriver;
# Selenium never downloads a browser, so both come from the distribution. Installs them
# when missing (as root, or with passwordless sudo).
infra_ensure_browser() {
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && return 0
  echo "Installing chromium and chromium-driver for the browser tests..." >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo -n"; else sudo="no-root"; fi
  fi
  if [ "$sudo" = "no-root" ] || ! command -v apt-get >/dev/null 2>&1 \
      || ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 \
      || ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >&2 \
      || [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "The browser tests need /usr/bin/chromium and /usr/bin/chromedriver (Debian packages chromium and" >&2
    echo "chromium-driver), and they could not be installed with apt-get (needs root or passwordless sudo and" >&2
    echo "a Debian package source). Install them and try again." >&2
    return 1
  fi
}
