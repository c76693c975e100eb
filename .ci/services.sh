#!/usr/bin/env bash
# Start what the tests need beyond Python: a throwaway PostgreSQL cluster on a spare port.
# The PostgreSQL tests read ATTRITION_TEST_PG from .ci/pg.env and skip when it is absent.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rm -f "$here/pg.env"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  apt-get install -y -q postgresql >/dev/null 2>&1 || true
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -n "$bin" ] || { echo "PostgreSQL not available: its tests will skip" >&2; exit 0; }
pip install -q "psycopg[binary]>=3.1" >/dev/null 2>&1 || { echo "psycopg not installable: PostgreSQL tests will skip" >&2; exit 0; }
dir=/tmp/attrition-pg
port=55432
if ! su postgres -c "$bin/pg_ctl -D $dir status" >/dev/null 2>&1; then
  rm -rf "$dir"; mkdir -p "$dir"; chown postgres "$dir"
  su postgres -c "$bin/initdb -D $dir -A trust -U postgres" >/dev/null
  su postgres -c "$bin/pg_ctl -D $dir -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -l $dir/log -w start" >/dev/null
fi
echo "ATTRITION_TEST_PG=postgresql+psycopg://postgres@127.0.0.1:$port/postgres" > "$here/pg.env"
