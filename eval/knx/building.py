"""The KNX evaluation building. Each role runs inside its own namespace (see netns.sh), stops by
itself after --duration seconds, and sends at most MAX_TELEGRAMS telegrams of its own.

Roles:
  line  the KNX IP router of TP line 1.1 (198.18.10.20): every telegram of the line's devices
        appears on the LAN as a ROUTING_INDICATION from this address with the device's own
        individual address. The devices (group addresses in groups.py):
          1.1.11-13  room temperature sensors (DPT 9.001, bathroom also humidity 9.007): a
                     reading every 10-60 s (irregular), slow drift and sensor noise
          1.1.21     presence detector (1.018), changes after 1-7 min
          1.1.30     light actuator: switching and brightness status (1.001, 5.001), answers reads
          1.1.31     blind actuator: position status (5.001) every 5 s while moving, answers reads
          1.1.32     light push button: on/off (1.001), dimming (3.007), scenes (17.001)
          1.1.33     blind push button: up/down (1.008), step/stop (1.007)
          1.1.41     heating controller: setpoint status (9.001), valve (5.001) every 1-2 min,
                     HVAC mode status (20.102), a status text (16.001) every 10 min
          1.1.50     energy meter: power (14.056) every 25-35 s, energy (13.010) and pulses
                     (12.001) every 5 min
        Devices on the line hear each other directly (TP), and hear the LAN's telegrams through
        the router.
  wx    a KNX IP weather station (198.18.10.40, 1.0.40): outdoor temperature (9.001), wind
        speed (9.005), brightness (9.004) every 55-65 s, sent by KNXnet/IP routing
  vis   a visualisation (198.18.10.30) connected through a KNXnet/IP tunnel of knxd (xknx):
        reads four status values every 60 s, writes the setpoint (20.5-22 °C) every 2-5 min,
        the blind position every 4-8 min, the HVAC mode every 8-15 min, a scene every 8-16 min

Attacks built into the roles (they come from the building's own addresses; attacks.py has the
others): `line --attack spoof-sensor --attack-at S` writes 85 °C, -30 °C and 60 °C to the
living room temperature from the sensor's own individual address 1.1.11 (a device plugged
into the TP line), 4 s apart; `vis --attack setpoint --attack-at S` writes a setpoint of
45 °C through the visualisation's own tunnel (a compromised visualisation).

Usage: python3 building.py ROLE --duration SECONDS [--seed N] [--attack NAME --attack-at S]
"""

import argparse
import asyncio
import math
import random
import socket
import struct
import sys
import time

import guard
import knxframes as kf
from groups import dpt_of

NAMESPACE = {"line": "kw-line", "wx": "kw-wx", "vis": "kw-vis"}
LINE_IP = "198.18.10.20"
WX_IP = "198.18.10.40"
VIS_IP = "198.18.10.30"
GATEWAY_IP = "198.18.10.10"
# Budget: no role sends more than this many telegrams of its own in one run.
MAX_TELEGRAMS = 20_000


def multicast_socket(local_ip: str) -> socket.socket:
    """Send and receive KNXnet/IP routing on the namespace's LAN only (TTL 1, no loopback)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM, socket.IPPROTO_UDP)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("", kf.KNX_PORT))
    mreq = struct.pack("4s4s", socket.inet_aton(kf.KNX_MULTICAST), socket.inet_aton(local_ip))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, mreq)
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(local_ip))
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, 1)
    s.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)
    s.setblocking(False)
    return s


class Router:
    """KNXnet/IP routing from one IP address: sends ROUTING_INDICATIONs, hands received ones to
    `on_telegram`, and counts its budget."""

    def __init__(self, local_ip: str, on_telegram):
        self.sock = multicast_socket(local_ip)
        self.local_ip = local_ip
        self.on_telegram = on_telegram
        self.sent = 0
        self.dest = (guard.lab_address(kf.KNX_MULTICAST), kf.KNX_PORT)

    def send(self, src: str, group: str, apci: int, value) -> None:
        if self.sent >= MAX_TELEGRAMS:
            return
        self.sent += 1
        frame = kf.routing_indication(kf.ia(src), kf.ga(group), kf.group_apdu(apci, value))
        self.sock.sendto(frame, self.dest)

    async def receive(self, deadline: float) -> None:
        loop = asyncio.get_running_loop()
        while time.monotonic() < deadline:
            try:
                data = await asyncio.wait_for(loop.sock_recv(self.sock, 1024), 1.0)
            except asyncio.TimeoutError:
                continue
            parsed = kf.parse_knxip(data)
            if parsed is None or parsed[0] != kf.ROUTING_INDICATION:
                continue
            t = kf.parse_cemi(parsed[1])
            if t is not None and t.group:
                self.on_telegram(t)


async def every(deadline: float, rng: random.Random, lo: float, hi: float, action) -> None:
    """Call `action()` at random intervals in [lo, hi] seconds until the deadline."""
    await asyncio.sleep(rng.uniform(0.5, lo))
    while time.monotonic() < deadline:
        action()
        await asyncio.sleep(rng.uniform(lo, hi))


def room_temperature(t: float, base: float, period: float, rng: random.Random) -> float:
    """A room's temperature: slow drift of ±0.3 K plus sensor noise."""
    return base + 0.3 * math.sin(2 * math.pi * t / period) + rng.gauss(0, 0.03)


