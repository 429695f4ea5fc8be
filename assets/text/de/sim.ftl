# The demo building's description, one line per simulator (audit-core/src/sim/mod.rs), shown by
# `--demo` in the CLI and under "What the demo building contains" in the app.

# $instance: device instance; $ip: its address; $objects: how many objects it has.
# en: 97fb8745
sim-bacnet-device = BACnet-Gerät { $instance } unter { $ip } ({ $objects } Objekte)
# en: 901245c6
sim-bacnet-device-bbmd = BACnet-Gerät { $instance } unter { $ip } ({ $objects } Objekte, BBMD)
# $network: the BACnet network number; $mac: the device's MS/TP MAC in hex; $ip: the router.
# en: 924feb3a
sim-bacnet-remote = BACnet-Gerät { $instance } in Netz { $network } (MAC { $mac }) hinter dem Router { $ip }
# $name: the gateway's name; $address: its individual address.
# en: ff036282
sim-knx-gateway = KNX-Gateway „{ $name }“ ({ $address }) unter { $ip }
# $ip: the router's LAN address; $external: its internet address in the demo; $port: the KNX
# port forwarded; $target: where to.
# en: e59f22d1
sim-router-public = Heimrouter { $ip } (Internetadresse { $external }, steht für eine öffentliche IP-Adresse): UPnP, NAT-PMP, Portfreigabe UDP { $port } an { $target }
# en: d7ebdfb7
sim-router-cgnat = Heimrouter { $ip } (Internetadresse { $external }, steht für eine vom Anbieter geteilte Adresse, CGNAT): UPnP, NAT-PMP, Portfreigabe UDP { $port } an { $target }
# en: 1cd28211
sim-router-none = Heimrouter { $ip } (Internetadresse { $external }, steht für eine öffentliche IP-Adresse): UPnP, NAT-PMP, keine Portfreigabe
# en: 4695ff1b
sim-router-failed = Heimrouter nicht gestartet: { $error }
# The site name of an audit of the demo building (CLI check --demo).
# en: 80a8c9de
sim-site-name = BAS Audit Demo-Gebäude (simuliert)
# The demo building as a scope (CLI preamble, the audit's scope label). $bacnet_port,
# $knx_port: the ports the simulators use.
# en: 284a43e4
sim-scope-label = Demo-Gebäude auf Loopback (BACnet/IP-Port { $bacnet_port }, KNXnet/IP-Port { $knx_port })
