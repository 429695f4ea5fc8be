# Shared by lab/netns.sh and lab/router/lab.sh: the safety pieces every namespace lab needs.
# The sourcing script defines PREFIX, SUFFIXES (its namespace names without the prefix), STATE,
# die() and log() before sourcing this file.

ns() { echo "$PREFIX-$1"; }

# Refuse anything outside 198.18.0.0/15.
check_ip() {
    [[ "$1" =~ ^198\.(18|19)\.[0-9]{1,3}\.[0-9]{1,3}$ ]] || die "address outside 198.18.0.0/15: $1"
}

# Run a command inside one of our namespaces, after checking from inside that it is there.
in_ns() {
    local name="$1"; shift
    ip netns exec "$name" bash -c \
        'if [ "$(ip netns identify $$)" != "$1" ]; then
             echo "refusing: not inside network namespace $1" >&2; exit 97
         fi
         shift; exec "$@"' guard "$name" "$@"
}

# Our namespaces that exist now (only PREFIX-<known suffix>, never anything else).
my_namespaces() {
    local s
    for s in "${SUFFIXES[@]}"; do
        if ip netns list | awk '{print $1}' | grep -qx "$(ns "$s")"; then ns "$s"; fi
    done
}

# Processes inside our namespaces are ours (peers, captures, the auditor): stop them by id, then
# delete the namespaces.
teardown() {
    local n pid i left spaces
    spaces="$(my_namespaces)"
    [ -n "$spaces" ] || return 0
    for n in $spaces; do
        for pid in $(ip netns pids "$n" 2>/dev/null); do kill -TERM "$pid" 2>/dev/null || true; done
    done
    for i in $(seq 1 50); do
        left=0
        for n in $spaces; do [ -z "$(ip netns pids "$n" 2>/dev/null)" ] || left=1; done
        [ "$left" = 1 ] || break
        sleep 0.1
    done
    for n in $spaces; do
        for pid in $(ip netns pids "$n" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null || true; done
    done
    for n in $spaces; do ip netns del "$n" 2>/dev/null || log "could not delete $n"; done
    rm -f "$STATE"/*.ready "$STATE/lab.env"
    log "torn down: $(echo $spaces)"
}
