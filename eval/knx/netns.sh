#!/usr/bin/env bash
# The KNX evaluation building's network, built from Linux network namespaces (see README.md).
# Nothing here touches the machine's own interfaces: every link is a veth pair created *between
# two of our namespaces*, and every address is in 198.18.0.0/15 (RFC 2544 benchmarking range).
# The switch namespace kw-sw holds two bridges:
#   br0  the building's KNXnet/IP LAN, 198.18.10.0/24: IP router .1, knxd gateway .10,
#        KNX IP router of TP line 1.1 .20, visualisation .30, weather station .40, attacker .66
#   br1  a network outside the building, 198.18.20.0/24: IP router .1, remote client .66
# Captures are taken on br0, as a mirror port of the building switch would see them.
# Usage (root): eval/knx/netns.sh up | down | exec NS CMD... | check NS
set -euo pipefail

PREFIX=kw-
MARK_DIR=/run/bas-knx-eval
HOSTS=(rt gw line vis wx atk out)

die() { echo "netns.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (network namespaces)"

ns() { echo "$PREFIX$1"; }

check_ip() { [[ "$1" =~ ^198\.(18|19)\.[0-9]{1,3}\.[0-9]{1,3}$ ]] || die "address outside 198.18.0.0/15: $1"; }

# veth pair between the switch namespace and host namespace $1; interface $2 in the host.
link() {
    local host=$1 ifname=$2 bridge=$3 addr=$4
    local port="p-$host-$ifname"
    check_ip "${addr%/*}"
    ip -n "$(ns sw)" link add "$port" type veth peer name "$ifname" netns "$(ns "$host")"
    ip -n "$(ns sw)" link set "$port" master "$bridge" up
    ip -n "$(ns "$host")" addr add "$addr" broadcast + dev "$ifname"
    ip -n "$(ns "$host")" link set "$ifname" up
}

# A building host: default route through the IP router (replies to the outside client) and the
# KNX multicast group on its LAN interface.
lan_host() {
    local host=$1 addr=$2
    link "$host" eth0 br0 "$addr/24"
    ip -n "$(ns "$host")" route add default via 198.18.10.1
    ip -n "$(ns "$host")" route add 224.0.0.0/4 dev eth0
}

up() {
    for n in sw "${HOSTS[@]}"; do
        if ip netns list | grep -qw "$(ns "$n")"; then
            die "namespace $(ns "$n") already exists: run 'eval/knx/netns.sh down' first"
        fi
    done
    mkdir -p "$MARK_DIR"
    for n in sw "${HOSTS[@]}"; do
        ip netns add "$(ns "$n")"
        ip -n "$(ns "$n")" link set lo up
        # No IPv6: its router solicitations would only add noise to the captures.
        ip netns exec "$(ns "$n")" sysctl -q -w net.ipv6.conf.all.disable_ipv6=1 \
            net.ipv6.conf.default.disable_ipv6=1
        # The mark says "this namespace was made by netns.sh"; traffic programs check it.
        echo "$(ns "$n")" >"$MARK_DIR/$(ns "$n")"
    done
    for br in br0 br1; do
        ip -n "$(ns sw)" link add "$br" type bridge
        # Forward at once (no STP listening delay); no IGMP snooping, so KNX routing multicast
        # reaches every port without a querier.
        ip -n "$(ns sw)" link set "$br" type bridge forward_delay 0 stp_state 0 mcast_snooping 0
        ip -n "$(ns sw)" link set "$br" up
    done
    link rt eth0 br0 198.18.10.1/24
    link rt eth1 br1 198.18.20.1/24
    ip netns exec "$(ns rt)" sysctl -q -w net.ipv4.ip_forward=1
    lan_host gw 198.18.10.10
    lan_host line 198.18.10.20
    lan_host vis 198.18.10.30
    lan_host wx 198.18.10.40
    lan_host atk 198.18.10.66
    link out eth0 br1 198.18.20.66/24
    ip -n "$(ns out)" route add default via 198.18.20.1
    echo "KNX lab network up: namespaces $(for n in sw "${HOSTS[@]}"; do printf '%s ' "$(ns "$n")"; done)"
}

down() {
    for n in "${HOSTS[@]}" sw; do
        if ip netns list | grep -qw "$(ns "$n")"; then
            # End whatever still runs in the namespace (only processes inside our namespaces).
            for pid in $(ip netns pids "$(ns "$n")" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
            ip netns del "$(ns "$n")"
        fi
        rm -f "$MARK_DIR/$(ns "$n")"
    done
    rmdir "$MARK_DIR" 2>/dev/null || true
}

check() { # NS: succeeds only if NS is one of ours and exists
    local name=$1
    [[ $name == "$PREFIX"* ]] || die "$name is not a KNX lab namespace"
    [ -f "$MARK_DIR/$name" ] || die "$name was not created by netns.sh"
    ip netns list | grep -qw "$name" || die "$name does not exist"
}

case "${1:-}" in
    up) up ;;
    down) down ;;
    check) check "$2" ;;
    exec)
        name=$2; shift 2
        check "$name"
        # Run the command, after checking from inside that it is in that namespace.
        exec ip netns exec "$name" bash -c \
            'if [ "$(ip netns identify $$)" != "$1" ]; then
                 echo "refusing: not inside network namespace $1" >&2; exit 97
             fi
             shift; exec "$@"' guard "$name" "$@"
        ;;
    *) die "usage: $0 up | down | exec NS CMD... | check NS" ;;
esac
