# What a running job says while it works: the steps it takes (the phase's detail, shown in the
# event log, the progress line and by `--verbose`) and the notes the user must see (a port that
# was taken, a packet that was not sent). The notes' codes (bacnet-port-fallback, send-failed
# …) stay English for scripts; these are their words. Addresses look like 198.18.1.66:47808;
# counts are numbers; { $error } is the operating system's own message.

## Steps

job-phase-bacnet-routers = asking routers on { $address }
job-phase-who-is-local = local network via { $address }
job-phase-who-is-target = target { $address }
job-phase-who-is-network = network { $network } via router { $router }
job-phase-who-is-split = { $count } answers to Who-Is { $low }-{ $high }: asking again in two halves
job-phase-interrogation = { $count ->
    [one] 1 device found; finishing interrogation
   *[other] { $count } devices found; finishing interrogation
}
job-phase-interrogation-vouched = { $count ->
    [one] 1 device vouched for by a BBMD
   *[other] { $count } devices vouched for by a BBMD
}
job-phase-bbmd = { $count ->
    [one] 1 address
   *[other] { $count } addresses
}
job-phase-knx-search = multicast { $group } from { $local }
job-phase-knx-description = { $count ->
    [one] 1 endpoint
   *[other] { $count } endpoints
}
job-phase-knx-nat-description = { $count ->
    [one] 1 gateway, reply address 0.0.0.0:0
   *[other] { $count } gateways, reply address 0.0.0.0:0
}
job-phase-router = asking the router { $router } which ports it forwards
job-phase-router-default = asking the default router which ports it forwards
job-phase-write-test = { $count ->
    [one] writing back the same value to a harmless property of 1 BACnet device
   *[other] writing back the same value to a harmless property of { $count } BACnet devices
}
job-phase-write-test-devices = { $count ->
    [one] 1 device: read, write the same value back, read again
   *[other] { $count } devices: read, write the same value back, read again
}
job-phase-write-test-device = device { $instance } at { $address }
job-phase-checks = judging what was gathered

## Notes

job-note-bacnet-port-fallback = UDP port { $port } on { $bind } is used by another program (YABE, ETS, BAC0 or a BACnet service); sending from { $local } instead. Devices answer requests to this port directly; answers they broadcast to port { $port } are heard only through the broadcast listener.
job-note-bacnet-broadcast-listener = cannot listen for BACnet broadcasts on { $address } ({ $error }); devices that answer Who-Is with a broadcast I-Am will be missed
job-note-bacnet-broadcast-replies-missed = with port fallback and no broadcast listener, only devices that answer by unicast will be found
job-note-bacnet-socket = cannot open a BACnet/IP socket on { $address }: { $error }
job-note-bacnet-global-broadcast = global broadcast Who-Is sent as asked: every device on every network answers, through every router
job-note-bacnet-i-am-storm = { $count } I-Am beyond the record limit were counted only
job-note-knx-multicast = multicast not possible on { $address }: { $error }
job-note-knx-socket = cannot open a KNXnet/IP socket on { $address }: { $error }
job-note-knx-socket-unicast = cannot open a KNXnet/IP socket: { $error }
job-note-knx-socket-no-address = KNXnet/IP socket has no IPv4 address
job-note-send-refused = { $service } to { $destination } not sent: the trust rules refuse this address ({ $rule })
job-note-send-failed = { $service } to { $destination } not sent: { $error }
job-note-time-budget = the time budget of { $seconds } s ran out after discovery: the router probes or the write test did not finish, and what they did not reach is not judged
