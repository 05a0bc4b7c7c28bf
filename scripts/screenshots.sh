#!/usr/bin/env bash
# Takes the README's screenshots: builds TravelFlow, fills a fresh profile with sample data
# through the real CLI against the simulator (clips made with ffmpeg, three connected
# sandbox accounts, published and scheduled posts, audience comments, metrics), then starts
# `travelflow --sandbox` under xvfb-run, walks through every area and saves one PNG per
# area to docs/screenshots/.
#
#   scripts/screenshots.sh            English
#   scripts/screenshots.sh --lang ru  Russian (saved as AREA-ru.png)
# TRAVELFLOW_BUILD_DIR picks the build folder (default build), TRAVELFLOW_SHOTS_DIR where the
# PNGs go (default docs/screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
lang=en
if [ "${1:-}" = "--lang" ]; then lang=$2; fi
suffix=""
[ "$lang" = en ] || suffix="-$lang"

build=${TRAVELFLOW_BUILD_DIR:-build}
scripts/setup-deps.sh
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target travelflow travelflow-cli travelflow-sandbox

work=$(mktemp -d "${TMPDIR:-/tmp}/travelflow-shots-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/runtime" "$work/home"
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime
export TRAVELFLOW_ROOT=$root TRAVELFLOW_BUILD=$root/$build TRAVELFLOW_WORK=$work TRAVELFLOW_LANG=$lang \
    TRAVELFLOW_SUFFIX=$suffix
unset DBUS_SESSION_BUS_ADDRESS
mkdir -p docs/screenshots

# The accounts' tokens go to a private, unlocked keyring on a private D-Bus session.
exec dbus-run-session -- bash -c '
set -euo pipefail
echo -n travelflow-shots | gnome-keyring-daemon --unlock --components=secrets >/dev/null
for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true && break
    sleep 0.1
done
exec "$TRAVELFLOW_ROOT/scripts/screenshots-walk.sh"
'
