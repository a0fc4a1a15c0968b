#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests: trust authentication, no TCP, a Unix
# socket in a temporary folder. initdb refuses to run as root, so as root it runs as the
# postgres user (runuser).
#   eval "$(tests/pg/test-cluster.sh start)"   exports BURSAR_TEST_PG_URL and BURSAR_TEST_PG_DIR
#   tests/pg/test-cluster.sh stop DIR
set -euo pipefail
bin=/usr/lib/postgresql/15/bin

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    dir="$(mktemp -d /tmp/bursar-pg.XXXXXX)"
    chmod 755 "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # One role must log in with a password, so the password paths can be tested.
    { echo "local all bursar_pw,bursar_pw_ui scram-sha-256"; cat "$dir/data/pg_hba.conf"; } > "$dir/hba.tmp"
    as_owner cp "$dir/hba.tmp" "$dir/data/pg_hba.conf"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "export BURSAR_TEST_PG_DIR='$dir'"
    echo "export BURSAR_TEST_PG_URL='postgresql://postgres@/postgres?host=$dir'"
    ;;
  stop)
    dir="${2:?usage: test-cluster.sh stop DIR}"
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: tests/pg/test-cluster.sh start | stop DIR" >&2
    exit 2
    ;;
esac
