# The learning watch (audit-core/src/watch): alerts (what was seen, against which learned
# normal, what to do), the knowledge rules' titles, reasons and actions, and the labels alerts
# are built from. Read by installers during or after a visit. Protocol words (service names such
# as read-property, Who-Is, I-Am, A_Authorize_Request, CONNECT_REQUEST) are names, not words:
# keep them as they are. Arguments holding addresses, numbers and values are already formatted.

## The learning period, points and devices

# $minutes: length of the learning period in whole minutes.
watch-period-minutes = while learning ({ $minutes } min)
# $hours: length of the learning period in hours, one decimal.
watch-period-hours = while learning ({ $hours } h)
# $instance: BACnet device instance; $name: the device's own name (its text); $address: where it answers.
watch-device-named = device { $instance } "{ $name }" ({ $address })
watch-device = device { $instance } ({ $address })
# $what: object (analog-value,3), with the property when it is not the present value; $device: watch-device(-named) or an address.
watch-point-named = "{ $name }" ({ $what } of { $device })
watch-point = { $what } of { $device }
# A KNX group address without a name from the project.
watch-group = group address { $group }
watch-binary-active = active
watch-binary-inactive = inactive
# Classes of points: how strictly their learned range is kept.
watch-class-setpoint = setpoint
watch-class-output = output
watch-class-sensor = sensor
watch-class-state = state
watch-class-other = other

## Value ranges (detector value-range)

# $label: the point; $value: the value with its unit; $sender: who wrote it; $normal: watch-range-normal or watch-set-normal; $who: one of watch-value-writer-*.
watch-value-written = { $label } written to { $value } by { $sender }; { $normal }; { $who }
watch-value-writer-known = { $sender } wrote it before
watch-value-writer-nobody = nobody wrote it while learning
watch-value-writer-new = { $sender } never wrote it before
watch-value-written-action = Ask the operator whether { $sender } was meant to set this value. If not, put the point back to its normal value, find out who used { $sender }, and restrict who may write to the device (BACnet firewall rules, device passwords, a separate operator network).
# $service: the message that carried it (read-property-ack, ...); $source: who sent that message.
watch-value-reported = { $label } reported { $value } (seen by { $service } from { $source }); { $normal }
watch-value-reported-action = Check the equipment and recent writes: a value outside its learned range means a fault, a manual override, an unusual season, or the effect of a write someone made. If the new range is right, relearn or widen this point's tolerance in the model.
watch-value-observed-written = wrote { $value } in { $service }
watch-value-observed-reported = reported { $value } in { $service }
# A figure of the watch (a value, a rate, a tolerance) with the language's decimal mark, which
# the code puts in; with the unit a device states ("degrees-celsius").
watch-number = { $number }
watch-number-unit = { $number } { $unit }
# Two parts of a list of values (each a value or a shorter list): "on, off".
watch-list = { $first }, { $rest }
# $values: the learned values, listed; $samples: how many values were learned; $period: watch-period-*.
watch-set-normal = learned values { $values } from { $samples } values { $period }
# $min, $max: learned range with units; $low, $high: the accepted range (numbers); $class: watch-class-*; $tolerance: the tolerance factor.
watch-range-normal = learned range { $min }–{ $max } from { $samples } values { $period } (accepted { $low }–{ $high } with { $class } tolerance { $tolerance })

## Message rates (detector message-rate)

