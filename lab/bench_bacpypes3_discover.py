#!/usr/bin/env python3
"""Benchmark peer for `bas-audit discover`: the same job done with bacpypes3 (the usual
hand-written Python way), on the same simulated devices, for a time comparison.

Job: one local Who-Is, then per device the properties discover reports (object-name,
vendor-identifier, vendor-name, model-name, firmware-revision, object-list length), with at most
--concurrency devices in flight. Prints one JSON line:

  {"tool": "bacpypes3", "version": ..., "expected": N, "found": n, "complete": m,
   "who_is_seconds": ..., "read_seconds": ..., "total_seconds": ..., "requests": r}

Run inside the bench lab's auditor namespace (docs/LAB.md):
  lab/netns.sh run --bench 100 -- \\
      lab/netns.sh exec aud -- python3 lab/bench_bacpypes3_discover.py --expect 100
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "peers"))
from labpeer import guard  # noqa: E402

PROPS = ["object-name", "vendor-identifier", "vendor-name", "model-name", "firmware-revision"]


async def read_device(app, i_am, use_rpm: bool, timeout: float) -> tuple[dict, int]:
    from bacpypes3.apdu import ErrorRejectAbortNack

    addr = i_am.pduSource
    obj = f"device,{i_am.iAmDeviceIdentifier[1]}"
    out: dict = {}
    requests = 0
    try:
        if use_rpm:
            requests += 1
            values = await asyncio.wait_for(app.read_property_multiple(
                addr, [obj, PROPS + ["object-list"]]), timeout)
            for _oid, prop, _idx, value in values:
                key = str(prop)
                out[key] = len(value) if key == "object-list" else value
        else:
            for prop in PROPS:
                requests += 1
                out[prop] = await asyncio.wait_for(app.read_property(addr, obj, prop), timeout)
            requests += 1
            out["object-list"] = int(await asyncio.wait_for(
                app.read_property(addr, obj, "object-list", 0), timeout))
    except (asyncio.TimeoutError, ErrorRejectAbortNack) as err:
        out["error"] = repr(err)
    return out, requests


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--netns", default=f"{os.environ.get('BAS_LAB_PREFIX', 'baslab')}-aud")
    ap.add_argument("--bind", default="198.18.16.2/20", help="auditor address/prefix")
    ap.add_argument("--expect", type=int, default=0, help="devices the swarm runs")
    ap.add_argument("--who-is-timeout", type=float, default=3.0)
    ap.add_argument("--timeout", type=float, default=10.0, help="per device")
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--rp", action="store_true", help="ReadProperty only (no RPM)")
    args = ap.parse_args()
    ip = str(ipaddress.ip_interface(args.bind).ip)
    guard(args.netns, [ip])

    import bacpypes3
    from bacpypes3.app import Application
    from bacpypes3.local.device import DeviceObject
    from bacpypes3.local.networkport import NetworkPortObject

    app = Application.from_object_list([
        DeviceObject(objectIdentifier=("device", 4194302), objectName="LAB-BENCH-CLIENT",
                     vendorIdentifier=999),
        NetworkPortObject(f"{args.bind}:47808", objectIdentifier=("network-port", 1),
                          objectName="NetworkPort-1"),
    ])
    for ll in app.link_layers.values():
        await asyncio.gather(*ll.server._transport_tasks)

    t0 = time.monotonic()
    i_ams = {str(i.pduSource): i for i in await app.who_is(timeout=args.who_is_timeout)}
    t1 = time.monotonic()
    gate = asyncio.Semaphore(args.concurrency)

    async def one(i_am):
        async with gate:
            return await read_device(app, i_am, not args.rp, args.timeout)

    results = await asyncio.gather(*(one(i) for i in i_ams.values()))
    t2 = time.monotonic()
    app.close()
    complete = sum(1 for r, _ in results if "error" not in r and len(r) == len(PROPS) + 1)
    print(json.dumps({
        "tool": "bacpypes3", "version": bacpypes3.__version__, "expected": args.expect,
        "found": len(i_ams), "complete": complete,
        "who_is_seconds": round(t1 - t0, 3), "read_seconds": round(t2 - t1, 3),
        "total_seconds": round(t2 - t0, 3),
        "requests": 1 + sum(n for _, n in results),
        "mode": "rp" if args.rp else "rpm", "concurrency": args.concurrency,
    }))


if __name__ == "__main__":
    asyncio.run(main())
