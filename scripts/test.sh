#!/usr/bin/env bash
# Installs what is missing, builds TravelFlow with warnings as errors and runs the whole
# test suite against real parts: SQLite files, a real Secret Service (gnome-keyring on a
# private D-Bus session), real clips made with ffmpeg, offscreen windows.
#
#   scripts/test.sh              the normal run
#   scripts/test.sh --sanitize   the same suite built with AddressSanitizer + UBSan
# Extra arguments after the options go to ctest (e.g. -R test_cli).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

build=build-test
cmake_args=(-DCMAKE_BUILD_TYPE=Debug -DTRAVELFLOW_WERROR=ON)
ctest_extra=()
if [ "${1:-}" = "--sanitize" ]; then
    shift
    build=build-asan
    cmake_args+=(-DTRAVELFLOW_SANITIZE=ON)
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS=suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0
    ctest_extra=(-LE bench) # timings and memory under a sanitizer measure the sanitizer
fi

scripts/setup-deps.sh
cmake -S . -B "$build" -G Ninja "${cmake_args[@]}" >/dev/null
cmake --build "$build"

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
    exec ctest --test-dir "$0" --output-on-failure -j2 "$@"
' "$build" "${ctest_extra[@]}" "$@"
