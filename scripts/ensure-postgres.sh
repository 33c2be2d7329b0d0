#!/usr/bin/env bash
# The Postgres store tests start a throwaway server with Debian's initdb/pg_ctl (tests/pg_server.py);
# install the server binaries when missing (needs root + apt). Without them those tests are skipped.
set -u
if ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || command -v pg_ctl >/dev/null 2>&1; then exit 0; fi
if [ -n "${STORYLINE_TEST_PG:-}" ]; then exit 0; fi  # tests use that server instead
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null \
    || echo "warning: could not install postgresql; Postgres store tests will be skipped" >&2
else
  echo "warning: Postgres server binaries not found and cannot be installed here; Postgres store tests will be skipped" >&2
fi
exit 0
