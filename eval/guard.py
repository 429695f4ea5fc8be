"""Refuse to send anything unless we run inside a lab namespace made by eval/netns.sh.

Every traffic program of the evaluation imports this first and calls `require(name)`. It checks
that (1) this process's network namespace is the named one (same inode as /run/netns/NAME, what
`ip netns identify` compares), (2) netns.sh left its mark for it, and (3) every IPv4 address in
the namespace is loopback or inside 198.18.0.0/15. Anything else ends the program before a
socket is opened.
"""

import ipaddress
import os
import subprocess
import sys

PREFIX = "bw-"
MARK_DIR = "/run/bas-watch-eval"
LAB_NET = ipaddress.ip_network("198.18.0.0/15")
LOOPBACK = ipaddress.ip_network("127.0.0.0/8")


def refuse(why: str) -> None:
    print(f"refusing to run: {why}", file=sys.stderr)
    sys.exit(3)


def require(name: str) -> None:
    if not name.startswith(PREFIX):
        refuse(f"{name} is not a lab namespace name")
    if not os.path.exists(os.path.join(MARK_DIR, name)):
        refuse(f"{name} was not created by eval/netns.sh")
    try:
        ours = os.stat("/proc/self/ns/net").st_ino
        theirs = os.stat(f"/run/netns/{name}").st_ino
    except OSError as e:
        refuse(f"cannot compare namespaces: {e}")
    if ours != theirs:
        refuse(f"not inside network namespace {name} (run through eval/netns.sh exec)")
    out = subprocess.run(
        ["ip", "-4", "-o", "addr", "show"], capture_output=True, text=True, check=True
    ).stdout
    for line in out.splitlines():
        addr = ipaddress.ip_interface(line.split()[3]).ip
        if addr not in LAB_NET and addr not in LOOPBACK:
            refuse(f"namespace has address {addr} outside 198.18.0.0/15")


def lab_address(text: str) -> str:
    """An address a program may send to: inside 198.18.0.0/15 (with an optional BACnet
    network prefix 'N:')."""
    host = text.split(":")[-1].split("/")[0]
    if ipaddress.ip_address(host) not in LAB_NET:
        refuse(f"destination {text} is outside 198.18.0.0/15")
    return text
