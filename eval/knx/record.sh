#!/usr/bin/env bash
# Record the KNX evaluation captures in the lab network of netns.sh (root; knxd; python3 with
# xknx; dumpcap from the tshark package). Captures are taken on the building LAN bridge br0, as a
# mirror port would see it:
#   learn.pcap      LEARN_S seconds of normal traffic (default 1200), after the building starts
#                   (the capture also holds the start: the visualisation's tunnel connection)
#   validate.pcap   the next VALIDATE_S seconds of normal traffic (default 600), to count false
#                   alerts
#   attack-N-NAME.pcap  ATTACK_S seconds (default 60) of normal traffic with attack N started
#                   ATTACK_AT seconds in (default 20), each on a freshly started building
# PHASES=attacks records the attack captures only; PHASES=normal learn + validate only.
# Everything runs inside namespaces this script creates (and deletes on exit, also on failure);
# every program stops by itself. Usage: eval/knx/record.sh [OUTDIR]   (default eval/knx/pcaps)
set -euo pipefail
cd "$(dirname "$0")"
out=$(realpath -m "${1:-pcaps}")
LEARN_S=${LEARN_S:-1200}
VALIDATE_S=${VALIDATE_S:-600}
ATTACK_S=${ATTACK_S:-60}
ATTACK_AT=${ATTACK_AT:-20}
ATTACKS=(inject setpoint spoof-sensor flood authorize outside management)
SEED=${SEED:-7}

[ "$(id -u)" = 0 ] || { echo "record.sh: needs root (network namespaces)" >&2; exit 1; }
python3 -c 'import xknx' 2>/dev/null || { echo "record.sh: pip install xknx" >&2; exit 1; }
command -v knxd >/dev/null || { echo "record.sh: needs knxd (apt-get install knxd)" >&2; exit 1; }
command -v dumpcap >/dev/null || { echo "record.sh: needs dumpcap (apt-get install tshark)" >&2; exit 1; }

logs=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    ./netns.sh down
    echo "logs: $logs"
}
trap cleanup EXIT
./netns.sh up
mkdir -p "$out"

run_bg() { # NAME NS CMD...: start in a lab namespace, remember the pid
    local name=$1 ns=$2; shift 2
    ./netns.sh exec "$ns" "$@" >>"$logs/$name.log" 2>&1 &
    pids+=($!)
}
capture() { # FILE SECONDS
    ./netns.sh exec kw-sw dumpcap -q -P -i br0 -f udp -a "duration:$2" -w "$1" \
        >>"$logs/dumpcap.log" 2>&1
}

# SECONDS SEED [line attack args] [vis attack args]
building_up() {
    local seconds=$1 seed=$2 line_args=$3 vis_args=$4
    # knxd: KNXnet/IP gateway 1.0.1 with tunnelling (clients 1.0.200-203) and routing on the
    # LAN's multicast group; its own bus discards everything (dummy), so the building's devices
    # are the routing participants on the LAN.
    run_bg knxd kw-gw timeout "$((seconds + 5))" knxd --no-timestamp -f 5 -n knx-gateway \
        -e 1.0.1 -E 1.0.200:4 -D -T -R -S -b dummy:
    sleep 1
    # shellcheck disable=SC2086
    run_bg line kw-line python3 building.py line --duration "$seconds" --seed "$seed" $line_args
    run_bg wx kw-wx python3 building.py wx --duration "$seconds" --seed "$seed"
    sleep 2
    # shellcheck disable=SC2086
    run_bg vis kw-vis python3 building.py vis --duration "$((seconds - 3))" --seed "$seed" $vis_args
}
building_down() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    pids=()
}

if [ "${PHASES:-all}" = all ] || [ "${PHASES:-all}" = normal ]; then
    capture "$out/learn.pcap" "$LEARN_S" &
    cap=$!
    sleep 0.5
    building_up "$((LEARN_S + VALIDATE_S + 20))" "$SEED" "" ""
    echo "learn: ${LEARN_S}s"
    wait "$cap"
    echo "validate: ${VALIDATE_S}s"
    capture "$out/validate.pcap" "$VALIDATE_S"
    building_down
fi
[ "${PHASES:-all}" = normal ] && ATTACKS=()
n=0
for a in "${ATTACKS[@]}"; do
    n=$((n + 1))
    echo "attack $n: $a"
    capture "$out/attack-$n-$a.pcap" "$ATTACK_S" &
    cap=$!
    sleep 0.5
    line_args=""; vis_args=""
    case "$a" in
        spoof-sensor) line_args="--attack spoof-sensor --attack-at $ATTACK_AT" ;;
        setpoint) vis_args="--attack setpoint --attack-at $((ATTACK_AT - 3))" ;;
    esac
    building_up "$((ATTACK_S + 5))" "$((100 + n))" "$line_args" "$vis_args"
    case "$a" in
        spoof-sensor | setpoint) ;;
        *)
            sleep "$((ATTACK_AT - 3))"
            ns=kw-atk; [ "$a" = outside ] && ns=kw-out
            ./netns.sh exec "$ns" python3 attacks.py "$a" >"$logs/attack-$a.log" 2>&1 \
                || echo "  ($a exited $?; see log)"
            ;;
    esac
    wait "$cap"
    building_down
done
ls -l "$out"
