#!/usr/bin/env bash
# The browser tests drive Debian's chromium through Playwright; install it when missing (needs root + apt).
set -u
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || echo "warning: could not install chromium; browser tests will be skipped" >&2
else
  echo "warning: chromium not found and cannot be installed here; browser tests will be skipped" >&2
fi
exit 0
