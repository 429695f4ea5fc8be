#!/usr/bin/env bash
# Did a change keep the behaviour? Runs an OLD and a NEW bas-audit on the same inputs and compares
# what they print (stdout, stderr, exit status) and the models they write:
#   - `analyze --json` on every capture under ../shared/captures/public;
#   - `watch learn` on eval/pcaps/learn.pcap (the model file and the summary), then
#     `watch detect --json` with that model on every eval/pcaps/*.pcap;
#   - `discover --demo --json` and `check --demo --json` (the demo building on loopback);
#   - the same commands' text output (without --json).
# Times, durations, the demo's loopback ports and the demo's drifting sensor values are masked;
# everything else must be equal. One line per comparison, then a summary; exit 1 on any
# difference. Reads files and talks to the demo building on loopback only.
# Usage: scripts/compare-behaviour.sh OLD_BIN NEW_BIN
#   CAPTURES=DIR overrides the public captures folder.
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "usage: $0 OLD_BIN NEW_BIN" >&2
    exit 2
fi
old=$(realpath "$1")
new=$(realpath "$2")
cd "$(dirname "$0")/.."
root=$(pwd)
captures=${CAPTURES:-$root/../shared/captures/public}
for bin in "$old" "$new"; do
    [ -x "$bin" ] || { echo "$0: $bin is not an executable" >&2; exit 2; }
done
[ -d "$captures" ] || { echo "$0: no captures at $captures (set CAPTURES)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/old" "$work/new"

# Masks and compares two runs; prints the first differences. Exit 0 when equal.
cat >"$work/compare.py" <<'PY'
import json, re, sys

# Loopback endpoints of the demo building: the ports are whatever was free.
ENDPOINT = re.compile(r"(127\.\d{1,3}\.\d{1,3}\.\d{1,3}):\d+")
PORT_WORDS = re.compile(r"\bport \d+")
# Wall-clock times and durations of a run.
TIME_KEYS = {"started", "elapsed_s", "time_ms", "t_s", "checked", "created", "updated"}
# Ports of the demo building (standard ones when free, others otherwise).
PORT_KEYS = {"bacnet_port", "knx_port", "ssdp_port", "nat_pmp_port", "external_port", "internal_port"}
TIME_TEXT = re.compile(r"\b\d+\.\d s\b|\bin \d+\.\d+ s\b")

def mask_text(s):
    return PORT_WORDS.sub("port <port>", ENDPOINT.sub(r"\1:<port>", s))

def mask(v):
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            if k in TIME_KEYS:
                out[k] = "<time>"
            elif k in PORT_KEYS and isinstance(x, int):
                out[k] = "<port>"
            elif k == "present_value" and v.get("object_type") == "analog-input":
                # The demo's sensors drift with the clock.
                out[k] = "<varies>"
            else:
                out[k] = mask(x)
        return out
    if isinstance(v, list):
        return [mask(x) for x in v]
    if isinstance(v, str):
        return mask_text(v)
    return v

def differences(a, b, path="$"):
    if type(a) is not type(b):
        yield f"{path}: {json.dumps(a)[:120]} != {json.dumps(b)[:120]}"
    elif isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a:
                yield f"{path}.{k}: only in new"
            elif k not in b:
                yield f"{path}.{k}: only in old"
            else:
                yield from differences(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        if len(a) != len(b):
            yield f"{path}: {len(a)} items != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            yield from differences(x, y, f"{path}[{i}]")
    elif a != b:
        yield f"{path}: {json.dumps(a)[:120]} != {json.dumps(b)[:120]}"

def load(path, kind):
    text = open(path, encoding="utf-8", errors="replace").read()
    if kind == "json":
        return mask(json.loads(text)) if text.strip() else None
    # Text: one masked line per entry; a run's own duration is a time too.
    return [TIME_TEXT.sub("<time>", mask_text(line)) for line in text.splitlines()]

kind, a, b = sys.argv[1], sys.argv[2], sys.argv[3]
diffs = list(differences(load(a, kind), load(b, kind)))
for d in diffs[:12]:
    print(d)
if len(diffs) > 12:
    print(f"... {len(diffs) - 12} more")
sys.exit(1 if diffs else 0)
PY

total=0
differ=0
# compare NAME KIND FILE: FILE (relative to each side's folder) holds the run's output.
compare() {
    local name=$1 kind=$2 file=$3
    total=$((total + 1))
    if python3 "$work/compare.py" "$kind" "$work/old/$file" "$work/new/$file" >"$work/diff"; then
        echo "same     $name"
    else
        differ=$((differ + 1))
        echo "DIFFERS  $name"
        sed 's/^/           /' "$work/diff"
    fi
}

# run NAME ARGS...: runs both binaries in their own folder (same relative paths), keeping
# stdout, stderr and the exit status.
run() {
    local name=$1
    shift
    for side in old new; do
        local bin=$old
        [ $side = new ] && bin=$new
        (cd "$work/$side" && set +e && "$bin" "$@" >"$name.out" 2>"$name.err"; echo "exit $?" >"$name.status")
    done
}

# run_and_compare LABEL KEY KIND ARGS...: stdout compared as KIND, stderr and the exit status
# as text; KEY names the output files.
run_and_compare() {
    local label=$1 key=$2 kind=$3
    shift 3
    run "$key" "$@"
    compare "$label" "$kind" "$key.out"
    compare "$label (stderr)" text "$key.err"
    compare "$label (exit status)" text "$key.status"
}

# 1. Capture analysis on every public capture (JSON, and the text report).
i=0
while IFS= read -r capture; do
    i=$((i + 1))
    rel=${capture#"$captures"/}
    run_and_compare "analyze --json $rel" "analyze-$i" json analyze "$capture" --json
    run_and_compare "analyze $rel (text)" "analyze-text-$i" text analyze "$capture"
done < <(find "$captures" -type f \( -name '*.pcap' -o -name '*.pcapng' -o -name '*.cap' \) | sort)

# 2. Learning watch: learn, then detect on every evaluation capture with each side's own model.
run_and_compare "watch learn learn.pcap" learn text \
    watch learn --pcap "$root/eval/pcaps/learn.pcap" --model model.json
compare "watch learn learn.pcap: the model" json model.json
for pcap in "$root"/eval/pcaps/*.pcap; do
    name=$(basename "$pcap" .pcap)
    run_and_compare "watch detect --json $name.pcap" "detect-$name" json \
        watch detect --pcap "$pcap" --model model.json --json
    run_and_compare "watch detect $name.pcap (text)" "detect-text-$name" text \
        watch detect --pcap "$pcap" --model model.json
done

# 3. The demo building.
run_and_compare "discover --demo --json" discover json discover --demo --json
run_and_compare "check --demo --json" check json check --demo --json
run_and_compare "discover --demo (text)" discover-text text discover --demo
run_and_compare "check --demo (text)" check-text text check --demo

echo
echo "$total comparisons: $((total - differ)) same, $differ differ"
[ "$differ" -eq 0 ]
