#!/usr/bin/env bash
# The inside of scripts/screenshots.sh (run there, in a private keyring session): sample
# data through the CLI and the standalone simulator, then the GUI under xvfb-run.
set -euo pipefail
: "${TRAVELFLOW_ROOT:?run scripts/screenshots.sh instead}"
root=$TRAVELFLOW_ROOT
bin=$TRAVELFLOW_BUILD
work=$TRAVELFLOW_WORK
profile=$work/profile
clips=$work/clips
mkdir -p "$profile" "$clips"

say() { echo "screenshots: $*" >&2; }

# --- clips: real H.264 files, landscape and vertical, one with a place and a date -----------
make_clip() { # name source size seconds [extra ffmpeg args...]
    local name=$1 source=$2 size=$3 seconds=$4
    shift 4
    ffmpeg -nostdin -v error -f lavfi -i "$source=size=$size:rate=30" -f lavfi \
        -i "sine=frequency=440:sample_rate=44100" -t "$seconds" -c:v libx264 -pix_fmt yuv420p \
        -c:a aac "$@" -y "$clips/$name"
}
make_clip "lisbon-tram-ride.mp4" testsrc2 1280x720 6
make_clip "dolomites-sunrise.mp4" smptehdbars 1280x720 5
make_clip "istanbul-night-market.mp4" mandelbrot 720x1280 4
make_clip "kyoto-temple-walk.mov" testsrc 1920x1080 5 -metadata "location=+35.0116+135.7681/" \
    -metadata "creation_time=2026-10-03T07:12:00Z"

# --- the simulator, its world kept in the profile -----------------------------------------
"$bin/platforms/sandbox/travelflow-sandbox" --port 0 --state "$profile/sandbox-state.json" \
    --endpoints-out "$work/endpoints.json" >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 100); do [ -s "$work/endpoints.json" ] && break; sleep 0.1; done
base=$(python3 -c 'import json,sys; u=json.load(open(sys.argv[1]))["youtube.api"]; print(u.split("/youtube")[0].rstrip("/"))' \
    "$work/endpoints.json")
for p in tiktok instagram youtube; do
    up=$(echo $p | tr a-z A-Z)
    idvar=TRAVELFLOW_${up}_CLIENT_ID
    [ $p = tiktok ] && idvar=TRAVELFLOW_TIKTOK_CLIENT_KEY
    export "$idvar=sandbox-$p-client" "TRAVELFLOW_${up}_CLIENT_SECRET=sandbox-$p-secret"
done
cli() { "$bin/app/cli/travelflow-cli" --data-dir "$profile" --endpoints "$work/endpoints.json" "$@"; }
advance() { curl -s -X POST -H 'Content-Type: application/json' -d "{\"advance_seconds\": $1}" \
    "$base/_sandbox/clock" >/dev/null; }

say "importing clips"
cli import "$clips" >/dev/null

# --- accounts: the CLI listens for the browser's answer; curl plays the browser ------------
for p in tiktok instagram youtube; do
    cli accounts connect "$p" --no-browser >"$work/connect-$p.log" 2>&1 </dev/null &
    pid=$!
    url=""
    for _ in $(seq 100); do
        url=$(grep -m1 -o 'http[^ ]*' "$work/connect-$p.log" || true)
        [ -n "$url" ] && break
        sleep 0.1
    done
    callback=$(curl -s -o /dev/null -w '%{redirect_url}' "$url")
    curl -s -o /dev/null "$callback"
    wait $pid
    say "$(tail -1 "$work/connect-$p.log")"
done
account() { cli --json accounts list | python3 -c 'import json,sys
for a in json.load(sys.stdin):
    if a["platform"] == sys.argv[1]: print(a["id"]); break' "$1"; }
tiktok=$(account tiktok)
instagram=$(account instagram)
youtube=$(account youtube)

# --- posts: two go out now, one is scheduled, one waits in the library ---------------------
video() { cli --json videos list | python3 -c 'import json,sys
for v in json.load(sys.stdin):
    if v["path"].endswith(sys.argv[1]): print(v["id"]); break' "$1"; }
cli post "$(video lisbon-tram-ride.mp4)" --to "$tiktok,$instagram,$youtube" --privacy public --title "Lisbon by tram 28" \
    --caption "Riding tram 28 through Alfama at golden hour. Small-group walking tours every Saturday! #lisbon #travel #portugal" \
    >/dev/null
cli post "$(video dolomites-sunrise.mp4)" --to "$youtube,$instagram" --privacy public --title "Sunrise over the Dolomites" \
    --caption "4:30 alarm, worth it. Join our September hiking week in the Dolomites. #dolomites #hiking #italy" \
    >/dev/null
cli post "$(video istanbul-night-market.mp4)" --to "$tiktok,$youtube" --privacy public --title "Istanbul night market" \
    --caption "Night market food crawl in Kadıköy 🌙 #istanbul #streetfood" \
    --at "$(date -u -d '+2 days' +%Y-%m-%dT18:00)" --time-zone Europe/Istanbul >/dev/null

say "publishing through the simulator"
cli queue run --until-idle --poll-interval 1000 >"$work/queue.log" 2>&1 &
queue_pid=$!
while kill -0 $queue_pid 2>/dev/null; do advance 30; sleep 1; done
wait $queue_pid || say "queue run ended with $? (see the queue area)"

# The audience answers over the next hours and the numbers grow: the simulator's clock moves
# an hour at a time and the CLI takes a metrics snapshot at each (faketime: the same hour
# for the app, whose snapshots are at most one an hour).
say "audience comments and metrics"
cli metrics sync >/dev/null || true
for hour in 1 2 3 4 5 6; do
    advance 3600
    faketime -f "+${hour}h" "$bin/app/cli/travelflow-cli" --data-dir "$profile" \
        --endpoints "$work/endpoints.json" metrics sync >/dev/null || true
done
cli inbox sync >/dev/null
say "$(cli inbox list | wc -l) inbox items, $(cli queue list | grep -ci published) published jobs"
kill $sandbox_pid
wait $sandbox_pid 2>/dev/null || true

# --- the GUI, area by area -----------------------------------------------------------------
say "starting travelflow --sandbox"
shots=${TRAVELFLOW_SHOTS_DIR:-$root/docs/screenshots}
mkdir -p "$shots"
export TRAVELFLOW_PROFILE=$profile TRAVELFLOW_SHOTS=$shots
# The screen is the window's default size, so each shot is the whole window.
xvfb-run -a -s "-screen 0 1200x760x24" bash -c '
set -euo pipefail
gui=$TRAVELFLOW_BUILD/ui/travelflow
"$gui" --sandbox --data-dir "$TRAVELFLOW_PROFILE" --lang "$TRAVELFLOW_LANG" --area library \
    >"$TRAVELFLOW_WORK/gui.log" 2>&1 &
gui_pid=$!
sleep 6
for area in library compose queue inbox analytics accounts settings; do
    "$gui" --data-dir "$TRAVELFLOW_PROFILE" --area "$area" 2>/dev/null
    sleep 2
    import -window root "$TRAVELFLOW_SHOTS/$area$TRAVELFLOW_SUFFIX.png"
    echo "screenshots: $TRAVELFLOW_SHOTS/$area$TRAVELFLOW_SUFFIX.png" >&2
done
kill $gui_pid
wait $gui_pid 2>/dev/null || true
'
