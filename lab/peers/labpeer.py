"""Shared parts of the lab peers: the namespace guard, identities from building.json, and a
bounded run loop. Peers only ever run inside a network namespace that lab/netns.sh created."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

LAB_RANGE = ipaddress.ip_network("198.18.0.0/15")


def refuse(why: str) -> None:
    print(f"refusing: {why}", file=sys.stderr)
    sys.exit(97)


def guard(netns: str, addresses: list[str]) -> None:
    """Exit unless this process runs inside `netns` and every address is a lab address that is
    configured on one of this namespace's interfaces."""
    here = subprocess.run(
        ["ip", "netns", "identify", str(os.getpid())],
        capture_output=True, text=True, check=False,
    ).stdout.strip()
    if not here or here != netns:
        refuse(f"running in network namespace {here or '(root)'!r}, expected {netns!r}")
    local = subprocess.run(
        ["ip", "-o", "-4", "addr", "show"], capture_output=True, text=True, check=True
    ).stdout
    for a in addresses:
        if ipaddress.ip_address(a) not in LAB_RANGE:
            refuse(f"{a} is outside 198.18.0.0/15")
        if f" {a}/" not in local:
            refuse(f"{a} is not an address of namespace {netns}")


def load_building(path: str) -> dict:
    return json.loads(Path(path).read_text())


def device_object(ident: dict):
    from bacpypes3.local.device import DeviceObject

    return DeviceObject(
        objectIdentifier=("device", ident["instance"]),
        objectName=ident["name"],
        vendorIdentifier=ident["vendor_id"],
        vendorName=ident["vendor_name"],
        modelName=ident["model_name"],
        firmwareRevision=ident["firmware_revision"],
        applicationSoftwareVersion=ident["application_software_version"],
        location=ident["location"],
        description=ident["description"],
    )


def point_objects(specs: list[dict]) -> list:
    """Small, fixed point lists; commandable ones carry a priority-array and relinquish-default
    (what the audit's writability checks look for)."""
    from bacpypes3.local.analog import (
        AnalogInputObject, AnalogValueObject, AnalogValueObjectCmd)
    from bacpypes3.local.binary import BinaryInputObject, BinaryOutputObject

    out = []
    for s in specs:
        common = dict(
            objectIdentifier=(s["type"], s["instance"]),
            objectName=s["name"],
            description=s.get("description", ""),
            statusFlags=[0, 0, 0, 0],
            eventState="normal",
            outOfService=False,
        )
        t = s["type"]
        if t == "analog-value" and s.get("commandable"):
            obj = AnalogValueObjectCmd(
                **common, presentValue=s["value"], relinquishDefault=s["value"],
                units=s["units"])
        elif t == "analog-value":
            obj = AnalogValueObject(**common, presentValue=s["value"], units=s["units"])
        elif t == "analog-input":
            obj = AnalogInputObject(**common, presentValue=s["value"], units=s["units"])
        elif t == "binary-output":
            obj = BinaryOutputObject(
                **common, presentValue=s["value"], relinquishDefault=s["value"],
                polarity="normal")
        elif t == "binary-input":
            obj = BinaryInputObject(**common, presentValue=s["value"], polarity="normal")
        else:
            raise ValueError(f"object type {t} not in the lab's list")
        out.append(obj)
    return out


async def run_until(lifetime: float, ready: str, app) -> None:
    """Mark ready once the sockets are bound, then serve until SIGTERM or `lifetime` seconds."""
    for ll in app.link_layers.values():
        server = getattr(ll, "server", None)
        tasks = getattr(server, "_transport_tasks", [])
        if tasks:
            await asyncio.gather(*tasks)
    Path(ready).write_text(str(os.getpid()))
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        await asyncio.wait_for(stop.wait(), timeout=lifetime)
    except asyncio.TimeoutError:
        print(f"lifetime of {lifetime:.0f} s over, exiting", file=sys.stderr)
    app.close()
