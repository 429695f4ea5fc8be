"""A prototype of the value models docs/knx-watch-plan.md proposes, run over the evaluation
captures, to check the design before it is built into the watch (reads files only). It is not
the watch: it decodes with xknx, models only group values (no rates, no rules), and exists so
that the plan's "expected" figures can be reproduced.

Model, learned on learn.pcap:
  - one telegram counted once: the copies a gateway forwards (the routing indication and its
    tunnelling request to each client, within 1 s) are echoes;
  - continuous types (9.x, 14.x, 5.001, ...): the learned min-max widened by
    t x max(span, |midpoint|), t = 0.1 for setpoints (a setpoint role, or written by a tunnel
    client) and 0.5 otherwise, and for a percentage (5.001) by at least half its 0-100 range
    (positions and levels use their whole range; the writer rule guards them); a value outside raises "outside learned range", a value outside
    the type's or the role's range (dpt ranges, roles by name) raises "implausible";
  - discrete types (1.x, 3.x, 17.x, 18.x, 20.x): a value the type does not define raises
    "undefined"; the learned set is enforced only for stable groups (at least 20 values and at
    most 4 distinct ones while learning);
  - counters (12.x, 13.010): a decrease, or a step larger than 5 x the largest learned step,
    between two values of the detection run (a model is reused on later visits, when the meter
    has moved on; and each lab attack starts a fresh meter);
  - texts: not checked here.
With ETS the types and roles come from groups.py (the exports); without, from the payload size
(knx_project::infer's rules, simplified) and no roles.

Usage: python3 eval/knx/prototype_models.py [--no-ets]
"""

import struct
import sys

from xknx.dpt import DPTArray, DPTBase, DPTBinary

import summarise
from groups import GROUPS

ROOM = (-10.0, 50.0)
SETPOINT = (3.0, 35.0)
OUTDOOR = (-50.0, 60.0)
DEFINED = {"9.001": (-273.0, 670760.0), "9.007": (0.0, 100.0), "9.004": (0.0, 670760.0),
           "9.005": (0.0, 670760.0), "5.001": (0.0, 100.0)}
ENUMS = {"20.102": {0, 1, 2, 3, 4}}
TUNNEL_CLIENTS = {"1.0.200"}


def role(name, dpt):
    if dpt != "9.001":
        return None
    n = name.lower()
    if "setpoint" in n:
        return SETPOINT
    if "outdoor" in n:
        return OUTDOOR
    if "room" in n or "bedroom" in n or "bathroom" in n:
        return ROOM
    return None


def ets_types():
    out = {}
    for a, name, dpt, _ in GROUPS:
        _, main, sub = dpt.split("-")
        d = f"{int(main)}.{int(sub):03d}"
        out[a] = (d, role(name, d))
    return out


def kind(dpt):
    main = dpt.split(".")[0]
    if main in ("1", "3", "17", "18", "20"):
        return "discrete"
    if main in ("12",) or dpt == "13.010":
        return "counter"
    if main == "16":
        return "text"
    return "continuous"


def telegrams(name):
    """(time, src IA, group, apci, payload bytes or 6-bit int), echoes removed."""
    seen = {}
    for t, _src, payload in summarise.packets(f"eval/knx/pcaps/{name}"):
        if len(payload) < 6 or payload[:2] != b"\x06\x10":
            continue
        service = struct.unpack("!H", payload[2:4])[0]
        body = payload[6:]
        if service == 0x0420:
            body = body[4:]
        elif service != 0x0530:
            continue
        if len(body) < 2 or body[0] == 0x2E:  # L_Data.con: the gateway's echo
            continue
        cemi = body[2 + body[1]:]
        if len(cemi) < 9 or not cemi[1] & 0x80:
            continue
        src, dst = struct.unpack("!HH", cemi[2:6])
        apdu = cemi[7:]
        apci = ((apdu[0] & 3) << 8) | apdu[1]
        if apci & 0x3C0 not in (0x040, 0x080):
            continue
        value = apdu[2:] if len(apdu) > 2 else apdu[1] & 0x3F
        ia = f"{src >> 12}.{(src >> 8) & 15}.{src & 255}"
        ga = f"{dst >> 11}/{(dst >> 8) & 7}/{dst & 255}"
        key = (ia, ga, apci, bytes(value) if isinstance(value, bytes) else value)
        if key in seen and t - seen[key] < 1_000_000_000:
            continue
        seen[key] = t
        yield t, ia, ga, apci & 0x3C0, value


