#!/usr/bin/env bash
# The KNX evaluation: learn on eval/knx/pcaps/learn.pcap, with the building's ETS export
# (eval/knx/ets/building.csv) and without it (types inferred from traffic), detect on the
# learning capture itself, the normal test capture and each attack capture, for the settings
# of the BACnet evaluation; print the tables of docs/DETECTION.md ("KNX"). Reads files only;
# sends nothing. `cargo test` checks the same (audit-core/tests/watch_eval_knx.rs).
# Usage: eval/knx/evaluate.sh [BIN]   (default: target/release/bas-audit, built if missing)
# Per attack capture: the detectors of the alerts at or after the attack's first packet that
# name the attack's subject (its address, group or source) — an attack with none is
# "missed" —, the alerts before the attack (false alerts) and the others after it (effects of
# the attack on other devices, e.g. the light actuator answering a flood of switch commands).
# The last column runs the spoofed sensor right after the normal test (the two captures
# concatenated, as one visit would see them): an alert on the same group raised during the
# normal test must not hide it.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/bas-audit}
[ -x "$bin" ] || cargo build --release -p bas-audit --locked -q
pcaps=eval/knx/pcaps
ets=eval/knx/ets/building.csv
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
# cell REPORT START SUBJECT: "detectors naming it[; N before; M other]"
cell() {
    local total before related other dets first
    IFS='|' read -r total before related other dets first < <($sum alerts "$1" "$2" "$3")
    [ "$related" = 0 ] && dets="**missed**"
    local extra=""
    [ "$before" != 0 ] && extra+="; **$before before the attack**"
    [ "$other" != 0 ] && extra+="; $other other"
    echo "$dets$extra"
}
firsts=()
echo "learn: $learn; normal test: $validate"
echo
echo "| ETS export | setting | learning capture: alerts | normal test: alerts (per hour) | inject | setpoint | spoof-sensor | flood | authorize | outside | management | normal test, then spoof-sensor |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for with in yes no; do
    ets_flag=()
    [ $with = yes ] && ets_flag=(--ets "$ets")
    for s in "${settings[@]}"; do
        label=${s%%|*}; flags=${s#*|}
        # shellcheck disable=SC2086
        "$bin" watch learn --pcap "$learn" --model "$tmp/m.json" "${ets_flag[@]}" $flags >/dev/null
        "$bin" watch detect --pcap "$learn" --model "$tmp/m.json" --json >"$tmp/l.json"
        "$bin" watch detect --pcap "$validate" --model "$tmp/m.json" --json >"$tmp/v.json"
        l=$($sum alerts "$tmp/l.json" | cut -d'|' -f1)
        n=$($sum alerts "$tmp/v.json" | cut -d'|' -f1)
        h=$(hours <"$tmp/v.json")
        row="| $with | $label | $l | $n ($(python3 -c "print(f'{$n / $h:.1f}')")) |"
        for f in "$pcaps"/attack-*.pcap; do
            name=$(basename "$f" .pcap); name=${name#attack-[0-9]-}
            start=$($sum start "$f" "$name")
            "$bin" watch detect --pcap "$f" --model "$tmp/m.json" --json >"$tmp/a.json"
            row+=" $(cell "$tmp/a.json" "$start" "$(subject_of "$name")") |"
            if [ -z "$flags" ]; then
                firsts+=("| $with | $name | $($sum first "$tmp/a.json" "$start" "$(subject_of "$name")") |")
            fi
        done
        if command -v mergecap >/dev/null; then
            f="$pcaps/attack-3-spoof-sensor.pcap"
            mergecap -F pcap -a -w "$tmp/vs.pcap" "$validate" "$f"
            start=$($sum start "$f" spoof-sensor)
            "$bin" watch detect --pcap "$tmp/vs.pcap" --model "$tmp/m.json" --json >"$tmp/a.json"
            row+=" $(cell "$tmp/a.json" "$start" "$(subject_of spoof-sensor)") |"
        else
            row+=" (mergecap missing) |"
        fi
        echo "$row"
    done
done
echo
echo "The alert that explains each attack (defaults):"
echo
echo "| ETS export | attack | alert |"
echo "|---|---|---|"
printf '%s\n' "${firsts[@]}"
