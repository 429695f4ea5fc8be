#!/usr/bin/env bash
# Run every fuzz target for a fixed number of executions (default 10 million) and print one
# line of figures per target: executions, seconds, executions per second, corpus inputs,
# coverage (libFuzzer's cov/ft) and peak memory. Reads the corpora under fuzz/corpus (seed
# them first: scripts/fuzz-seed.sh); sends nothing anywhere.
# Usage: scripts/fuzz-all.sh [RUNS] [TARGET...]     (TARGETS default: all in fuzz/Cargo.toml)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10000000}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v audit-core-fuzz)
# Larger inputs only slow these down: a capture, an ETS export or an audit file of a few KB
# already reaches every branch of the readers (the seeds are cut to this length).
max_len() { case $1 in capture|knx_project) echo 4096 ;; files) echo 8192 ;; *) echo 0 ;; esac; }
mkdir -p fuzz/logs
for t in "${targets[@]}"; do
    log=fuzz/logs/$t.log
    extra=()
    [ "$(max_len "$t")" = 0 ] || extra+=("-max_len=$(max_len "$t")")
    start=$(date +%s)
    rc=0
    RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "fuzz/corpus/$t" -- -runs="$runs" -rss_limit_mb=2048 \
        -print_final_stats=1 "${extra[@]}" >"$log" 2>&1 || rc=$?
    secs=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log")
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1)
    crash=$(ls fuzz/artifacts/"$t" 2>/dev/null | wc -l)
    echo "$t exit=$rc execs=$execs seconds=$secs exec/s=$rate peak_rss_mb=$rss $cov artifacts=$crash"
done
