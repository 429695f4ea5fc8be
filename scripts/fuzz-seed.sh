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
# Router answers: every string literal of the router probes' parsers and their tests, and of
# the demo router (SSDP answers, HTTP responses, device descriptions, SOAP answers and faults),
# plus the NAT-PMP payloads of the public capture.
mkdir -p fuzz/corpus/exposure fuzz/corpus/files fuzz/corpus/knxip_stream fuzz/corpus/safe_text
python3 - <<'PY'
import glob, hashlib, re
seen = 0
for src in glob.glob("audit-core/src/exposure/*.rs") + ["audit-core/src/sim/router.rs"]:
    text = open(src, encoding="utf-8").read()
    lits = re.findall(r'r#"(.*?)"#', text, re.S) + re.findall(r'b?"((?:[^"\\]|\\.)*)"', text)
    for lit in lits:
        if len(lit) < 8:
            continue
        data = lit.replace("\\r", "\r").replace("\\n", "\n").replace('\\"', '"').encode()
        open("fuzz/corpus/exposure/" + hashlib.sha1(data).hexdigest()[:16], "wb").write(data)
        seen += 1
print(f"fuzz/corpus/exposure: {seen} literals")
PY
tshark -r "$captures/related/ndpi_natpmp.pcap" -T fields -e udp.payload 2>/dev/null | sort -u | while read -r hex; do
    [ -n "$hex" ] || continue
    printf '%s' "$hex" | xxd -r -p > "fuzz/corpus/exposure/natpmp-$(printf '%s' "$hex" | sha1sum | cut -c1-16)"
done
# Files a user hands over: saved audits (format 2 fixtures) and learned models.
cp audit-core/tests/fixtures/sessions/*.json fuzz/corpus/files/
find eval -name '*.json' -size -2M -exec cp {} fuzz/corpus/files/ \;
# KNXnet/IP streams: single frames and a few frames back to back.
cp fuzz/corpus/knxip/* fuzz/corpus/knxip_stream/
ls fuzz/corpus/knxip | head -8 | while read -r f; do cat "fuzz/corpus/knxip/$f"; done > fuzz/corpus/knxip_stream/joined-8
# Text as devices name themselves, harmless and hostile.
printf 'Boiler house AHU-1' > fuzz/corpus/safe_text/plain
printf 'Heizung \033[2J\033]0;pwned\007\r\000' > fuzz/corpus/safe_text/controls
printf 'abc\u202Egpj.exe \u200B\u00AD end' > fuzz/corpus/safe_text/bidi
for d in bacnet knxip capture exposure files knxip_stream knx_project safe_text; do
    n=$(ls fuzz/corpus/$d | wc -l); echo "fuzz/corpus/$d: $n seeds"
done
