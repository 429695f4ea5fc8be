#!/usr/bin/env python3
"""Independent check that the lab's peers answer, from the auditor namespace, with bacpypes3 and a
plain KNX socket (no bas-audit code). Prints one JSON document:

  {"bacnet": {"devices": [...], "routers": [...], "bdt": {ip: [...]}},
   "knx": {"search": [...], "search_extended": [...], "description": [...]}}

Traffic is bounded: one local Who-Is, one Who-Is-Router-To-Network, one Who-Is per learned
network, six ReadProperty per device, one Read-BDT per device on the local subnet, one KNX
SEARCH, one extended SEARCH and one DESCRIPTION per gateway; every wait has a timeout.

Usage: lab/netns.sh exec --prefix P aud -- python3 lab/peers/probe.py --netns P-aud
                                                      --bind 198.18.1.100/24
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import socket
import struct
import sys
import time

from labpeer import guard

KNX_GROUP = "224.0.23.12"
KNX_PORT = 3671
PROPS = ["object-name", "vendor-identifier", "vendor-name", "model-name",
         "firmware-revision"]


async def bacnet(bind: str, timeout: float) -> dict:
    from bacpypes3.app import Application
    from bacpypes3.ipv4.bvll import Result
    from bacpypes3.ipv4.service import BVLLServiceElement
    from bacpypes3.comm import bind as stack_bind
    from bacpypes3.local.device import DeviceObject
    from bacpypes3.local.networkport import NetworkPortObject
    from bacpypes3.pdu import Address, IPv4Address

    # the probe needs a device object to exist in bacpypes3; it is an instance no lab device uses
    app = Application.from_object_list([
        DeviceObject(objectIdentifier=("device", 4194302), objectName="LAB-PROBE",
                     vendorIdentifier=999),
        NetworkPortObject(f"{bind}:47808", objectIdentifier=("network-port", 1),
                          objectName="NetworkPort-1"),
    ])
    for ll in app.link_layers.values():
        await asyncio.gather(*ll.server._transport_tasks)
    bvll = BVLLServiceElement()
    stack_bind(bvll, app.nsap.local_adapter.clientPeer)

    found = {}
    for i_am in await app.who_is(timeout=timeout):
        found[str(i_am.pduSource)] = i_am
    routers = []
    networks = set()
    for adapter, msg in await asyncio.wait_for(
            app.nse.who_is_router_to_network(), timeout + 2):
        nets = list(msg.iartnNetworkList)
        routers.append({"address": str(msg.pduSource), "networks": nets})
        networks.update(nets)
    for net in sorted(networks):
        for i_am in await app.who_is(address=Address(f"{net}:*"), timeout=timeout):
            found[str(i_am.pduSource)] = i_am

    devices = []
    for addr, i_am in sorted(found.items()):
        inst = i_am.iAmDeviceIdentifier[1]
        src = i_am.pduSource
        dev = {"address": addr, "network": src.addrNet, "device_instance": inst,
               "vendor_id_i_am": i_am.vendorID}
        if src.addrNet is not None:  # routed: the station's own B/IP address is its MAC
            mac = bytes(src.addrAddr)
            dev["mac"] = f"{socket.inet_ntoa(mac[:4])}:{struct.unpack('>H', mac[4:6])[0]}"
        for prop in PROPS:
            v = await asyncio.wait_for(app.read_property(
                i_am.pduSource, f"device,{inst}", prop), timeout + 5)
            dev[prop.replace("-", "_")] = v if isinstance(v, int) else str(v)
        dev["object_count"] = int(await asyncio.wait_for(app.read_property(
            i_am.pduSource, f"device,{inst}", "object-list", 0), timeout + 5))
        devices.append(dev)

    local = ipaddress.ip_interface(bind).network
    bdt = {}
    for d in devices:
        if d["network"] is None and ipaddress.ip_address(d["address"].split(":")[0]) in local:
            try:
                entries = await bvll.read_broadcast_distribution_table(
                    IPv4Address(d["address"]), timeout=timeout)
            except Result as nak:  # bacpypes3 raises the BVLC-Result (a NAK) itself
                entries = f"nak 0x{nak.bvlciResultCode:04x}"
            bdt[d["address"]] = ([str(e) for e in entries] if isinstance(entries, list)
                                 else entries)
    app.close()
    return {"devices": devices, "routers": routers, "bdt": bdt}


def hpai(ip: str, port: int) -> bytes:
    return bytes([8, 1]) + socket.inet_aton(ip) + struct.pack(">H", port)


def knx_frame(service: int, body: bytes) -> bytes:
    return struct.pack(">BBHH", 6, 0x10, service, 6 + len(body)) + body


def dibs(data: bytes) -> dict:
    """Just enough DIB parsing to check the peer (01 device info, 02 families, 06 secured)."""
    out = {}
    while len(data) >= 2:
        n, code = data[0], data[1]
        if n < 2 or n > len(data):
            break
        d = data[:n]
        if code == 1 and n == 54:
            out["medium"] = d[2]
            ia = struct.unpack(">H", d[4:6])[0]
            out["individual_address"] = f"{ia >> 12}.{(ia >> 8) & 15}.{ia & 255}"
            out["serial"] = d[8:14].hex()
            out["multicast"] = socket.inet_ntoa(d[14:18])
            out["mac"] = ":".join(f"{b:02x}" for b in d[18:24])
            out["name"] = d[24:54].split(b"\0")[0].decode("latin-1")
        elif code == 2:
            out["service_families"] = [[d[i], d[i + 1]] for i in range(2, n - 1, 2)]
        elif code == 6:
            out["secured_families"] = [[d[i], d[i + 1]] for i in range(2, n - 1, 2)]
        else:
            out.setdefault("other_dibs", []).append(code)
        data = data[n:]
    return out


def knx(bind_ip: str, timeout: float) -> dict:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind((bind_ip, 0))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(bind_ip))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
    port = s.getsockname()[1]
    me = hpai(bind_ip, port)
    s.sendto(knx_frame(0x0201, me), (KNX_GROUP, KNX_PORT))
    # extended search with a request-DIBs SRP (01 02 06 07 08), as the design asks for
    srp = bytes([8, 0x04, 1, 2, 6, 7, 8, 0])
    s.sendto(knx_frame(0x020B, me + srp), (KNX_GROUP, KNX_PORT))
    out = {"search": [], "search_extended": [], "description": []}
    end = time.monotonic() + timeout
    while (left := end - time.monotonic()) > 0:
        s.settimeout(left)
        try:
            data, src = s.recvfrom(1500)
        except socket.timeout:
            break
        service = struct.unpack(">H", data[2:4])[0]
        entry = {"from": f"{src[0]}:{src[1]}", "control": data[8:12] and socket.inet_ntoa(data[8:12])}
        entry.update(dibs(data[14:]))
        if service == 0x0202:
            out["search"].append(entry)
        elif service == 0x020C:
            out["search_extended"].append(entry)
    for g in {e["from"] for e in out["search"]}:
        ip, gport = g.split(":")
        s.sendto(knx_frame(0x0203, me), (ip, int(gport)))
        s.settimeout(timeout)
        try:
            data, src = s.recvfrom(1500)
            if struct.unpack(">H", data[2:4])[0] == 0x0204:
                out["description"].append({"from": f"{src[0]}:{src[1]}", **dibs(data[6:])})
        except socket.timeout:
            pass
    s.close()
    return out


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--netns", required=True)
    ap.add_argument("--bind", required=True, help="auditor address with prefix, e.g. 198.18.1.100/24")
    ap.add_argument("--timeout", type=float, default=3.0)
    args = ap.parse_args()
    ip = str(ipaddress.ip_interface(args.bind).ip)
    guard(args.netns, [ip])
    result = {"bacnet": await bacnet(args.bind, args.timeout), "knx": knx(ip, args.timeout)}
    json.dump(result, sys.stdout, indent=1, default=str)
    print()


if __name__ == "__main__":
    asyncio.run(main())
