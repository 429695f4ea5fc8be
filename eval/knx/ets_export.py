"""Write the ETS group-address exports of the evaluation building (groups.py) the way ETS 6
writes them, for the "with ETS" evaluation:

  ets/building.csv   "3/1" layout (main, middle, sub name columns), semicolon separated,
                     UTF-8 with BOM, CRLF, every field quoted
  ets/building.xml   <GroupAddress-Export xmlns="http://knx.org/xml/ga-export/01">, nested
                     GroupRange elements, UTF-8 with BOM, CRLF

Usage: python3 eval/knx/ets_export.py   (writes next to this file; sends nothing)
"""

import os
from xml.sax.saxutils import quoteattr

from groups import GROUPS, MAIN, MIDDLE

HERE = os.path.dirname(os.path.abspath(__file__))


def split(address: str) -> tuple[int, int, int]:
    main, middle, sub = (int(x) for x in address.split("/"))
    return main, middle, sub


def q(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def csv() -> str:
    rows = [["Main", "Middle", "Sub", "Address", "Central", "Unfiltered", "Description",
             "DatapointType", "Security"]]
    seen_main, seen_middle = set(), set()
    for address, name, dpt, desc in sorted(GROUPS, key=lambda g: split(g[0])):
        main, middle, _ = split(address)
        if main not in seen_main:
            seen_main.add(main)
            rows.append([MAIN[main], "", "", f"{main}/-/-", "", "", "", "", "Auto"])
        if (main, middle) not in seen_middle:
            seen_middle.add((main, middle))
            rows.append(["", MIDDLE[(main, middle)], "", f"{main}/{middle}/-", "", "", "", "",
                         "Auto"])
        rows.append(["", "", name, address, "", "", desc, dpt, "Auto"])
    return "".join(";".join(q(c) for c in r) + "\r\n" for r in rows)


def xml() -> str:
    out = ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
           '<GroupAddress-Export xmlns="http://knx.org/xml/ga-export/01">']
    by_main: dict[int, dict[int, list]] = {}
    for g in GROUPS:
        main, middle, _ = split(g[0])
        by_main.setdefault(main, {}).setdefault(middle, []).append(g)
    for main in sorted(by_main):
        start = main * 2048
        out.append(f'  <GroupRange Name={quoteattr(MAIN[main])} RangeStart="{start}" '
                   f'RangeEnd="{start + 2047}">')
        for middle in sorted(by_main[main]):
            s = start + middle * 256
            out.append(f'    <GroupRange Name={quoteattr(MIDDLE[(main, middle)])} '
                       f'RangeStart="{s}" RangeEnd="{s + 255}">')
            for address, name, dpt, desc in sorted(by_main[main][middle], key=lambda g: split(g[0])):
                out.append(f'      <GroupAddress Name={quoteattr(name)} Address="{address}" '
                           f'Description={quoteattr(desc)} DPTs="{dpt}" Security="Auto" />')
            out.append("    </GroupRange>")
        out.append("  </GroupRange>")
    out.append("</GroupAddress-Export>")
    return "\r\n".join(out) + "\r\n"


def main() -> None:
    os.makedirs(os.path.join(HERE, "ets"), exist_ok=True)
    with open(os.path.join(HERE, "ets", "building.csv"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + csv().encode("utf-8"))
    with open(os.path.join(HERE, "ets", "building.xml"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + xml().encode("utf-8"))


if __name__ == "__main__":
    main()
