# The Devices screen and its discovery (app/src/gui/panels/devices.rs, flows/discovery.rs): the
# live table, the device details, "why nothing was found", and the discovery's log lines. Read
# by installers. Protocol names (BACnet, KNXnet/IP), property names from the standards and
# acronyms (BBMD, MAC, APDU) stay as they are.

gui-devices-title = Devices
gui-devices-what = Finds BACnet/IP devices and KNXnet/IP gateways in the scope. Sends packets only after you allow it; reads only, never writes.
# $bacnet_port, $knx_port: UDP ports of the demo building on this computer.
gui-devices-demo-scope = Scope: the built-in demo building on loopback (BACnet/IP port { $bacnet_port }, KNXnet/IP port { $knx_port }).
gui-devices-demo-contents = What the demo building contains

## The job

gui-devices-discover = Discover
# $phase: what the discovery does now; $seconds: whole seconds since it started.
gui-devices-running = Discovering: { $phase } — { $sent } of about { $estimate } packets sent, { $seconds } s
gui-devices-cancel = Cancel discovery
# $outcome: gui-devices-outcome-*; $seconds: with one decimal.
gui-devices-last = Last discovery { $outcome }: { $sent } packets sent, { $received } received in { $seconds } s (estimate was { $estimate }).
gui-devices-outcome-cancelled = was cancelled
# $reason: why it stopped (a code such as error-budget-exhausted).
gui-devices-outcome-stopped = stopped ({ $reason })
gui-devices-outcome-finished = finished
gui-devices-why-nothing = Why nothing was found
gui-devices-why-little = Why so little was found

## The table

# $count: rows in the table.
gui-devices-found = Found ({ $count })
gui-devices-nothing-yet = Nothing yet. Devices appear here as they answer.
gui-devices-col-protocol = Protocol
gui-devices-col-address = Address
gui-devices-col-id = Instance / individual address
gui-devices-col-vendor = Vendor
gui-devices-col-model = Model
gui-devices-col-firmware = Firmware
gui-devices-col-objects = Objects
gui-devices-col-flags = Flags
gui-devices-click-row = Click a row for all properties and the object list.
# Flags: short words in the Flags column, joined by commas.
gui-devices-flag-network = network { $network }
gui-devices-flag-reading = reading…
gui-devices-flag-duplicate = duplicate instance
gui-devices-flag-routed-network = routed (network { $network })
gui-devices-flag-routed = routed
gui-devices-flag-bbmd = BBMD
gui-devices-flag-router = router
gui-devices-flag-sc = BACnet/SC
gui-devices-flag-shared = shared address
gui-devices-flag-secure = secure
gui-devices-flag-plain-allowed = plain access allowed
gui-devices-flag-programming = programming mode
gui-devices-flag-disagree = answers disagree
# $id: the vendor identifier a device reported (no name known for it).
gui-devices-vendor-id = vendor { $id }
gui-devices-manufacturer = manufacturer { $id }
# $version: the KNXnet/IP core version (1, 2).
gui-devices-core-version = Core v{ $version }

## Device details

