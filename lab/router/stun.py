"""A minimal STUN binding server (RFC 5389 XOR-MAPPED-ADDRESS + RFC 3489 MAPPED-ADDRESS) for the
router lab's ISP namespace. miniupnpd refuses to forward ports when its WAN address is a
reserved one (198.19.0.1 is in 198.18.0.0/15); with `ext_perform_stun=yes` it asks this server,
sees answers to every request (no restrictive NAT) and forwards. Answers every binding request
(CHANGE-REQUEST is ignored), bounded by --lifetime and a packet cap."""

from __future__ import annotations

import argparse
import socket
import struct
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "peers"))
from labpeer import guard  # noqa: E402

MAGIC = 0x2112A442
MAX_PACKETS = 10_000


def answer(req: bytes, addr: tuple[str, int]) -> bytes | None:
    if len(req) < 20:
        return None
    mtype, _length, cookie = struct.unpack("!HHI", req[:8])
    tid = req[8:20]
    if mtype != 0x0001:
        return None
    ip = socket.inet_aton(addr[0])
    port = addr[1]
    mapped = struct.pack("!HHBBH4s", 0x0001, 8, 0, 1, port, ip)
    xip = struct.pack("!I", struct.unpack("!I", ip)[0] ^ MAGIC)
    xor = struct.pack("!HHBBH4s", 0x0020, 8, 0, 1, port ^ (MAGIC >> 16), xip)
    attrs = mapped + xor
    return struct.pack("!HHI", 0x0101, len(attrs), cookie) + tid + attrs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--netns", required=True)
    ap.add_argument("--bind", required=True)
    ap.add_argument("--port", type=int, default=3478)
    ap.add_argument("--lifetime", type=float, default=900.0)
    ap.add_argument("--ready", required=True)
    a = ap.parse_args()
    guard(a.netns, [a.bind])
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((a.bind, a.port))
    s.settimeout(1.0)
    Path(a.ready).write_text("ok")
    end = time.monotonic() + a.lifetime
    n = 0
    while time.monotonic() < end and n < MAX_PACKETS:
        try:
            req, addr = s.recvfrom(2048)
        except socket.timeout:
            continue
        n += 1
        out = answer(req, addr)
        if out:
            s.sendto(out, addr)
            print(f"stun: binding answer to {addr[0]}:{addr[1]}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main()