# $metric: minmax, mean or mad (names); the figures are numbers.
watch-rate-figures = { $metric } over { $intervals } intervals: max { $max }, mean { $mean }, median { $median }, MAD { $mad }
watch-rate-no-intervals = no intervals
# $upper: the learned upper bound; $interval: the interval in seconds; $figures: watch-rate-figures.
watch-rate-normal-own = at most { $upper } per { $interval } s for this source ({ $figures })
watch-rate-normal-per-source = a source sends about { $centre } per { $interval } s, at most { $upper } ({ $sources } sources { $period }; { $figures })
watch-rate-normal-unseen = { $service } was never seen { $period }; at most { $upper } per { $interval } s is let pass
# The sender of a rate alert that never sent this service while learning (the sentence goes on with watch-rate-summary).
watch-rate-who-new = { $sender }, never seen sending { $service } { $period },
# $who: the sender, or watch-rate-who-new.
watch-rate-summary = { $who } sent { $count } { $service } messages within { $interval } s, more than the learned normal of at most { $upper }
watch-rate-observed = { $count } { $service } in { $interval } s from { $sender }
# $hint: one of watch-rate-hint-*.
watch-rate-action = Find out what { $sender } is and why it sends this much { $service }. { $hint } If it is not a known, installed tool, disconnect it; if it is, relearn the model with it running.
watch-rate-hint-reads = Reading many objects in a short time is how an intruder maps a building (snooping).
watch-rate-hint-who-is = Each Who-Is makes every device answer: a flood of them is a reflection attack on the address it names as sender.
watch-rate-hint-writes = Many writes in a short time can drive equipment to harm.
watch-rate-hint-i-am = A storm of I-Am answers floods the network and the host they are sent to.
watch-rate-hint-other = An unusual burst can be a scan, a flood or a misconfigured device.

## Knowledge rules: what each alert says ($window: seconds of the burst window; $period: watch-period-*)

