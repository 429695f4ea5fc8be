#!/usr/bin/env bash
# The router lab: a home router (miniupnpd: UPnP IGD, NAT-PMP, PCP; nftables NAT) between a LAN
# and a WAN, in Linux network namespaces, for the end-to-end tests of the exposure probes
# (audit-core/tests/lab_exposure.rs, docs/EXPOSURE.md).
#
#   PREFIX-sw   bridge br-lan (the LAN switch) and br-wan (the ISP link); no addresses
#   PREFIX-aud  aud0 198.18.1.2/24  the auditor (default route via the router)
#   PREFIX-knx  lan0 198.18.1.10/24 knxd; asks the router for a UPnP mapping UDP 3671 (upnpc)
#   PREFIX-dev  lan0 198.18.1.20/24 a bacpypes3 device (instance 4711), reached by a static
#                                   DNAT UDP 47808 on the router's WAN address
#   PREFIX-rtr  lan0 198.18.1.1/24, wan0 198.19.0.1/24: IP forwarding, masquerade out of wan0,
#               hairpin NAT, miniupnpd (secure_mode, NAT-PMP/PCP on)
#   PREFIX-isp  up0 198.19.0.2/24  a tiny STUN server (miniupnpd refuses to forward when its WAN
#               address is reserved, which every lab address is; STUN tells it the WAN is open;
#               the auditor's `check --stun` asks it too)
#
# Router kinds (flags of `up` and `run`; the defaults are the router described above):
#   --wan public|cgnat     WAN 198.19.0.0/24 (router .1, ISP .2), or 198.19.100.0/24 (router
#                          .1, ISP .2) for a router behind carrier-grade NAT. Both are
#                          benchmarking space, which the product calls private; a test has one
#                          judged as a stand-in internet (public) or as the provider's shared
#                          space (100.64.0.0/10) with the test-only BAS_AUDIT_LAB_PUBLIC_PREFIX
#                          or BAS_AUDIT_LAB_SHARED_PREFIX (debug builds only). The lab itself
#                          never uses an address outside 198.18.0.0/15.
#   --upnp on|off          miniupnpd's UPnP IGD (enable_upnp)
#   --natpmp on|off        miniupnpd's NAT-PMP/PCP (enable_natpmp); both off: no miniupnpd
#   --map upnp|natpmp|none the KNX gateway's forward of UDP 3671: asked with upnpc (UPnP), with
#                          lab/router/natpmp_map.py (NAT-PMP), or none
#   --static hairpin|wan|none  the static DNAT of UDP 47808 to the BACnet device: on the WAN
#                          address from any interface (it hairpins), from wan0 only (it does
#                          not), or none
#
# Safety: every interface is created inside a namespace this script creates (PREFIX-*), nothing
# is connected to the root namespace, only 198.18.0.0/15 is used, every command that starts a
# peer or sends traffic runs through `in_ns`, which checks `ip netns identify $$` from inside,
# every process is bounded by `timeout`, and teardown (trap EXIT, or `down`) kills only the
# processes inside our namespaces by pid and deletes only PREFIX-<known suffix>.
#
# Usage (root):
#   lab/router/lab.sh up    [--prefix P] [--max-seconds S] [kind flags]  build, start, map;
#                                                           prints LAB_* lines
#   lab/router/lab.sh down  [--prefix P]
#   lab/router/lab.sh exec  [--prefix P] ROLE -- CMD ...    run CMD inside PREFIX-ROLE (guarded)
#   lab/router/lab.sh run   [--prefix P] -- CMD ...         up, run CMD (root ns, LAB_* env),
#                                                           down
#   lab/router/lab.sh unmap [--prefix P]   delete the UPnP mapping (upnpc -d) and the static DNAT
#   lab/router/lab.sh status [--prefix P]
set -euo pipefail

LAB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILDING="$LAB/building.json"
PREFIX="${BAS_ROUTER_LAB_PREFIX:-basrt}"
MAX_SECONDS=600
PYTHON="${BAS_LAB_PYTHON:-python3}"
export PYTHONDONTWRITEBYTECODE=1
WAN_KIND=public; UPNP=on; NATPMP=on; MAP=upnp; STATIC=hairpin

