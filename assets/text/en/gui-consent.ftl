# The consent dialog shown before any job that sends or listens (app/src/gui/dialogs/): its
# frame, and what it says for each job: where, how much, what is sent, and the opt-ins. Read by
# installers, and by homeowners in the self-check (plain words, no jargon there).

## The dialog

# $title: the job (gui-consent-discovery-title, ...).
gui-consent-heading = Allow: { $title }?
gui-consent-intro = BAS Audit is about to send packets on the network. Nothing is sent unless you allow it here.
gui-consent-cancel = Cancel
gui-consent-allow = Allow and send
gui-consent-scope = Scope
gui-consent-budget = Packet budget
gui-consent-will-send = What will be sent
gui-consent-choices = Your choices
# The same three headings in the homeowner's words.
gui-consent-plain-scope = Where
gui-consent-plain-budget = How much
gui-consent-plain-will-send = What happens

## Discovery

gui-consent-discovery-title = Discovery
# $broadcast: an IPv4 broadcast address.
gui-consent-discovery-broadcast = Broadcast { $broadcast }, BACnet/IP UDP port { $port }
gui-consent-discovery-multicast = Multicast { $group }:{ $port } (KNXnet/IP)
gui-consent-discovery-target = Target { $target }
# $first: packets sent before any device answers; $per_device, $per_gateway: about how many more per device found; $rate: the cap per second.
gui-consent-discovery-budget = { $first } packets before any device answers, then about { $per_device } per BACnet device and { $per_gateway } per KNX gateway found; at most { $rate } packets per second, one request at a time per device.
gui-consent-discovery-who-is = BACnet Who-Is per network (read-only)
gui-consent-discovery-network = BACnet What-Is-Network-Number and Who-Is-Router-To-Network
gui-consent-discovery-read = BACnet ReadPropertyMultiple / ReadProperty to each device found (reads only, no writes)
gui-consent-discovery-bbmd = BACnet Read-Broadcast-Distribution-Table / Read-Foreign-Device-Table to BBMDs
gui-consent-discovery-knx = KNXnet/IP SEARCH (and extended SEARCH) and DESCRIPTION requests

## Checks (installer)

gui-consent-checks-title = Run checks
gui-consent-checks-router-default = the router (this network's default gateway)
# $router: the router's IPv4 address.
gui-consent-checks-router-at = the router { $router }
# $router: gui-consent-checks-router-default or gui-consent-checks-router-at; $hairpin: yes when the router's public address is knocked on too.
gui-consent-checks-router-scope = Router probes go to { $router }{ $hairpin ->
        [yes] {" and to its public address"}
       *[no] {""}
    }
# $max_mappings: the most forwarding rules read.
gui-consent-checks-budget = Discovery: { $first } packets before any device answers, then about { $per_device } per BACnet device and { $per_gateway } per KNX gateway. Router: about 6 questions plus one per forwarding rule (at most { $max_mappings }). At most { $rate } packets per second.
gui-consent-checks-discovery = Discovery (reads only): BACnet Who-Is, network and router queries, ReadProperty (Multiple) to each device found, BBMD table reads; KNXnet/IP SEARCH and DESCRIPTION
gui-consent-checks-router = Router (reads only): UPnP search and its port-mapping list, NAT-PMP/PCP external-address request; nothing is opened or closed
gui-consent-checks-opt-ins = Only what you tick below: the internet lookup, the write test
gui-consent-router-option = Ask the router which ports it forwards
gui-consent-router-option-why = On: UPnP and NAT-PMP questions to the router, and a knock on its public address from inside. This is how an open door to the internet is found.
gui-consent-internet-option = Look up my public address in Shodan InternetDB (needs internet)
# $url: the lookup service's address.
gui-consent-internet-option-why = Sends your public address to { $url } to see whether internet scanners have already listed open doors. Off unless you tick it.
gui-consent-write-option = Write test: write back the same value to a harmless property
gui-consent-write-option-why = On every BACnet device found: read its Description (or Location), write the very same value back, read it again. Proves whether anyone on the network may write. Never a setpoint or output.

## Checks (homeowner self-check, plain words)

gui-consent-home-title = Check my home
gui-consent-home-connection = This computer's network connection
gui-consent-home-router-at = Your router ({ $router }) and devices on this network only
gui-consent-home-router = Your router and devices on this network only
# $messages: about how many messages before devices answer; $rate: the cap per second.
gui-consent-home-budget = About { $messages } small messages, plus a few for each device that answers; never more than { $rate } per second.
gui-consent-home-ask-router = Ask your router which doors (port forwardings) it opened to the internet
gui-consent-home-look = Look for building controllers and KNX gateways on this network (read only)
gui-consent-home-nothing-changed = Nothing is changed on any device or on your router
gui-consent-home-intro = We will ask your router which doors it opened to the internet and look for building controllers on this network. Nothing is changed.
gui-consent-home-allow = Check now

## Live listening (learning watch)

gui-consent-live-title = Live listening
# $address: the one IPv4 address and UDP port listened on.
gui-consent-live-bind = Listen for { $seconds } s on UDP { $address } (BACnet/IP)
gui-consent-live-ports = Listen for { $seconds } s on UDP port { $port } (BACnet/IP) and the KNX multicast group 224.0.23.12:3671
gui-consent-live-interface = Multicast joined on interface { $interface }
gui-consent-live-default-route = Multicast joined on interface of the default route
gui-consent-live-budget = No BACnet or KNX packet is sent. Joining the KNX multicast group makes the computer send one or two IGMP membership reports.
gui-consent-live-igmp = IGMP membership report for 224.0.23.12 (to the local network)
