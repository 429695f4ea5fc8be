#!/usr/bin/env bash
# Run one cargo-fuzz target for a bounded time (default 600 s). cargo-fuzz needs nightly flags;
# RUSTC_BOOTSTRAP lets the stable toolchain accept them.
# Usage: scripts/fuzz.sh TARGET [SECONDS]   (targets: docs/FUZZING.md)
set -euo pipefail
cd "$(dirname "$0")/.."
target=$1; secs=${2:-600}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
[ -d fuzz/corpus/$target ] || scripts/fuzz-seed.sh
RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "fuzz/corpus/$target" -- -max_total_time="$secs" -rss_limit_mb=2048