die() { echo "router-lab: $*" >&2; exit 1; }
log() { echo "router-lab: $*" >&2; }

[ "$#" -ge 1 ] || die "usage: lab.sh up|down|exec|run|unmap|status [--prefix P] ..."
CMD="$1"; shift
while [ "$#" -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="${2:?}"; shift 2 ;;
        --max-seconds) MAX_SECONDS="${2:?}"; shift 2 ;;
        --wan) WAN_KIND="${2:?}"; shift 2 ;;
        --upnp) UPNP="${2:?}"; shift 2 ;;
        --natpmp) NATPMP="${2:?}"; shift 2 ;;
        --map) MAP="${2:?}"; shift 2 ;;
        --static) STATIC="${2:?}"; shift 2 ;;
        --) shift; break ;;
        *) break ;;
    esac
done
[[ "$PREFIX" =~ ^[a-z][a-z0-9]{1,11}$ ]] || die "prefix must match ^[a-z][a-z0-9]{1,11}\$: $PREFIX"
[[ "$MAX_SECONDS" =~ ^[0-9]+$ ]] && [ "$MAX_SECONDS" -ge 10 ] && [ "$MAX_SECONDS" -le 7200 ] \
    || die "--max-seconds must be 10..7200"
[[ "$WAN_KIND" =~ ^(public|cgnat)$ ]] || die "--wan must be public or cgnat"
[[ "$UPNP" =~ ^(on|off)$ && "$NATPMP" =~ ^(on|off)$ ]] || die "--upnp and --natpmp must be on or off"
[[ "$MAP" =~ ^(upnp|natpmp|none)$ ]] || die "--map must be upnp, natpmp or none"
[[ "$STATIC" =~ ^(hairpin|wan|none)$ ]] || die "--static must be hairpin, wan or none"
[ "$MAP" != upnp ] || [ "$UPNP" = on ] || die "--map upnp needs --upnp on"
[ "$MAP" != natpmp ] || [ "$NATPMP" = on ] || die "--map natpmp needs --natpmp on"
STATE="${BAS_ROUTER_LAB_STATE:-/tmp/bas-router-lab-$PREFIX}"
SUFFIXES=(sw aud knx dev rtr isp)
# ns, check_ip, in_ns (the inside-the-namespace guard), my_namespaces, teardown.
source "$LAB/../lib.sh"

# Addresses, from building.json (one source for the script, the peers and the test).
AUD_IP=198.18.1.2; RTR_LAN=198.18.1.1; RTR_WAN=198.19.0.1; ISP_IP=198.19.0.2
KNX_IP=198.18.1.10; DEV_IP=198.18.1.20; HTTP_PORT=5000
load_addresses() {
    local line
    line="$("$PYTHON" -c 'import json,sys
b=json.load(open(sys.argv[1]))
cg = sys.argv[2] == "cgnat"
print(b["auditor"]["ip"], b["router"]["lan"]["ip"],
      b["router"]["wan_cgnat" if cg else "wan"]["ip"], b["isp"]["ip_cgnat" if cg else "ip"],
      b["knx"]["gateway"]["ip"], b["bacnet"]["dev"]["ip"], b["router"]["http_port"])' \
        "$BUILDING" "$WAN_KIND")"
    read -r AUD_IP RTR_LAN RTR_WAN ISP_IP KNX_IP DEV_IP HTTP_PORT <<<"$line"
    for a in "$AUD_IP" "$RTR_LAN" "$RTR_WAN" "$ISP_IP" "$KNX_IP" "$DEV_IP"; do check_ip "$a"; done
}

new_ns() {
    local full; full="$(ns "$1")"
    ip netns add "$full"
    ip -n "$full" link set lo up
    ip netns exec "$full" sysctl -qw net.ipv6.conf.all.disable_ipv6=1 net.ipv6.conf.default.disable_ipv6=1
}

# veth from namespace $1 (interface $2, address $3/$4) to bridge $5 in the switch namespace.
plug() {
    local full port; full="$(ns "$1")"
    check_ip "$3"
    port="p-$1-$2"; port="${port:0:15}"
    ip link add "$2" netns "$full" type veth peer name "$port" netns "$(ns sw)"
    ip -n "$(ns sw)" link set "$port" master "$5" up
    ip -n "$full" addr add "$3/$4" brd + dev "$2"
    ip -n "$full" link set "$2" up
}

