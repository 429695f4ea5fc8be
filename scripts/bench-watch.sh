#!/usr/bin/env bash
# Throughput and peak memory of `bas-audit watch learn` and `watch detect` against tshark field
# extraction on the same file, in the same run. Reads files only; sends nothing.
# Figures go to docs/PERFORMANCE-watch.md.
# Usage: scripts/bench-watch.sh [COPIES]   (default 100 → ≈1.1 M packets)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-100}
big=bench-data/bacnet-x$copies.pcap
small=bench-data/bacnet-x$((copies / 10)).pcap
[ -f "$big" ] || scripts/make-big-pcap.sh "$copies" "$big"
[ -f "$small" ] || scripts/make-big-pcap.sh "$((copies / 10))" "$small"
cargo build --release -p bas-audit --locked -q
bin=target/release/bas-audit
packets=$(capinfos -c -M "$big" | awk '/Number of packets/ {print $NF}')
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

measure() { # label, command...: prints "label seconds peak_rss_kib"
    local label=$1; shift
    local t0 t1 rss
    t0=$(date +%s.%N)
    rss=$( { /usr/bin/time -f '%M' "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1)
    t1=$(date +%s.%N)
    echo "$label $(echo "$t1 - $t0" | bc) $rss"
}

echo "file: $big ($packets packets, $(stat -c %s "$big") bytes), cpu: $(nproc) cores"
"$bin" watch learn --pcap "$small" --model "$tmp/small.json" >/dev/null  # warm cache and binary
read -r _ learn_s learn_kib < <(measure learn "$bin" watch learn --pcap "$big" --model "$tmp/big.json")
read -r _ learn_small_s learn_small_kib < <(measure learn-small "$bin" watch learn --pcap "$small" --model "$tmp/small2.json")
read -r _ detect_s detect_kib < <(measure detect "$bin" watch detect --pcap "$big" --model "$tmp/big.json" --json)
read -r _ detect_small_s detect_small_kib < <(measure detect-small "$bin" watch detect --pcap "$small" --model "$tmp/small.json" --json)
read -r _ ts_s ts_kib < <(measure tshark tshark -r "$big" -T fields -e bacapp.type \
    -e bacapp.confirmed_service -e bacapp.unconfirmed_service)
pps() { echo "$packets / $1" | bc; }
echo "watch learn:  ${learn_s}s, $(pps "$learn_s") packets/s, peak RSS ${learn_kib} KiB (1/10 file: ${learn_small_kib} KiB)"
echo "watch detect: ${detect_s}s, $(pps "$detect_s") packets/s, peak RSS ${detect_kib} KiB (1/10 file: ${detect_small_kib} KiB)"
echo "tshark -T fields: ${ts_s}s, $(pps "$ts_s") packets/s, peak RSS ${ts_kib} KiB"
echo "ratio learn:  $(echo "scale=1; $ts_s / $learn_s" | bc)x"
echo "ratio detect: $(echo "scale=1; $ts_s / $detect_s" | bc)x"
echo "model: $(stat -c %s "$tmp/big.json") bytes; alerts on the file it was learned from: $(
    "$bin" watch detect --pcap "$big" --model "$tmp/big.json" --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["alerts"]))')"
