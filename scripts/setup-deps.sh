#!/usr/bin/env bash
# Installs every package TravelFlow needs to build, run and test, on Debian 12 /
# Ubuntu 22.04 or newer. Idempotent: when everything is present it only checks (< 1 s).
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qtkeychain-qt6-dev libssl-dev libgl-dev libcpp-httplib-dev
    # the inbox's bulk insert drives the libsqlite3 Debian's Qt links (app/CMakeLists.txt);
    # simdjson reads the YouTube inbox's pages
    libsqlite3-dev libsimdjson-dev
    # run time: SQLite driver, platform plugins, SVG icons, Secret Service client
    libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libsecret-1-0
    # video probing (Qt Multimedia's GStreamer backend: demuxers and decoders)
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
    # tests: a real keychain on a private D-Bus, test clips, a virtual display
    gnome-keyring libsecret-tools dbus-daemon dbus-x11 ffmpeg xvfb xauth imagemagick
    # benchmarks: the sqlite3 shell is the bulk-import baseline of the inbox benchmark
    sqlite3
    # screenshots: metrics taken over simulated hours, emoji in sample comments
    faketime fonts-noto-color-emoji
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-deps: this script needs apt (Debian or Ubuntu). Missing: ${missing[*]}" >&2
    echo "On other systems, see 'Building elsewhere' in README.md." >&2
    exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "setup-deps: run as root or install sudo. Missing: ${missing[*]}" >&2
        exit 1
    fi
fi

echo "setup-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
