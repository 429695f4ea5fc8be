# The Scope screen (app/src/gui/panels/scope.rs): which interface, which addresses and how many
# packets per second an audit may use. Nothing is sent from it. Read by installers.

gui-scope-title = Scope
gui-scope-what = Decide what this audit may touch. Nothing is sent from this screen.
gui-scope-footer = Jobs that send packets will show this scope and the packet budget, and ask before sending anything.

## Site

gui-scope-name = Site
gui-scope-name-label = Site or audit name
gui-scope-name-what = Shown in Recent audits; the audit's file is named after it. Press Enter or leave the field to keep it.

## The demo building (bas-audit --demo), in place of the interface and the targets

gui-scope-demo = Demo building
# $bacnet_port, $knx_port: the UDP ports the demo building's simulators listen on.
gui-scope-demo-line = Every job of this audit goes to the built-in demo building on loopback (BACnet/IP port { $bacnet_port }, KNXnet/IP port { $knx_port }) and its simulated home router. This computer's network interfaces are not used.
gui-scope-demo-contents = What the demo building contains

## Network interface

gui-scope-interface = Network interface
gui-scope-interface-what = Pick the one connected to the building network. IPv4 only: BACnet/IP and KNXnet/IP use IPv4.
gui-scope-refresh = Refresh list
gui-scope-listing = Listing interfaces…
gui-scope-no-interface = No interface with an IPv4 address was found.
gui-scope-col-interface = Interface
gui-scope-col-address = Address
gui-scope-col-prefix = Prefix
gui-scope-col-broadcast = Broadcast
gui-scope-col-notes = Notes
gui-scope-loopback = loopback: this computer only
# An interface the operating system reports as not working.
gui-scope-down = down
gui-scope-interface-gone = The chosen interface “{ $name }” is not present on this computer now.
# Log lines when the interface changes.
gui-scope-interface-set = Scope: interface set to { $name }.
gui-scope-interface-cleared = Scope: interface cleared.

## Devices to ask directly

gui-scope-targets = Devices to ask directly (optional)
gui-scope-targets-what = IPv4 addresses, one per line, optionally with a UDP port: 192.0.2.10 or 192.0.2.10:47808. Leave empty to rely on discovery in the chosen network.
# $entry: what the user typed; $why: one of the gui-scope-target-* reasons.
gui-scope-target-error = “{ $entry }”: { $why }
gui-scope-target-port-zero = port 0 is not a valid port
gui-scope-target-bad-port = not an IPv4 address with a port (1–65535)
gui-scope-target-not-ipv4 = not an IPv4 address
gui-scope-target-not-one-device = not a single device's address (broadcast, multicast or 0.0.0.0)

## Packet budget

gui-scope-budget = Packet budget
# Read as one line with the field between: "At most [20] packets per second (1–200)".
gui-scope-at-most = At most
gui-scope-per-second = packets per second ({ $min }–{ $max })
gui-scope-budget-error = The packet budget must be a whole number from { $min } to { $max }.
gui-scope-budget-what = A cap for every job of this audit together. Small building controllers can be disturbed by bursts; the default of 20 is gentle.

## Notes

gui-scope-notes = Notes
gui-scope-notes-what = Anything worth remembering about this site: who let you in, which switch port, what the owner asked for. Saved with the audit.

## ETS project

gui-scope-ets = ETS project
# $summary: gui-watch-ets-summary (file, kind, group addresses).
gui-scope-ets-in-audit = ETS export in this audit: { $summary }
gui-scope-ets-none = No ETS export in this audit yet.
gui-scope-ets-open-watch = Import or change on the Learning watch screen
gui-scope-ets-open-watch-hint = The ETS group-address export names and types the KNX group addresses the learning watch learns
