#!/usr/bin/env bash
# Throughput and peak memory of `bas-audit analyze` against tshark field extraction on the same
# file, in the same run. Reads files only; sends nothing. Figures go to docs/PERFORMANCE.md.
# Usage: scripts/bench-analyze.sh [COPIES]   (default 100 → ≈1.1 M packets)
# BIN=path measures that binary instead of building one; OLD_BIN=path also measures an older
# binary in the same run (same file, same tshark figure), for before/after ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-100}
big=bench-data/bacnet-x$copies.pcap
small=bench-data/bacnet-x$((copies / 10)).pcap
[ -f "$big" ] || scripts/make-big-pcap.sh "$copies" "$big"
[ -f "$small" ] || scripts/make-big-pcap.sh "$((copies / 10))" "$small"
bin=${BIN:-target/release/bas-audit}
[ -n "${BIN:-}" ] || cargo build --release -p bas-audit --locked -q
packets=$(capinfos -c -M "$big" | awk '/Number of packets/ {print $NF}')

measure() { # label, command...: prints "label wall_s peak_rss_kib cpu_s"
    local label=$1; shift
    local t0 t1 out
    out=$(mktemp)
    t0=$(date +%s.%N)
    /usr/bin/time -f '%M %U %S' -o "$out" "$@" >/dev/null 2>&1
    t1=$(date +%s.%N)
    read -r rss user sys < <(tail -1 "$out")
    echo "$label $(echo "$t1 - $t0" | bc) $rss $(echo "$user + $sys" | bc)"
    rm -f "$out"
}

passes=${PASSES:-5}
# label, command...: PASSES passes, the median by CPU time (a pass is ≈0.2 s of CPU here, counted
# in 10 ms steps, so one pass alone is too coarse to compare two binaries).
measure_median() {
    local label=$1; shift
    for _ in $(seq 1 "$passes"); do measure "$label" "$@"; done | sort -k4,4n | sed -n "$(( (passes + 1) / 2 ))p"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "file: $big ($packets packets, $(stat -c %s "$big") bytes), cpu: $(nproc) cores"
"$bin" analyze "$small" >/dev/null  # warm the page cache and the binary
read -r _ ours_s ours_kib ours_cpu < <(measure_median ours "$bin" analyze "$big" --json)
read -r _ _ ours_small_kib _ < <(measure ours-small "$bin" analyze "$small" --json)
read -r _ ts_s ts_kib ts_cpu < <(measure tshark tshark -r "$big" -T fields -e bacapp.type \
    -e bacapp.confirmed_service -e bacapp.unconfirmed_service)
ours_pps=$(echo "$packets / $ours_s" | bc)
ts_pps=$(echo "$packets / $ts_s" | bc)
echo "(our figures: the median of $passes passes by CPU time)"
echo "bas-audit analyze: wall ${ours_s}s (${ours_pps} packets/s), CPU ${ours_cpu}s, peak RSS ${ours_kib} KiB (1/10 file: ${ours_small_kib} KiB)"
echo "tshark -T fields:  wall ${ts_s}s (${ts_pps} packets/s), CPU ${ts_cpu}s, peak RSS ${ts_kib} KiB"
echo "throughput ratio: wall $(echo "scale=1; $ts_s / $ours_s" | bc)x, CPU $(echo "scale=1; $ts_cpu / $ours_cpu" | bc)x"
if [ -n "${OLD_BIN:-}" ]; then
    "$OLD_BIN" analyze "$small" >/dev/null
    read -r _ old_s old_kib old_cpu < <(measure_median old "$OLD_BIN" analyze "$big" --json)
    echo "old binary ($OLD_BIN): wall ${old_s}s, CPU ${old_cpu}s, peak RSS ${old_kib} KiB"
    echo "old throughput ratio: wall $(echo "scale=1; $ts_s / $old_s" | bc)x, CPU $(echo "scale=1; $ts_cpu / $old_cpu" | bc)x"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