watch-who-is-flood = { $sender } sent more than { $limit } Who-Is within { $window } s (if { $sender } did not send them, its address was forged so that every device's answer floods it: a reflection attack)
watch-who-is-flood-observed = { $count } Who-Is within { $window } s
watch-who-is-flood-normal = at most { $max } per { $window } s from one source { $period }; flood threshold { $limit }
watch-i-am-storm = more than { $limit } I-Am within { $window } s
watch-i-am-storm-observed = { $count } I-Am within { $window } s, the latest from { $sender }
watch-i-am-storm-normal = at most { $max } per { $window } s { $period } ({ $devices } devices known)
# $state: the standard name of the requested state (enable, disable, coldstart, ...) or watch-unknown-state; $device: watch-device(-named) or an address; $duration: watch-dcc-duration or nothing; $password: watch-with(out)-password.
watch-dcc = DeviceCommunicationControl { $state } to { $device }{ $duration }{ $password }
watch-dcc-duration = {" "}for { $minutes } min
watch-reinitialize = ReinitializeDevice { $state } to { $device }{ $password }
watch-unknown-state = (unknown state)
watch-with-password = {", "}with a password
watch-without-password = {", "}without a password
watch-write-bdt = Write-BDT with { $entries } entries sent to the BBMD at { $bbmd }
watch-delete-fdt-entry = Delete-FDT-Entry for { $entry } sent to the BBMD at { $bbmd }
# $what: one of watch-dcc, watch-reinitialize, watch-write-bdt, watch-delete-fdt-entry.
watch-management = { $sender } sent { $what }
watch-management-normal-unseen = { $service } was never seen { $period }
# $others: the sources that sent it while learning, listed.
watch-management-normal = { $service } came only from { $others } { $period }
watch-bbmd = BBMD { $bbmd }
watch-new-foreign-device = { $sender } registered as a foreign device (TTL { $ttl } s) with the BBMD at { $bbmd }; it never did { $period }
watch-new-foreign-device-observed = Register-Foreign-Device, TTL { $ttl } s
watch-new-foreign-device-normal = foreign-device registrations seen only from the sources in the model
watch-knx-write-burst = { $sender } sent more than { $limit } group writes within { $window } s
watch-knx-write-burst-observed = { $count } group writes within { $window } s
watch-knx-write-burst-normal = at most { $max } per { $window } s from one source { $period }
# $key: the 4-octet key tried, in hex.
watch-knx-authorize = { $sender } sent A_Authorize_Request (key { $key })
watch-knx-authorize-observed = A_Authorize_Request with key { $key } via { $source }
watch-knx-authorize-normal = authorize requests are for commissioning only
watch-knx-key-guessing = { $sender } tried { $count } keys within { $window } s: somebody is guessing KNX device keys
watch-knx-device = KNX device { $device }
watch-knx-management = { $sender } sent { $service } to KNX device { $device }; it never did device management { $period }
watch-knx-management-observed = { $service } to { $device } via { $source }
watch-knx-management-normal = device management only from the sources in the model
watch-broadcast-source-limited = the limited broadcast address 255.255.255.255
watch-broadcast-source-unspecified = the unspecified address 0.0.0.0
watch-broadcast-source-multicast = a multicast address
watch-broadcast-source-subnet = an address this network uses as its broadcast address
watch-broadcast-source-network = a BACnet network-layer source that cannot be a station (SNET 0xFFFF or empty SADR)
# $reason: one of watch-broadcast-source-*.
watch-broadcast-source = { $service } sent from { $source }: { $reason }
watch-broadcast-source-observed = { $service } with source { $source }
watch-broadcast-source-normal = stations send from their own unicast address
# $protocol: BACnet or KNXnet/IP.
watch-new-host = { $host } sends { $protocol } traffic ({ $service } first); it was never seen { $period }
watch-new-host-observed = { $service } from { $source }
# $list: the first hosts, listed; $more: watch-hosts-more or nothing.
watch-known-hosts = { $hosts } hosts seen { $period }: { $list }{ $more }
watch-hosts-more = {" "}and { $more } more
watch-new-conversation = { $host } sends { $service } to { $partner }, a host it never talked to { $period }
watch-new-conversation-observed = { $service } from { $source } to { $destination }
watch-new-conversation-normal = { $conversations } conversations known
# Pieces of the writer alerts, each starting with a space: the value written, the command priority.
watch-writer-value = {" "}to { $value }
watch-writer-value-seen = {" "}to { $value } (a value also seen in normal use)
watch-writer-text = {" "}to "{ $text }"
watch-writer-other = {" "}(relinquish or a constructed value)
watch-writer-priority = {" "}at priority { $priority }
# $writers: the hosts that wrote it while learning, listed.
watch-writer-normal = written { $writes } times { $period }, only by { $writers }
watch-writer-normal-read = read but never written { $period }
watch-writer-normal-unseen = never seen { $period }
# $value: watch-writer-value(-seen), -text or -other; $priority: watch-writer-priority or nothing; $normal: watch-writer-normal*.
watch-new-writer = { $sender } wrote { $label }{ $value }{ $priority }; this source never wrote this point before ({ $normal })
watch-knx-new-group-writer = { $sender } wrote { $label }{ $value }; this source never wrote this group before ({ $normal })
watch-writer-observed = { $service }{ $value }{ $priority } from { $source }
watch-device-instance = device { $instance }
watch-device-spoofing-observed = I-Am device { $instance } from { $device }
# $known: the addresses the instance answers at (or the instances at the address), listed.
watch-device-spoofing-address = I-Am from { $device } claims device instance { $instance }, which answers at { $known }
watch-device-spoofing-address-normal = device { $instance } answers at { $known }
watch-device-spoofing-instance = { $device } announces device instance { $instance }, but it is device { $known }
watch-device-spoofing-instance-normal = { $device } is device { $known }
watch-network = network { $network }
# $others: the routers that serve the network, listed.
watch-router-spoofing-taken = { $router } claims to route to network { $network }, which { $others } serves
watch-router-spoofing-taken-normal = network { $network } is reached through { $others }
watch-router-spoofing-grown = router { $router } now also claims network { $network }
watch-router-spoofing-grown-normal = { $router } routed to networks { $networks } { $period }
watch-router-spoofing-new = { $router }, never seen as a router, claims network { $network }
watch-router-spoofing-no-routers = no router announced itself { $period }
watch-router-spoofing-known-routers = known routers: { $routers }
watch-router-spoofing-observed = I-Am-Router-To-Network { $networks } from { $router }
watch-knx-tunnel = tunnel
watch-knx-management-connection = management connection
watch-knx-gateway = KNXnet/IP gateway { $gateway }
# $kind: watch-knx-tunnel or watch-knx-management-connection.
watch-knx-tunnel-outside = { $client } opened a KNXnet/IP { $kind } to the gateway { $gateway } from outside its subnet
watch-knx-tunnel-outside-observed = CONNECT_REQUEST from { $client } (control endpoint { $control })
watch-knx-tunnel-outside-normal = clients on the gateway's own /24
watch-knx-new-tunnel-client = { $client } opened a KNXnet/IP { $kind } to { $gateway }; it never did { $period }
watch-knx-new-tunnel-client-observed = CONNECT_REQUEST from { $client }
# $clients: the tunnel clients seen while learning, listed, or watch-none.
watch-knx-new-tunnel-client-normal = tunnel clients { $period }: { $clients }
watch-none = none

## The knowledge rules (detector rule): title, why it matters, what to do

watch-rule-broadcast-source-title = Broadcast address used as a source
watch-rule-broadcast-source-why = No station sends from a broadcast, multicast or unspecified address (IP), nor from SNET 0xFFFF or an empty SADR (BACnet network layer): such packets are forged, typically to make devices answer everybody (amplification) or to hide the sender.
watch-rule-broadcast-source-action = Find the switch port the packets enter on (mirror port, MAC address table) and disconnect the sender; filter spoofed sources at the router (BCP 38).

watch-rule-device-spoofing-title = Device instance at a second address, or an address with a second instance
watch-rule-device-spoofing-why = A device instance is unique on a BACnet internetwork. An I-Am that puts a known instance at another address (or a second instance at a known address) either impersonates a device, so that reads and writes go to the attacker, or is a duplicate instance that breaks routing of requests.
watch-rule-device-spoofing-action = Compare the MAC address and vendor of both senders with the inventory; if one is not the installed device, disconnect it. If it is a replacement, relearn.

watch-rule-router-spoofing-title = Router claiming a network another router serves, or a new or changed router
watch-rule-router-spoofing-why = I-Am-Router-To-Network redirects all traffic for the networks it names. A second router for a network, a router never seen, or a router whose network list grows can divert every request to the attacker (man in the middle) or black-hole it.
watch-rule-router-spoofing-action = Check the router's address against the installed routers; if it is not one, disconnect it and restart the workstations' routing (they cache the path).

watch-rule-who-is-flood-title = Who-Is flood
watch-rule-who-is-flood-why = Every device answers a Who-Is. Many Who-Is in seconds load every controller and, with a forged source, reflect a flood of I-Am onto a victim (reflected DDoS).
watch-rule-who-is-flood-action = Find the sender (if the source is forged, the switch port it enters on); block it; rate-limit BACnet broadcasts at BBMDs and routers.

watch-rule-i-am-storm-title = I-Am storm
watch-rule-i-am-storm-why = Far more I-Am in seconds than the building ever sends: the echo of a Who-Is flood or a misbehaving device, either of which slows the whole network.
watch-rule-i-am-storm-action = Look for the Who-Is that caused it (who-is-flood alert) or the device that repeats itself; fix or disconnect it.

watch-rule-new-writer-title = Write from a source never seen writing that object
watch-rule-new-writer-why = Who writes which point is stable in a building: the operator workstation and the controllers' own peer writes. A WriteProperty from anybody else changes the building even when the value looks normal (Fauri et al.'s Tampering1).
watch-rule-new-writer-action = Ask whether the writer is a tool somebody installed. If not, restore the value and relinquish its priority, and restrict writes (BACnet firewall, passwords).

