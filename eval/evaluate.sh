#!/usr/bin/env bash
# Learn on eval/pcaps/learn.pcap, detect on the validation capture and on each attack capture,
# for a few settings; print the detection table and the false alerts per hour as Markdown
# (the figures in docs/DETECTION.md). Reads files only; sends nothing.
# Usage: eval/evaluate.sh [BIN]   (default: target/release/bas-audit, built if missing)
# LEARN=FILE VALIDATE=FILE pick other learning/validation captures, e.g. the 31-min run:
#   LEARN=eval/pcaps/long/learn.pcap VALIDATE=eval/pcaps/long/validate.pcap eval/evaluate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/bas-audit}
[ -x "$bin" ] || cargo build --release -p bas-audit --locked -q
pcaps=eval/pcaps
learn=${LEARN:-$pcaps/learn.pcap}
validate=${VALIDATE:-$pcaps/validate.pcap}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# name | learn flags
settings=(
    "T=60 s, mad (defaults)|"
    "T=30 s, minmax t=0.5|--interval 30 --metric minmax"
    "T=10 s, mean t=3σ|--interval 10 --metric mean"
    "T=60 s, mad, setpoint t=0.05, sensor t=0.25|--tolerance-setpoint 0.05 --tolerance-sensor 0.25"
)
summarise() { # JSON report on stdin → "n_alerts|detectors"
    python3 -c '
import json, sys
r = json.load(sys.stdin)
names = sorted({a["detector"] + (":" + a["rule"] if a.get("rule") else "") for a in r["alerts"]})
print(str(len(r["alerts"])) + "|" + ", ".join(names))'
}
hours() { python3 -c 'import json,sys; print(json.load(sys.stdin)["stats"]["duration_s"] / 3600)'; }
hours_of() { capinfos -u -M "$1" | awk '/Capture duration/ {printf "%.2f", $(NF-1) / 3600}'; }

echo "learn: $learn, validate: $validate ($(hours_of "$validate") h)"
echo
echo "| setting | validation: alerts (per hour) | $(for f in "$pcaps"/attack-*.pcap; do basename "$f" .pcap | sed 's/attack-//'; done | paste -sd'|' | sed 's/|/ | /g') |"
echo "|---|---|$(for f in "$pcaps"/attack-*.pcap; do printf -- '---|'; done)"
for s in "${settings[@]}"; do
    label=${s%%|*}; flags=${s#*|}
    # shellcheck disable=SC2086
    "$bin" watch learn --pcap "$learn" --model "$tmp/m.json" $flags >/dev/null
    "$bin" watch detect --pcap "$validate" --model "$tmp/m.json" --json >"$tmp/v.json"
    n=$(summarise <"$tmp/v.json" | cut -d'|' -f1)
    h=$(hours <"$tmp/v.json")
    row="| $label | $n ($(python3 -c "print(f'{$n / $h:.2f}')")) |"
    for f in "$pcaps"/attack-*.pcap; do
        "$bin" watch detect --pcap "$f" --model "$tmp/m.json" --json >"$tmp/a.json"
        r=$(summarise <"$tmp/a.json")
        if [ "${r%%|*}" = 0 ]; then row="$row **missed** |"; else row="$row ${r#*|} |"; fi
    done
    echo "$row"
done
