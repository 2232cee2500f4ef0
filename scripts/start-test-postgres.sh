#!/usr/bin/env bash
# Starts a local PostgreSQL for the store contract tests and prints the URL to put in
# RECOUPE_TEST_POSTGRES_URL. Idempotent; meant for a bare Debian machine, run as root:
#   export RECOUPE_TEST_POSTGRES_URL="$(bash scripts/start-test-postgres.sh)"
# Installs PostgreSQL (+ contrib, for unaccent) when missing, creates and starts the cluster,
# a `recoupe` role and a `recoupe_test` database. Each test run then works in a schema of its own.
# Only the URL goes to stdout; progress goes to stderr.
set -euo pipefail

role=recoupe
password=recoupe
database=recoupe_test

if [ "$(id -u)" -ne 0 ]; then
  echo "start-test-postgres: run as root (it installs and starts PostgreSQL)" >&2
  exit 1
fi

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "start-test-postgres: installing PostgreSQL" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql postgresql-contrib >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  echo "start-test-postgres: creating cluster $version/main" >&2
  pg_createcluster "$version" main >&2
fi
port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')"
status="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $4 }')"
if [ "$status" != "online" ]; then
  echo "start-test-postgres: starting cluster $version/main on port $port" >&2
  pg_ctlcluster "$version" main start >&2
fi
for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "start-test-postgres: server not ready on port $port" >&2; exit 1; }

as_postgres() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
as_postgres -d postgres -c "DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN PASSWORD '$password';
  END IF;
END \$\$;" >&2
if [ "$(as_postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
  as_postgres -d postgres -c "CREATE DATABASE $database OWNER $role" >&2
fi
# unaccent needs a superuser to install; the store uses it when present, else folds accents itself.
as_postgres -d "$database" -c "CREATE EXTENSION IF NOT EXISTS unaccent" >&2

echo "postgres://$role:$password@127.0.0.1:$port/$database"
