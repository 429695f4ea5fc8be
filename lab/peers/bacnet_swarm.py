#!/usr/bin/env python3
"""N simulated bacpypes3 devices in one process, one IPv4 address each, for the discovery
benchmark (lab/netns.sh --bench N adds the addresses). Device i:

  address   198.18.(17 + i // 250).(1 + i % 250):47808 on 198.18.16.0/20
  instance  100000 + i, name BENCH-iiii, vendor 343, model LabBench, firmware 1.0.<i % 10>
  objects   device, network port, three analog inputs (object count 5)

Usage: bacnet_swarm.py --netns NS --count N --ready FILE [--lifetime S]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import sys

from labpeer import guard, point_objects, run_until

FIRST_INSTANCE = 100000
VENDOR = (343, "BACnet Interoperability Testing Services, Inc.")


def swarm_ip(i: int) -> str:
    return f"198.18.{17 + i // 250}.{1 + i % 250}"


def identity(i: int) -> dict:
    return {
        "instance": FIRST_INSTANCE + i, "name": f"BENCH-{i:04d}",
        "vendor_id": VENDOR[0], "vendor_name": VENDOR[1],
        "model_name": "LabBench", "firmware_revision": f"1.0.{i % 10}",
        "application_software_version": "bench", "location": "Bench",
        "description": "simulated device for the discovery benchmark",
    }


POINTS = [
    {"type": "analog-input", "instance": k, "name": f"AI-{k}", "value": 20.0 + k,
     "units": "degrees-celsius"} for k in (1, 2, 3)
]


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--netns", required=True)
    ap.add_argument("--count", type=int, required=True)
    ap.add_argument("--ready", required=True)
    ap.add_argument("--lifetime", type=float, default=900.0)
    args = ap.parse_args()
    if not 1 <= args.count <= 2000:
        sys.exit("--count must be 1..2000")
    addresses = [swarm_ip(i) for i in range(args.count)]
    guard(args.netns, addresses)
    # two sockets per device (unicast and the subnet broadcast)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(soft, 2 * args.count + 64)), hard))

    from bacpypes3.app import Application
    from bacpypes3.local.networkport import NetworkPortObject
    from labpeer import device_object

    apps = []
    for i, ip in enumerate(addresses):
        objects = [device_object(identity(i)),
                   NetworkPortObject(f"{ip}/20:47808", objectIdentifier=("network-port", 1),
                                     objectName="NetworkPort-1")]
        objects.extend(point_objects(POINTS))
        apps.append(Application.from_object_list(objects))
    print(f"swarm: {args.count} devices from {addresses[0]} to {addresses[-1]}", file=sys.stderr)

    class All:
        """run_until() wants one application; hand it all of them."""
        link_layers = {n: ll for n, ll in enumerate(
            ll for a in apps for ll in a.link_layers.values())}

        @staticmethod
        def close():
            for a in apps:
                a.close()

    await run_until(args.lifetime, args.ready, All)


if __name__ == "__main__":
    asyncio.run(main())
