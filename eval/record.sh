#!/usr/bin/env bash
# Record the evaluation captures in the lab network of netns.sh (root; bacpypes3; dumpcap).
# Phases, one capture each, taken on the network-1 bridge as a mirror port would see it:
#   learn.pcap      LEARN_S seconds of normal traffic (default 600)
#   validate.pcap   the next VALIDATE_S seconds of normal traffic (default 300), to count
#                   false alerts
#   attack-N-NAME.pcap  ATTACK_S seconds (default 40) of normal traffic with attack N started
#                   ATTACK_AT seconds in (default 10). Each attack gets a fresh building
#                   (devices and workstation restarted), so no attack sees the effects of the
#                   previous one (a raised setpoint, a poisoned router cache).
# PHASES=attacks records the attack captures only; PHASES=normal records learn + validate only
# (e.g. LEARN_S=600 VALIDATE_S=1860 PHASES=normal eval/record.sh eval/pcaps/long for the 31-min
# validation capture of docs/DETECTION.md).
# Everything runs inside namespaces this script creates (and deletes on exit, also on failure);
# every program stops by itself. Usage: eval/record.sh [OUTDIR]   (default eval/pcaps)
set -euo pipefail
cd "$(dirname "$0")"
out=$(realpath -m "${1:-pcaps}")
LEARN_S=${LEARN_S:-600}
VALIDATE_S=${VALIDATE_S:-300}
ATTACK_S=${ATTACK_S:-40}
ATTACK_AT=${ATTACK_AT:-10}
ATTACKS=(snooping tampering1 tampering2 spoofing1 spoofing2 ddos)
WARMUP_S=15

[ "$(id -u)" = 0 ] || { echo "record.sh: needs root (network namespaces)" >&2; exit 1; }
python3 -c 'import bacpypes3' 2>/dev/null || { echo "record.sh: pip install bacpypes3" >&2; exit 1; }
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
    ./netns.sh exec "$ns" "$@" >"$logs/$name.log" 2>&1 &
    pids+=($!)
}
capture() { # FILE SECONDS
    ./netns.sh exec bw-sw dumpcap -q -P -i br1 -f udp -a "duration:$2" -w "$1" \
        >>"$logs/dumpcap.log" 2>&1
}

building_up() { # SECONDS SEED
    run_bg controller bw-ctl python3 building.py controller --duration "$1"
    run_bg router bw-rtr python3 building.py router --duration "$1"
    run_bg dev2 bw-dev2 python3 building.py dev2 --duration "$1"
    sleep 3
    run_bg workstation bw-ws python3 building.py workstation --duration "$(($1 - 5))" --seed "$2"
}
building_down() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    pids=()
}

if [ "${PHASES:-all}" = all ] || [ "${PHASES:-all}" = normal ]; then
    building_up "$((WARMUP_S + LEARN_S + VALIDATE_S + 30))" 7
    # The first capture also holds the workstation's start (names, units, COV subscription).
    echo "learn: ${LEARN_S}s"
    capture "$out/learn.pcap" "$((WARMUP_S + LEARN_S))"
    echo "validate: ${VALIDATE_S}s"
    capture "$out/validate.pcap" "$VALIDATE_S"
    building_down
fi
[ "${PHASES:-all}" = normal ] && ATTACKS=()
n=0
for a in "${ATTACKS[@]}"; do
    n=$((n + 1))
    echo "attack $n: $a"
    building_up "$((ATTACK_S + 15))" $((100 + n))
    capture "$out/attack-$n-$a.pcap" "$ATTACK_S" &
    cap=$!
    sleep "$ATTACK_AT"
    ns=bw-atk; [ "$a" = tampering2 ] && ns=bw-ws
    ./netns.sh exec "$ns" python3 attacks.py "$a" >"$logs/attack-$a.log" 2>&1 || echo "  ($a exited $?; see log)"
    wait "$cap"
    building_down
done
ls -l "$out"
