#!/usr/bin/env bash
# Seed the fuzz corpora with every BACnet and KNXnet/IP UDP payload of the public captures,
# and with the capture files themselves. Reads files only; sends nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
captures=${CAPTURES:-../shared/captures/public}
mkdir -p fuzz/corpus/bacnet fuzz/corpus/knxip fuzz/corpus/capture fuzz/corpus/knx_project
# ETS exports and projects (the importer's fixtures and the KNX evaluation building's exports).
cp audit-core/src/knx_project/fixtures/* eval/knx/ets/* fuzz/corpus/knx_project/
n=0
for f in "$captures"/bacnet/* "$captures"/knx/*; do
    case "$f" in *.pcap|*.pcapng) ;; *) continue ;; esac
    cp "$f" fuzz/corpus/capture/
    case "$f" in */knx/*) dir=knxip ;; *) dir=bacnet ;; esac
    tshark -r "$f" -T fields -e udp.payload -e tcp.payload 2>/dev/null | tr '\t' '\n' | sort -u | while read -r hex; do
        [ -n "$hex" ] || continue
        printf '%s' "$hex" | xxd -r -p > "fuzz/corpus/$dir/$(printf '%s' "$hex" | sha1sum | cut -c1-16)"
    done
done
# The KNXnet/IP codec's hand-built frames for every service (public captures hold only three).
cargo test -q -p audit-core --lib knxip::tests::dump_for_tshark -- --ignored --nocapture 2>/dev/null |
    python3 -c '
import sys, hashlib
frame = ""
for line in sys.stdin.read().splitlines() + [""]:
    if len(line) > 8 and line[:6].isalnum() and line[6:8] == "  ":
        frame += line[8:].replace(" ", "")
    elif frame:
        data = bytes.fromhex(frame)
        open("fuzz/corpus/knxip/spec-" + hashlib.sha1(data).hexdigest()[:16], "wb").write(data)
        frame = ""
'
for d in bacnet knxip capture; do
    n=$(ls fuzz/corpus/$d | wc -l); echo "fuzz/corpus/$d: $n seeds"
done
