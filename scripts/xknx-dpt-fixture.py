#!/usr/bin/env python3
"""Print xknx's encodings of a table of values, one row per (datapoint type, value), as the
fixture audit-core/src/wire/knxip/dpt/xknx_encodings.tsv that the DPT codec's tests decode
(and encode) row by row. xknx (https://pypi.org/project/xknx/) is an independent KNX
implementation; nothing of it is in the product.

Columns (tab separated):
  dpt      the datapoint type, e.g. 9.001
  input    the value given to xknx's encoder (JSON)
  wire     xknx's encoding: "short:NN" for a value carried in the APCI's 6 bits (hex), else
           the data octets in hex
  decoded  xknx's decoding of those octets (JSON): a number, a boolean, a string, an object of
           its fields (3.x, 18.x), or for 20.x the enumeration's numeric code

Usage: pip install xknx && python3 scripts/xknx-dpt-fixture.py > audit-core/src/wire/knxip/dpt/xknx_encodings.tsv
"""

import enum
import json
import math

import xknx
from xknx.dpt import DPTArray, DPTBase, DPTBinary

VALUES = {
    # 1.x: booleans; 2.x: control and value
    "1.001": [False, True],
    "1.008": [False, True],
    "1.018": [False, True],
    "1.100": [False, True],
    "2.001": [{"control": 0, "value": 1}, {"control": 1, "value": 0}, {"control": 1, "value": 1}],
    # 3.x: direction and step code
    "3.007": [{"control": 1, "step_code": 1}, {"control": 0, "step_code": 7},
              {"control": 1, "step_code": 0}, {"control": 0, "step_code": 3}],
    "3.008": [{"control": 1, "step_code": 1}, {"control": 0, "step_code": 2}],
    # 5.x
    "5.001": [0, 1, 25, 50, 50.2, 99.6, 100],
    "5.003": [0, 1.41, 90, 180, 359, 360],
    "5.004": [0, 1, 128, 255],
    "5.010": [0, 77, 255],
    # 6.x
    "6.001": [-128, -1, 0, 1, 127],
    "6.010": [-128, -5, 0, 100, 127],
    # 7.x
    "7.001": [0, 1, 60000, 65535],
    "7.002": [0, 1234, 65535],
    "7.005": [0, 3600, 65535],
    "7.012": [0, 20, 65535],
    "7.013": [0, 500, 65535],
    "7.600": [2700, 6500],
    # 8.x
    "8.001": [-32768, -300, 0, 32767],
    "8.005": [-3600, 0, 3600],
    "8.010": [-327.68, -1.5, 0, 0.01, 327.67],
    "8.011": [-180, 0, 359],
    # 9.x: 2-octet float
    "9.001": [-273, -30, -0.01, 0, 0.01, 0.5, 20.48, 21.04, 21.6, 21.62, 22.04, 35,
              60, 85, 100, 670433.28],
    "9.002": [-5.5, 0, 2.25],
    "9.004": [0, 0.5, 350, 15000, 100000, 670433.28],
    "9.005": [0, 2.5, 33.3],
    "9.006": [98000, 101325],
    "9.007": [0, 45.5, 52.3, 100],
    "9.008": [400, 1200, 5000],
    "9.020": [-670760, 230000],
    "9.024": [-5.5, 3.7],
    "9.027": [-459.6, 32, 98.6],
    "9.028": [0, 12.6],
    # 12.x
    "12.001": [0, 1, 40000, 4294967295],
    "12.100": [0, 86400],
    "12.102": [0, 8760],
    # 13.x
    "13.001": [-2147483648, -5, 0, 2147483647],
    "13.010": [-5, 0, 125000, 2147483647],
    "13.013": [0, 4711],
    # 14.x: 4-octet float
    "14.019": [0.0, 1.25, -16.5],
    "14.056": [0.0, 800.5, 1234.5, -42.25, 1e9, 3.4e38],
    "14.057": [-1.0, 0.0, 0.95, 1.0],
    "14.068": [-273.15, 21.5, 1000.0],
    "14.069": [0.0, 293.15],
    "14.076": [0.001, 12.5],
    # 16.x
    "16.000": ["", "KNX is OK", "Heating OK", "14 characters!"],
    "16.001": ["Grüße", "ÄÖÜ äöü ß", "Heating OK"],
    # 17.x, 18.x (xknx counts scenes 1..64)
    "17.001": [1, 5, 64],
    "18.001": [{"scene_number": 1, "learn": False}, {"scene_number": 3, "learn": True},
               {"scene_number": 64, "learn": False}],
    # 20.x (xknx 4.0 knows these two of the enumerations)
    "20.102": ["auto", "comfort", "standby", "economy", "building_protection"],
    "20.105": ["auto", "heat", "cool", "off", "fan_only", "nodem"],
}


def jsonable(v):
    if isinstance(v, enum.Enum):
        return v.value if isinstance(v.value, (int, float, str, bool)) else v.name
    if isinstance(v, float) and math.isfinite(v):
        return v
    if isinstance(v, (bool, int, str)):
        return v
    if hasattr(v, "as_dict"):
        return {k: jsonable(x) for k, x in v.as_dict().items()}
    if hasattr(v, "__dict__"):
        return {k: jsonable(x) for k, x in vars(v).items() if not k.startswith("_")}
    return str(v)


def main() -> None:
    print(f"# xknx {xknx.__version__.__version__}: dpt\tinput\twire\tdecoded")
    for dpt, values in VALUES.items():
        t = DPTBase.parse_transcoder(dpt)
        if t is None:
            raise SystemExit(f"xknx does not know {dpt}")
        for v in values:
            payload = t.to_knx(v)
            if isinstance(payload, DPTBinary):
                wire = f"short:{payload.value:02x}"
            else:
                assert isinstance(payload, DPTArray)
                wire = bytes(payload.value).hex()
            decoded = t.from_knx(payload)
            if dpt.startswith("20."):
                # the enumeration's numeric code (xknx's names are its own)
                decoded = bytes(payload.value)[0]
            print("\t".join([dpt, json.dumps(v, ensure_ascii=False), wire,
                             json.dumps(jsonable(decoded), ensure_ascii=False)]))


if __name__ == "__main__":
    main()
