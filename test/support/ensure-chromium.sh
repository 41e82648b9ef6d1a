#!/usr/bin/env bash
# `npm test`'s pretest: the browser tests (test/portal-*.e2e-spec.ts) drive Debian's Chromium at
# /usr/bin/chromium. Installs it with apt-get when it is missing and this can (root, apt-get there);
# otherwise prints one line saying how, and lets the tests run: the browser tests then fail, naming it.
# Never a browser download of Playwright's own.
set -u
CHROMIUM=/usr/bin/chromium
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing chromium for the browser tests (apt-get install chromium)"
  export DEBIAN_FRONTEND=noninteractive
  if { apt-get install -y -q chromium >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null; }; } &&
    [ -x "$CHROMIUM" ]; then
    exit 0
  fi
fi
echo "pretest: $CHROMIUM is missing: the browser tests need Debian's chromium package (apt-get install chromium)"
exit 0