gui-devices-details = Device details
gui-devices-back = Back to all devices
gui-devices-device-gone = This device is not in the latest result.
gui-devices-gateway-gone = This gateway is not in the latest result.
# $instance: the BACnet device instance; $name: its object name (may be empty).
gui-devices-bacnet-heading = BACnet device { $instance } { $name }
gui-devices-knx-heading = KNXnet/IP gateway { $name }
gui-devices-prop-address = Address
gui-devices-prop-network = Network
gui-devices-prop-mac = MAC
gui-devices-prop-vendor = Vendor
# $name: the vendor's name (or gui-devices-vendor-unknown); $id: its identifier.
gui-devices-vendor = { $name } ({ $id })
gui-devices-vendor-unknown = unknown
gui-devices-prop-model = Model
gui-devices-prop-firmware = Firmware
gui-devices-prop-software = Application software
gui-devices-prop-description = Description
gui-devices-prop-location = Location
gui-devices-prop-protocol = Protocol version / revision
gui-devices-prop-max-apdu = Max APDU
gui-devices-prop-segmentation = Segmentation
gui-devices-prop-database = Database revision
gui-devices-prop-services = Services supported
gui-devices-prop-object-types = Object types supported
gui-devices-prop-objects = Objects
gui-devices-prop-read-with = Read with
gui-devices-prop-fallbacks = Fallbacks
gui-devices-prop-flags = Flags
gui-devices-prop-errors = Errors
gui-devices-network-ports = Network ports
# Parts of a network port's line: its type by number, its BACnet/IP mode, foreign devices.
gui-devices-port-type = type { $type }
gui-devices-port-mode = , mode { $mode }
gui-devices-port-accepts-fd = , accepts foreign devices
gui-devices-object-list = Object list ({ $count })
gui-devices-col-name = Name
gui-devices-col-type = Type
gui-devices-col-units = Units
gui-devices-col-value = Present value
gui-devices-col-commandable = Commandable
gui-devices-yes = yes
gui-devices-no = no
gui-devices-prop-individual = Individual address
gui-devices-prop-serial = Serial
gui-devices-prop-answered = Answered
gui-devices-prop-families = Service families
gui-devices-prop-core-version = Core version
gui-devices-prop-secure = KNX IP Secure
gui-devices-secure-supported = supported
gui-devices-secure-not-supported = not supported
gui-devices-prop-tunnelling-secure = Tunnelling requires secure
gui-devices-prop-routing-secure = Routing requires secure
gui-devices-prop-management-secure = Device management requires secure
gui-devices-prop-tcp = Tunnelling over TCP
gui-devices-prop-slots = Tunnelling slots
# $address: a tunnelling slot's individual address.
gui-devices-slot-free = { $address } (free)
gui-devices-slot-in-use = { $address } (in use)
gui-devices-prop-medium = KNX medium
gui-devices-prop-programming = Programming mode
gui-devices-on = on
gui-devices-off = off
gui-devices-prop-project = Project / installation
gui-devices-prop-multicast = Routing multicast
gui-devices-prop-manufacturer = Manufacturer
gui-devices-prop-disagree = Answers disagree

## The discovery's log lines and errors

gui-discovery-cancelling = Cancelling the discovery: no new packets will be sent.
gui-discovery-checks-running = The checks are running (they include a discovery); wait for them.
# $scope: where (an interface, the demo building); $budget: the packet budget as the consent dialog says it.
gui-discovery-asking = Asking for consent to discover in { $scope } ({ $budget }). Nothing is sent before you allow it.
gui-discovery-allowed = Discovery allowed: starting in { $scope } (about { $estimate } packets, at most { $rate } per second).
gui-discovery-starting = starting
# $phase: the step's code name (bacnet-who-is, ...); $detail: what it does.
gui-discovery-phase = Discovery: { $phase } — { $detail }
# $protocol, $service: what was sent; $destination: to whom; $seconds: with three decimals.
gui-discovery-sent = Sent { $protocol } { $service } to { $destination } ({ $bytes } bytes, { $seconds } s into the discovery).
# $note: what the discovery noted (not yet translated).
gui-discovery-note = Discovery: { $note }
gui-discovery-failed = Discovery failed: { $error }
# $outcome: gui-discovery-outcome-*; $seconds: with one decimal; $summary: the diagnosis's summary.
gui-discovery-done = Discovery { $outcome }: { $devices } BACnet { $devices ->
        [one] device
       *[other] devices
    }, { $gateways } KNXnet/IP { $gateways ->
        [one] gateway
       *[other] gateways
    }; { $sent } { $sent ->
        [one] packet
       *[other] packets
    } sent, { $received } received in { $seconds } s. { $summary }
gui-discovery-outcome-stopped = stopped ({ $reason })
gui-discovery-outcome-finished = finished
gui-discovery-crashed = discovery stopped unexpectedly (internal error: { $error })
