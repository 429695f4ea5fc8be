"""The lab building for the learning-watch evaluation: bacpypes3 devices and a polling
workstation. Each role runs inside its own namespace (see netns.sh) and stops by itself after
--duration seconds; every loop is bounded by that deadline and by a message budget.

Roles:
  controller  device 1001 "AHU-2 controller" at 198.18.1.10 (BACnet network 1): supply
              setpoint AV3 (commandable), supply temperature AI1 that follows it, outside air
              AI2, valve AO1, fan command BO1 (commandable), fan status BI1
  router      device 3001 between network 1 (198.18.1.20) and network 2 (198.18.2.20)
  dev2        device 2001 "Room 2.14" at 198.18.2.10 (network 2): room temperature AI1, room
              setpoint AV1, lights BO1
  workstation device 9001 "Operator WS" at 198.18.1.40: reads the points every 5 s, Who-Is and
              Who-Is-Router-To-Network every 60 s, a COV subscription, and now and then an
              operator write (setpoint 20.0-22.0 °C, fan on/off, lights on/off)

Usage: python3 building.py ROLE --duration SECONDS [--seed N]
"""

import argparse
import asyncio
import math
import random
import sys
import time

import guard

from bacpypes3.local.analog import AnalogInputObject, AnalogOutputObject, AnalogValueObjectCmd
from bacpypes3.local.binary import BinaryInputObject, BinaryOutputObject
from bacpypes3.local.device import DeviceObject
from bacpypes3.local.networkport import NetworkPortObject
from bacpypes3.app import Application
from bacpypes3.apdu import ErrorRejectAbortNack
from bacpypes3.pdu import Address
from bacpypes3.primitivedata import ObjectIdentifier

NAMESPACE = {"controller": "bw-ctl", "router": "bw-rtr", "dev2": "bw-dev2", "workstation": "bw-ws"}
CONTROLLER = "198.18.1.10"
DEV2 = "2:198.18.2.10"
# Budget: no role sends more than this many requests of its own in one run.
MAX_REQUESTS = 20_000


def port(address: str, network: int, instance: int = 1) -> NetworkPortObject:
    return NetworkPortObject(
        address,
        objectIdentifier=("network-port", instance),
        objectName=f"NetworkPort-{instance}",
        networkNumber=network,
        networkNumberQuality="configured",
    )


def device(instance: int, name: str) -> DeviceObject:
    return DeviceObject(
        objectIdentifier=("device", instance),
        objectName=name,
        vendorIdentifier=999,
        maxApduLengthAccepted=1024,
        segmentationSupported="segmentedBoth",
    )


def ai(instance, name, value, units="degreesCelsius"):
    return AnalogInputObject(
        objectIdentifier=("analog-input", instance), objectName=name, presentValue=value,
        units=units, statusFlags=[0, 0, 0, 0], eventState="normal", outOfService=False,
        covIncrement=0.5,
    )


async def controller(deadline: float, rng: random.Random) -> None:
    setpoint = AnalogValueObjectCmd(
        objectIdentifier=("analog-value", 3), objectName="AHU-2 supply setpoint",
        presentValue=21.0, units="degreesCelsius", statusFlags=[0, 0, 0, 0],
        eventState="normal", outOfService=False, covIncrement=0.1,
    )
    supply = ai(1, "AHU-2 supply temperature", 21.0)
    outside = ai(2, "Outside air temperature", 10.0)
    valve = AnalogOutputObject(
        objectIdentifier=("analog-output", 1), objectName="AHU-2 heating valve",
        presentValue=30.0, units="percent", statusFlags=[0, 0, 0, 0], eventState="normal",
        outOfService=False, covIncrement=1.0,
    )
    fan = BinaryOutputObject(
        objectIdentifier=("binary-output", 1), objectName="AHU-2 supply fan command",
        presentValue="active", statusFlags=[0, 0, 0, 0], eventState="normal",
        outOfService=False, polarity="normal",
    )
    fan_status = BinaryInputObject(
        objectIdentifier=("binary-input", 1), objectName="AHU-2 supply fan status",
        presentValue="active", statusFlags=[0, 0, 0, 0], eventState="normal",
        outOfService=False, polarity="normal",
    )
    app = Application.from_object_list([
        device(1001, "AHU-2 controller"), port("198.18.1.10/24", 1),
        setpoint, supply, outside, valve, fan, fan_status,
    ])
    t0 = time.monotonic()
    while time.monotonic() < deadline:
        await asyncio.sleep(2.0)
        t = time.monotonic() - t0
        sp = float(setpoint.presentValue)
        # Supply air follows the setpoint within ±1.2 °C; the outside air drifts slowly.
        supply.presentValue = round(sp + 1.0 * math.sin(t / 40.0) + rng.uniform(-0.2, 0.2), 2)
        outside.presentValue = round(10.0 + 2.0 * math.sin(t / 150.0) + rng.uniform(-0.1, 0.1), 2)
        valve.presentValue = round(max(0.0, min(100.0, 40.0 + 25.0 * math.sin(t / 40.0))), 1)
        fan_status.presentValue = fan.presentValue
    app.close()


async def router(deadline: float, rng: random.Random) -> None:
    app = Application.from_object_list([
        device(3001, "Router 1-2"),
        port("198.18.1.20/24", 1, 1),
        port("198.18.2.20/24", 2, 2),
    ])
    while time.monotonic() < deadline:
        await asyncio.sleep(1.0)
    app.close()