# ---- line 1.1 ----


class Line:
    def __init__(self, rng: random.Random, start: float):
        self.rng = rng
        self.start = start
        self.router = Router(LINE_IP, self.from_lan)
        self.light_on = False
        self.brightness = 0.0
        self.dimming = 0
        self.blind = 0.0
        self.blind_target = 0.0
        self.setpoint = 21.0
        self.hvac = "comfort"
        self.living = 21.6
        self.energy_wh = 125_000
        self.pulses = 40_000

    def now(self) -> float:
        return time.monotonic() - self.start

    def send(self, src, group, value, apci=kf.A_GROUP_WRITE):
        """Send on IP and deliver on the line (the line's devices hear each other on TP)."""
        payload = kf.payload(dpt_of(group), value)
        self.router.send(src, group, apci, payload)
        if apci == kf.A_GROUP_WRITE:
            self.heard(group, payload)

    def from_lan(self, t: kf.Telegram) -> None:
        group = kf.ga_text(t.dst)
        if t.apci == kf.A_GROUP_READ:
            self.answer_read(group)
        elif t.apci == kf.A_GROUP_WRITE:
            self.heard(group, t.value)

    def heard(self, group: str, raw) -> None:
        """A group write on the line, as its devices decode it."""
        try:
            dpt = dpt_of(group)
        except KeyError:
            return
        try:
            if dpt.startswith("1."):
                value = bool(raw & 1)
            elif dpt == "3.007":
                value = (bool(raw & 8), raw & 7)
            else:
                value = kf.decode_value(dpt, raw)
        except Exception:  # a value the DPT refuses: ignored, as a device would
            return
        self.deliver(group, value)

    def deliver(self, group: str, value) -> None:
        if group == "1/1/1":
            self.light(value)
        elif group == "1/3/1":
            # DPT 3.007: (increase, step code); step code 0 = stop dimming
            up, step_code = value
            self.dimming = 0 if step_code == 0 else (1 if up else -1)
            if self.dimming == 0:
                self.status_light()
        elif group in ("5/1/1", "5/1/2"):
            number = value if isinstance(value, int) else value.scene_number
            self.brightness = {1: 100.0, 2: 60.0, 3: 30.0, 4: 0.0}.get(number, 50.0)
            self.light_on = self.brightness > 0
            self.status_light()
        elif group == "2/1/1":
            self.blind_target = 100.0 if value else 0.0
        elif group == "2/2/1":
            if self.blind != self.blind_target:
                self.blind_target = self.blind
            else:
                self.blind_target = min(100.0, max(0.0, self.blind + (5 if value else -5)))
            self.status_blind()
        elif group == "2/4/1":
            self.blind_target = float(value)
        elif group == "3/2/1":
            self.setpoint = float(value)
            self.send("1.1.41", "3/2/2", self.setpoint)
        elif group == "3/4/1":
            self.hvac = value.name.lower()
            self.send("1.1.41", "3/4/2", self.hvac)

    def answer_read(self, group: str) -> None:
        answers = {
            "1/4/1": ("1.1.30", self.light_on),
            "1/5/1": ("1.1.30", round(self.brightness)),
            "2/3/1": ("1.1.31", round(self.blind)),
            "3/1/1": ("1.1.11", round(self.living, 2)),
            "3/2/2": ("1.1.41", self.setpoint),
            "3/4/2": ("1.1.41", self.hvac),
        }
        if group in answers:
            src, value = answers[group]
            self.send(src, group, value, apci=kf.A_GROUP_RESPONSE)

    def light(self, on: bool) -> None:
        self.light_on = on
        if on and self.brightness == 0:
            self.brightness = 80.0
        if not on:
            self.brightness = 0.0
        self.status_light()

    def status_light(self) -> None:
        self.send("1.1.30", "1/4/1", self.light_on)
        self.send("1.1.30", "1/5/1", round(self.brightness))

    def status_blind(self) -> None:
        self.send("1.1.31", "2/3/1", round(self.blind))

    # devices acting on their own

    def sensor(self, src, group, base, period):
        def act():
            v = room_temperature(self.now(), base, period, self.rng)
            if group == "3/1/1":
                self.living = v
            self.send(src, group, round(v, 2))
        return act

    def humidity(self):
        self.send("1.1.13", "3/1/4", round(52 + 4 * math.sin(self.now() / 700) + self.rng.gauss(0, 0.5), 1))

    def presence(self):
        self.send("1.1.21", "1/2/1", self.rng.random() < 0.6)

    def push_button(self):
        r = self.rng.random()
        if r < 0.75:
            self.send("1.1.32", "1/1/1", not self.light_on)
        else:
            asyncio.get_running_loop().create_task(self.dim())

    async def dim(self):
        up = self.brightness < 50
        self.send("1.1.32", "1/3/1", {"control": 1 if up else 0, "step_code": 1})
        for _ in range(self.rng.randint(2, 6)):
            await asyncio.sleep(0.5)
            self.brightness = min(100.0, max(0.0, self.brightness + (10 if up else -10)))
        self.send("1.1.32", "1/3/1", {"control": 1 if up else 0, "step_code": 0})

    def scene(self):
        self.send("1.1.32", "5/1/1", self.rng.randint(1, 4))

    def blind_button(self):
        if self.rng.random() < 0.8:
            self.send("1.1.33", "2/1/1", self.blind < 50)
        else:
            self.send("1.1.33", "2/2/1", self.rng.random() < 0.5)

    async def blind_motor(self, deadline):
        """40 s for the whole travel; status every 5 s while moving and when it stops."""
        last_status = 0.0
        while time.monotonic() < deadline:
            await asyncio.sleep(1.0)
            if self.blind == self.blind_target:
                continue
            step = 2.5
            if abs(self.blind_target - self.blind) <= step:
                self.blind = self.blind_target
                self.status_blind()
                continue
            self.blind += step if self.blind_target > self.blind else -step
            if time.monotonic() - last_status >= 5:
                last_status = time.monotonic()
                self.status_blind()

    def controller(self):
        offset = {"comfort": 0.0, "standby": -2.0, "economy": -4.0}.get(self.hvac, -6.0)
        valve = min(100, max(0, round(45 + 60 * (self.setpoint + offset - self.living))))
        self.send("1.1.41", "3/3/1", valve)

    def controller_status(self):
        self.send("1.1.41", "3/2/2", self.setpoint)
        self.send("1.1.41", "3/4/2", self.hvac)

    def status_text(self):
        self.send("1.1.41", "6/1/1", "Heating OK")

    def meter_power(self):
        p = 750 + 250 * math.sin(self.now() / 900) + self.rng.gauss(0, 20)
        self.send("1.1.50", "4/1/1", round(p, 1))

    def meter_energy(self):
        self.energy_wh += self.rng.randint(55, 80)
        self.pulses += self.rng.randint(50, 90)
        self.send("1.1.50", "4/1/2", self.energy_wh)
        self.send("1.1.50", "4/1/3", self.pulses)

    async def spoof_sensor(self, at: float):
        await asyncio.sleep(at)
        for value in (85.0, -30.0, 60.0):
            print(f"attack: 1.1.11 writes {value} to 3/1/1", flush=True)
            self.router.send("1.1.11", "3/1/1", kf.A_GROUP_WRITE, kf.payload("9.001", value))
            await asyncio.sleep(4.0)


