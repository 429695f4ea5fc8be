#!/usr/bin/env python3
"""Hostile peers for the lab (docs/LAB.md "Hostile peers", issue 13): hand-written BACnet/IP,
KNXnet/IP and UPnP answers that lie, flood or break the rules, to test that the audit cannot be
steered, stalled or fooled, and that the honest peers beside them are still reported completely.

Kinds (one per run):
  forward    BACnet Forwarded-NPDU I-Ams and router announcements naming the subnet broadcast,
             the auditor itself, an honest device, loopback and multicast (not being a BBMD);
             KNX search answers whose control endpoint names the KNX multicast group, the
             auditor and a silent address
  clone      KNX search/description answers that copy the lab's knxd identity (MAC, serial,
             name) and claim KNX IP Secure
  names      a BACnet device and a KNX gateway whose names carry terminal escapes, BEL, BS, CR,
             NUL and a right-to-left override
  storm      5,000 device instances from one address, a router claiming 65,534 networks, 300
             KNX answers from one address
  malformed  KNX search answers with DIB lengths 0, 1 and 255, a truncated DIB, a wrong total
             length, a header length of 0; a BBMD whose broadcast distribution table (300 rows)
             is larger than the old receive buffer; a device whose object list claims 50
             entries and gives 3
  igd        (in the lab's IP router namespace) a UPnP router that lists port mappings slowly
             and without end

Safety, as every lab peer: it runs only inside the namespace it is given and only with an
address of that namespace in 198.18.0.0/15 (labpeer.guard); it answers only datagrams from
inside 198.18.0.0/15 and only to their source; it stops after --lifetime seconds and after
MAX_SENT datagrams.

Usage (app/tests/lab_hostile.rs starts it): hostile.py --kind KIND --netns NS --ip IP
                                            --ready FILE [--lifetime S]
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import os
import signal
import socket
import struct
import sys
from pathlib import Path

from labpeer import LAB_RANGE, guard

MAX_SENT = 40_000
BACNET_PORT = 47808
KNX_PORT = 3671
KNX_GROUP = "224.0.23.12"
HOSTILE = "\x1b[2J\x1b]0;owned\x07\x1b[6nEVIL\x08\r\x00\u202egnp.exe"
# The lab's knxd (lab/building.json), as the clone copies it.
KNXD_MAC = bytes.fromhex("0242c6120128")
KNXD_SERIAL = bytes.fromhex("010203040506")
KNXD_NAME = "LAB-KNX-IP"
AUDITOR = "198.18.1.100"
HONEST_CONTROLLER = "198.18.1.10"


class Budget:
    def __init__(self) -> None:
        self.sent = 0

    def take(self, n: int = 1) -> bool:
        if self.sent + n > MAX_SENT:
            return False
        self.sent += n
        return True


BUDGET = Budget()


def in_lab(addr: str) -> bool:
    try:
        return ipaddress.ip_address(addr) in LAB_RANGE
    except ValueError:
        return False


def send(transport, data: bytes, to: tuple[str, int]) -> None:
    """The one place a datagram leaves: only to the lab range, within the budget."""
    if not in_lab(to[0]) or not BUDGET.take():
        return
    try:
        transport.sendto(data, to)
    except OSError:
        pass


# ---- BACnet encoding ---------------------------------------------------------------------

def bvlc(function: int, payload: bytes) -> bytes:
    return struct.pack("!BBH", 0x81, function, 4 + len(payload)) + payload


def objid(otype: int, instance: int) -> bytes:
    return struct.pack("!I", (otype << 22) | instance)


def app_unsigned(n: int) -> bytes:
    data = n.to_bytes(max(1, (n.bit_length() + 7) // 8), "big")
    return bytes([0x20 | len(data)]) + data


def app_charstring(s: str) -> bytes:
    data = b"\x00" + s.encode("utf-8")
    if len(data) < 5:
        return bytes([0x70 | len(data)]) + data
    return bytes([0x75, len(data)]) + data


def i_am(instance: int, vendor: int = 999) -> bytes:
    """NPDU + APDU of an I-Am."""
    return (b"\x01\x00" + b"\x10\x00" + b"\xc4" + objid(8, instance)
            + b"\x22\x05\xc4" + b"\x91\x03" + app_unsigned(vendor))


def forwarded(origin: tuple[str, int], npdu: bytes) -> bytes:
    return bvlc(0x04, socket.inet_aton(origin[0]) + struct.pack("!H", origin[1]) + npdu)


def i_am_router(networks: list[int]) -> bytes:
    return b"\x01\x80\x01" + b"".join(struct.pack("!H", n) for n in networks)


class Npdu:
    """The parts of an incoming BACnet/IP datagram the peers look at."""

    def __init__(self, data: bytes) -> None:
        self.function = data[1] if len(data) > 1 else -1
        self.network_message: int | None = None
        self.apdu = b""
        if len(data) < 6 or data[0] != 0x81 or self.function not in (0x0a, 0x0b):
            return
        n = data[4:]
        control = n[1]
        i = 2
        if control & 0x20:
            i += 3 + n[i + 2]
        if control & 0x08:
            i += 3 + n[i + 2]
        if control & 0x20:
            i += 1
        if control & 0x80:
            self.network_message = n[i] if i < len(n) else None
        else:
            self.apdu = n[i:]

    def is_who_is(self) -> bool:
        return len(self.apdu) >= 2 and self.apdu[0] >> 4 == 1 and self.apdu[1] == 0x08

    def is_who_is_router(self) -> bool:
        return self.network_message == 0x00


def read_property(apdu: bytes) -> tuple[int, int, int, int | None] | None:
    """(invoke id, object id word, property, array index) of a ReadProperty request."""
    if len(apdu) < 4 or apdu[0] >> 4 != 0 or apdu[3] != 0x0c:
        return None
    invoke, body = apdu[2], apdu[4:]
    if len(body) < 7 or body[0] != 0x0c:
        return None
    oid = struct.unpack("!I", body[1:5])[0]
    tag = body[5]
    plen = tag & 0x07
    prop = int.from_bytes(body[6:6 + plen], "big")
    rest = body[6 + plen:]
    index = None
    if rest and rest[0] & 0xf8 == 0x28:
        ilen = rest[0] & 0x07
        index = int.from_bytes(rest[1:1 + ilen], "big")
    return invoke, oid, prop, index


def complex_ack(invoke: int, oid: int, prop: int, index: int | None, value: bytes) -> bytes:
    body = b"\x0c" + struct.pack("!I", oid)
    body += (b"\x19" + bytes([prop])) if prop < 256 else (b"\x1a" + struct.pack("!H", prop))
    if index is not None:
        body += b"\x29" + bytes([index]) if index < 256 else b"\x2a" + struct.pack("!H", index)
    apdu = bytes([0x30, invoke, 0x0c]) + body + b"\x3e" + value + b"\x3f"
    return bvlc(0x0a, b"\x01\x00" + apdu)


def error(invoke: int, service: int, cls: int, code: int) -> bytes:
    apdu = bytes([0x50, invoke, service, 0x91, cls, 0x91, code])
    return bvlc(0x0a, b"\x01\x00" + apdu)


def reject(invoke: int, reason: int) -> bytes:
    return bvlc(0x0a, b"\x01\x00" + bytes([0x60, invoke, reason]))


def abort(invoke: int, reason: int) -> bytes:
    return bvlc(0x0a, b"\x01\x00" + bytes([0x71, invoke, reason]))


class TrickyDevice:
    """A BACnet device that refuses ReadPropertyMultiple, answers ReadProperty, says its object
    list needs segmentation, claims 50 entries and gives only 3."""

    CLAIMED = 50
    GIVEN = 3

    def __init__(self, instance: int, name: str) -> None:
        self.instance = instance
        self.name = name

    def answer(self, apdu: bytes) -> bytes | None:
        if len(apdu) >= 4 and apdu[0] >> 4 == 0 and apdu[3] == 0x0e:
            return reject(apdu[2], 9)  # read-property-multiple: unrecognized-service
        rp = read_property(apdu)
        if rp is None:
            if len(apdu) >= 4 and apdu[0] >> 4 == 0:
                return reject(apdu[2], 9)
            return None
        invoke, oid, prop, index = rp
        text_props = {77, 121, 70, 44, 12, 28, 58}
        if prop in text_props:
            return complex_ack(invoke, oid, prop, index, app_charstring(self.name))
        if prop == 120:  # vendor-identifier
            return complex_ack(invoke, oid, prop, index, app_unsigned(999))
        if prop == 75:  # object-identifier
            return complex_ack(invoke, oid, prop, index, b"\xc4" + struct.pack("!I", oid))
        if prop == 76:  # object-list
            if index is None:
                return abort(invoke, 4)  # segmentation-not-supported
            if index == 0:
                return complex_ack(invoke, oid, prop, index, app_unsigned(self.CLAIMED))
            ids = [objid(8, self.instance), objid(0, 1), objid(0, 2)]
            if 1 <= index <= self.GIVEN:
                return complex_ack(invoke, oid, prop, index, b"\xc4" + ids[index - 1])
            return error(invoke, 0x0c, 2, 42)  # property / invalid-array-index
        return error(invoke, 0x0c, 2, 32)  # property / unknown-property


# ---- KNXnet/IP encoding -------------------------------------------------------------------

def knx_frame(service: int, body: bytes, header_len: int = 6, total: int | None = None) -> bytes:
    length = 6 + len(body) if total is None else total
    return bytes([header_len, 0x10]) + struct.pack("!HH", service, length) + body


def hpai(ip: str, port: int) -> bytes:
    return b"\x08\x01" + socket.inet_aton(ip) + struct.pack("!H", port)


def dib_device(name: str, mac: bytes, serial: bytes, ia: int = 0x11fa) -> bytes:
    raw = name.encode("latin-1", "replace")[:30].ljust(30, b"\x00")
    return (b"\x36\x01\x02\x00" + struct.pack("!HH", ia, 0) + serial
            + socket.inet_aton(KNX_GROUP) + mac + raw)


def dib_families(pairs: list[tuple[int, int]], code: int = 0x02) -> bytes:
    body = b"".join(bytes(p) for p in pairs)
    return bytes([2 + len(body), code]) + body


def knx_request(data: bytes) -> int | None:
    """Service type of a search or description request."""
    if len(data) < 6:
        return None
    service = struct.unpack("!H", data[2:4])[0]
    return service if service in (0x0201, 0x020b, 0x0203) else None


def response_service(request: int) -> int:
    return {0x0201: 0x0202, 0x020b: 0x020c, 0x0203: 0x0204}[request]


# ---- the kinds -----------------------------------------------------------------------------

class Peer(asyncio.DatagramProtocol):
    def __init__(self, handler) -> None:
        self.handler = handler
        self.transport = None

    def connection_made(self, transport) -> None:
        self.transport = transport

    def datagram_received(self, data: bytes, addr) -> None:
        if not in_lab(addr[0]):
            return
        for out, to in self.handler(data, addr):
            send(self.transport, out, to)


def bacnet_handler(kind: str, my_ip: str):
    tricky = TrickyDevice(666001, HOSTILE if kind == "names" else "EVIL-TRICKY")
    answered_who_is = [0]

    def handle(data: bytes, src):
        n = Npdu(data)
        if kind == "forward" and n.is_who_is():
            # Forwarded-NPDU I-Ams naming addresses nobody may be sent to, and an honest one.
            for origin, inst in [(("198.18.1.255", BACNET_PORT), 4201),
                                 ((AUDITOR, BACNET_PORT), 4202),
                                 ((HONEST_CONTROLLER, BACNET_PORT), 4242),
                                 (("127.0.0.1", BACNET_PORT), 4203),
                                 (("224.0.23.12", BACNET_PORT), 4204),
                                 (("198.18.1.0", BACNET_PORT), 4205)]:
                yield forwarded(origin, i_am(inst)), src
        if kind == "forward" and n.is_who_is_router():
            yield forwarded(("198.18.1.255", BACNET_PORT), i_am_router([7, 8])), src
        if kind in ("names", "malformed") and n.is_who_is():
            yield bvlc(0x0a, i_am(tricky.instance)), src
        if kind in ("names", "malformed") and n.apdu:
            out = tricky.answer(n.apdu)
            if out:
                yield out, src
        if kind == "storm" and n.is_who_is() and answered_who_is[0] < 3:
            answered_who_is[0] += 1
            for i in range(5000):
                yield bvlc(0x0a, i_am(500_000 + i)), src
        if kind == "storm" and n.is_who_is_router():
            nets = list(range(1, 65535))
            for k in range(0, len(nets), 700):
                yield bvlc(0x0a, i_am_router(nets[k:k + 700])), src

    def handle_bvlc(data: bytes, src):
        # Read-BDT (0x02) and Read-FDT (0x06) are BVLC-only.
        if kind == "malformed" and len(data) >= 4 and data[0] == 0x81:
            if data[1] == 0x02:
                rows = b"".join(socket.inet_aton(f"198.18.{100 + i // 250}.{1 + i % 250}")
                                + struct.pack("!H", BACNET_PORT) + b"\xff\xff\xff\xff"
                                for i in range(300))
                yield bvlc(0x03, socket.inet_aton(my_ip) + struct.pack("!H", BACNET_PORT)
                           + b"\xff\xff\xff\xff" + rows), src
                return
            if data[1] == 0x06:
                yield bvlc(0x00, b"\x00\x40"), src
                return
        yield from handle(data, src)

    return handle_bvlc


def knx_handler(kind: str, my_ip: str):
    answered = [0]

    def handle(data: bytes, src):
        req = knx_request(data)
        if req is None or answered[0] >= 20:
            return
        answered[0] += 1
        svc = response_service(req)
        honest_families = dib_families([(2, 1), (3, 1), (4, 1), (5, 1)])
        me = hpai(my_ip, KNX_PORT)
        if kind == "forward":
            for claimed in [KNX_GROUP, AUDITOR, "198.18.1.77"]:
                body = hpai(claimed, KNX_PORT) + dib_device(
                    "EVIL-ELSEWHERE", bytes.fromhex("02badbad0001"),
                    bytes.fromhex("00badbad0001")) + honest_families
                if svc == 0x0204:
                    body = body[8:]
                yield knx_frame(svc, body), src
        elif kind == "clone":
            secure = dib_families([(2, 2), (3, 2), (4, 2), (5, 2), (9, 1)])
            secured = dib_families([(4, 1), (5, 1), (3, 1)], code=0x06)
            dibs = dib_device(KNXD_NAME, KNXD_MAC, KNXD_SERIAL) + secure + secured
            body = dibs if svc == 0x0204 else me + dibs
            yield knx_frame(svc, body), src
        elif kind == "names":
            dibs = dib_device(HOSTILE, bytes.fromhex("02badbad0003"),
                              bytes.fromhex("00badbad0003")) + honest_families
            yield knx_frame(svc, dibs if svc == 0x0204 else me + dibs), src
        elif kind == "storm" and svc != 0x0204:
            for i in range(300):
                mac = bytes.fromhex("02badb") + i.to_bytes(3, "big")
                dibs = dib_device(f"EVIL-{i}", mac, b"\x00\xba" + i.to_bytes(4, "big"))
                yield knx_frame(svc, me + dibs + honest_families), src
        elif kind == "malformed" and svc != 0x0204:
            device = dib_device("EVIL-HDR0", bytes.fromhex("02badbad0005"),
                                bytes.fromhex("00badbad0005"))
            good = me + device + honest_families
            yield knx_frame(svc, me + b"\x00\x01" + device[2:]), src          # DIB length 0
            yield knx_frame(svc, me + b"\x01\x01" + device[2:]), src          # DIB length 1
            yield knx_frame(svc, me + b"\xff\x01" + device[2:]), src          # DIB length 255
            yield knx_frame(svc, me + device[:20]), src                      # truncated DIB
            yield knx_frame(svc, good, total=6 + len(good) + 10), src         # wrong total
            yield knx_frame(svc, good, header_len=0), src                    # header length 0

    return handle


# ---- UPnP IGD that never ends its mapping list ----------------------------------------------

SERVICE = "urn:schemas-upnp-org:service:WANIPConnection:1"


def igd_description() -> str:
    return ('<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0">'
            '<specVersion><major>1</major><minor>0</minor></specVersion><device>'
            '<deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType>'
            '<friendlyName>Slow Router</friendlyName><manufacturer>lab</manufacturer>'
            '<modelName>endless</modelName><UDN>uuid:lab-slow-router</UDN><deviceList><device>'
            '<deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType><deviceList><device>'
            '<deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType>'
            f'<serviceList><service><serviceType>{SERVICE}</serviceType>'
            '<serviceId>urn:upnp-org:serviceId:WANIPConn1</serviceId>'
            '<controlURL>/ctl</controlURL><eventSubURL>/evt</eventSubURL>'
            '<SCPDURL>/scpd.xml</SCPDURL></service></serviceList>'
            '</device></deviceList></device></deviceList></device></root>')


def soap_ok(action: str, args: str) -> str:
    return ('<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" '
            's:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"><s:Body>'
            f'<u:{action}Response xmlns:u="{SERVICE}">{args}</u:{action}Response>'
            '</s:Body></s:Envelope>')


async def igd_http(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    try:
        if not peer or not in_lab(peer[0]) or not BUDGET.take():
            return
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        text = head.decode("latin-1")
        length = 0
        for line in text.split("\r\n"):
            if line.lower().startswith("content-length:"):
                length = min(int(line.split(":", 1)[1].strip() or 0), 65536)
        body = (await asyncio.wait_for(reader.readexactly(length), 10)).decode("latin-1") \
            if length else ""
        first = text.split("\r\n", 1)[0]
        if first.startswith("GET "):
            status, payload = 200, igd_description()
        elif "GetExternalIPAddress" in text:
            status, payload = 200, soap_ok(
                "GetExternalIPAddress", "<NewExternalIPAddress>198.18.200.1</NewExternalIPAddress>")
        elif "GetGenericPortMappingEntry" in text:
            index = 0
            if "<NewPortMappingIndex>" in body:
                index = int(body.split("<NewPortMappingIndex>")[1].split("<")[0].strip() or 0)
            # Slowly, and never the end of the list (no error 713).
            await asyncio.sleep(1.5)
            status, payload = 200, soap_ok(
                "GetGenericPortMappingEntry",
                "<NewRemoteHost></NewRemoteHost>"
                f"<NewExternalPort>{10000 + index % 50000}</NewExternalPort>"
                "<NewProtocol>UDP</NewProtocol>"
                f"<NewInternalPort>{10000 + index % 50000}</NewInternalPort>"
                "<NewInternalClient>198.18.1.50</NewInternalClient><NewEnabled>1</NewEnabled>"
                f"<NewPortMappingDescription>endless {index}</NewPortMappingDescription>"
                "<NewLeaseDuration>0</NewLeaseDuration>")
        else:
            status, payload = 404, ""
        data = payload.encode()
        writer.write(f"HTTP/1.1 {status} OK\r\nContent-Type: text/xml\r\n"
                     f"Content-Length: {len(data)}\r\nConnection: close\r\n\r\n".encode() + data)
        await writer.drain()
    except (asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError, OSError):
        pass
    finally:
        writer.close()


def ssdp_handler(my_ip: str):
    def handle(data: bytes, src):
        text = data.decode("latin-1", "replace")
        if not text.startswith("M-SEARCH"):
            return
        st = "urn:schemas-upnp-org:device:InternetGatewayDevice:1"
        for line in text.split("\r\n"):
            if line.lower().startswith("st:"):
                st = line.split(":", 1)[1].strip()
        yield (f"HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nST: {st}\r\n"
               f"USN: uuid:lab-slow-router::{st}\r\nEXT:\r\nSERVER: lab/1 UPnP/1.1 slow/1\r\n"
               f"LOCATION: http://{my_ip}:5000/rootDesc.xml\r\n\r\n").encode(), src
    return handle


# ---- main ---------------------------------------------------------------------------------

def udp(loop, handler, port: int, group: str | None, my_ip: str):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4 << 20)
    # Bound to every address of this namespace (guarded: only lab addresses exist here), so
    # that broadcasts and the multicast group arrive.
    s.bind(("0.0.0.0", port))
    if group:
        mreq = socket.inet_aton(group) + socket.inet_aton(my_ip)
        s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreq)
    s.setblocking(False)
    return loop.create_datagram_endpoint(lambda: Peer(handler), sock=s)


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kind", required=True,
                    choices=["forward", "clone", "names", "storm", "malformed", "igd"])
    ap.add_argument("--netns", required=True)
    ap.add_argument("--ip", required=True)
    ap.add_argument("--ready", required=True)
    ap.add_argument("--lifetime", type=float, default=300.0)
    args = ap.parse_args()
    guard(args.netns, [args.ip])

    loop = asyncio.get_running_loop()
    if args.kind == "igd":
        await udp(loop, ssdp_handler(args.ip), 1900, "239.255.255.250", args.ip)
        server = await asyncio.start_server(igd_http, args.ip, 5000)
    else:
        server = None
        await udp(loop, bacnet_handler(args.kind, args.ip), BACNET_PORT, None, args.ip)
        await udp(loop, knx_handler(args.kind, args.ip), KNX_PORT, KNX_GROUP, args.ip)
    Path(args.ready).write_text(str(os.getpid()))
    print(f"hostile {args.kind} on {args.ip} in {args.netns}", file=sys.stderr)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await asyncio.wait_for(stop.wait(), timeout=args.lifetime)
    except asyncio.TimeoutError:
        print("lifetime over, exiting", file=sys.stderr)
    if server:
        server.close()
    print(f"sent {BUDGET.sent} datagrams", file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(main())