build() {
    [ -z "$(my_namespaces)" ] || die "namespaces with prefix $PREFIX exist; run: lab.sh down --prefix $PREFIX"
    mkdir -p "$STATE/logs"
    rm -f "$STATE"/*.ready
    local s
    for s in "${SUFFIXES[@]}"; do new_ns "$s"; done
    for s in br-lan br-wan; do
        ip -n "$(ns sw)" link add "$s" type bridge
        ip -n "$(ns sw)" link set "$s" type bridge mcast_snooping 0
        ip -n "$(ns sw)" link set "$s" up
    done
    plug aud aud0 "$AUD_IP" 24 br-lan
    plug knx lan0 "$KNX_IP" 24 br-lan
    plug dev lan0 "$DEV_IP" 24 br-lan
    plug rtr lan0 "$RTR_LAN" 24 br-lan
    plug rtr wan0 "$RTR_WAN" 24 br-wan
    plug isp up0 "$ISP_IP" 24 br-wan
    for s in aud knx dev; do ip -n "$(ns "$s")" route add default via "$RTR_LAN"; done
    ip netns exec "$(ns rtr)" sysctl -qw net.ipv4.ip_forward=1
    # The router's firewall and NAT, written into the router namespace only.
    in_ns "$(ns rtr)" nft -f - <<EOF
# miniupnpd's own table and chains (nftables backend defaults: table "filter", chains
# "miniupnpd", "prerouting_miniupnpd", "postrouting_miniupnpd"); it fills them itself.
table inet filter {
    chain miniupnpd {
    }
    chain prerouting_miniupnpd {
    }
    chain postrouting_miniupnpd {
    }
    chain forward {
        type filter hook forward priority 0; policy accept;
        jump miniupnpd
    }
    chain prerouting {
        type nat hook prerouting priority -100; policy accept;
        jump prerouting_miniupnpd
    }
    chain postrouting {
        type nat hook postrouting priority 100; policy accept;
        jump postrouting_miniupnpd
    }
}
# NAT of the home router: masquerade out of the WAN, and LAN->LAN after a DNAT (hairpin), so
# the forwarded device answers the router, which answers the LAN client from its WAN address.
table ip bas_nat {
    chain postrouting {
        type nat hook postrouting priority 110; policy accept;
        oifname "wan0" masquerade
        ip saddr 198.18.1.0/24 ip daddr 198.18.1.0/24 ct status dnat masquerade
    }
}
EOF
    # A static forward the IGD does not list: UDP 47808 on the WAN address to the BACnet
    # device, from any interface (so it also hairpins from the LAN), or from wan0 only.
    local from=""
    [ "$STATIC" = wan ] && from='iifname "wan0" '
    if [ "$STATIC" != none ]; then
        in_ns "$(ns rtr)" nft -f - <<EOF
table ip bas_static {
    chain prerouting {
        type nat hook prerouting priority -110; policy accept;
        ${from}ip daddr $RTR_WAN udp dport 47808 dnat to $DEV_IP:47808
    }
}
EOF
    fi
}

start() {
    local knx_name knx_ia knx_clients
    read -r knx_name knx_ia knx_clients < <("$PYTHON" -c 'import json,sys
g=json.load(open(sys.argv[1]))["knx"]["gateway"]
print(g["name"], g["individual_address"], g["client_addresses"])' "$BUILDING")
    in_ns "$(ns isp)" timeout "$MAX_SECONDS" "$PYTHON" "$LAB/stun.py" --netns "$(ns isp)" \
        --bind "$ISP_IP" --ready "$STATE/stun.ready" --lifetime "$MAX_SECONDS" \
        >"$STATE/logs/stun.log" 2>&1 &
    wait_file "$STATE/stun.ready" stun
    local upnp_yes=no natpmp_yes=no
    [ "$UPNP" = on ] && upnp_yes=yes
    [ "$NATPMP" = on ] && natpmp_yes=yes
    cat >"$STATE/miniupnpd.conf" <<EOF
ext_ifname=wan0
listening_ip=lan0
http_port=$HTTP_PORT
enable_natpmp=$natpmp_yes
enable_upnp=$upnp_yes
secure_mode=yes
ipv6_disable=yes
system_uptime=no
ext_perform_stun=yes
ext_stun_host=$ISP_IP
ext_stun_port=3478
friendly_name=Router Lab IGD
model_name=miniupnpd lab
uuid=3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b
allow 1024-65535 198.18.1.0/24 1024-65535
deny 0-65535 0.0.0.0/0 0-65535
EOF
    if [ "$UPNP" = on ] || [ "$NATPMP" = on ]; then
        in_ns "$(ns rtr)" timeout "$MAX_SECONDS" miniupnpd -d -f "$STATE/miniupnpd.conf" \
            -P "$STATE/miniupnpd.pid" >"$STATE/logs/miniupnpd.log" 2>&1 &
    fi
    in_ns "$(ns dev)" timeout "$MAX_SECONDS" "$PYTHON" "$LAB/../peers/bacnet_peer.py" --role dev \
        --netns "$(ns dev)" --building "$BUILDING" --ready "$STATE/dev.ready" \
        --lifetime "$MAX_SECONDS" >"$STATE/logs/dev.log" 2>&1 &
    in_ns "$(ns knx)" timeout "$MAX_SECONDS" knxd --no-timestamp -f 5 -n "$knx_name" -e "$knx_ia" \
        -E "$knx_clients" -D -T -R -S -b dummy: >"$STATE/logs/knxd.log" 2>&1 &
    wait_ready
}

wait_file() {
    local deadline=$((SECONDS + 60))
    while [ "$SECONDS" -lt "$deadline" ]; do [ -e "$1" ] && return 0; sleep 0.2; done
    tail -n 20 "$STATE"/logs/*.log >&2 || true
    die "$2 not ready after 60 s"
}

wait_ready() {
    local deadline=$((SECONDS + 90)) missing
    while [ "$SECONDS" -lt "$deadline" ]; do
        missing=""
        [ -e "$STATE/dev.ready" ] || missing+=" bacpypes3"
        in_ns "$(ns knx)" ss -Hlun 'sport = :3671' | grep -q . || missing+=" knxd"
        if [ "$UPNP" = on ]; then
            in_ns "$(ns rtr)" ss -Hltn "sport = :$HTTP_PORT" | grep -q . || missing+=" miniupnpd"
        elif [ "$NATPMP" = on ]; then
            in_ns "$(ns rtr)" ss -Hlun 'sport = :5351' | grep -q . || missing+=" miniupnpd"
        fi
        [ -z "$missing" ] && break
        sleep 0.3
    done
    [ -z "$missing" ] || { tail -n 30 "$STATE"/logs/*.log >&2 || true; die "not ready after 90 s:$missing"; }
    case "$MAP" in
        upnp) map_upnp ;;
        natpmp) map_natpmp ;;
        none) log "no forward of UDP 3671 (--map none)" ;;
    esac
}

# The NAT-PMP mapping (RFC 6886 opcode 1), asked by the KNX gateway's own host.
map_natpmp() {
    local i
    for i in 1 2 3 4 5; do
        if in_ns "$(ns knx)" timeout 20 "$PYTHON" "$LAB/natpmp_map.py" --netns "$(ns knx)" \
            --bind "$KNX_IP" --router "$RTR_LAN" --port 3671 >"$STATE/logs/natpmp-map.log" 2>&1
        then
            log "NAT-PMP mapping UDP 3671 -> $KNX_IP:3671 added"
            return 0
        fi
        sleep 1
    done
    cat "$STATE/logs/natpmp-map.log" >&2; tail -n 30 "$STATE/logs/miniupnpd.log" >&2
    die "the NAT-PMP mapping could not be added"
}

# The UPnP mapping, asked by the KNX gateway's own host (secure_mode: only for itself).
map_upnp() {
    local i
    for i in 1 2 3 4 5; do
        if in_ns "$(ns knx)" timeout 20 upnpc -u "http://$RTR_LAN:$HTTP_PORT/rootDesc.xml" \
            -a "$KNX_IP" 3671 3671 UDP >"$STATE/logs/upnpc-add.log" 2>&1 \
            && in_ns "$(ns knx)" timeout 20 upnpc -u "http://$RTR_LAN:$HTTP_PORT/rootDesc.xml" -l \
                | grep -q "UDP  3671->$KNX_IP:3671"; then
            log "UPnP mapping UDP 3671 -> $KNX_IP:3671 added"
            return 0
        fi
        sleep 1
    done
    cat "$STATE/logs/upnpc-add.log" >&2; tail -n 30 "$STATE/logs/miniupnpd.log" >&2
    die "upnpc could not add the mapping"
}

unmap() {
    in_ns "$(ns knx)" timeout 20 upnpc -u "http://$RTR_LAN:$HTTP_PORT/rootDesc.xml" -d 3671 UDP \
        >"$STATE/logs/upnpc-del.log" 2>&1 || { cat "$STATE/logs/upnpc-del.log" >&2; die "upnpc -d failed"; }
    in_ns "$(ns rtr)" nft delete table ip bas_static
    # Forget NAT state of earlier probes, so nothing answers through an old entry.
    in_ns "$(ns rtr)" bash -c 'command -v conntrack >/dev/null && conntrack -F >/dev/null 2>&1 || true'
    log "UPnP mapping and static DNAT removed"
}

write_env() {
    {
        echo "LAB_PREFIX=$PREFIX"
        echo "LAB_STATE=$STATE"
        echo "LAB_AUDITOR_NETNS=$(ns aud)"
        echo "LAB_AUDITOR_IFACE=aud0"
        echo "LAB_AUDITOR_IP=$AUD_IP"
        echo "LAB_ROUTER_IP=$RTR_LAN"
        echo "LAB_ROUTER_WAN_IP=$RTR_WAN"
        echo "LAB_ISP_IP=$ISP_IP"
        echo "LAB_KIND=wan:$WAN_KIND,upnp:$UPNP,natpmp:$NATPMP,map:$MAP,static:$STATIC"
    } >"$STATE/lab.env"
}

up() {
    [ "$(id -u)" = 0 ] || die "needs root (network namespaces)"
    local t
    for t in ip nft miniupnpd upnpc knxd timeout; do
        command -v "$t" >/dev/null || die "$t missing (apt-get install iproute2 nftables miniupnpd miniupnpc knxd)"
    done
    "$PYTHON" -c 'import bacpypes3' 2>/dev/null || die "python bacpypes3 missing (pip install bacpypes3)"
    load_addresses
    build
    start
    write_env
}

case "$CMD" in
    status)
        for n in $(my_namespaces); do echo "$n: pids $(ip netns pids "$n" | tr '\n' ' ')"; done ;;
    down) teardown ;;
    up)
        trap 'rc=$?; [ "$rc" = 0 ] || teardown' EXIT
        up
        cat "$STATE/lab.env" ;;
    run)
        [ "$#" -gt 0 ] || die "run needs a command after --"
        trap teardown EXIT
        trap 'exit 130' INT TERM HUP
        up
        set -a; . "$STATE/lab.env"; set +a
        export BAS_ROUTER_LAB_PREFIX="$PREFIX"
        rc=0; timeout "$MAX_SECONDS" "$@" || rc=$?
        exit "$rc" ;;
    unmap) load_addresses; unmap ;;
    exec)
        [ "$#" -ge 1 ] || die "exec needs ROLE -- CMD"
        role="$1"; shift
        [ "${1:-}" = "--" ] && shift
        [ "$#" -gt 0 ] || die "exec needs a command"
        [[ " ${SUFFIXES[*]} " == *" $role "* ]] || die "unknown role $role"
        ip netns list | awk '{print $1}' | grep -qx "$(ns "$role")" || die "no namespace $(ns "$role")"
        n="$(ns "$role")"
        exec ip netns exec "$n" bash -c \
            'if [ "$(ip netns identify $$)" != "$1" ]; then
                 echo "refusing: not inside network namespace $1" >&2; exit 97
             fi
             shift; exec timeout '"$MAX_SECONDS"' "$@"' guard "$n" "$@" ;;
    *) die "unknown command $CMD" ;;
esac
