#!/bin/sh
# Takes the screenshots of every page again (tests/ui/tst_screenshots: 1024×700 and
# 1600×1000, English and German, on demo data) and copies them here. Look at each before
# committing. Usage: docs/screenshots/update.sh [BUILD_DIR], default build/dev.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/dev}
QT_QPA_PLATFORM=offscreen "$build/tests/ui/tst_screenshots"
for set in en-1024x700 en-1600x1000 de-1024x700 de-1600x1000; do
    rm -rf "$root/docs/screenshots/$set"
    cp -r "$build/screenshots/pages/$set" "$root/docs/screenshots/$set"
    cp "$build/screenshots/pages/$set-sheet.png" "$root/docs/screenshots/$set-sheet.png"
done
