#!/usr/bin/env bash
# Build the benchmark capture: the BACnet/IP packets of every public capture, concatenated
# COPIES times (default 100 → about 1.1 M packets). Reads files only; sends nothing.
# Usage: scripts/make-big-pcap.sh [COPIES] [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-100}
out=${2:-bench-data/bacnet-x$copies.pcap}
captures=${CAPTURES:-../shared/captures/public}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$out")"
i=0
for f in "$captures"/bacnet/*.pcap "$captures"/bacnet/*.pcapng; do
    i=$((i + 1))
    tshark -r "$f" -Y bvlc -F pcap -w "$tmp/part$i.pcap" 2>/dev/null
done
mergecap -a -F pcap -w "$tmp/once.pcap" "$tmp"/part*.pcap
once=$(capinfos -c -M "$tmp/once.pcap" | awk '/Number of packets/ {print $NF}')
args=(); for _ in $(seq "$copies"); do args+=("$tmp/once.pcap"); done
mergecap -a -F pcap -w "$out" "${args[@]}"
echo "$out: $copies x $once BACnet/IP packets = $((copies * once)) packets, $(stat -c %s "$out") bytes"