watch-rule-device-control-title = DeviceCommunicationControl or ReinitializeDevice
watch-rule-device-control-why = These silence a device (it stops answering and reporting) or restart it. Needed for maintenance, rare otherwise, and a classic denial of service.
watch-rule-device-control-action = Confirm with the integrator that maintenance is going on; if not, check the device answers again, change its password, and find the sender.

watch-rule-bbmd-table-change-title = Write-BDT or Delete-FDT-Entry
watch-rule-bbmd-table-change-why = Changing a BBMD's broadcast distribution table or deleting foreign devices reroutes or cuts the broadcasts of whole sites.
watch-rule-bbmd-table-change-action = Read the BDT of every BBMD back (bas-audit check) and compare it with the design; restrict BBMD management to the integrator's address.

watch-rule-new-foreign-device-title = Foreign-device registration from a new address
watch-rule-new-foreign-device-why = A registered foreign device receives every broadcast of the site and can send its own: the usual way in from outside.
watch-rule-new-foreign-device-action = Check who owns the address; if nobody should, refuse foreign registrations on the BBMD or limit them to known addresses.

watch-rule-new-host-title = A host never seen speaks BACnet or KNXnet/IP
watch-rule-new-host-why = A new laptop, tool or device on the building network: an intruder's first packets look like this (Fauri et al.'s Snooping and Spoofing start here).
watch-rule-new-host-action = Identify the host (switch port, MAC vendor, who plugged it in). If it belongs, relearn so it becomes part of the normal.

