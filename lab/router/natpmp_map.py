"""Ask the lab router for a NAT-PMP mapping (RFC 6886 opcode 1, UDP), as a device in the LAN
would: the router lab's "NAT-PMP only" router (lab/router/lab.sh --map natpmp). Runs inside
its namespace only (guard), sends at most three requests to the router's LAN address, and
prints the answer. Exit 0 when the router mapped the port."""

from __future__ import annotations

import argparse
import socket
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "peers"))
from labpeer import guard  # noqa: E402

NAT_PMP_PORT = 5351


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--netns", required=True)
    ap.add_argument("--bind", required=True)
    ap.add_argument("--router", required=True)
    ap.add_argument("--port", type=int, required=True, help="internal = requested external port")
    ap.add_argument("--lifetime", type=int, default=3600)
    a = ap.parse_args()
    guard(a.netns, [a.bind])
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((a.bind, 0))
    req = struct.pack("!BBHHHI", 0, 1, 0, a.port, a.port, a.lifetime)
    for wait in (0.25, 0.5, 1.0):
        s.sendto(req, (a.router, NAT_PMP_PORT))
        s.settimeout(wait)
        try:
            ans, _ = s.recvfrom(64)
        except socket.timeout:
            continue
        if len(ans) < 16:
            print(f"natpmp: short answer {ans.hex()}", file=sys.stderr)
            sys.exit(1)
        _ver, op, result, _epoch, internal, external, life = struct.unpack("!BBHIHHI", ans[:16])
        print(f"natpmp: op {op} result {result} internal {internal} external {external} lifetime {life}")
        sys.exit(0 if result == 0 and op == 129 else 1)
    print("natpmp: no answer", file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    main()
