#!/usr/bin/env sh
# Makes sure Debian's Chromium is there for the browser tests (story tests, axe in Chromium).
# Installs it with apt-get when missing and running as root; otherwise explains what to do.
set -eu
BIN="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$BIN" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $BIN: installing Debian's chromium package (apt-get)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  [ -x "$BIN" ] && exit 0
fi
echo "The browser tests need Chromium at $BIN and it is not installed." >&2
echo "Install it as root with:  apt-get update && apt-get install -y chromium" >&2
echo "or point CHROMIUM_PATH at an existing Chromium or Chrome binary, then run the command again." >&2
exit 1
