"""Refuse to send anything unless we run inside a KNX lab namespace made by eval/knx/netns.sh.

Every traffic program of the KNX evaluation imports this first and calls `require(name)`. It
checks that (1) this process's network namespace is the named one (same inode as
/run/netns/NAME, what `ip netns identify` compares), (2) netns.sh left its mark for it, and (3)
every IPv4 address in the namespace is loopback or inside 198.18.0.0/15. Anything else ends the
program before a socket is opened. `lab_address` refuses any destination outside 198.18.0.0/15
except the KNX routing multicast group, which stays on the namespace's own LAN (TTL 1).
"""

import ipaddress
import os
import subprocess
import sys

PREFIX = "kw-"
MARK_DIR = "/run/bas-knx-eval"
LAB_NET = ipaddress.ip_network("198.18.0.0/15")
LOOPBACK = ipaddress.ip_network("127.0.0.0/8")
KNX_MULTICAST = ipaddress.ip_address("224.0.23.12")


def refuse(why: str) -> None:
    print(f"refusing to run: {why}", file=sys.stderr)
    sys.exit(3)


def require(name: str) -> None:
    if not name.startswith(PREFIX):
        refuse(f"{name} is not a KNX lab namespace name")
    if not os.path.exists(os.path.join(MARK_DIR, name)):
        refuse(f"{name} was not created by eval/knx/netns.sh")
    try:
        ours = os.stat("/proc/self/ns/net").st_ino
        theirs = os.stat(f"/run/netns/{name}").st_ino
    except OSError as e:
        refuse(f"cannot compare namespaces: {e}")
    if ours != theirs:
        refuse(f"not inside network namespace {name} (run through eval/knx/netns.sh exec)")
    out = subprocess.run(
        ["ip", "-4", "-o", "addr", "show"], capture_output=True, text=True, check=True
    ).stdout
    for line in out.splitlines():
        addr = ipaddress.ip_interface(line.split()[3]).ip
        if addr not in LAB_NET and addr not in LOOPBACK:
            refuse(f"namespace has address {addr} outside 198.18.0.0/15")


def lab_address(host: str) -> str:
    """An address a program may send to: inside 198.18.0.0/15, or the KNX multicast group."""
    addr = ipaddress.ip_address(host)
    if addr not in LAB_NET and addr != KNX_MULTICAST:
        refuse(f"destination {host} is outside 198.18.0.0/15")
    return host
