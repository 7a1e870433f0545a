#!/usr/bin/env sh
# Makes sure Debian's Firefox ESR is there for the Firefox tests (driven over WebDriver BiDi by puppeteer-core).
# Installs it with apt-get when missing and running as root; otherwise explains what to do.
set -eu
BIN="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$BIN" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Firefox ESR not found at $BIN: installing Debian's firefox-esr package (apt-get)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq firefox-esr >/dev/null
  [ -x "$BIN" ] && exit 0
fi
echo "The Firefox tests need Firefox ESR at $BIN and it is not installed." >&2
echo "Install it as root with:  apt-get update && apt-get install -y firefox-esr" >&2
echo "or point FIREFOX_PATH at an existing Firefox binary, then run the command again." >&2
exit 1
