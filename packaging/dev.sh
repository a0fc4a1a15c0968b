#!/usr/bin/env bash
# Bursar developer entry point: the two quick-start commands live here.
#   packaging/dev.sh run    install what is missing, build, open Bursar on a demo database
#   packaging/dev.sh test   install what is missing, build, run every test
#   packaging/dev.sh deps   only install the Debian/Ubuntu packages
#   packaging/dev.sh build  only configure and build
#   packaging/dev.sh fuzz [SECONDS]  build the libFuzzer harnesses with clang and run each on
#                           the checked-in corpus for SECONDS (default 20); part of `test`
#   packaging/dev.sh package  build the release and make the .deb (CPack) in build/release,
#                           checked by lintian; then packaging/check-deb.sh installs it in a
#                           fresh Debian 12 root
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# Everything a fresh minimal Debian 12 needs to build, run and test Bursar.
packages=(
  build-essential cmake ninja-build pkg-config python3
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6svg6
  qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev libpq-dev
  libcurl4-openssl-dev qtkeychain-qt6-dev python3-aiosmtpd qt6-translations-l10n
  libgl-dev fonts-dejavu-core
  xvfb xauth poppler-utils sqlite3 postgresql openssl
  clang libclang-rt-14-dev clang-format clang-tidy
  dpkg-dev file lintian debootstrap desktop-file-utils appstream man-db
  default-jdk-headless libsaxonhe-java libxml2-utils
)

install_deps() {
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "dev.sh: installing ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "dev.sh: need root or sudo to install: ${missing[*]}" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update
  "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

preset() {
  if [ "${CI:-}" = "true" ]; then echo ci; else echo "${BURSAR_PRESET:-dev}"; fi
}

build() {
  local p
  p="$(preset)"
  cmake --preset "$p"
  cmake --build --preset "$p" --parallel "$(nproc)"
}

builddir() { echo "$here/build/$(preset)"; }

# Each fuzzer runs for a bounded time on a scratch copy of its corpus (new inputs go there,
# the checked-in corpus stays as it is); a crash fails the run and leaves the input in build/fuzz.
# The harnesses are single-threaded, so as many run side by side as there are cores; each
# still gets its full SECONDS.
fuzz_one() {
  local name="$1" seconds="$2" scratch="$3" log
  log="$scratch/$name.log"
  mkdir -p "$scratch/$name"
  if (cd build/fuzz && ASAN_OPTIONS=detect_leaks=0 "tests/fuzz/$name" -max_total_time="$seconds" \
        -rss_limit_mb=1024 -max_len=4096 -print_final_stats=1 "$scratch/$name" "$here/tests/fuzz/corpus/$name" \
        >"$log" 2>&1); then
    echo "dev.sh: fuzzed $name for ${seconds}s"; tail -n 4 "$log"
  else
    echo "dev.sh: $name found a crash; the input is in build/fuzz" >&2; tail -n 40 "$log" >&2
    return 1
  fi
}

fuzz() {
  local seconds="${1:-20}"
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz --parallel "$(nproc)"
  local scratch
  scratch="$(mktemp -d)"
  local jobs=() names=() failed=0 dir name i
  for dir in tests/fuzz/corpus/*/; do
    name="$(basename "$dir")"
    fuzz_one "$name" "$seconds" "$scratch" &
    jobs+=($!); names+=("$name")
    # at most nproc at once: wait for the oldest before starting another
    if [ ${#jobs[@]} -ge "$(nproc)" ]; then
      wait "${jobs[0]}" || failed=1
      jobs=("${jobs[@]:1}")
    fi
  done
  for i in "${jobs[@]}"; do wait "$i" || failed=1; done
  rm -rf "$scratch"
  return "$failed"
}

# The .deb of the build in $1 (CPack), checked by lintian: no errors.
make_deb() {
  local dir="$1" deb
  rm -f "$dir"/bursar_*.deb
  (cd "$dir" && cpack -G DEB >/dev/null)
  deb="$(ls "$dir"/bursar_*.deb)"
  lintian --fail-on error "$deb" >&2
  echo "$deb"
}

case "${1:-}" in
  deps) install_deps ;;
  build) install_deps; build ;;
  fuzz) shift; install_deps; fuzz "${1:-20}" ;;
  run)
    shift
    install_deps
    build
    bin="$(builddir)/app/bursar"
    # The demo database is created on the first run only; later runs reopen it.
    if [ -z "$("$bin" db path --if-exists 2>/dev/null || true)" ]; then
      "$bin" demo --customers 500
    fi
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "dev.sh: no display found; starting Bursar under xvfb-run" >&2
      exec xvfb-run -a "$bin" "$@"
    fi
    exec "$bin" "$@"
    ;;
  package)
    install_deps
    cmake --preset release
    cmake --build --preset release --parallel "$(nproc)"
    deb="$(make_deb "$here/build/release")"
    echo "dev.sh: $deb (lintian: no errors)"
    bash packaging/check-deb.sh "$deb"
    ;;
  test)
    install_deps
    build
    export QT_QPA_PLATFORM=offscreen
    # A throwaway PostgreSQL server for the tests labelled "pg"; stopped whatever happens.
    eval "$(tests/pg/test-cluster.sh start)"
    trap 'tests/pg/test-cluster.sh stop "$BURSAR_TEST_PG_DIR"' EXIT
    ctest --test-dir "$(builddir)" --output-on-failure --timeout 900 -j "$(nproc)"
    fuzz "${BURSAR_FUZZ_SECONDS:-20}"
    # The package of the build just tested, installed and run in a fresh Debian 12 root (the
    # release's own build is `dev.sh package`; building it here too would double the CI time).
    bash packaging/check-deb.sh "$(make_deb "$(builddir)")"
    ;;
  *)
    echo "usage: packaging/dev.sh run|test|build|deps|package|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
