#!/usr/bin/env bash
# Installs what is missing, builds TravelFlow with warnings as errors and runs the whole
# test suite against real parts: SQLite files, a real Secret Service (gnome-keyring on a
# private D-Bus session), real clips made with ffmpeg, offscreen windows.
#
#   scripts/test.sh              the normal run; then the benchmarks, from a Release build
#   scripts/test.sh --sanitize   the same suite built with AddressSanitizer + UBSan (no benchmarks)
# Extra arguments after the options go to ctest (e.g. -R test_cli).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

build=build-test
cmake_args=(-DCMAKE_BUILD_TYPE=Debug -DTRAVELFLOW_WERROR=ON)
# Benchmarks measure speed, so they run from a Release build of their own; the rest of
# the suite runs from the Debug build (assertions on).
bench_build=build-rel
if [ "${1:-}" = "--sanitize" ]; then
    shift
    build=build-asan
    cmake_args+=(-DTRAVELFLOW_SANITIZE=ON)
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
    bench_build= # timings and memory under a sanitizer measure the sanitizer
fi

scripts/setup-deps.sh
cmake -S . -B "$build" -G Ninja "${cmake_args[@]}" >/dev/null
cmake --build "$build"
if [ -n "$bench_build" ]; then
    cmake -S . -B "$bench_build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTRAVELFLOW_WERROR=ON >/dev/null
    cmake --build "$bench_build" --target benchmarks
fi

# A private HOME and runtime dir: the tests never see the user's keychain or settings.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/travelflow-tests-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export HOME=$scratch XDG_RUNTIME_DIR=$scratch/runtime QT_QPA_PLATFORM=offscreen
unset DBUS_SESSION_BUS_ADDRESS

dbus-run-session -- bash -c '
    echo -n travelflow-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    # Wait until the unlocked daemon owns the Secret Service name, so no test races a
    # second, locked daemon that D-Bus activation could start.
    for _ in $(seq 50); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true && break
        sleep 0.1
    done
    build=$0 bench_build=$1
    shift
    status=0
    ctest --test-dir "$build" --output-on-failure -j2 -LE bench "$@" || status=$?
    if [ -n "$bench_build" ]; then
        # One at a time, with their output: the numbers are what they are for.
        ctest --test-dir "$bench_build" -L bench --output-on-failure -V "$@" || status=$?
    fi
    exit $status
' "$build" "$bench_build" "$@"
