#!/usr/bin/env bash
# The KNX evaluation: learn on eval/knx/pcaps/learn.pcap, detect on the normal test capture and
# on each attack capture, for a few settings; print the tables of docs/knx-watch-plan.md.
# Reads files only; sends nothing.
# Usage: eval/knx/evaluate.sh [BIN]   (default: target/release/bas-audit, built if missing)
# For each attack capture: the alerts at or after the attack's first packet that name the
# attack's subject (its address, group or source) — an attack with none is "missed" — and the
# others (false alerts). The last row runs the spoofed sensor right after the normal test
# (the two captures concatenated, as one visit would see them): a false alert on the same
# group raised during the normal test can fold the attack into it.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/bas-audit}
[ -x "$bin" ] || cargo build --release -p bas-audit --locked -q
pcaps=eval/knx/pcaps
learn=${LEARN:-$pcaps/learn.pcap}
validate=${VALIDATE:-$pcaps/validate.pcap}
sum="python3 eval/knx/summarise.py"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# name | learn flags
settings=(
    "T=60 s, mad (defaults)|"
    "T=30 s, minmax t=0.5|--interval 30 --metric minmax"
    "T=10 s, mean t=3σ|--interval 10 --metric mean"
    "T=60 s, mad, setpoint t=0.05, sensor t=0.25|--tolerance-setpoint 0.05 --tolerance-sensor 0.25"
)
# attack | what names it in an alert (regular expression)
subjects=(
    "inject|198\.18\.10\.66|1\.1\.99"
    "setpoint|3/2/1"
    "spoof-sensor|3/1/1"
    "flood|198\.18\.10\.66|1\.1\.32"
    "authorize|198\.18\.10\.66|1\.0\.201|[Aa]uthoriz"
    "outside|198\.18\.20\.66"
    "management|198\.18\.10\.66|1\.0\.201|[Mm]anagement"
)
subject_of() { local s; for s in "${subjects[@]}"; do [ "${s%%|*}" = "$1" ] && echo "${s#*|}"; done; }
hours() { python3 -c 'import json,sys; print(json.load(sys.stdin)["stats"]["duration_s"] / 3600)'; }

echo "learn: $learn; normal test: $validate"
echo
for s in "${settings[@]}"; do
    label=${s%%|*}; flags=${s#*|}
    # shellcheck disable=SC2086
    "$bin" watch learn --pcap "$learn" --model "$tmp/m.json" $flags >/dev/null
    "$bin" watch detect --pcap "$learn" --model "$tmp/m.json" --json >"$tmp/l.json"
    "$bin" watch detect --pcap "$validate" --model "$tmp/m.json" --json >"$tmp/v.json"
    v=$($sum alerts "$tmp/v.json")
    n=${v%%|*}
    h=$(hours <"$tmp/v.json")
    by=$(python3 -c '
import collections, json, sys
r = json.load(open(sys.argv[1]))
c = collections.Counter(a["detector"] + (":" + a["rule"] if a.get("rule") else "") for a in r["alerts"])
print(", ".join(f"{k} {v}" for k, v in sorted(c.items())))' "$tmp/v.json")
    echo "### $label"
    echo
    echo "- learning capture against its own model: $($sum alerts "$tmp/l.json" | cut -d'|' -f1) alerts"
    echo "- normal test capture: $n alerts ($(python3 -c "print(f'{$n / $h:.1f}')") per hour): $by"
    echo
    echo "| attack | alerts | false | naming the attack | detectors | first alert naming it |"
    echo "|---|---|---|---|---|---|"
    for f in "$pcaps"/attack-*.pcap; do
        name=$(basename "$f" .pcap); name=${name#attack-[0-9]-}
        start=$($sum start "$f" "$name")
        "$bin" watch detect --pcap "$f" --model "$tmp/m.json" --json >"$tmp/a.json"
        IFS='|' read -r total false related dets first < <($sum alerts "$tmp/a.json" "$start" "$(subject_of "$name")")
        [ "$related" = 0 ] && dets="**missed**"
        echo "| $name | $total | $false | $related | $dets | ${first:0:160} |"
    done
    if command -v mergecap >/dev/null; then
        f="$pcaps/attack-3-spoof-sensor.pcap"
        mergecap -F pcap -a -w "$tmp/vs.pcap" "$validate" "$f"
        start=$($sum start "$f" spoof-sensor)
        "$bin" watch detect --pcap "$tmp/vs.pcap" --model "$tmp/m.json" --json >"$tmp/a.json"
        IFS='|' read -r total false related dets first < <($sum alerts "$tmp/a.json" "$start" "$(subject_of spoof-sensor)")
        [ "$related" = 0 ] && dets="**missed** (folded: $(python3 -c '
import json, sys
for a in json.load(open(sys.argv[1]))["alerts"]:
    if "3/1/1 written" in a["summary"] and a["last_time_ns"] >= int(sys.argv[2]):
        print(a["summary"].split(";")[0] + ", " + str(a["count"]) + " times until " + a["last_time"][11:19]); break' "$tmp/a.json" "$start"))"
        echo "| normal test, then spoof-sensor | $total | $false | $related | $dets | ${first:0:160} |"
    fi
    echo
done
