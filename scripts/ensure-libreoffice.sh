#!/usr/bin/env sh
# Makes sure Debian's LibreOffice Calc is there for the spreadsheet test (tests/data/csv-libreoffice.test.ts:
# the CSV a reader downloads, opened in a real spreadsheet program). Installs the headless Calc package
# (libreoffice-calc-nogui, without recommended extras: about half a minute) with apt-get when missing and
# running as root; otherwise explains what to do.
set -eu
BIN="${SOFFICE_PATH:-/usr/bin/soffice}"
if [ -x "$BIN" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "LibreOffice not found at $BIN: installing Debian's libreoffice-calc-nogui package (apt-get)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
  [ -x "$BIN" ] && exit 0
fi
echo "The spreadsheet test needs LibreOffice Calc at $BIN and it is not installed." >&2
echo "Install it as root with:  apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui" >&2
echo "or point SOFFICE_PATH at an existing soffice binary, then run the command again." >&2
exit 1