watch-rule-new-conversation-title = A known host sends requests to a host it never talked to
watch-rule-new-conversation-why = Who talks to whom is stable. A workstation suddenly sending its reads to another address is what a successful router or device spoofing looks like.
watch-rule-new-conversation-action = Check that the new partner is a real device of the building; look for device-spoofing or router-spoofing alerts just before.

watch-rule-knx-new-group-writer-title = KNX group address written by a new individual address
watch-rule-knx-new-group-writer-why = Which device (push button, presence detector, visualisation) writes which group address is fixed by the ETS project. A new writer switches lights, blinds or heating from outside the project.
watch-rule-knx-new-group-writer-action = Look up the individual address in the ETS project; if it is not there, find the tunnel or router it came through and close it (KNX Secure, firewall).

watch-rule-knx-write-burst-title = Burst of KNX group writes
watch-rule-knx-write-burst-why = Far more group writes in seconds than normal floods the line (KNX TP carries about 50 telegrams/s) and can toggle loads fast enough to damage them.
watch-rule-knx-write-burst-action = Find the sender and stop it; check loads that were switched.

watch-rule-knx-authorize-title = KNX A_Authorize_Request (key guessing when repeated)
watch-rule-knx-authorize-why = Authorize requests unlock device configuration; several in a row is somebody trying keys (KNXmap's brute force).
watch-rule-knx-authorize-action = Find the tunnel or router the requests came through and close it; set non-default keys on the devices.

watch-rule-knx-tunnel-outside-title = KNXnet/IP connection from outside the gateway's subnet
watch-rule-knx-tunnel-outside-why = Tunnels from another network (often the internet, through a port forward) give full bus access without KNX Secure.
watch-rule-knx-tunnel-outside-action = Remove the port forward or firewall rule for UDP/TCP 3671; use a VPN and KNX IP Secure for remote access.

watch-rule-knx-new-tunnel-client-title = KNXnet/IP connection from a client never seen
watch-rule-knx-new-tunnel-client-why = A new ETS, visualisation or attacker opened a tunnel.
watch-rule-knx-new-tunnel-client-action = Identify the client; if it should not have bus access, require KNX Secure tunnelling or restrict the gateway to known clients.

watch-rule-knx-device-management-title = KNX device management from a source never seen doing it
watch-rule-knx-device-management-why = Memory, property, key or individual-address writes and restarts reprogram devices; outside commissioning only ETS should send them.
watch-rule-knx-device-management-action = Confirm commissioning is going on; otherwise find the sender, and download the ETS project to the affected devices again.

## KNX group values (detectors value-range and value-implausible)

# A KNX group with its name from the ETS project: $name (the project's text), $group (3/1/1).
watch-group-named = { $name } ({ $group })
# $dpt: the datapoint type with its title (9.001 temperature).
watch-knx-type-ets = { $dpt }, from the ETS project
watch-knx-type-inferred = { $dpt }, a type inferred from traffic
watch-knx-inferred-note = ; its type { $dpt } is inferred from traffic, not taken from an ETS project
# $min, $max: the learned range with units; $class: watch-class-*; $tolerance: percent.
watch-knx-normal-range = { $min }–{ $max } ({ $class }, ±{ $tolerance } %)
watch-knx-never-learned = never seen { $period }
# $value: the value with its unit (84.96 °C, on); $normal: watch-knx-normal-range, a list of values or watch-knx-never-learned; $note: watch-knx-inferred-note or nothing; $who: watch-value-writer-*.
watch-knx-reported = { $label } reported { $value } from { $sender }; normal { $normal }{ $note }
watch-knx-written = { $label } written to { $value } by { $sender }; normal { $normal }; { $who }{ $note }
# $why: one of watch-knx-why-*.
watch-knx-implausible-reported = { $label } reported { $value } from { $sender }, { $why }; normal { $normal }{ $note }
watch-knx-implausible-written = { $label } written to { $value } by { $sender }, { $why }; normal { $normal }{ $note }
# $low, $high: the range the value left, with units.
watch-knx-why-room = which a room does not reach ({ $low } to { $high })
watch-knx-why-setpoint = which no room is set to ({ $low } to { $high })
watch-knx-why-outdoor = which outdoor air does not reach ({ $low } to { $high })
watch-knx-why-water = which heating or hot water does not reach ({ $low } to { $high })
watch-knx-why-physics = which no sensor can measure ({ $low } to { $high })
watch-knx-why-specification = outside what datapoint type { $dpt } defines ({ $low } to { $high })
# $learned: watch-knx-normal-range or watch-knx-never-learned; $datatype: watch-knx-type-*.
watch-knx-implausible-normal = a value { $why }; learned { $learned }; type { $datatype }
watch-knx-range-normal = { $min }–{ $max } from { $samples } values { $period }; accepted { $low } to { $high } ({ $class } tolerance ±{ $tolerance } %); type { $datatype }
watch-knx-observed-written = wrote { $value } in { $service } from { $source }
watch-knx-observed-reported = reported { $value } in { $service } from { $source }
watch-knx-value-reported-action = Check the device and recent commands: a value outside its learned range means a fault, a manual override, an unusual season, or the effect of a command. If the new range is right, relearn or widen this group's tolerance in the model.
watch-knx-value-written-action = Ask whoever uses { $sender } (a visualisation, a push button, a controller) whether this value was meant. If not, set it back, find out who used { $sender }, and restrict access to the bus (KNX Secure, firewall rules for UDP 3671).
watch-knx-implausible-action = A working device does not send this value: the device { $sender } is broken, or someone sends telegrams in its name. Check the device on site; if it works, find the tunnel or router the telegrams came through and close it (KNX Secure, firewall rules for UDP 3671).
watch-knx-implausible-command-action = Set the value back to normal now (what this group controls may be driven far from normal), then find out who sent it through { $source }; if it was not an operator, close that access (KNX Secure tunnelling, firewall rules for UDP 3671, the visualisation's password).
# $last, $value: two consecutive meter readings with units; $step: the largest step learned.
watch-knx-counter-back = { $label } went back from { $last } to { $value } (from { $sender }): a meter only counts up{ $note }
watch-knx-counter-jump = { $label } jumped from { $last } to { $value } (from { $sender }), more than 5 times its largest step while learning ({ $step }){ $note }
watch-knx-counter-normal = a meter counting up by at most { $step } between readings { $period }; type { $datatype }
watch-knx-counter-action = Check the meter: a reset or a jump means a replaced or faulty meter, or readings sent in its name. If the meter was replaced, relearn.
watch-knx-undefined = { $label } carried { $value } from { $sender }, which datapoint type { $dpt } does not define (reserved bits or an undefined code){ $note }
# $size: watch-knx-size-bits or watch-knx-size-octets.
watch-knx-mismatch = { $label } carried { $size } from { $sender }, which does not fit its datapoint type { $dpt }{ $note }
watch-knx-size-bits = a value of at most 6 bits
watch-knx-size-octets = { $octets ->
        [one] 1 octet
       *[other] { $octets } octets
    }
watch-knx-type-normal = type { $datatype }
watch-knx-mismatch-action = The sender is not the device the project names for this group, or the project is wrong. Look up { $sender } in the ETS project; if it should not send to this group, find the tunnel or router the telegram came through and close it (KNX Secure, firewall rules for UDP 3671).

## Folding

# $summary: the alert; $shown: the value the earlier alert showed; $at: its time (UTC).
watch-escalated = { $summary }; further out than { $shown }, shown at { $at }
# $count: values folded into the alert; $lowest, $highest: their range; $until: the last one's time.
watch-folded-values = and { $count } more { $count ->
        [one] value
       *[other] values
    } from { $lowest } to { $highest } until { $until }

## The command line (bas-audit watch learn|detect)

watch-cli-no-source = give --pcap FILE or --live SECONDS
# The progress line on a terminal, rewritten in place.
watch-cli-progress = { $messages } messages, { $points } points, { $sources } sources, { $alerts } alerts
watch-cli-alert = ALERT { $summary }
# $error: what the JSON encoder said.
watch-cli-json-error = cannot encode the report as JSON: { $error }
# After "Learned ..." and "Model ...": the ETS table the model was learned with. $format: one of watch-cli-ets-*.
watch-cli-ets = ETS       { $file } ({ $format }): { $groups } group addresses, { $typed } with a datapoint type
watch-cli-ets-warnings = ; { $warnings } lines skipped or imported without a type (see the model's knx_project.warnings)
watch-cli-ets-csv-one = ETS CSV export, one name column
watch-cli-ets-csv-three = ETS CSV export, three name columns
watch-cli-ets-xml = ETS XML export
watch-cli-ets-knxproj = ETS project
watch-cli-ets-inferred = inferred from traffic
# The name of an audit session the watch creates; $date: local date and time.
watch-cli-session-name = Learning watch { $date }
# Where a session's model came from ($source: the capture file, or watch-cli-live-source).
watch-cli-learned-from = learned from { $source }
watch-cli-loaded-from = loaded from { $model }
watch-cli-live-source = live traffic ({ $seconds } s)

## What `watch learn` prints about the model

# After the network line: the KNX groups learned. $ets: with types from the ETS project ($file); $inferred: with types inferred from traffic.
watch-summary-knx = KNX       { $groups } groups: { $ets ->
        [0] {""}
       *[other] { $ets } typed from the ETS project { $file }{ $inferred ->
            [0] {""}
           *[other] {", "}
        }
    }{ $inferred ->
        [0] {""}
       *[other] { $inferred } with types inferred from traffic (give --ets to name and type them)
    }
# After a written KNX point whose type was inferred.
watch-summary-inferred = {" "}(type inferred)

## Importing an ETS export (audit-core/src/knx_project): why a file was refused. $file: the
## file's name; $problem: one of the watch-ets-import-* sentences below; $error: what the reader
## or the system said (left in its words); $header, $root, $element, $member: from the file.

watch-ets-import-error = { $file }: { $problem }
watch-ets-import-error-line = { $file }, line { $line }: { $problem }
watch-ets-import-error-element = { $file }, line { $line }, <{ $element }>: { $problem }
watch-ets-import-error-member = { $file }, { $member }: { $problem }
watch-ets-import-io = cannot read the file ({ $error })
watch-ets-import-empty = the file is empty
watch-ets-import-too-large = the file is larger than { $mb } MB, more than any group-address export; is it the right file?
watch-ets-import-encoding = the text cannot be read ({ $error })
watch-ets-import-not-an-export = not an ETS group-address export: the first line has no "Address" column (it has: { $header }). Export the group addresses from ETS as CSV or XML.
watch-ets-import-xml = the XML cannot be read ({ $error })
watch-ets-import-unknown-xml = an XML file, but not an ETS group-address export (it starts with <{ $root }>, not <GroupAddress-Export>)
watch-ets-import-no-groups = the file holds no group address
watch-ets-import-protected = the project is password-protected, which this tool does not open. In ETS, export the group addresses (Group Addresses panel, Export, CSV or XML) and import that file instead.
watch-ets-import-not-a-project = a ZIP archive, but not an ETS project (no P-xxxx/0.xml in it)
watch-ets-import-zip = the project archive cannot be read ({ $error })
watch-ets-import-section-too-large = the project's group-address section is too large; export the group addresses from ETS instead

## Detectors, as the text output and the app name them (the JSON keeps the codes value-range,
## value-implausible, message-rate, rule). $rule: a knowledge rule's id (new-writer), a code.

watch-detector-value-range = value range
watch-detector-value-implausible = implausible value
watch-detector-message-rate = message rate
watch-detector-rule = rule
watch-detector-rule-named = rule { $rule }
