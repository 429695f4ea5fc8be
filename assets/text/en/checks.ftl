# Findings of the posture checks (audit-core/src/checks/: addresses.rs, knx.rs, bacnet.rs,
# writable.rs, write_test.rs, common.rs): targets, titles and evidence summaries. Read by
# installers; the remediation texts (assets/remediation/) speak to the homeowner too.
# Arguments named $address, $ip, $instance, $port hold addresses and numbers as shown; $name
# holds a name a device sent (already escaped).

## Targets: what a finding is about

# $network and $name: checks-target-network / checks-target-name, or nothing.
checks-target-bacnet-device = BACnet device { $instance } at { $address }{ $network }{ $name }
checks-target-network = {" "}(network { $network })
checks-target-name = {" "}({ $name })
checks-target-bacnet-device-at = BACnet device { $instance } at { $address }
checks-target-bacnet-unknown-at = BACnet device at { $address }
checks-target-knx-gateway = KNX gateway { $address }
checks-target-knx-gateway-named = KNX gateway { $address } ({ $name })
checks-target-router = router { $router }
checks-target-router-unknown = router
# $router: checks-target-router. $internal: "ip:port" inside.
checks-target-router-mapping = { $router } (mapping to { $internal })
# $target: "external-ip:port".
checks-target-router-external = { $router } (external address { $target })
checks-target-bbmd = BACnet BBMD { $address }
checks-target-bacnet-router = BACnet router { $address }
checks-target-bacnet-network = BACnet network
checks-target-bacnet-address = BACnet address { $address }
checks-target-instance = BACnet device instance { $instance }
# $ip: an address, or exposure-index-the-site-address.
checks-target-internet-address = internet address { $ip }

## Lists inside sentences

checks-list-comma = { $head }, { $next }
checks-list-and = { $head } and { $last }
checks-list-more = { $head } and { $more } more
checks-quoted = "{ $value }"
checks-colon-detail = : { $detail }

## Public addresses and BBMD tables (addresses.rs)

# $what: knx or bacnet.
checks-title-public-address = { $what ->
        [knx] KNX gateway
       *[bacnet] BACnet device
    } on a public internet address
checks-summary-public-address = The { $what ->
        [knx] KNX gateway
       *[bacnet] BACnet device
    } uses { $ip }, an address that is routable on the internet (not a private, shared or reserved range). Without a firewall in front of it, it can be reached from anywhere.
checks-bbmd-row-peer = { $address } (peer BBMD)
checks-bbmd-row-foreign-device = { $address } (foreign device, TTL { $ttl } s)
# $block: checks-bbmd-row-block or nothing.
checks-bbmd-row-foreign = { $address } (TTL { $ttl } s, { $remaining } s left{ $block })
checks-bbmd-row-block = , { $block }
checks-title-bbmd-public-peer = BACnet broadcast relay linked to a public internet address
checks-summary-bbmd-public-peer = The BBMD's tables list { $entries }: BACnet broadcasts of this network go to the internet, and that address can read and write every device.
checks-title-bbmd-foreign-subnet = Foreign device registered from another network
checks-summary-bbmd-foreign-subnet = The BBMD's foreign-device table lists { $entries }, outside the subnets the audit saw devices in. It receives all BACnet broadcasts of this network.

## KNXnet/IP gateways (knx.rs)

checks-title-knx-secure-unsupported = KNX gateway without KNX IP Secure
# $families: the offered service families ("core v2, tunnelling v2"), or checks-knx-no-families.
# $routing: yes when routing is offered.
checks-summary-knx-secure-unsupported = The gateway does not list the security service family (it offers { $families }). Tunnelling{ $routing ->
        [yes] {" "}and routing
       *[no] {""}
    } work without password or encryption for anyone on the network.
checks-knx-no-families = no families
# $family: tunnelling, routing or device management (the KNX service families).
checks-knx-family = { $family ->
        [tunnelling] tunnelling
        [routing] routing
       *[other] device management
    }
checks-title-knx-secure-not-enforced = KNX IP Secure available but not required
# $parts: checks-knx-not-required-for and/or checks-knx-unknown-for, listed.
checks-summary-knx-secure-not-enforced = The gateway supports KNX IP Secure, but security is { $parts }.
checks-knx-not-required-for = not required for { $families }
checks-knx-unknown-for = unknown for { $families } (the gateway sent no list of secured services)
checks-title-knx-core-v1 = Older KNX gateway (Core v1)
checks-summary-knx-core-v1 = The gateway speaks KNXnet/IP Core version { $version } (no extended search, no secure services); answers received: { $answers }.
checks-knx-no-answers-recorded = none recorded
checks-title-knx-routing-unsecured = KNX routing open to the whole network
# $known: no when the gateway did not say whether routing requires security.
checks-summary-knx-routing-unsecured = The gateway offers routing{ $known ->
        [no] {" "}(security requirement unknown)
       *[yes] {" "}without security
    } on multicast group { $group }: anyone on the network can send telegrams there and they reach the whole KNX installation, without connection or password.
checks-title-knx-tunnel-slots = KNX gateway tunnel slots
checks-summary-knx-tunnel-slots = { $used } { $used ->
        [one] tunnel connection
       *[other] tunnel connections
    } of { $total } in use, { $free } free.
