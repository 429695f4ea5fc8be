#!/usr/bin/env bash
# A small building in Linux network namespaces, for end-to-end tests of `bas-audit discover`
# against independent peers (bacpypes3 devices, a BACnet router, two BBMDs, knxd).
#
# Nothing here touches the machine's own network: every interface lives in a namespace this
# script creates (named PREFIX-*), all addresses are in 198.18.0.0/15 (RFC 2544 benchmarking
# space), no namespace is connected to the root namespace, and every command that runs a peer or
# sends traffic first checks that it runs inside the namespace it was meant for.
#
# Topology (addresses come from lab/building.json; `plan` prints them):
#
#   PREFIX-sw: bridges br-lan1, br-lan2, br-lan3 (the switches; no addresses)
#   lan1 198.18.1.0/24, BACnet network 1: aud (auditor), ctl, io, rtr:net1, bbmd, knx, iprt:lan1,
#                                         evil (idle; app/tests/lab_hostile.rs starts hostile
#                                         peers there, lab/peers/hostile.py)
#   lan2 198.18.2.0/24, BACnet network 2: rtr:net2, vav          (behind the BACnet router)
#   lan3 198.18.3.0/24, BACnet network 1: iprt:lan3, annex        (IP-routed, joined by BBMDs)
#
# Usage:
#   lab/netns.sh hold  [--prefix P] [--max-seconds S]   build, start peers, print READY, wait
#                                                       for EOF on stdin (or S seconds), tear down
#   lab/netns.sh run   [--prefix P] -- CMD ARGS...      build, run CMD (root namespace, LAB_* env
#                                                       set), tear down
#   lab/netns.sh up    [--prefix P]                     build and leave running (peers stop by
#                                                       themselves after --max-seconds)
#   lab/netns.sh down  [--prefix P]                     stop peers, delete the namespaces
#   lab/netns.sh exec  [--prefix P] ROLE -- CMD ARGS... run CMD inside PREFIX-ROLE (guarded)
#   lab/netns.sh status|plan [--prefix P]
# Bench topology instead of the building: add `--bench N` to hold/run/up (auditor + N bacpypes3
# devices in one namespace on 198.18.16.0/20; see docs/LAB.md).
set -euo pipefail

LAB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILDING="$LAB/building.json"
PREFIX="${BAS_LAB_PREFIX:-baslab}"
MAX_SECONDS=900
BENCH=0
PYTHON="${BAS_LAB_PYTHON:-python3}"
export PYTHONDONTWRITEBYTECODE=1

die() { echo "netns.sh: $*" >&2; exit 1; }
log() { echo "netns.sh: $*" >&2; }

[ "$#" -ge 1 ] || die "usage: netns.sh hold|run|up|down|exec|status|plan [--prefix P] ..."
CMD="$1"; shift
while [ "$#" -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="${2:?}"; shift 2 ;;
        --max-seconds) MAX_SECONDS="${2:?}"; shift 2 ;;
        --bench) BENCH="${2:?}"; shift 2 ;;
        --) shift; break ;;
        *) break ;;
    esac
done
[[ "$PREFIX" =~ ^[a-z][a-z0-9]{1,11}$ ]] || die "prefix must match ^[a-z][a-z0-9]{1,11}\$: $PREFIX"
[[ "$MAX_SECONDS" =~ ^[0-9]+$ ]] && [ "$MAX_SECONDS" -ge 10 ] && [ "$MAX_SECONDS" -le 7200 ] \
    || die "--max-seconds must be 10..7200"
[[ "$BENCH" =~ ^[0-9]+$ ]] && [ "$BENCH" -le 2000 ] || die "--bench must be 0..2000 devices"
STATE="${BAS_LAB_STATE:-/tmp/bas-lab-$PREFIX}"

# Every namespace this script may create. Teardown deletes only names from this list.
SUFFIXES=(sw aud iprt ctl io rtr vav bbmd annex knx swarm evil)
# ns, check_ip, in_ns (the inside-the-namespace guard), my_namespaces, teardown.
source "$LAB/lib.sh"

# Lines "NETNS IFACE SEGMENT IP PREFIXLEN GATEWAY MAC" for every interface of the building,
# read from building.json so the addresses have one source.
plan() {
    if [ "$BENCH" -gt 0 ]; then
        echo "aud aud0 lanb 198.18.16.2 20 - -"
        echo "swarm lan0 lanb 198.18.16.3 20 - -"
        return
    fi
    "$PYTHON" - "$BUILDING" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
def line(netns, p):
    print(netns, p["interface"], p["segment"], p["ip"], p["prefix"],
          p.get("gateway", "-"), p.get("mac", "-"))
a = b["auditor"]
print(a["netns"], a["interface"], "lan1", a["ip"], a["prefix"], "198.18.1.1", "-")
for p in b["ip_router"]["ports"]:
    line(b["ip_router"]["netns"], p)
for peer in b["bacnet"].values():
    for p in peer.get("ports", [peer]):
        line(peer["netns"], p)
line(b["knx"]["gateway"]["netns"], b["knx"]["gateway"])
line(b["hostile"]["netns"], b["hostile"])
PY
}

