# The demo building's description, one line per simulator (audit-core/src/sim/mod.rs), shown by
# `--demo` in the CLI and under "What the demo building contains" in the app.

# $instance: device instance; $ip: its address; $objects: how many objects it has.
# en: 97fb8745
sim-bacnet-device = BACnet-apparaat { $instance } op { $ip } ({ $objects } objecten)
# en: 901245c6
sim-bacnet-device-bbmd = BACnet-apparaat { $instance } op { $ip } ({ $objects } objecten, BBMD)
# $network: the BACnet network number; $mac: the device's MS/TP MAC in hex; $ip: the router.
# en: 924feb3a
sim-bacnet-remote = BACnet-apparaat { $instance } in netwerk { $network } (MAC { $mac }) achter router { $ip }
# $name: the gateway's name; $address: its individual address.
# en: ff036282
sim-knx-gateway = KNX-gateway “{ $name }” ({ $address }) op { $ip }
# $ip: the router's LAN address; $external: its internet address in the demo; $port: the KNX
# port forwarded; $target: where to.
# en: e59f22d1
sim-router-public = Thuisrouter { $ip } (internetadres { $external }, staat voor een openbaar IP-adres): UPnP, NAT-PMP, poortdoorverwijzing UDP { $port } naar { $target }
# en: d7ebdfb7
sim-router-cgnat = Thuisrouter { $ip } (internetadres { $external }, staat voor een door de provider gedeeld adres, CGNAT): UPnP, NAT-PMP, poortdoorverwijzing UDP { $port } naar { $target }
# en: 1cd28211
sim-router-none = Thuisrouter { $ip } (internetadres { $external }, staat voor een openbaar IP-adres): UPnP, NAT-PMP, geen poortdoorverwijzing
# en: 4695ff1b
sim-router-failed = Thuisrouter niet gestart: { $error }
# The site name of an audit of the demo building (CLI check --demo).
# en: 80a8c9de
sim-site-name = BAS Audit demogebouw (gesimuleerd)
# The demo building as a scope (CLI preamble, the audit's scope label). $bacnet_port,
# $knx_port: the ports the simulators use.
# en: 284a43e4
sim-scope-label = demogebouw op loopback (BACnet/IP-poort { $bacnet_port }, KNXnet/IP-poort { $knx_port })
