# The demo building's description, one line per simulator (audit-core/src/sim/mod.rs), shown by
# `--demo` in the CLI and under "What the demo building contains" in the app.

# $instance: device instance; $ip: its address; $objects: how many objects it has.
sim-bacnet-device = BACnet device { $instance } at { $ip } ({ $objects } objects)
sim-bacnet-device-bbmd = BACnet device { $instance } at { $ip } ({ $objects } objects, BBMD)
# $network: the BACnet network number; $mac: the device's MS/TP MAC in hex; $ip: the router.
sim-bacnet-remote = BACnet device { $instance } on network { $network } (MAC { $mac }) behind router { $ip }
# $name: the gateway's name; $address: its individual address.
sim-knx-gateway = KNXnet/IP gateway "{ $name }" ({ $address }) at { $ip }
# $ip: the router's LAN address; $external: its internet address in the demo; $port: the KNX
# port forwarded; $target: where to.
sim-router-public = Home router { $ip } (external address { $external }, standing for a public address): UPnP, NAT-PMP, forward UDP { $port } to { $target }
sim-router-cgnat = Home router { $ip } (external address { $external }, standing for the provider's shared carrier-grade NAT address): UPnP, NAT-PMP, forward UDP { $port } to { $target }
sim-router-none = Home router { $ip } (external address { $external }, standing for a public address): UPnP, NAT-PMP, no forward
sim-router-failed = Home router not started: { $error }
# The site name of an audit of the demo building (CLI check --demo).
sim-site-name = BAS Audit demo building (simulated)
# The demo building as a scope (CLI preamble, the audit's scope label). $bacnet_port,
# $knx_port: the ports the simulators use.
sim-scope-label = demo building on loopback (BACnet/IP port { $bacnet_port }, KNXnet/IP port { $knx_port })
