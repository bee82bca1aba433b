#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster on loopback for the tests and benchmarks, installing
# Debian's server when it is missing. Prints one line: the connection string to export as
# ROOTS_TEST_POSTGRES. Usage: eval "$(bash scripts/postgres-throwaway.sh [DIR] [PORT])"
#   stop it with: bash scripts/postgres-throwaway.sh --stop [DIR]
set -euo pipefail
dir=${2:-/tmp/roots-pg}
if [ "${1:-}" = "--stop" ]; then
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -d "$dir" ] && runuser -u postgres -- "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi
dir=${1:-/tmp/roots-pg}
port=${2:-55432}

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  (sudo -n apt-get install -y postgresql || apt-get install -y postgresql || (apt-get update && apt-get install -y postgresql)) >/dev/null 2>&1
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ -f "$dir/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  :
else
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  as_postgres "$bin/initdb" -D "$dir" -U roots --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # A throwaway cluster: no fsync (the crash tests kill workers, not the server), enough memory for 1M items.
  cat >> "$dir/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 1GB
work_mem = 64MB
maintenance_work_mem = 512MB
max_connections = 200
CONF
  as_postgres "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w start >/dev/null
  as_postgres "$bin/createdb" -h 127.0.0.1 -p "$port" -U roots roots_test
fi
echo "export ROOTS_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=roots;Database=roots_test'"