async def dev2(deadline: float, rng: random.Random) -> None:
    room = ai(1, "Room 2.14 temperature", 21.5)
    room_sp = AnalogValueObjectCmd(
        objectIdentifier=("analog-value", 1), objectName="Room 2.14 setpoint",
        presentValue=21.5, units="degreesCelsius", statusFlags=[0, 0, 0, 0],
        eventState="normal", outOfService=False, covIncrement=0.1,
    )
    lights = BinaryOutputObject(
        objectIdentifier=("binary-output", 1), objectName="Room 2.14 lights",
        presentValue="inactive", statusFlags=[0, 0, 0, 0], eventState="normal",
        outOfService=False, polarity="normal",
    )
    app = Application.from_object_list([
        device(2001, "Room 2.14"), port("198.18.2.10/24", 2), room, room_sp, lights,
    ])
    t0 = time.monotonic()
    while time.monotonic() < deadline:
        await asyncio.sleep(2.0)
        t = time.monotonic() - t0
        room.presentValue = round(float(room_sp.presentValue) + 0.6 * math.sin(t / 60.0)
                                  + rng.uniform(-0.1, 0.1), 2)
    app.close()


CTL_POINTS = [
    ("analog-input,1", "present-value"), ("analog-input,2", "present-value"),
    ("analog-value,3", "present-value"), ("analog-output,1", "present-value"),
    ("binary-output,1", "present-value"), ("binary-input,1", "present-value"),
]
DEV2_POINTS = ["analog-input,1", "analog-value,1", "binary-output,1"]


async def workstation(deadline: float, rng: random.Random) -> None:
    app = Application.from_object_list([device(9001, "Operator WS"), port("198.18.1.40/24", 1)])
    sent = 0

    async def guarded(coro):
        nonlocal sent
        sent += 1
        if sent > MAX_REQUESTS:
            raise SystemExit("request budget spent")
        try:
            return await asyncio.wait_for(coro, 3.0)
        except (Exception, ErrorRejectAbortNack) as e:  # a lab device not answering is not fatal to the run
            print(f"workstation: {type(e).__name__}: {e}", file=sys.stderr)
            return None

    ctl, room = Address(guard.lab_address(CONTROLLER)), Address(guard.lab_address(DEV2))
    await asyncio.sleep(2.0)
    await guarded(app.who_is())
    app.nse.who_is_router_to_network()
    # Names and units once, as an operator front end does when it starts.
    for objid, _ in CTL_POINTS:
        await guarded(app.read_property(ctl, objid, "object-name"))
    for objid in DEV2_POINTS:
        await guarded(app.read_property(room, objid, "object-name"))
    await guarded(app.read_property(ctl, "analog-value,3", "units"))

    async def cov_listener():
        try:
            async with app.change_of_value(ctl, ObjectIdentifier("analog-input,1"), 7, False,
                                           int(deadline - time.monotonic()) + 5) as scm:
                while time.monotonic() < deadline:
                    try:
                        await asyncio.wait_for(scm.get_value(), 5.0)
                    except asyncio.TimeoutError:
                        pass
        except (Exception, ErrorRejectAbortNack) as e:
            print(f"workstation: cov: {type(e).__name__}: {e}", file=sys.stderr)

    cov = asyncio.create_task(cov_listener())
    next_poll = next_who = next_sp = next_fan = next_lights = time.monotonic()
    next_who += 60
    next_sp += rng.uniform(30, 90)
    next_fan += rng.uniform(60, 150)
    next_lights += rng.uniform(60, 150)
    fan_on = True
    lights_on = False
    while time.monotonic() < deadline:
        now = time.monotonic()
        if now >= next_poll:
            next_poll += 5.0
            # bacpypes3 takes a flat list: object, [properties], object, [properties], ...
            await guarded(app.read_property_multiple(
                ctl, [x for o, p in CTL_POINTS for x in (o, [p])]))
            for objid in DEV2_POINTS:
                await guarded(app.read_property(room, objid, "present-value"))
        if now >= next_who:
            next_who += 60.0
            await guarded(app.who_is())
            app.nse.who_is_router_to_network()
        if now >= next_sp:
            next_sp += rng.uniform(60, 120)
            value = rng.choice([20.0, 20.5, 21.0, 21.5, 22.0])
            await guarded(app.write_property(ctl, "analog-value,3", "present-value", value))
        if now >= next_fan:
            next_fan += rng.uniform(90, 180)
            fan_on = not fan_on
            await guarded(app.write_property(ctl, "binary-output,1", "present-value",
                                             "active" if fan_on else "inactive"))
        if now >= next_lights:
            next_lights += rng.uniform(90, 180)
            lights_on = not lights_on
            await guarded(app.write_property(room, "binary-output,1", "present-value",
                                             "active" if lights_on else "inactive"))
        await asyncio.sleep(0.2)
    cov.cancel()
    app.close()


ROLES = {"controller": controller, "router": router, "dev2": dev2, "workstation": workstation}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("role", choices=sorted(ROLES))
    parser.add_argument("--duration", type=float, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    guard.require(NAMESPACE[args.role])
    if not 0 < args.duration <= 4 * 3600:
        guard.refuse("duration must be between 0 and 4 hours")
    deadline = time.monotonic() + args.duration
    asyncio.run(ROLES[args.role](deadline, random.Random(args.seed)))


if __name__ == "__main__":
    main()
