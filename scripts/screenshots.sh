#!/usr/bin/env bash
# Screenshots of the real desktop app, for a human look and for the README.
#
# Starts `bas-audit` under Xvfb on a private display and saves PNGs of the start screen, the
# capture analysis screen (the app is told to analyse a public capture on start through
# BAS_AUDIT_OPEN_CAPTURE), the Devices screen after a discovery of the built-in demo building
# (`bas-audit --demo`; the script clicks Discover and then "Allow and send" in the consent dialog)
# the Findings screen and the homeowner self-check after a check run on the demo building
# (BAS_AUDIT_DEMO_SCREEN=findings|self-check opens that screen of `--demo`; the script clicks the
# run button, then the allow button of the consent dialog), and the Learning watch screen with alerts (BAS_AUDIT_WATCH_LEARN / BAS_AUDIT_WATCH_DETECT: learn
# from a lab capture, then detect on an attack capture). Saved audits go to a throw-away folder
# (BAS_AUDIT_DATA_DIR).
# Network safety: only the demo discovery and demo checks send, and only to the demo simulators
# (devices, gateways, home router) the app itself starts on loopback (127.0.0.x); the app started without --demo sends nothing here, it only reads
# capture files and lists the local interfaces. No real interface is ever scanned.
#
# Needs (installs nothing itself): Xvfb, ImageMagick `import`, xdotool.
#   Debian/Ubuntu: apt-get install -y xvfb imagemagick xdotool
# Usage: scripts/screenshots.sh [OUT_DIR]      (default target/screenshots)
#   BIN=path/to/bas-audit   use this binary instead of building one (debug build)
#   CAPTURE=file.pcap       capture to show (default: a public BACnet capture in ../shared)
#   SIZE=1100x760           window size (the app opens at 1100x760)
#   LEARN=, ATTACK=         captures for the Learning watch picture (default: eval/pcaps)
#   ONLY=findings,self-check  take only these pictures (names as saved, without .png)
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-target/screenshots}
capture=${CAPTURE:-../shared/captures/public/bacnet/ndpi_bacnet.pcap}
learn=${LEARN:-eval/pcaps/learn.pcap}
attack=${ATTACK:-eval/pcaps/attack-2-tampering1.pcap}

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v import >/dev/null || missing+=(imagemagick)
command -v xdotool >/dev/null || missing+=(xdotool)
if ((${#missing[@]})); then
    echo "screenshots.sh: missing ${missing[*]}; install with: apt-get install -y ${missing[*]}" >&2
    exit 2
fi
if [ ! -f "$capture" ]; then
    echo "screenshots.sh: capture not found: $capture (set CAPTURE=...)" >&2
    exit 2
fi

if [ -z "${BIN:-}" ]; then
    cargo build -p bas-audit --quiet
    BIN=$(cargo metadata --format-version 1 --no-deps |
        sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug/bas-audit
fi
[ -x "$BIN" ] || { echo "screenshots.sh: no binary at $BIN" >&2; exit 2; }

work=$(mktemp -d)
chmod 700 "$work"
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# A private display: the first free number from 90 on.
display=""
for n in $(seq 90 140); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
        display=":$n"
        break
    fi
done
[ -n "$display" ] || { echo "screenshots.sh: no free X display number" >&2; exit 1; }

Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done

mkdir -p "$out"
export DISPLAY=$display XDG_RUNTIME_DIR=$work BAS_AUDIT_DATA_DIR=$work/data

# shot NAME SETTLE_SECONDS [ENV=VALUE...]: start the app, wait for its window, let it settle,
# save the window as OUT/NAME.png, stop the app.
shot() {
    local name=$1 settle=$2
    shift 2
    env "$@" "$BIN" >"$work/$name.log" 2>&1 &
    app_pid=$!
    local window=""
    for _ in $(seq 300); do
        window=$(xdotool search --onlyvisible --name '^BAS Audit$' 2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        kill -0 "$app_pid" 2>/dev/null || { cat "$work/$name.log" >&2; return 1; }
        sleep 0.1
    done
    [ -n "$window" ] || { echo "screenshots.sh: no window for $name" >&2; return 1; }
    sleep "$settle"
    # Park the pointer in a corner so no tooltip covers the picture.
    xdotool mousemove --window "$window" 1090 750 || true
    sleep 0.5
    import -window "$window" "$out/$name.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    echo "$out/$name.png"
}

# shot_after_click NAME X Y: like `shot`, but first clicks at window coordinates X,Y (a real
# mouse click through xdotool) and waits for the screen it opens.
shot_after_click() {
    local name=$1 x=$2 y=$3
    "$BIN" >"$work/$name.log" 2>&1 &
    app_pid=$!
    local window=""
    for _ in $(seq 300); do
        window=$(xdotool search --onlyvisible --name '^BAS Audit$' 2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        sleep 0.1
    done
    [ -n "$window" ] || { echo "screenshots.sh: no window for $name" >&2; return 1; }
    sleep 2
    xdotool mousemove --window "$window" "$x" "$y" click 1
    sleep 2
    import -window "$window" "$out/$name.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    echo "$out/$name.png"
}

# want NAME: whether ONLY (if set) lists this picture.
want() { [ -z "${ONLY:-}" ] || [[ ",$ONLY," == *",$1,"* ]]; }

want start-screen && shot start-screen 2
want capture-analysis && shot capture-analysis 4 "BAS_AUDIT_OPEN_CAPTURE=$(realpath "$capture")"
# The "Installer audit" button on the start screen (1100x760 window); if the layout moves, this
# picture shows the start screen instead, which is easy to spot.
want scope && shot_after_click scope 180 164

# shot_demo_discovery NAME: `bas-audit --demo` opens on the Devices screen of the demo building
# (simulators on loopback); click Discover, then "Allow and send" in the consent dialog, wait for
# the table, save. Coordinates are for the 1100x760 window; if the layout moves, the picture
# shows the screen before discovery or the consent dialog, which is easy to spot.
shot_demo_discovery() {
    local name=$1
    "$BIN" --demo >"$work/$name.log" 2>&1 &
    app_pid=$!
    local window=""
    for _ in $(seq 300); do
        window=$(xdotool search --onlyvisible --name '^BAS Audit$' 2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        sleep 0.1
    done
    [ -n "$window" ] || { echo "screenshots.sh: no window for $name" >&2; return 1; }
    sleep 2
    xdotool mousemove --window "$window" "${DISCOVER_X:-240}" "${DISCOVER_Y:-191}" click 1
    sleep 1.5
    import -window "$window" "$out/$name-consent.png"
    xdotool mousemove --window "$window" "${ALLOW_X:-454}" "${ALLOW_Y:-622}" click 1
    sleep "${DISCOVERY_WAIT:-8}"
    xdotool mousemove --window "$window" 1090 750
    sleep 0.5
    import -window "$window" "$out/$name.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    echo "$out/$name.png"
}

want devices-demo && shot_demo_discovery devices-demo

# shot_demo_checks NAME SCREEN RUN_X RUN_Y ALLOW_X ALLOW_Y: `bas-audit --demo` opened on SCREEN
# (findings | self-check); click the run button, save the consent dialog as NAME-consent.png,
# click its allow button, wait for the verdict, save NAME.png. Coordinates are for the 1100x760
# window; a moved layout shows the screen before the run, which is easy to spot.
shot_demo_checks() {
    local name=$1 screen=$2 run_x=$3 run_y=$4 allow_x=$5 allow_y=$6
    BAS_AUDIT_DEMO_SCREEN=$screen "$BIN" --demo >"$work/$name.log" 2>&1 &
    app_pid=$!
    local window=""
    for _ in $(seq 300); do
        window=$(xdotool search --onlyvisible --name '^BAS Audit$' 2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        sleep 0.1
    done
    [ -n "$window" ] || { echo "screenshots.sh: no window for $name" >&2; return 1; }
    sleep 2
    # Move first, then click: egui needs the pointer over the button before the press.
    xdotool mousemove --window "$window" "$run_x" "$run_y"
    sleep 0.3
    xdotool click 1
    sleep 1.5
    import -window "$window" "$out/$name-consent.png"
    xdotool mousemove --window "$window" "$allow_x" "$allow_y"
    sleep 0.3
    xdotool click 1
    sleep "${CHECKS_WAIT:-10}"
    xdotool mousemove --window "$window" 1090 750
    sleep 0.5
    import -window "$window" "$out/$name.png"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    echo "$out/$name.png"
}

want findings && shot_demo_checks findings findings 249 181 414 693
want self-check && shot_demo_checks self-check self-check 300 353 399 600
if want learning-watch && [ -f "$learn" ] && [ -f "$attack" ]; then
    shot learning-watch 10 "BAS_AUDIT_WATCH_LEARN=$(realpath "$learn")" \
        "BAS_AUDIT_WATCH_DETECT=$(realpath "$attack")"
fi