def inferred(values):
    sizes = [len(v) if isinstance(v, bytes) else 0 for v in values]
    size = max(set(sizes), key=sizes.count)
    if size == 0:
        return "1.001" if max(v for v in values if isinstance(v, int)) <= 1 else "3.007"
    if size == 1:
        distinct = {v[0] for v in values if isinstance(v, bytes) and len(v) == 1}
        return "20.x" if len(distinct) <= 8 and max(distinct) < 64 else "5.001"
    if size == 2:
        return "9.xxx"
    if size == 4:
        return "14.xxx" if all(ordinary(v) for v in values if isinstance(v, bytes) and len(v) == 4) else "13.010"
    return "16.001"


def ordinary(b):
    f = struct.unpack("!f", b)[0]
    return f == 0.0 or 1e-6 <= abs(f) < 1e12


def number(dpt, value):
    if dpt == "9.xxx":
        dpt = "9.001"
    elif dpt == "14.xxx":
        dpt = "14.056"
    elif dpt == "20.x":
        return value[0]
    if dpt.startswith("1.") or dpt.startswith("3."):
        return value if isinstance(value, int) else value[0]
    if dpt.startswith("17.") or dpt.startswith("18.") or dpt.startswith("20."):
        return value[0]
    v = DPTBase.parse_transcoder(dpt).from_knx(DPTArray(value) if isinstance(value, bytes) else DPTBinary(value))
    return float(v)


def learn(types, use_ets):
    by_group = {}
    for _t, ia, ga, _apci, value in telegrams("learn.pcap"):
        by_group.setdefault(ga, []).append((ia, value))
    model = {}
    for ga, items in by_group.items():
        if use_ets:
            dpt, rng = types[ga]
        else:
            dpt, rng = inferred([v for _, v in items]), None
        k = kind(dpt) if dpt not in ("20.x",) else "discrete"
        nums = [number(dpt, v) for _, v in items] if k != "text" else []
        writers = {ia for ia, _ in items}
        t = 0.1 if rng is SETPOINT or writers & TUNNEL_CLIENTS else 0.5
        steps = [b - a for a, b in zip(nums, nums[1:])] if k == "counter" else []
        model[ga] = dict(dpt=dpt, kind=k, role=rng, t=t, min=min(nums, default=0),
                         max=max(nums, default=0), set=set(nums), n=len(nums),
                         step=max(steps, default=0), last=nums[-1] if nums else None)
    return model


def check(model, name):
    alerts = []
    for m in model.values():
        m["last"] = None
    for t, ia, ga, _apci, value in telegrams(name):
        m = model.get(ga)
        if m is None or m["kind"] == "text":
            continue
        v = number(m["dpt"], value)
        why = None
        if m["kind"] == "continuous":
            lo, hi = DEFINED.get(m["dpt"], (float("-inf"), float("inf")))
            if m["role"]:
                lo, hi = max(lo, m["role"][0]), min(hi, m["role"][1])
            margin = m["t"] * max(m["max"] - m["min"], abs((m["max"] + m["min"]) / 2))
            if m["dpt"] == "5.001":
                margin = max(margin, 50.0)
            if not lo <= v <= hi:
                why = f"implausible {v}"
            elif not m["min"] - margin <= v <= m["max"] + margin:
                why = f"outside learned range {v} (learned {m['min']}..{m['max']}, t {m['t']})"
        elif m["kind"] == "discrete":
            if m["dpt"] in ENUMS and v not in ENUMS[m["dpt"]]:
                why = f"undefined {v}"
            elif m["n"] >= 20 and len(m["set"]) <= 4 and v not in m["set"]:
                why = f"not in the learned set {v}"
        elif m["kind"] == "counter":
            if m["last"] is not None and (v < m["last"] or v - m["last"] > 5 * max(m["step"], 1)):
                why = f"counter {m['last']} -> {v}"
            m["last"] = v
        if why:
            alerts.append((t, ga, ia, why))
    return alerts


def main():
    use_ets = "--no-ets" not in sys.argv
    types = ets_types()
    print(f"value models {'with' if use_ets else 'without'} the ETS export")
    for name in ["validate.pcap", "attack-1-inject.pcap", "attack-2-setpoint.pcap",
                 "attack-3-spoof-sensor.pcap", "attack-4-flood.pcap", "attack-5-authorize.pcap",
                 "attack-6-outside.pcap", "attack-7-management.pcap"]:
        model = learn(types, use_ets)
        alerts = check(model, name)
        # One alert per group and reason kind, the worse value raising a new one (plan §3.5):
        # here simply the distinct (group, kind of reason) pairs.
        shown = sorted({(ga, why.split(" ")[0]) for _, ga, _, why in alerts})
        print(f"  {name}: {len(alerts)} values flagged, {len(shown)} alerts: "
              + "; ".join(f"{ga} {w}" for ga, w in shown))
        for _, ga, ia, why in alerts[:8]:
            print(f"      {ga} from {ia}: {why}")


if __name__ == "__main__":
    main()
