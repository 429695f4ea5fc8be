#!/usr/bin/env bash
# A small lab network for the learning-watch evaluation, built from Linux network namespaces.
# Nothing here touches the machine's own interfaces: every link is a veth pair created
# *between two of our namespaces*, and every address is in 198.18.0.0/15 (RFC 2544 benchmarking
# range). The switch namespace holds two bridges:
#   br1  BACnet network 1, 198.18.1.0/24: controller .10, router .20, workstation .40, attacker .66
#   br2  BACnet network 2, 198.18.2.0/24: router .20, room device .10
# Usage (root): eval/netns.sh up | down | exec NS CMD... | check NS
set -euo pipefail

PREFIX=bw-
MARK_DIR=/run/bas-watch-eval
HOSTS=(ctl rtr dev2 ws atk)

die() { echo "netns.sh: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (network namespaces)"

ns() { echo "$PREFIX$1"; }

# veth pair between the switch namespace and host namespace $1; interface $2 in the host.
link() {
    local host=$1 ifname=$2 bridge=$3 addr=$4
    local port="p-$host-$ifname"
    ip -n "$(ns sw)" link add "$port" type veth peer name "$ifname" netns "$(ns "$host")"
    ip -n "$(ns sw)" link set "$port" master "$bridge" up
    ip -n "$(ns "$host")" addr add "$addr" broadcast + dev "$ifname"
    ip -n "$(ns "$host")" link set "$ifname" up
}

up() {
    for n in sw "${HOSTS[@]}"; do
        if ip netns list | grep -qw "$(ns "$n")"; then
            die "namespace $(ns "$n") already exists: run 'eval/netns.sh down' first"
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
    for br in br1 br2; do
        ip -n "$(ns sw)" link add "$br" type bridge
        # Forward at once (no STP listening delay), so the first packets are not lost.
        ip -n "$(ns sw)" link set "$br" type bridge forward_delay 0 stp_state 0
        ip -n "$(ns sw)" link set "$br" up
    done
    link ctl eth0 br1 198.18.1.10/24
    link rtr eth0 br1 198.18.1.20/24
    link rtr eth1 br2 198.18.2.20/24
    link ws eth0 br1 198.18.1.40/24
    link atk eth0 br1 198.18.1.66/24
    link dev2 eth0 br2 198.18.2.10/24
    echo "lab network up: namespaces $(for n in sw "${HOSTS[@]}"; do printf '%s ' "$(ns "$n")"; done)"
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
    [[ $name == "$PREFIX"* ]] || die "$name is not a lab namespace"
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
        exec ip netns exec "$name" "$@"
        ;;
    *) die "usage: $0 up | down | exec NS CMD... | check NS" ;;
esac
