"""KNXnet/IP and cEMI frames for the KNX evaluation building, written by hand from KNX
03_06_03 (cEMI), 03_03_04 (transport layer), 03_03_07 (application layer) and 03_08_02/04/05
(KNXnet/IP core, tunnelling, routing). Group values are encoded by xknx's DPT transcoders
(`payload`), so the bytes on the wire come from an implementation independent of ours.

Only builders and a small parser for what the lab needs; no sockets here.
"""

import struct

from xknx.dpt import DPTArray, DPTBase, DPTBinary

KNX_PORT = 3671
KNX_MULTICAST = "224.0.23.12"

# KNXnet/IP service types
CONNECT_REQUEST = 0x0205
CONNECT_RESPONSE = 0x0206
CONNECTIONSTATE_REQUEST = 0x0207
DISCONNECT_REQUEST = 0x0209
DISCONNECT_RESPONSE = 0x020A
TUNNELLING_REQUEST = 0x0420
TUNNELLING_ACK = 0x0421
ROUTING_INDICATION = 0x0530

# cEMI message codes
L_DATA_REQ = 0x11
L_DATA_IND = 0x29
L_DATA_CON = 0x2E

# APCI (10 bits)
A_GROUP_READ = 0x000
A_GROUP_RESPONSE = 0x040
A_GROUP_WRITE = 0x080
A_RESTART = 0x380
A_AUTHORIZE_REQUEST = 0x3D1
A_PROPERTY_VALUE_WRITE = 0x3D7


def ia(text: str) -> int:
    area, line, dev = (int(x) for x in text.split("."))
    return (area << 12) | (line << 8) | dev


def ga(text: str) -> int:
    main, middle, sub = (int(x) for x in text.split("/"))
    return (main << 11) | (middle << 8) | sub


def ia_text(v: int) -> str:
    return f"{v >> 12}.{(v >> 8) & 0xF}.{v & 0xFF}"


def ga_text(v: int) -> str:
    return f"{v >> 11}/{(v >> 8) & 0x7}/{v & 0xFF}"


def knxip(service: int, body: bytes) -> bytes:
    return struct.pack("!BBHH", 6, 0x10, service, 6 + len(body)) + body


def hpai(ip: str, port: int) -> bytes:
    return struct.pack("!BB4sH", 8, 1, bytes(int(x) for x in ip.split(".")), port)


def payload(dpt: str, value) -> bytes | int:
    """xknx's encoding of `value` as DPT `dpt`: an int (6-bit value carried in the APCI) or
    bytes (carried after it)."""
    p = DPTBase.parse_transcoder(dpt).to_knx(value)
    if isinstance(p, DPTBinary):
        return int(p.value)
    assert isinstance(p, DPTArray)
    return bytes(p.value)


def group_apdu(apci: int, value: bytes | int | None) -> bytes:
    """TPCI (unnumbered data, group) + APCI + value."""
    if value is None:
        return bytes([0x00, apci & 0xFF])
    if isinstance(value, int):
        return bytes([0x00, (apci & 0xC0) | (value & 0x3F)])
    return bytes([0x00, apci & 0xFF]) + value


def connected_apdu(seq: int, apci: int, data: bytes = b"") -> bytes:
    """T_Data_Connected with sequence number `seq` and a 10-bit APCI."""
    tpci = 0x40 | ((seq & 0xF) << 2)
    return bytes([tpci | (apci >> 8), apci & 0xFF]) + data


T_CONNECT = bytes([0x80])
T_DISCONNECT = bytes([0x81])


def t_ack(seq: int) -> bytes:
    return bytes([0xC2 | ((seq & 0xF) << 2)])


def cemi(code: int, src: int, dst: int, group: bool, tpdu: bytes) -> bytes:
    # Ctrl1: standard frame, do not repeat, broadcast, low priority. Ctrl2: group or
    # individual destination, hop count 6.
    ctrl1 = 0xBC
    ctrl2 = 0xE0 if group else 0x60
    return struct.pack("!BBBBHHB", code, 0, ctrl1, ctrl2, src, dst, len(tpdu) - 1) + tpdu


def routing_indication(src: int, dst: int, tpdu: bytes, group: bool = True) -> bytes:
    return knxip(ROUTING_INDICATION, cemi(L_DATA_IND, src, dst, group, tpdu))


def tunnelling_request(channel: int, seq: int, cemi_frame: bytes) -> bytes:
    return knxip(TUNNELLING_REQUEST, bytes([4, channel, seq & 0xFF, 0]) + cemi_frame)


def tunnelling_ack(channel: int, seq: int, status: int = 0) -> bytes:
    return knxip(TUNNELLING_ACK, bytes([4, channel, seq & 0xFF, status]))


def connect_request(ip: str, port: int) -> bytes:
    # CRI: tunnel connection, link layer
    return knxip(CONNECT_REQUEST, hpai(ip, port) + hpai(ip, port) + bytes([4, 4, 2, 0]))


def connectionstate_request(channel: int, ip: str, port: int) -> bytes:
    return knxip(CONNECTIONSTATE_REQUEST, bytes([channel, 0]) + hpai(ip, port))


def disconnect_request(channel: int, ip: str, port: int) -> bytes:
    return knxip(DISCONNECT_REQUEST, bytes([channel, 0]) + hpai(ip, port))


def disconnect_response(channel: int) -> bytes:
    return knxip(DISCONNECT_RESPONSE, bytes([channel, 0]))


class Telegram:
    """A received cEMI L_Data frame, reduced to what the lab devices react to."""

    def __init__(self, code, src, dst, group, apci, value):
        self.code = code
        self.src = src
        self.dst = dst
        self.group = group
        self.apci = apci
        # int (6-bit) or bytes
        self.value = value

    def __repr__(self):
        return f"Telegram({ia_text(self.src)} -> {ga_text(self.dst)} apci={self.apci:#x} {self.value!r})"


def parse_cemi(data: bytes) -> Telegram | None:
    if len(data) < 2:
        return None
    code, add_len = data[0], data[1]
    rest = data[2 + add_len:]
    if len(rest) < 7:
        return None
    _ctrl1, ctrl2, src, dst, length = struct.unpack("!BBHHB", rest[:7])
    tpdu = rest[7:7 + length + 1]
    if len(tpdu) < 2:
        return None
    apci = ((tpdu[0] & 0x03) << 8) | tpdu[1]
    group = bool(ctrl2 & 0x80)
    if apci & 0x3C0 in (A_GROUP_READ, A_GROUP_RESPONSE, A_GROUP_WRITE) and apci < 0x100:
        kind = apci & 0x3C0
        value = tpdu[2:] if len(tpdu) > 2 else (tpdu[1] & 0x3F)
        return Telegram(code, src, dst, group, kind, value)
    return Telegram(code, src, dst, group, apci, tpdu[2:])


def parse_knxip(data: bytes) -> tuple[int, bytes] | None:
    """(service type, body) of a KNXnet/IP frame."""
    if len(data) < 6 or data[0] != 6 or data[1] != 0x10:
        return None
    service, total = struct.unpack("!HH", data[2:6])
    return service, data[6:total]


def decode_value(dpt: str, value: bytes | int):
    t = DPTBase.parse_transcoder(dpt)
    if isinstance(value, int):
        return t.from_knx(DPTBinary(value))
    return t.from_knx(DPTArray(value))
