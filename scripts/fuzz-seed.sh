#!/usr/bin/env bash
# Seed the fuzz corpora with every BACnet and KNXnet/IP UDP payload of the public captures,
# and with the capture files themselves. Reads files only; sends nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
captures=${CAPTURES:-../shared/captures/public}
mkdir -p fuzz/corpus/bacnet fuzz/corpus/knxip fuzz/corpus/capture
n=0
for f in "$captures"/bacnet/* "$captures"/knx/*; do
    case "$f" in *.pcap|*.pcapng) ;; *) continue ;; esac
    cp "$f" fuzz/corpus/capture/
    case "$f" in */knx/*) dir=knxip ;; *) dir=bacnet ;; esac
    tshark -r "$f" -T fields -e udp.payload 2>/dev/null | sort -u | while read -r hex; do
        [ -n "$hex" ] || continue
        printf '%s' "$hex" | xxd -r -p > "fuzz/corpus/$dir/$(printf '%s' "$hex" | sha1sum | cut -c1-16)"
    done
done
for d in bacnet knxip capture; do
    n=$(ls fuzz/corpus/$d | wc -l); echo "fuzz/corpus/$d: $n seeds"
done
