#!/usr/bin/env python3
"""One BACnet/IP peer of the lab building, built with bacpypes3 from lab/building.json:

  kind "device"  a controller or I/O device: device object, one network port, a few points
  kind "router"  a BACnet router: device object and two IPv4 network ports with network numbers
                 1 and 2 on two interfaces; bacpypes3's network layer routes between them and
                 answers Who-Is-Router-To-Network with I-Am-Router-To-Network
  kind "bbmd"    a device whose network port is in BBMD mode with a broadcast distribution table

Usage (lab/netns.sh starts it): bacnet_peer.py --role ROLE --netns NS --building FILE
                                               --ready FILE [--lifetime S]
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from labpeer import device_object, guard, load_building, point_objects, run_until


def network_port(instance: int, ip: str, prefix: int, port: int, **extra):
    from bacpypes3.local.networkport import NetworkPortObject

    return NetworkPortObject(
        f"{ip}/{prefix}:{port}",
        objectIdentifier=("network-port", instance),
        objectName=f"NetworkPort-{instance}",
        **extra,
    )


def build(peer: dict, bacnet_port: int) -> tuple[list, list[str]]:
    """Objects of the peer's application and the addresses it binds."""
    objects = [device_object(peer["device"])]
    kind = peer["kind"]
    if kind == "device":
        objects.append(network_port(1, peer["ip"], peer["prefix"], bacnet_port))
        addresses = [peer["ip"]]
    elif kind == "router":
        addresses = []
        for i, p in enumerate(peer["ports"], start=1):
            objects.append(network_port(
                i, p["ip"], p["prefix"], bacnet_port,
                networkNumber=p["network"], networkNumberQuality="configured"))
            addresses.append(p["ip"])
    elif kind == "bbmd":
        from bacpypes3.basetypes import BDTEntry

        objects.append(network_port(
            1, peer["ip"], peer["prefix"], bacnet_port,
            bacnetIPMode="bbmd",
            bbmdAcceptFDRegistrations=True,
            bbmdForeignDeviceTable=[],
            # one-host masks: forwarded broadcasts go to each peer BBMD as unicast
            bbmdBroadcastDistributionTable=[
                BDTEntry(f"{a}:{bacnet_port}") for a in peer["bdt"]],
        ))
        addresses = [peer["ip"]]
    else:
        raise ValueError(f"unknown kind {kind}")
    objects.extend(point_objects(peer.get("objects", [])))
    return objects, addresses


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--role", required=True)
    ap.add_argument("--netns", required=True)
    ap.add_argument("--building", required=True)
    ap.add_argument("--ready", required=True)
    ap.add_argument("--lifetime", type=float, default=900.0)
    args = ap.parse_args()

    building = load_building(args.building)
    peer = building["bacnet"][args.role]
    objects, addresses = build(peer, building["bacnet_port"])
    guard(args.netns, addresses)

    from bacpypes3.app import Application

    app = Application.from_object_list(objects)
    print(f"{args.role}: device {peer['device']['instance']} on {', '.join(addresses)}",
          file=sys.stderr)
    await run_until(args.lifetime, args.ready, app)


if __name__ == "__main__":
    asyncio.run(main())
