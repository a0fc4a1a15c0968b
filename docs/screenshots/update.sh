#!/bin/sh
# Takes the screenshots of every page again (tests/ui/tst_screenshots: 1024×700 and
# 1600×1000, English and German, on demo data) and of every dialog (tests/ui/tst_dialogs: on
# a 1366×768 screen, English, German and French) and copies them here. Look at each before
# committing. Usage: docs/screenshots/update.sh [BUILD_DIR], default build/dev.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$root/build/dev}
QT_QPA_PLATFORM=offscreen "$build/tests/ui/tst_screenshots"
"$build/tests/ui/tst_dialogs" # sets its own 1366×768 offscreen screen
for set in en-1024x700 en-1600x1000 de-1024x700 de-1600x1000; do
    rm -rf "$root/docs/screenshots/$set"
    cp -r "$build/screenshots/pages/$set" "$root/docs/screenshots/$set"
    cp "$build/screenshots/pages/$set-sheet.png" "$root/docs/screenshots/$set-sheet.png"
done
for language in en de fr; do
    rm -rf "$root/docs/screenshots/dialogs-$language"
    cp -r "$build/screenshots/dialogs/$language" "$root/docs/screenshots/dialogs-$language"
done