async def line(duration: float, rng: random.Random, attack: str | None, attack_at: float) -> None:
    deadline = time.monotonic() + duration
    ln = Line(rng, time.monotonic())
    tasks = [
        ln.router.receive(deadline),
        ln.blind_motor(deadline),
        every(deadline, rng, 10, 60, ln.sensor("1.1.11", "3/1/1", 21.6, 1800)),
        every(deadline, rng, 10, 60, ln.sensor("1.1.12", "3/1/2", 19.4, 2400)),
        every(deadline, rng, 10, 60, ln.sensor("1.1.13", "3/1/3", 22.8, 1500)),
        every(deadline, rng, 10, 60, ln.humidity),
        every(deadline, rng, 60, 420, ln.presence),
        every(deadline, rng, 120, 360, ln.push_button),
        every(deadline, rng, 480, 960, ln.scene),
        every(deadline, rng, 180, 480, ln.blind_button),
        every(deadline, rng, 60, 120, ln.controller),
        every(deadline, rng, 290, 310, ln.controller_status),
        every(deadline, rng, 590, 610, ln.status_text),
        every(deadline, rng, 25, 35, ln.meter_power),
        every(deadline, rng, 295, 305, ln.meter_energy),
    ]
    if attack == "spoof-sensor":
        tasks.append(ln.spoof_sensor(attack_at))
    elif attack is not None:
        sys.exit(f"line: unknown attack {attack}")
    await run_until(deadline, tasks)
    print(f"line: sent {ln.router.sent} telegrams", flush=True)


