"""Summaries for evaluate.sh (reads files only, sends nothing).

  summarise.py start CAPTURE ATTACK   the capture time (ns) of the attack's first packet
  summarise.py alerts REPORT.json [START_NS SUBJECT]
        one line "total|before|related|other|detectors of related alerts|first related summary":
        `related` counts the alerts at or after the attack's first packet whose source, target
        or summary names the attack's subject (SUBJECT is a regular expression); `before` the
        alerts before the attack's first packet (false alerts); `other` the rest (after the
        attack, about other devices: its effects)
  summarise.py first REPORT.json START_NS SUBJECT
        "detector: summary" of the most severe alert naming the attack

An attack's first packet: for the LAN and outside attacks the first packet from the attacker's
address; for spoof-sensor the first write of 85 °C (0x1C26) to 3/1/1; for setpoint the first
write of 45 °C (0x1465) to 3/2/1.
"""

import json
import re
import struct
import sys

ATTACKERS = {"198.18.10.66", "198.18.20.66"}
GA_3_1_1 = (3 << 11) | (1 << 8) | 1
GA_3_2_1 = (3 << 11) | (2 << 8) | 1


def packets(path):
    """(time_ns, src ip, udp payload) of a classic pcap of Ethernet frames."""
    with open(path, "rb") as f:
        data = f.read()
    magic = data[:4]
    if magic == b"\xd4\xc3\xb2\xa1":
        endian, scale = "<", 1000
    elif magic == b"\x4d\x3c\xb2\xa1":
        endian, scale = "<", 1
    else:
        raise SystemExit(f"{path}: not a little-endian classic pcap")
    pos = 24
    while pos + 16 <= len(data):
        sec, frac, incl, _orig = struct.unpack(endian + "IIII", data[pos:pos + 16])
        frame = data[pos + 16:pos + 16 + incl]
        pos += 16 + incl
        if len(frame) < 42 or frame[12:14] != b"\x08\x00" or frame[23] != 17:
            continue
        ihl = (frame[14] & 0x0F) * 4
        src = ".".join(str(b) for b in frame[26:30])
        payload = frame[14 + ihl + 8:]
        yield sec * 1_000_000_000 + frac * scale, src, payload


def group_write(payload, ga, value):
    """A KNXnet/IP frame whose cEMI L_Data writes `value` (octets) to group `ga`."""
    if len(payload) < 6 or payload[:2] != b"\x06\x10":
        return False
    service = struct.unpack("!H", payload[2:4])[0]
    body = payload[6:]
    if service == 0x0420:  # tunnelling request: skip the connection header
        body = body[4:]
    elif service != 0x0530:
        return False
    if len(body) < 2:
        return False
    cemi = body[2 + body[1]:]
    if len(cemi) < 9:
        return False
    dst = struct.unpack("!H", cemi[4:6])[0]
    apdu = cemi[7:]
    return dst == ga and (apdu[1] & 0xC0) == 0x80 and apdu[2:] == value


def start(path, attack):
    for t, src, payload in packets(path):
        if attack == "spoof-sensor":
            if group_write(payload, GA_3_1_1, b"\x1c\x26"):
                return t
        elif attack == "setpoint":
            if group_write(payload, GA_3_2_1, b"\x14\x65"):
                return t
        elif src in ATTACKERS:
            return t
    raise SystemExit(f"{path}: no packet of attack {attack}")


SEVERITY = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}


def related_alerts(all_alerts, start_ns, subject):
    pat = re.compile(subject)
    out = []
    for a in all_alerts:
        if a["time_ns"] < start_ns:
            continue
        text = " ".join(str(a.get(k) or "") for k in ("source", "target", "summary"))
        if pat.search(text):
            out.append(a)
    return out


def alerts(report, start_ns=None, subject=None):
    with open(report) as f:
        r = json.load(f)
    all_alerts = r["alerts"]
    related = related_alerts(all_alerts, start_ns, subject) if subject is not None else []
    names = sorted({a["detector"] + (":" + a["rule"] if a.get("rule") else "") for a in related})
    first = related[0]["summary"] if related else ""
    before = sum(1 for a in all_alerts if start_ns is not None and a["time_ns"] < start_ns)
    if start_ns is None:
        before = len(all_alerts)
    other = len(all_alerts) - len(related) - before
    print(f"{len(all_alerts)}|{before}|{len(related)}|{other}|{', '.join(names)}|{first}")


def first(report, start_ns, subject):
    with open(report) as f:
        r = json.load(f)
    related = related_alerts(r["alerts"], start_ns, subject)
    if not related:
        print("**missed**")
        return
    a = min(related, key=lambda a: (SEVERITY.get(a["severity"], 9), a["time_ns"]))
    name = a["detector"] + (":" + a["rule"] if a.get("rule") else "")
    print(f"{name} ({a['severity']}): {a['summary']}")


def main():
    if sys.argv[1] == "start":
        print(start(sys.argv[2], sys.argv[3]))
    elif sys.argv[1] == "first":
        first(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    elif sys.argv[1] == "alerts":
        if len(sys.argv) > 3:
            alerts(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        else:
            alerts(sys.argv[2])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