checks-title-knx-answers-nat = KNX gateway answers requests from other networks
checks-summary-knx-answers-nat = The gateway answered a description request in NAT mode (reply to the sender's address, 0.0.0.0:0), as a client across a router or from the internet would send it. A port forward to it would make it answer the internet.

## BACnet posture (bacnet.rs)

checks-title-bacnet-unauthenticated = BACnet devices accept requests without a login
checks-summary-bacnet-unauthenticated = { $devices } BACnet { $devices ->
        [one] device
       *[other] devices
    } answered our unauthenticated requests. BACnet/IP has no login: what protects them is who can reach the network.
checks-fd-reason-accepted = a short Register-Foreign-Device test was accepted
checks-fd-reason-fdt = it answered Read-FDT ({ $entries } registered foreign { $entries ->
        [one] device
       *[other] devices
    })
checks-fd-reason-setting = device { $device } Network Port { $port } has BBMD_Accept_FD_Registrations = true
checks-title-accepts-fd = BACnet broadcast relay accepts foreign devices
checks-title-accepts-fd-confirmed = BACnet broadcast relay accepts foreign devices (confirmed)
checks-summary-accepts-fd = Any computer that can reach { $address } can register and join the BACnet network: { $reasons }.
checks-title-sc-not-used = BACnet Secure Connect is not in use
# $read: devices whose Network Port objects were read; $unread: the others.
checks-summary-sc-not-used = None of the { $read } { $read ->
        [one] device
       *[other] devices
    } whose Network Port objects were read has a BACnet/SC port (Network_Type 11){ $unread ->
        [0] {""}
        [one] ; 1 device did not tell
       *[other] ; { $unread } devices did not tell
    }.
checks-title-sc-legacy-open = BACnet/SC in use, but plain BACnet/IP still open
checks-summary-sc-legacy-open = The device has a BACnet/SC port and also a plain BACnet/IP port; the plain one is open to anyone on the network.
checks-title-duplicate-instance = Two BACnet devices claim the same identity
checks-summary-duplicate-instance = Device instance { $instance } answered from { $addresses }.
checks-title-several-instances = One address answers as several BACnet devices
checks-summary-several-instances = { $address } answered as device instances { $instances } without routing information.
# $service: the standard service name; $why: one of the three messages below.
checks-management-service = { $service } ({ $why })
checks-management-device-communication-control = silence the device
checks-management-reinitialize-device = restart or reset it
checks-management-atomic-write-file = replace files or programs
checks-title-management-services = Device accepts remote restart or shutdown commands
checks-summary-management-services = The device lists { $services } among its supported services; without a password anyone on the network can use them.

## Writable points and observed writes (writable.rs)

checks-object-named = { $object } "{ $name }"
# $count: how often the write was seen.
checks-write-words = { $object } { $property } from { $source } ({ $count }×)
checks-writable-point = { $object } { $properties }
checks-title-writes-confirmed = Unauthenticated writes confirmed
# $more: checks-writes-confirmed-more or nothing.
checks-summary-writes-confirmed = Writes were seen and acknowledged by the device, without any login: { $writes }. Writers: { $writers }.{ $more }
checks-writes-confirmed-more = {" "}The device has { $points } more { $points ->
        [one] point
       *[other] points
    } writable by anyone on the network.
# $slots: "priority = value" pairs.
checks-life-safety-point = { $object } (priority { $slots })
checks-title-life-safety = Point held at a life-safety command priority
checks-summary-life-safety = { $count ->
        [one] 1 point is
       *[other] { $count } points are
    } held at priority 1 (manual life safety) or 2 (automatic life safety): { $points }. That value overrides every normal command.
checks-title-writable-points = { $points } { $points ->
        [one] point
       *[other] points
    } anyone on the network can change (not tested)
# $services: write-property / write-property-multiple. $seen: checks-writable-seen-unanswered or nothing.
checks-summary-writable-points = The device supports { $services } and has { $count } { $count ->
        [one] point
       *[other] points
    } that the BACnet standard makes writable: { $points }. Nothing was written to confirm this.{ $seen }
checks-writable-seen-unanswered = {" "}{ $writes ->
        [one] 1 write was
       *[other] { $writes } writes were
    } to it seen without a visible answer.

## The opt-in write test (write_test.rs)

checks-write-test-what = { $property } of { $object }
checks-write-test-what-property = the property of { $object }
checks-write-test-not-read = (not read)
checks-write-test-no-result = no result
checks-title-write-test-accepted = Device accepts unauthenticated writes (tested)
checks-summary-write-test-accepted = We wrote the value just read back to { $what } without any login and the device accepted it. Before: { $before }; after: { $after }.
checks-title-write-test-changed = Value changed during the write test; test aborted
checks-summary-write-test-changed = The value of { $what } read back was not the value read before: before { $before }, after { $after }. The test stopped at once. Check the value on the device now.
checks-title-write-test-refused = Device refused an unauthenticated write (good)
# $error: checks-colon-detail or nothing.
checks-summary-write-test-refused = Writing the same value back to { $what } was refused{ $error }.
checks-title-write-test-not-completed = Write test not completed
checks-summary-write-test-not-completed = The write test on { $what } ended with "{ $outcome }"{ $detail }.