build_topology() {
    local sw netns ifname seg ip plen gw mac port
    [ -z "$(my_namespaces)" ] || die "namespaces with prefix $PREFIX exist; run: netns.sh down --prefix $PREFIX"
    mkdir -p "$STATE/logs"
    rm -f "$STATE"/*.ready
    sw="$(ns sw)"
    ip netns add "$sw"
    ip -n "$sw" link set lo up
    # new namespaces keep IPv6 on by default; the lab is IPv4 only and quiet
    ip netns exec "$sw" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
    local created=" "
    while read -r netns ifname seg ip plen gw mac; do
        check_ip "$ip"
        [ "$gw" = "-" ] || check_ip "$gw"
        local full; full="$(ns "$netns")"
        if [[ "$created" != *" $netns "* ]]; then
            ip netns add "$full"
            ip -n "$full" link set lo up
            ip netns exec "$full" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
            created+="$netns "
        fi
        if ! ip -n "$sw" link show "br-$seg" >/dev/null 2>&1; then
            ip -n "$sw" link add "br-$seg" type bridge
            # no IGMP snooping: KNX search multicast must reach knxd without a querier
            ip -n "$sw" link set "br-$seg" type bridge mcast_snooping 0
            ip -n "$sw" link set "br-$seg" up
        fi
        # veth created directly inside the two namespaces: never visible in the root namespace
        port="p-$netns-$ifname"; port="${port:0:15}"
        ip link add "$ifname" netns "$full" type veth peer name "$port" netns "$sw"
        ip -n "$sw" link set "$port" master "br-$seg" up
        [ "$mac" = "-" ] || ip -n "$full" link set "$ifname" address "$mac"
        ip -n "$full" addr add "$ip/$plen" brd + dev "$ifname"
        ip -n "$full" link set "$ifname" up
        [ "$gw" = "-" ] || ip -n "$full" route add default via "$gw"
    done < <(plan)
    if [ "$BENCH" -eq 0 ]; then
        ip netns exec "$(ns iprt)" sysctl -qw net.ipv4.ip_forward=1
        # KNX multicast leaves by the default route; the BACnet router namespace has none and
        # is not an IP router (only BACnet routes between its two ports)
    else
        add_swarm_addresses
    fi
}

# Bench: N device addresses 198.18.17.1 .. in the swarm namespace (250 per /24, inside /20).
swarm_ip() { echo "198.18.$((17 + $1 / 250)).$((1 + $1 % 250))"; }
add_swarm_addresses() {
    local i
    for i in $(seq 0 $((BENCH - 1))); do
        echo "addr add $(swarm_ip "$i")/20 brd + dev lan0"
    done | ip -n "$(ns swarm)" -batch -
    # N simulated devices share one neighbour entry for the auditor here, so their first
    # answers would queue behind one ARP resolution (unres_qlen, ~256 packets) and be dropped;
    # real devices each have their own ARP cache. Pin the entry so the lab is not the limit.
    # The other way round, the auditor would need N entries, more than the kernel's default
    # neighbour table keeps (gc_thresh3 1024, not per namespace); permanent ones do not count.
    local aud_mac swarm_mac
    aud_mac="$(ip -n "$(ns aud)" -br link show aud0 | awk '{print $3}')"
    swarm_mac="$(ip -n "$(ns swarm)" -br link show lan0 | awk '{print $3}')"
    ip -n "$(ns swarm)" neigh replace 198.18.16.2 lladdr "$aud_mac" dev lan0 nud permanent
    for i in $(seq 0 $((BENCH - 1))); do
        echo "neigh replace $(swarm_ip "$i") lladdr $swarm_mac dev aud0 nud permanent"
    done | ip -n "$(ns aud)" -batch -
}

start_peers() {
    if [ "$BENCH" -gt 0 ]; then
        in_ns "$(ns swarm)" "$PYTHON" "$LAB/peers/bacnet_swarm.py" --netns "$(ns swarm)" \
            --count "$BENCH" --ready "$STATE/swarm.ready" --lifetime "$MAX_SECONDS" \
            >"$STATE/logs/swarm.log" 2>&1 &
        return
    fi
    local role netns
    while read -r role netns; do
        in_ns "$(ns "$netns")" "$PYTHON" "$LAB/peers/bacnet_peer.py" --role "$role" \
            --netns "$(ns "$netns")" --building "$BUILDING" --ready "$STATE/$role.ready" \
            --lifetime "$MAX_SECONDS" >"$STATE/logs/$role.log" 2>&1 &
    done < <("$PYTHON" -c 'import json,sys
for r,p in json.load(open(sys.argv[1]))["bacnet"].items(): print(r, p["netns"])' "$BUILDING")
    local knx name ia clients
    read -r knx name ia clients < <("$PYTHON" -c 'import json,sys
g=json.load(open(sys.argv[1]))["knx"]["gateway"]
print(g["netns"], g["name"], g["individual_address"], g["client_addresses"])' "$BUILDING")
    # knxd: KNXnet/IP server answering SEARCH/DESCRIPTION (-D), tunnelling (-T), routing (-R)
    # on the namespace's only interface, with a bus that discards everything (dummy).
    in_ns "$(ns "$knx")" timeout "$MAX_SECONDS" knxd --no-timestamp -f 5 -n "$name" -e "$ia" \
        -E "$clients" -D -T -R -S -b dummy: >"$STATE/logs/knxd.log" 2>&1 &
}

wait_ready() {
    local want=() f missing start=$EPOCHREALTIME deadline=$((SECONDS + 90))
    if [ "$BENCH" -gt 0 ]; then
        want=(swarm)
    else
        mapfile -t want < <("$PYTHON" -c 'import json,sys
print("\n".join(json.load(open(sys.argv[1]))["bacnet"]))' "$BUILDING")
    fi
    # bounded by time: two shared cores start ~7 Python interpreters in ~10 s
    while [ "$SECONDS" -lt "$deadline" ]; do
        missing=""
        for f in "${want[@]}"; do [ -e "$STATE/$f.ready" ] || missing+=" $f"; done
        if [ "$BENCH" -eq 0 ] && ! in_ns "$(ns knx)" ss -Hlun 'sport = :3671' | grep -q .; then
            missing+=" knxd"
        fi
        if [ -z "$missing" ]; then
            log "peers ready after $(awk "BEGIN{printf \"%.1f\", $EPOCHREALTIME - $start}") s"
            return 0
        fi
        sleep 0.2
    done
    for f in "$STATE"/logs/*.log; do echo "--- $f" >&2; tail -n 20 "$f" >&2; done
    die "peers not ready after 90 s:$missing"
}

write_env() {
    {
        echo "LAB_PREFIX=$PREFIX"
        echo "LAB_STATE=$STATE"
        echo "LAB_AUDITOR_NETNS=$(ns aud)"
        echo "LAB_AUDITOR_IFACE=aud0"
        if [ "$BENCH" -gt 0 ]; then
            echo "LAB_AUDITOR_IP=198.18.16.2"
            echo "LAB_BENCH_DEVICES=$BENCH"
        else
            echo "LAB_AUDITOR_IP=$("$PYTHON" -c 'import json,sys
print(json.load(open(sys.argv[1]))["auditor"]["ip"])' "$BUILDING")"
        fi
    } >"$STATE/lab.env"
}

up() {
    command -v ip >/dev/null || die "ip (iproute2) missing"
    [ "$(id -u)" = 0 ] || die "needs root (network namespaces)"
    if [ "$BENCH" -eq 0 ]; then
        command -v knxd >/dev/null || die "knxd missing (apt-get install knxd)"
    fi
    "$PYTHON" -c 'import bacpypes3' 2>/dev/null || die "python bacpypes3 missing (pip install bacpypes3)"
    build_topology
    start_peers
    wait_ready
    write_env
}

case "$CMD" in
    plan) plan ;;
    status)
        my_namespaces
        for n in $(my_namespaces); do echo "$n: pids $(ip netns pids "$n" | tr '\n' ' ')"; done ;;
    down) teardown ;;
    up)
        trap 'rc=$?; [ "$rc" = 0 ] || teardown' EXIT
        up
        cat "$STATE/lab.env" ;;
    hold)
        trap teardown EXIT
        trap 'exit 130' INT TERM HUP
        up
        echo "READY $(tr '\n' ' ' <"$STATE/lab.env")"
        # until the caller closes our stdin (or a line arrives), bounded by --max-seconds
        read -r -t "$MAX_SECONDS" _ || true ;;
    run)
        [ "$#" -gt 0 ] || die "run needs a command after --"
        trap teardown EXIT
        trap 'exit 130' INT TERM HUP
        up
        set -a; . "$STATE/lab.env"; set +a
        # so that `netns.sh exec ROLE -- ...` inside CMD finds this lab without --prefix
        export BAS_LAB_PREFIX="$PREFIX"
        rc=0; timeout "$MAX_SECONDS" "$@" || rc=$?
        exit "$rc" ;;
    exec)
        [ "$#" -ge 1 ] || die "exec needs ROLE -- CMD"
        role="$1"; shift
        [ "${1:-}" = "--" ] && shift
        [ "$#" -gt 0 ] || die "exec needs a command"
        [[ " ${SUFFIXES[*]} " == *" $role "* ]] || die "unknown role $role"
        ip netns list | awk '{print $1}' | grep -qx "$(ns "$role")" || die "no namespace $(ns "$role")"
        n="$(ns "$role")"
        # exec all the way down, so the caller's child process is the command itself (a
        # capture can then be stopped by its own pid)
        exec ip netns exec "$n" bash -c \
            'if [ "$(ip netns identify $$)" != "$1" ]; then
                 echo "refusing: not inside network namespace $1" >&2; exit 97
             fi
             shift; exec "$@"' guard "$n" "$@" ;;
    *) die "unknown command $CMD" ;;
esac
