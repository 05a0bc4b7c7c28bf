#!/usr/bin/env bash
# Drives a standalone travelflow-sandbox with curl alone, as a developer would:
#  1. YouTube: OAuth (PKCE, base64url), resumable session, first chunk, an interrupted
#     second chunk (the simulator drops the connection), a "bytes */TOTAL" status query,
#     resume from the acknowledged offset, and the final 200.
#  2. TikTok: OAuth (PKCE, hex), creator info, init for a 3-chunk file, three PUTs
#     (206, 206, 201).
# Then compares the simulator's SHA-256 of each stored file with the file's own.
# Usage: curl_uploads.sh PATH/TO/travelflow-sandbox      (python3 only parses JSON)
set -euo pipefail
sandbox=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/curl-uploads-XXXXXX")
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
query_param() { python3 -c "import sys,urllib.parse as u; print(u.parse_qs(u.urlparse(sys.argv[1]).query)[sys.argv[2]][0])" "$1" "$2"; }
b64url_sha256() { python3 -c "import sys,hashlib,base64; print(base64.urlsafe_b64encode(hashlib.sha256(sys.argv[1].encode()).digest()).decode().rstrip('='))" "$1"; }

"$sandbox" --port 0 > "$work/url" 2> "$work/log" &
pid=$!
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.05; done
base=$(head -n1 "$work/url")
[[ $base == http://127.0.0.1:* ]] || fail "travelflow-sandbox printed no base URL: $(cat "$work/log")"
redirect=http://127.0.0.1:9/callback

# --- YouTube ------------------------------------------------------------------------
verifier=$(python3 -c "import secrets; print(secrets.token_urlsafe(48))")
challenge=$(b64url_sha256 "$verifier")
location=$(curl -s -o /dev/null -w '%{redirect_url}' -G "$base/youtube/auth/o/oauth2/v2/auth" \
    --data-urlencode client_id=sandbox-youtube-client --data-urlencode redirect_uri=$redirect \
    --data-urlencode response_type=code --data-urlencode access_type=offline \
    --data-urlencode scope=https://www.googleapis.com/auth/youtube.upload \
    --data-urlencode code_challenge="$challenge" --data-urlencode code_challenge_method=S256 \
    --data-urlencode state=yt-state)
[ "$(query_param "$location" state)" = yt-state ] || fail "YouTube authorize: state not echoed ($location)"
code=$(query_param "$location" code)
token=$(curl -s -X POST "$base/youtube/token/token" \
    --data-urlencode grant_type=authorization_code --data-urlencode code="$code" \
    --data-urlencode client_id=sandbox-youtube-client --data-urlencode client_secret=sandbox-youtube-secret \
    --data-urlencode redirect_uri=$redirect --data-urlencode code_verifier="$verifier" | json "d['access_token']")

size=$((4 * 262144 + 1000))
head -c $size /dev/urandom > "$work/clip.mp4"
session=$(curl -s -D - -o /dev/null -X POST \
    "$base/youtube/upload/upload/youtube/v3/videos?uploadType=resumable&part=snippet,status" \
    -H "Authorization: Bearer $token" -H "Content-Type: application/json; charset=UTF-8" \
    -H "X-Upload-Content-Length: $size" -H "X-Upload-Content-Type: video/mp4" \
    -d '{"snippet":{"title":"Sunrise over the dunes","description":"Рассвет в пустыне"},"status":{"privacyStatus":"private"}}' \
    | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
[ -n "$session" ] || fail "YouTube: no session URI"

put_range() { # first last -> HTTP status
    head -c $(($2 + 1)) "$work/clip.mp4" | tail -c $(($2 - $1 + 1)) > "$work/chunk"
    curl -s -o /dev/null -w '%{http_code}' -X PUT "$session" -H "Authorization: Bearer $token" \
        -H "Content-Type: video/mp4" -H "Content-Range: bytes $1-$2/$size" --data-binary @"$work/chunk" || true
}
[ "$(put_range 0 524287)" = 308 ] || fail "YouTube: first chunk not acknowledged with 308"
curl -s -o /dev/null -X POST "$base/_sandbox/faults" \
    -d '{"action":"drop","endpoint":"youtube.upload.put","times":1}'
status=$(put_range 524288 786431)
[ "$status" != 308 ] || fail "YouTube: the injected interruption did not happen"
range=$(curl -s -D - -o /dev/null -X PUT "$session" -H "Authorization: Bearer $token" \
    -H "Content-Length: 0" -H "Content-Range: bytes */$size" | tr -d '\r' | sed -n 's/^[Rr]ange: bytes=0-//p')
[ "$range" = 524287 ] || fail "YouTube: status query says received up to '$range', expected 524287"
status=$(put_range $((range + 1)) $((size - 1)))
[ "$status" = 200 ] || [ "$status" = 201 ] || fail "YouTube: final chunk answered $status, expected 200/201"

# --- TikTok -------------------------------------------------------------------------
verifier=$(python3 -c "import secrets; print(secrets.token_urlsafe(48))")
challenge=$(printf %s "$verifier" | sha256sum | cut -c1-64)
location=$(curl -s -o /dev/null -w '%{redirect_url}' -G "$base/tiktok/auth/v2/auth/authorize/" \
    --data-urlencode client_key=sandbox-tiktok-client --data-urlencode redirect_uri=$redirect \
    --data-urlencode response_type=code --data-urlencode scope=user.info.basic,video.publish \
    --data-urlencode code_challenge="$challenge" --data-urlencode code_challenge_method=S256 \
    --data-urlencode state=tt-state)
code=$(query_param "$location" code)
token=$(curl -s -X POST "$base/tiktok/api/v2/oauth/token/" \
    --data-urlencode client_key=sandbox-tiktok-client --data-urlencode client_secret=sandbox-tiktok-secret \
    --data-urlencode code="$code" --data-urlencode grant_type=authorization_code \
    --data-urlencode redirect_uri=$redirect --data-urlencode code_verifier="$verifier" | json "d['access_token']")
curl -s -X POST "$base/tiktok/api/v2/post/publish/creator_info/query/" -H "Authorization: Bearer $token" \
    -H "Content-Type: application/json; charset=UTF-8" -d "{}" | json "d['error']['code']" | grep -qx ok \
    || fail "TikTok: creator_info failed"

chunk=$((5 * 1024 * 1024))
tsize=$((3 * chunk + 12345))
head -c $tsize /dev/urandom > "$work/tiktok.mp4"
init=$(curl -s -X POST "$base/tiktok/api/v2/post/publish/video/init/" -H "Authorization: Bearer $token" \
    -H "Content-Type: application/json; charset=UTF-8" \
    -d "{\"post_info\":{\"title\":\"Canyon at dawn #travel\",\"privacy_level\":\"SELF_ONLY\"},\"source_info\":{\"source\":\"FILE_UPLOAD\",\"video_size\":$tsize,\"chunk_size\":$chunk,\"total_chunk_count\":3}}")
upload_url=$(echo "$init" | json "d['data']['upload_url']")
publish_id=$(echo "$init" | json "d['data']['publish_id']")
expected=(206 206 201)
for i in 0 1 2; do
    first=$((i * chunk))
    last=$(( i == 2 ? tsize - 1 : first + chunk - 1 ))
    head -c $((last + 1)) "$work/tiktok.mp4" | tail -c $((last - first + 1)) > "$work/chunk"
    got=$(curl -s -o /dev/null -w '%{http_code}' -X PUT "$upload_url" -H "Content-Type: video/mp4" \
        -H "Content-Range: bytes $first-$last/$tsize" --data-binary @"$work/chunk")
    [ "$got" = "${expected[$i]}" ] || fail "TikTok: chunk $i answered $got, expected ${expected[$i]}"
done

# --- What the simulator stored ------------------------------------------------------
world=$(curl -s "$base/_sandbox/world")
yt_hash=$(echo "$world" | json "[u['sha256'] for u in d['youtube']['uploads'] if u.get('complete')][0]")
tt_hash=$(echo "$world" | json "[u['sha256'] for u in d['tiktok']['uploads'] if u['publish_id']=='$publish_id'][0]")
[ "$yt_hash" = "$(sha256sum < "$work/clip.mp4" | cut -c1-64)" ] || fail "YouTube: stored file hash differs"
[ "$tt_hash" = "$(sha256sum < "$work/tiktok.mp4" | cut -c1-64)" ] || fail "TikTok: stored file hash differs"
echo "curl uploads: YouTube resumed after interruption, TikTok 3 chunks; both hashes match"
