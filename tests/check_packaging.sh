#!/usr/bin/env bash
# The package's metadata as the desktops and Debian read it: the menu entry
# (desktop-file-validate), the AppStream metainfo (appstreamcli), and bursar(1) as man
# formats it, without a warning. Usage: check_packaging.sh SOURCE_DIR MANPAGE.1.gz
set -euo pipefail
src="$1" manpage="$2"
desktop-file-validate "$src/packaging/io.bursar.Bursar.desktop"
appstreamcli validate --no-net "$src/packaging/io.bursar.Bursar.metainfo.xml"
grep -q '<launchable type="desktop-id">io.bursar.Bursar.desktop</launchable>' \
  "$src/packaging/io.bursar.Bursar.metainfo.xml"
warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$manpage" 2>&1 >/dev/null)"
if [ -n "$warnings" ]; then
  echo "bursar(1) has warnings:" >&2
  echo "$warnings" >&2
  exit 1
fi
# Every command of bursar --help is in the manual. The page is read whole first: `grep -q`
# stops at its first match, and under pipefail the writer it leaves behind (killed by
# SIGPIPE) would fail the pipeline now and then.
manual="$(zcat "$manpage" | sed 's/\\-/-/g')"
for command in "db backup" "db restore" "audit verify" "invoices export" "memo create" "einvoice check"; do
  grep -q "^$command" <<<"$manual" || { echo "bursar(1) lacks $command" >&2; exit 1; }
done
echo "packaging metadata: valid"
