#!/usr/bin/env bash
# Installs a Bursar .deb the way a clerk's machine gets it, in a fresh Debian 12 root made
# with debootstrap: apt-get install ./bursar_*.deb (its dependencies from the Debian archive),
# then checks the menu entry, the icon and the manual are there, opens the window (offscreen)
# on a new database, runs bursar --version, bursar demo and a headless export of one PDF,
# removes the package and checks it is gone.
#
#   packaging/check-deb.sh build/release/bursar_0.1.0_amd64.deb
#
# Bounded in time (BURSAR_DEB_CHECK_TIMEOUT seconds for each network step, default 900).
# Where debootstrap cannot reach the archive (BURSAR_DEBIAN_MIRROR, default
# http://deb.debian.org/debian) the check is skipped with a message saying so, and exits 0.
# Needs root (debootstrap and chroot).
set -euo pipefail

deb="$(realpath "${1:?usage: packaging/check-deb.sh PATH/TO/bursar_VERSION_ARCH.deb}")"
mirror="${BURSAR_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
limit="${BURSAR_DEB_CHECK_TIMEOUT:-900}"
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "check-deb: FAILED: needs root (or sudo) for debootstrap and chroot" >&2; exit 1; }
  exec sudo --preserve-env=BURSAR_DEBIAN_MIRROR,BURSAR_DEB_CHECK_TIMEOUT bash "$0" "$deb"
fi
root="$(mktemp -d /tmp/bursar-deb-root.XXXXXX)"
mounted=()

cleanup() {
  local m
  for m in "${mounted[@]}"; do umount -l "$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT

say() { echo "check-deb: $*"; }
# Runs a step with its output kept aside, shown only when the step fails.
quiet() {
  local log
  log="$(mktemp)"
  if "$@" >"$log" 2>&1; then rm -f "$log"; return 0; fi
  tail -20 "$log" >&2
  rm -f "$log"
  return 1
}
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

command -v debootstrap >/dev/null || fail "debootstrap is not installed (packaging/dev.sh deps installs it)"

say "making a fresh Debian 12 root from $mirror"
start=$(date +%s)
if ! timeout "$limit" debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.log" 2>&1; then
  if grep -qiE "Failed getting release file|Temporary failure resolving|Could not resolve|Connection (refused|timed out)|unable to fetch|Network is unreachable" "$root.log"; then
    say "SKIPPED: debootstrap cannot reach the Debian archive at $mirror:"
    grep -iE "fail|resolv|connect|unreachable" "$root.log" | head -3 | sed 's/^/check-deb:   /'
    rm -f "$root.log"
    exit 0
  fi
  tail -20 "$root.log" >&2
  rm -f "$root.log"
  fail "debootstrap did not finish"
fi
rm -f "$root.log"
say "root made in $(($(date +%s) - start)) s"

for m in proc sys dev; do
  if mount --bind "/$m" "$root/$m" 2>/dev/null; then mounted+=("$root/$m"); fi
done
cp "$deb" "$root/tmp/"
# A clean environment; a sanitized build (CI's) keeps its sanitizer settings, leaks unreported
# as in the tests.
clean_env=(/usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8
  DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen XDG_DATA_HOME=/root/data
  ASAN_OPTIONS=detect_leaks=0)
in_root() { chroot "$root" "${clean_env[@]}" "$@"; }

start=$(date +%s)
quiet timeout "$limit" chroot "$root" "${clean_env[@]}" apt-get update -q || fail "apt-get update in the new root"
quiet timeout "$limit" chroot "$root" "${clean_env[@]}" apt-get install -y -q "/tmp/$(basename "$deb")" ||
  fail "apt-get install ./$(basename "$deb")"
say "installed with its dependencies in $(($(date +%s) - start)) s"

for f in /usr/bin/bursar /usr/share/applications/io.bursar.Bursar.desktop \
  /usr/share/metainfo/io.bursar.Bursar.metainfo.xml /usr/share/icons/hicolor/scalable/apps/bursar.svg \
  /usr/share/man/man1/bursar.1.gz /usr/share/doc/bursar/copyright; do
  [ -e "$root$f" ] || fail "the package did not install $f"
done
grep -q '^Exec=bursar' "$root/usr/share/applications/io.bursar.Bursar.desktop" || fail "the menu entry does not start bursar"

# The window opens on a new database (offscreen: the root has no display); it is closed
# after a few seconds, and the file it made must be a sound Bursar database.
set +e
chroot "$root" "${clean_env[@]}" timeout 10 bursar --database /root/new.sqlite >/dev/null 2>&1
window=$?
set -e
[ "$window" -eq 124 ] || fail "the window did not stay open on a new database (exit code $window)"
in_root bursar --database /root/new.sqlite db check >/dev/null || fail "the window's new database is not sound"
say "the window opened on a new database"
version="$(in_root bursar --version)" || fail "bursar --version"
say "$version"
in_root mkdir -p /root/data /root/pdf
in_root bursar --database /root/demo.sqlite demo --customers 20 >/dev/null || fail "bursar demo"
id="$(in_root bursar --database /root/demo.sqlite invoices list --status open --format csv | sed -n 2p | cut -d, -f1)"
[ -n "$id" ] || fail "the demo database holds no approved statement to export"
in_root bursar --database /root/demo.sqlite invoices export "$id" --as pdf --out /root/pdf >/dev/null ||
  fail "bursar invoices export $id --as pdf"
pdf="$(ls "$root/root/pdf/"*.pdf 2>/dev/null | head -1)"
[ -n "$pdf" ] && head -c 5 "$pdf" | grep -q '%PDF-' || fail "no PDF was written"
say "exported statement $id as $(basename "$pdf") ($(stat -c %s "$pdf") bytes)"

quiet in_root apt-get remove -y -q bursar || fail "apt-get remove bursar"
[ ! -e "$root/usr/bin/bursar" ] || fail "bursar is still there after apt-get remove"
[ ! -e "$root/usr/share/applications/io.bursar.Bursar.desktop" ] || fail "the menu entry stayed after removal"
say "removed again; the package installs, runs, exports a PDF and leaves cleanly"