async def run_until(deadline: float, coros) -> None:
    tasks = [asyncio.ensure_future(c) for c in coros]
    try:
        await asyncio.wait_for(asyncio.gather(*tasks), max(0.0, deadline - time.monotonic()) + 2)
    except asyncio.TimeoutError:
        pass
    finally:
        for t in tasks:
            t.cancel()


# ---- weather station ----


async def wx(duration: float, rng: random.Random) -> None:
    deadline = time.monotonic() + duration
    start = time.monotonic()
    router = Router(WX_IP, lambda t: None)

    def send(group, value):
        router.send("1.0.40", group, kf.A_GROUP_WRITE, kf.payload(dpt_of(group), value))

    def outdoor():
        t = time.monotonic() - start
        send("7/1/1", round(3.0 + 2.0 * math.sin(t / 2000) + rng.gauss(0, 0.1), 2))

    def wind():
        send("7/1/2", round(max(0.0, 2.0 + rng.gauss(0, 0.8)), 1))

    def brightness():
        t = time.monotonic() - start
        send("7/1/3", round(max(100.0, 15000 + 5000 * math.sin(t / 1500) + rng.gauss(0, 500))))

    await run_until(deadline, [
        router.receive(deadline),
        every(deadline, rng, 55, 65, outdoor),
        every(deadline, rng, 55, 65, wind),
        every(deadline, rng, 55, 65, brightness),
    ])
    print(f"wx: sent {router.sent} telegrams", flush=True)


# ---- visualisation (xknx tunnel through knxd) ----


async def vis(duration: float, rng: random.Random, attack: str | None, attack_at: float) -> None:
    from xknx import XKNX
    from xknx.io import ConnectionConfig, ConnectionType
    from xknx.telegram import GroupAddress, Telegram
    from xknx.telegram.apci import GroupValueRead, GroupValueWrite

    deadline = time.monotonic() + duration
    config = ConnectionConfig(
        connection_type=ConnectionType.TUNNELING,
        gateway_ip=guard.lab_address(GATEWAY_IP),
        local_ip=VIS_IP,
        auto_reconnect=False,
    )
    sent = 0

    async with XKNX(connection_config=config) as xknx:

        async def put(group, apci):
            nonlocal sent
            if sent < MAX_TELEGRAMS:
                sent += 1
                await xknx.telegrams.put(Telegram(destination_address=GroupAddress(group), payload=apci))

        def write(group, value):
            p = kf.DPTBase.parse_transcoder(dpt_of(group)).to_knx(value)
            return put(group, GroupValueWrite(p))

        async def loop(lo, hi, action):
            await asyncio.sleep(rng.uniform(1, lo))
            while time.monotonic() < deadline - 2:
                await action()
                await asyncio.sleep(rng.uniform(lo, hi))

        async def reads():
            for g in ("3/2/2", "2/3/1", "1/4/1", "3/1/1"):
                await put(g, GroupValueRead())
                await asyncio.sleep(0.2)

        async def setpoint():
            await write("3/2/1", rng.choice([20.5, 21.0, 21.5, 22.0]))

        async def blind():
            await write("2/4/1", rng.choice([0, 30, 50, 80, 100]))

        async def hvac():
            await write("3/4/1", rng.choice(["comfort", "standby"]))

        async def scene():
            await write("5/1/2", {"scene_number": rng.randint(1, 4), "learn": False})

        async def tamper():
            await asyncio.sleep(attack_at)
            print("attack: visualisation writes setpoint 45 °C to 3/2/1", flush=True)
            await write("3/2/1", 45.0)

        tasks = [
            loop(55, 65, reads),
            loop(120, 300, setpoint),
            loop(240, 480, blind),
            loop(480, 900, hvac),
            loop(480, 960, scene),
        ]
        if attack == "setpoint":
            tasks.append(tamper())
        elif attack is not None:
            sys.exit(f"vis: unknown attack {attack}")
        await run_until(deadline - 1, tasks)
        await asyncio.sleep(1.0)
    print(f"vis: sent {sent} telegrams", flush=True)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("role", choices=sorted(NAMESPACE))
    p.add_argument("--duration", type=float, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--attack")
    p.add_argument("--attack-at", type=float, default=20.0)
    a = p.parse_args()
    guard.require(NAMESPACE[a.role])
    if not 0 < a.duration <= 4 * 3600:
        sys.exit("duration must be in (0, 4 h]")
    rng = random.Random(f"{a.role}-{a.seed}")
    if a.role == "line":
        asyncio.run(line(a.duration, rng, a.attack, a.attack_at))
    elif a.role == "wx":
        asyncio.run(wx(a.duration, rng))
    else:
        asyncio.run(vis(a.duration, rng, a.attack, a.attack_at))


if __name__ == "__main__":
    main()
