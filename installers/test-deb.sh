#!/usr/bin/env bash
# Tested install of the Debian package on a clean Debian bookworm (issue 16).
#
#  1. builds the .deb (installers/deb/build.sh; profile dist unless BAS_AUDIT_DEB_PROFILE says)
#     or takes the one given as argument;
#  2. lintian, desktop-file-validate and appstreamcli on what the package ships;
#  3. a clean bookworm root with mmdebstrap, then `apt-get install ./bas-audit_*.deb` in it
#     (--no-install-recommends: Depends alone must be enough to start the app);
#  4. inside it, as an unprivileged user: `bas-audit --version`, `analyze` on a fixture capture
#     (output compared with the host build's), `check --demo --session` to make an audit session
#     and `report` on that session; live capture refused without the capability and with the
#     improved message, then allowed after `dpkg-reconfigure` answers yes, removed after no;
#  5. the installed GUI on a private Xvfb display: `bas-audit --demo`, then the desktop entry's
#     Exec= line; a screenshot of each, checked for a drawn window (and saved for a human look);
#  6. `apt-get purge`: every file the package installed is gone, nothing new was left behind, and
#     debconf forgot the answer.
#
# Network safety: everything that runs the app runs inside a network namespace this script
# creates (ip netns add; only its loopback exists there), behind a guard that refuses to run
# anywhere else; the demo building's simulators and the live capture use that loopback only.
# While the GUI runs, the script captures that loopback: the app must send nothing by itself
# (only the kernel's IGMP reports when the demo building joins its KNX group there). Only apt
# and mmdebstrap use the host's network (the Debian mirror).
# Mounts (proc, /dev/shm, the X socket) are made in private mount namespaces and vanish with them.
#
# Usage (as root): installers/test-deb.sh [PACKAGE.deb]
#   BAS_AUDIT_DEB_PROFILE=release     build with the release profile (faster; default: dist)
#   BAS_AUDIT_DEB_MIRROR=URL          Debian mirror (default http://deb.debian.org/debian)
#   BAS_AUDIT_DEB_OUT=DIR             where screenshots and logs are kept (target/test-deb)
#   BAS_AUDIT_DEB_KEEP=1              keep the chroot afterwards (under BAS_AUDIT_DEB_OUT)
set -euo pipefail
cd "$(dirname "$0")/.."

