#!/usr/bin/env bash
# Throughput and peak memory of `bas-audit watch learn` and `watch detect` against tshark field
# extraction on the same file, in the same run. Reads files only; sends nothing.
# Figures go to docs/PERFORMANCE.md §3.
# Usage: scripts/bench-watch.sh [COPIES]   (default 100 → ≈1.1 M packets)
# RUNS=N repeats the timed passes (default 3) and prints every run: on a shared machine CPU time
# (user+sys) is the figure to compare, and the load average is printed with each run. Within a
# run, our passes (well under a second each) are repeated PASSES times (default 5) and the median
# is used, with the range shown: a single pass on a shared VM now and then takes 15 % longer.
# PROFILE=release measures the plain release build instead of the dist one. BIN=path measures
# that binary instead of building one; OLD_BIN=path also measures an older binary in each run
# (learn and detect, PASSES passes each, against the same tshark figure) for before/after ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-100}
big=bench-data/bacnet-x$copies.pcap
small=bench-data/bacnet-x$((copies / 10)).pcap
[ -f "$big" ] || scripts/make-big-pcap.sh "$copies" "$big"
[ -f "$small" ] || scripts/make-big-pcap.sh "$((copies / 10))" "$small"
# The dist profile is the shipped binary (whole-program optimisation, see Cargo.toml).
PROFILE=${PROFILE:-dist}
if [ -n "${BIN:-}" ]; then
    bin=$BIN
else
    cargo build --profile "$PROFILE" -p bas-audit --locked -q
    bin=target/$PROFILE/bas-audit
    [ "$PROFILE" = dev ] && bin=target/debug/bas-audit
fi
packets=$(capinfos -c -M "$big" | awk '/Number of packets/ {print $NF}')
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

measure() { # label, command...: prints "label wall_s cpu_s peak_rss_kib"
    local label=$1; shift
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" >/dev/null 2>&1
    read -r wall user sys rss <"$tmp/time"
    echo "$label $wall $(echo "$user + $sys" | bc) $rss"
}

passes=${PASSES:-5}
# label, command...: PASSES passes; prints "label wall_s cpu_s peak_rss_kib cpu_min cpu_max", the
# median pass by CPU time (its wall time and RSS), and the fastest and slowest CPU times.
measure_median() {
    local label=$1; shift
    for _ in $(seq 1 "$passes"); do measure "$label" "$@"; done | sort -k3,3n | awk -v n="$passes" '
        { line[NR] = $0; cpu[NR] = $3 }
        END { split(line[int((n + 1) / 2)], m, " ");
              printf "%s %s %s %s %s %s\n", m[1], m[2], m[3], m[4], cpu[1], cpu[n] }'
}

echo "file: $big ($packets packets, $(stat -c %s "$big") bytes), cpu: $(nproc) cores"
"$bin" watch learn --pcap "$small" --model "$tmp/small.json" >/dev/null  # warm cache and binary
runs=${RUNS:-3}
for run in $(seq 1 "$runs"); do
echo "--- run $run of $runs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
read -r _ learn_s learn_cpu learn_kib learn_lo learn_hi < <(measure_median learn "$bin" watch learn --pcap "$big" --model "$tmp/big.json")
read -r _ _ _ learn_small_kib < <(measure learn-small "$bin" watch learn --pcap "$small" --model "$tmp/small2.json")
read -r _ detect_s detect_cpu detect_kib detect_lo detect_hi < <(measure_median detect "$bin" watch detect --pcap "$big" --model "$tmp/big.json" --json)
read -r _ _ _ detect_small_kib < <(measure detect-small "$bin" watch detect --pcap "$small" --model "$tmp/small.json" --json)
read -r _ an_s an_cpu an_kib an_lo an_hi < <(measure_median analyze "$bin" analyze "$big")
read -r _ ts_s ts_cpu ts_kib < <(measure tshark tshark -r "$big" -T fields -e bacapp.type \
    -e bacapp.confirmed_service -e bacapp.unconfirmed_service)
pps() { echo "$packets / $1" | bc; }
echo "load average before tshark: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "watch learn:  wall ${learn_s}s ($(pps "$learn_s") packets/s), cpu ${learn_cpu}s (median of $passes, range ${learn_lo}-${learn_hi}s), peak RSS ${learn_kib} KiB (1/10 file: ${learn_small_kib} KiB)"
echo "watch detect: wall ${detect_s}s ($(pps "$detect_s") packets/s), cpu ${detect_cpu}s (median of $passes, range ${detect_lo}-${detect_hi}s), peak RSS ${detect_kib} KiB (1/10 file: ${detect_small_kib} KiB)"
echo "analyze (codec floor): wall ${an_s}s, cpu ${an_cpu}s (median of $passes, range ${an_lo}-${an_hi}s), peak RSS ${an_kib} KiB"
echo "tshark -T fields: wall ${ts_s}s ($(pps "$ts_s") packets/s), cpu ${ts_cpu}s, peak RSS ${ts_kib} KiB"
echo "ratio learn:  wall $(echo "scale=1; $ts_s / $learn_s" | bc)x, cpu $(echo "scale=1; $ts_cpu / $learn_cpu" | bc)x"
echo "ratio detect: wall $(echo "scale=1; $ts_s / $detect_s" | bc)x, cpu $(echo "scale=1; $ts_cpu / $detect_cpu" | bc)x"
echo "ratio range over the passes (cpu): learn $(echo "scale=1; $ts_cpu / $learn_hi" | bc)-$(echo "scale=1; $ts_cpu / $learn_lo" | bc)x, detect $(echo "scale=1; $ts_cpu / $detect_hi" | bc)-$(echo "scale=1; $ts_cpu / $detect_lo" | bc)x"
if [ -n "${OLD_BIN:-}" ]; then
    "$OLD_BIN" watch learn --pcap "$small" --model "$tmp/old-small.json" >/dev/null
    read -r _ _ old_learn_cpu _ _ _ < <(measure_median old-learn "$OLD_BIN" watch learn --pcap "$big" --model "$tmp/old-big.json")
    read -r _ _ old_detect_cpu _ _ _ < <(measure_median old-detect "$OLD_BIN" watch detect --pcap "$big" --model "$tmp/old-big.json" --json)
    echo "old binary ($OLD_BIN): learn cpu ${old_learn_cpu}s, detect cpu ${old_detect_cpu}s (medians of $passes)"
    echo "old ratio learn:  cpu $(echo "scale=1; $ts_cpu / $old_learn_cpu" | bc)x; old ratio detect: cpu $(echo "scale=1; $ts_cpu / $old_detect_cpu" | bc)x"
fi
done
echo "model: $(stat -c %s "$tmp/big.json") bytes; alerts on the file it was learned from: $(
    "$bin" watch detect --pcap "$big" --model "$tmp/big.json" --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["alerts"]))')"
