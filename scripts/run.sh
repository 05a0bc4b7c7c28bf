#!/usr/bin/env bash
# Installs what is missing, builds TravelFlow and starts the desktop app.
# Extra arguments go to the app (e.g. --data-dir DIR, --lang ru).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRAVELFLOW_BUILD_TESTS=OFF >/dev/null
cmake --build build --target travelflow travelflow-cli

# Without any platform credentials, start against the built-in simulator (sandbox).
args=("$@")
if [ -z "${TRAVELFLOW_TIKTOK_CLIENT_KEY:-}${TRAVELFLOW_INSTAGRAM_CLIENT_ID:-}${TRAVELFLOW_YOUTUBE_CLIENT_ID:-}" ]; then
    case " $* " in *" --sandbox "*) ;; *) args+=(--sandbox) ;; esac
    echo "run: no platform credentials set; starting in sandbox mode (simulated platforms)." >&2
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display found; starting on a virtual one (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" build/ui/travelflow "${args[@]}"
fi
exec build/ui/travelflow "${args[@]}"