mirror=${BAS_AUDIT_DEB_MIRROR:-http://deb.debian.org/debian}
out=$(realpath -m "${BAS_AUDIT_DEB_OUT:-target/test-deb}")
fixture=eval/pcaps/learn.pcap

step() { printf '\n== test-deb: %s ==\n' "$*"; }
fail() { echo "test-deb: FAIL: $*" >&2; exit 1; }
passed=0
pass() { echo "test-deb: ok: $*"; passed=$((passed + 1)); }
now() { date +%s; }
t_start=$(now)

[ "$(id -u)" = 0 ] || fail "run as root (mmdebstrap, chroot and network namespaces need it)"
missing=()
for tool in mmdebstrap:mmdebstrap lintian:lintian desktop-file-validate:desktop-file-utils \
    appstreamcli:appstream Xvfb:xvfb import:imagemagick identify:imagemagick \
    xdotool:xdotool xprop:x11-utils ip:iproute2 python3:python3 getcap:libcap2-bin \
    tshark:tshark pdfinfo:poppler-utils pdftotext:poppler-utils; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
((${#missing[@]} == 0)) || fail "missing tools; apt-get install -y ${missing[*]}"

mkdir -p "$out"
work=$(mktemp -d /var/tmp/bas-audit-test-deb.XXXXXX)
root="$work/root"
netns="bas-audit-deb-$$"
xvfb_pid=""
app_pid=""
capture_pid=""
cleanup() {
    local rc=$?
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$capture_pid" ] && kill "$capture_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    # Only our own namespace, by its name; processes still in it are ours (the app).
    if ip netns list | awk '{print $1}' | grep -qx "$netns"; then
        for pid in $(ip netns pids "$netns" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null || true; done
        ip netns del "$netns" 2>/dev/null || true
    fi
    if [ "${BAS_AUDIT_DEB_KEEP:-}" = 1 ]; then
        echo "test-deb: kept $work"
    elif findmnt -rn -o TARGET | grep -q "^$work"; then
        # A mount still under the chroot (should never happen: all mounts are in private
        # namespaces). Never delete through it.
        echo "test-deb: NOT deleting $work: something is still mounted under it" >&2
    else
        rm -rf --one-file-system "$work"
    fi
    exit "$rc"
}
trap cleanup EXIT

# ---- 1. the package ----
step "build the package"
t0=$(now)
if [ $# -ge 1 ]; then
    deb=$(realpath "$1")
    host_bin=""
else
    deb=$(installers/deb/build.sh | tail -1)
    target_dir=$(cargo metadata --format-version 1 --no-deps |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
    host_bin="$target_dir/${BAS_AUDIT_DEB_PROFILE:-dist}/bas-audit"
fi
[ -f "$deb" ] || fail "no package at $deb"
t_build=$(($(now) - t0))
echo "package: $deb ($(du -k "$deb" | cut -f1) KiB, built in ${t_build} s)"
dpkg-deb -I "$deb" | sed -n '/Package:/,$p'
echo "-- contents (dpkg -c):"
dpkg-deb -c "$deb" | tee "$out/contents.txt"
version=$(dpkg-deb -f "$deb" Version)
upstream_version=${version%-*}

# ---- 2. static checks on what the package ships ----
step "lintian"
# Errors (E:) and warnings (W:) fail; info tags (I:) are shown and pass; overridden tags (O:) are
# shown with the reason the package gives (installers/deb/lintian-overrides). (lintian's own
# --fail-on counts shown overrides as failures, hence the grep.)
lintian_rc=0
lintian -I --show-overrides "$deb" >"$out/lintian.txt" 2>&1 || lintian_rc=$?
cat "$out/lintian.txt"
# 0: no tag, 2: tags shown; anything else is lintian failing to run.
[ "$lintian_rc" = 0 ] || [ "$lintian_rc" = 2 ] || fail "lintian did not run (exit $lintian_rc)"
if grep -Eq '^(E|W): ' "$out/lintian.txt"; then fail "lintian reported errors or warnings"; fi
pass "lintian: no error or warning"

step "desktop entry and AppStream metadata (as shipped)"
mkdir -p "$work/extract"
dpkg-deb -x "$deb" "$work/extract"
desktop="$work/extract/usr/share/applications/bas-audit.desktop"
desktop-file-validate "$desktop"
pass "desktop-file-validate $(basename "$desktop")"
for m in "$work"/extract/usr/share/metainfo/*.metainfo.xml; do
    appstreamcli validate --no-net "$m"
done
appstreamcli validate-tree --no-net "$work/extract"
pass "appstreamcli validate and validate-tree"

# ---- 3. a clean Debian with the package installed by apt ----
step "clean Debian bookworm root (mmdebstrap)"
t0=$(now)
mmdebstrap --mode=root --variant=apt --quiet bookworm "$root" \
    "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
    "deb ${mirror%/debian}/debian-security bookworm-security main"
t_root=$(($(now) - t0))
echo "root made in ${t_root} s: $(du -sm "$root" | cut -f1) MB"
# No service may start inside the root (none should be pulled in; this makes sure).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# in_root CMD...: run CMD in the root with the host's network (apt only), in a private mount
# namespace with /proc mounted.
in_root() {
    unshare --mount --propagation private -- sh -c \
        'mount -t proc proc "$0/proc" && exec chroot "$0" "$@"' "$root" \
        env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 "$@"
}

# ns_cmd [--user] CMD...: sets NS_CMD to a command that runs CMD in the root, inside our network
# namespace (checked from inside: refuses anywhere else) with only loopback up, in its own mount
# namespace with /proc, /dev/shm and the X socket mounted (mmdebstrap made the device nodes); --user runs it as nobody with a
# throw-away HOME. Every step execs the next, so "${NS_CMD[@]}" & gives the app's own pid.
# in_ns [--user] CMD...: runs it.
ip netns add "$netns"
ip netns exec "$netns" ip link set lo up
ns_cmd() {
    local as_user=()
    if [ "${1:-}" = --user ]; then
        as_user=(--userspec=65534:65534 --groups=65534)
        shift
    fi
    NS_CMD=(ip netns exec "$netns" unshare --mount --propagation private -- sh -c '
        if [ "$(ip netns identify $$)" != "$1" ]; then
            echo "refusing: not inside network namespace $1" >&2; exit 97
        fi
        root=$2; shift 2
        mount -t proc proc "$root/proc"
        mount -t tmpfs -o mode=1777,size=64m tmpfs "$root/dev/shm"
        if [ -S "/tmp/.X11-unix/X${DISPLAY_NUMBER:-none}" ]; then
            mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
        fi
        exec chroot "$@"' guard "$netns" "$root" "${as_user[@]}" "$root"
        env -i PATH=/usr/bin:/bin HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/xdg LANG=C.UTF-8
        DISPLAY=":${DISPLAY_NUMBER:-0}" "$@")
}
in_ns() {
    ns_cmd "$@"
    "${NS_CMD[@]}"
}

step "apt-get install ./$(basename "$deb") (no recommends)"
t0=$(now)
cp "$deb" "$root/tmp/"
in_root apt-get update -qq
in_root sh -c "cd /tmp && apt-get install -o Dpkg::Use-Pty=0 -y --no-install-recommends ./$(basename "$deb")" \
    | tee "$out/apt-install.txt"
t_install=$(($(now) - t0))
in_root dpkg -s bas-audit | grep -E '^(Status|Version|Depends|Recommends):'
in_root dpkg -L bas-audit | sort >"$work/files.txt"
echo "installed in ${t_install} s; $(wc -l <"$work/files.txt") paths from the package"
mkdir -p "$root/tmp/home" "$root/tmp/xdg" "$root/tmp/.X11-unix"
chown 65534:65534 "$root/tmp/home" "$root/tmp/xdg"
chmod 700 "$root/tmp/xdg"
chmod 1777 "$root/tmp/.X11-unix"
# The whole file system after install, to compare with after purge.
snapshot() {
    in_root find / -xdev \( -path /proc -o -path /tmp -o -path /var/cache/apt -o \
        -path /var/lib/apt -o -path /var/log \) -prune -o -print | sort
}

# ---- 4. the command line, installed ----
step "bas-audit --version"
got=$(in_ns --user bas-audit --version)
echo "$got"
if [ -n "$host_bin" ]; then
    want="bas-audit $upstream_version (commit $(git rev-parse --short=12 HEAD))"
    [ -n "${BAS_AUDIT_COMMIT:-}" ] && want="bas-audit $upstream_version (commit $BAS_AUDIT_COMMIT)"
    [ "$got" = "$want" ] || fail "--version printed '$got', expected '$want'"
else
    [[ "$got" =~ ^bas-audit\ $upstream_version\ \(commit\ [0-9A-Za-z._+-]+\)$ ]] ||
        fail "--version printed '$got'"
fi
pass "--version names the version and the commit"

step "bas-audit analyze $fixture"
cp "$fixture" "$root/tmp/fixture.pcap"
in_ns --user bas-audit analyze /tmp/fixture.pcap --json >"$work/analyze.json"
python3 - "$work/analyze.json" <<'EOF'
import json, sys
a = json.load(open(sys.argv[1]))
print(f"packets {a['packets']}, BACnet messages {a['bacnet']['messages']}, "
      f"KNX messages {a['knx']['messages']}")
assert a["packets"] > 0 and a["bacnet"]["messages"] > 0, a
EOF
if [ -n "$host_bin" ]; then
    "$host_bin" analyze "$fixture" --json >"$work/analyze-host.json"
    # The same report but for the file's name (its path differs in the root).
    python3 - "$work/analyze.json" "$work/analyze-host.json" <<'EOF' ||
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
a.pop("file"), b.pop("file")
sys.exit(a != b)
EOF
        fail "installed analyze differs from the host build's"
    pass "analyze: same JSON as the host build (but the file name)"
fi

step "bas-audit check --demo --session (a fixture session; demo building on loopback)"
in_ns --user bas-audit check --demo --session /tmp/home/demo-session.json --json \
    >"$work/check.json"
python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); print(len(c["findings"]), "findings")' \
    "$work/check.json"
[ -s "$root/tmp/home/demo-session.json" ] || fail "check --session wrote no session"
pass "session saved"

step "bas-audit report --session (pdf and html)"
# The site's name on the cover and in the PDF's title: non-ASCII text through the installed
# binary's embedded fonts, read back as a reader's tool sees it.
site="Haus Süd"
for format in pdf html; do
    if ! in_ns --user bas-audit report --session /tmp/home/demo-session.json --site "$site" \
        --format "$format" --out "/tmp/home/report.$format" >"$work/report-$format.log" 2>&1; then
        cat "$work/report-$format.log" >&2
        fail "bas-audit report --format $format failed"
    fi
done
cp "$root/tmp/home/report.pdf" "$root/tmp/home/report.html" "$out/"
pdfinfo "$out/report.pdf" | tee "$work/pdfinfo.txt"
pdf_field() { sed -n "s/^$1: *//p" "$work/pdfinfo.txt"; }
pages=$(pdf_field Pages)
[[ "$pages" =~ ^[0-9]+$ ]] && ((pages >= 2)) || fail "report.pdf: pdfinfo says Pages '$pages'"
[ "$(pdf_field Tagged)" = yes ] || fail "report.pdf is not tagged"
[[ "$(pdf_field 'Page size')" == *"(A4)"* ]] || fail "report.pdf is not A4"
[[ "$(pdf_field Title)" == *"$site"* ]] || fail "report.pdf title '$(pdf_field Title)' lacks '$site'"
# (To a file: `pdftotext | grep -q` fails under pipefail when grep stops reading early.)
pdftotext -enc UTF-8 "$out/report.pdf" "$work/report.txt"
grep -qF "$site" "$work/report.txt" || fail "report.pdf text lacks '$site'"
grep -qi '<html' "$out/report.html" || fail "report.html is not HTML"
grep -qF "$site" "$out/report.html" || fail "report.html lacks '$site'"
pass "report: PDF of $pages pages ($(stat -c %s "$out/report.pdf") B, tagged, A4, site in title and text), HTML $(stat -c %s "$out/report.html") B"

step "live capture: never granted silently"
# The host's getcap reads the file's capabilities (the root has no libcap2-bin yet).
caps=$(getcap "$root/usr/bin/bas-audit")
[ -z "$caps" ] || fail "the binary has capabilities after a default install: $caps"
in_root debconf-show bas-audit
live=(bas-audit watch learn --live 5 --interface lo --model /tmp/home/live-model.json)
if in_ns --user "${live[@]}" >"$work/live-denied.log" 2>&1; then
    fail "raw capture worked without CAP_NET_RAW"
fi
cat "$work/live-denied.log"
grep -q 'dpkg-reconfigure bas-audit' "$work/live-denied.log" ||
    fail "the permission message does not say how to allow live capture"
pass "refused without the capability, and the message says how"
# setcap comes from libcap2-bin, which the package recommends.
in_root apt-get install -o Dpkg::Use-Pty=0 -y -qq --no-install-recommends libcap2-bin >/dev/null
echo "bas-audit bas-audit/allow-raw-capture boolean true" | in_root debconf-set-selections
in_root dpkg-reconfigure bas-audit
caps=$(getcap "$root/usr/bin/bas-audit")
echo "after answering yes: $caps"
[[ "$caps" == *cap_net_raw=ep* ]] || fail "no CAP_NET_RAW after answering yes"
ns_cmd --user "${live[@]}"
"${NS_CMD[@]}" >"$work/live-allowed.log" 2>&1 &
learn_pid=$!
# Something to see while it listens: a BACnet Who-Is to 127.0.0.1 every 0.3 s for 4 s (13 in
# all), inside our namespace (guarded); the capture starts at some point in there.
ip netns exec "$netns" python3 - "$netns" <<'EOF'
import os, socket, subprocess, sys, time
here = subprocess.run(["ip", "netns", "identify", str(os.getpid())], capture_output=True, text=True)
if here.stdout.strip() != sys.argv[1]:
    sys.exit("refusing: not inside network namespace " + sys.argv[1])
who_is = bytes.fromhex("810b000c0120ffff00ff1008")
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    for _ in range(13):
        s.sendto(who_is, ("127.0.0.1", 47808))
        time.sleep(0.3)
EOF
wait "$learn_pid" ||
    { cat "$work/live-allowed.log"; fail "live capture still refused after answering yes"; }
head -1 "$work/live-allowed.log"
grep -Eq '^Learned +[1-9][0-9]* messages' "$work/live-allowed.log" ||
    fail "live capture ran but saw none of the Who-Is"
pass "live capture on lo works for an unprivileged user after answering yes"
echo "bas-audit bas-audit/allow-raw-capture boolean false" | in_root debconf-set-selections
in_root dpkg-reconfigure bas-audit
caps=$(getcap "$root/usr/bin/bas-audit")
[ -z "$caps" ] || fail "capability left after answering no: $caps"
pass "answering no removes it again"

# ---- 5. the GUI, installed ----
step "GUI under Xvfb"
for n in $(seq 90 140); do
    if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then
        DISPLAY_NUMBER=$n
        break
    fi
done
[ -n "${DISPLAY_NUMBER:-}" ] || fail "no free X display number"
export DISPLAY_NUMBER
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
    DISPLAY=":$DISPLAY_NUMBER" xdotool getdisplaygeometry >/dev/null 2>&1 && break
    sleep 0.1
done

# host_ns_cmd CMD...: sets HOST_NS_CMD to run a host program inside our network namespace,
# checked from inside; each step execs the next, so "${HOST_NS_CMD[@]}" & gives its own pid.
host_ns_cmd() {
    HOST_NS_CMD=(ip netns exec "$netns" sh -c '
        if [ "$(ip netns identify $$)" != "$1" ]; then
            echo "refusing: not inside network namespace $1" >&2; exit 97
        fi
        shift; exec "$@"' guard "$netns" "$@")
}

# gui_shot NAME CMD...: start CMD (the installed app) as nobody, wait for its window, let it
# draw, save a screenshot to OUT/NAME.png, check it shows a drawn window, stop the app.
gui_shot() {
    local name=$1 window="" colours sent
    shift
    # Everything on our loopback while the app runs (it is the only interface there).
    host_ns_cmd tshark -q -i lo -w "$work/$name.pcapng"
    "${HOST_NS_CMD[@]}" >"$work/$name-capture.log" 2>&1 &
    capture_pid=$!
    for _ in $(seq 50); do [ -s "$work/$name.pcapng" ] && break; sleep 0.1; done
    ns_cmd --user "$@"
    "${NS_CMD[@]}" >"$work/$name.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 600); do
        window=$(DISPLAY=":$DISPLAY_NUMBER" xdotool search --onlyvisible --name '^BAS Audit$' \
            2>/dev/null | head -1 || true)
        [ -n "$window" ] && break
        kill -0 "$app_pid" 2>/dev/null || { cat "$work/$name.log" >&2; fail "$name: the app exited"; }
        sleep 0.1
    done
    [ -n "$window" ] || { cat "$work/$name.log" >&2; fail "$name: no window within 60 s"; }
    sleep 4
    DISPLAY=":$DISPLAY_NUMBER" xprop -id "$window" WM_CLASS
    DISPLAY=":$DISPLAY_NUMBER" import -window root "$out/$name.png"
    colours=$(identify -format '%k' "$out/$name.png")
    echo "$name: window $window, screenshot $out/$name.png with $colours distinct colours"
    # An undrawn window is one flat colour (black or grey); the start screen has text,
    # buttons and anti-aliasing: hundreds.
    [ "$colours" -ge 64 ] || fail "$name: the screenshot has only $colours colours: nothing drawn"
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    sed 's/^/  app: /' "$work/$name.log" | tail -5
    sleep 1
    kill -INT "$capture_pid" 2>/dev/null || true
    wait "$capture_pid" 2>/dev/null || true
    capture_pid=""
    echo "  sent on loopback while the app ran:"
    tshark -r "$work/$name.pcapng" 2>/dev/null | sed 's/^/    /'
    # Allowed: only the kernel's IGMP membership reports when the demo building's simulated KNX
    # router joins its multicast group on loopback. No UDP, TCP or ICMP: the app scans nothing
    # by itself.
    sent=$(tshark -r "$work/$name.pcapng" -Y 'not igmp' 2>/dev/null | wc -l)
    [ "$sent" = 0 ] || fail "$name: the app sent $sent packets by itself"
    pass "$name: window drawn; no packet sent but IGMP on loopback"
}

gui_shot gui-demo bas-audit --demo

# The desktop entry's Exec= (as a launcher runs it), with its field codes (%f, %U, ...) dropped.
exec_line=$(sed -n '/^\[Desktop Entry\]/,/^\[/{s/^Exec=//p}' "$root/usr/share/applications/bas-audit.desktop")
read -r -a exec_cmd <<<"$(sed 's/ %[fFuUdDnNickvm]//g' <<<"$exec_line")"
echo "desktop entry Exec=$exec_line"
gui_shot gui-desktop-entry "${exec_cmd[@]}"

# ---- 6. purge ----
step "apt-get purge bas-audit"
snapshot >"$work/before-purge.txt"
in_root apt-get purge -o Dpkg::Use-Pty=0 -y bas-audit
snapshot >"$work/after-purge.txt"
python3 - "$work/files.txt" "$work/before-purge.txt" "$work/after-purge.txt" <<'EOF'
import sys
pkg = set(open(sys.argv[1]).read().split("\n")) - {"", "/."}
before = set(open(sys.argv[2]).read().split("\n")) - {""}
after = set(open(sys.argv[3]).read().split("\n")) - {""}
left = sorted(p for p in pkg if p in after)
# A directory the package shipped may stay only while another package's files live in it.
left_alone = [p for p in left if not any(q.startswith(p + "/") for q in after)]
new = sorted(after - before)
gone = sorted(before - after)
unexpected_gone = [p for p in gone if p not in pkg and not p.startswith("/var/lib/dpkg/info/bas-audit.")]
print(f"package paths: {len(pkg)}; removed by purge: {len(gone)}; still there: {len(left)} "
      f"(shared directories: {', '.join(left) or 'none'}); new: {len(new)}")
assert not left_alone, f"left behind: {left_alone}"
assert not new, f"created by the purge: {new}"
assert not unexpected_gone, f"removed although not ours: {unexpected_gone}"
EOF
# Nothing anywhere on the system carries the name any more (the app's own runs wrote only into
# the user's home under /tmp, which is user data, not the package's).
leftovers=$(in_root find / -xdev \( -path /proc -o -path /tmp -o -path /var/log -o \
    -path /var/cache/apt \) -prune -o \( -name '*bas-audit*' -o -name '*bas_audit*' \) -print)
[ -z "$leftovers" ] || fail "left behind: $leftovers"
if grep -l 'bas-audit' "$root"/var/cache/debconf/*.dat "$root/var/lib/dpkg/status"; then
    fail "debconf or dpkg still knows bas-audit"
fi
pass "purged: nothing left behind, debconf forgot the answer"

step "summary"
echo "package $(basename "$deb"): build ${t_build} s, clean root ${t_root} s, apt install ${t_install} s, total $(($(now) - t_start)) s"
echo "screenshots and logs: $out"
echo "test-deb: $passed passed, 0 failed"
