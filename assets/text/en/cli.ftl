# The command line's plain text (audit-core/src/report/text.rs and app/src/cli/). JSON output is
# never translated. Labels (cli-label-*) start a line and are padded into a column by the code:
# keep them short (one word); a label longer than 9 characters widens its whole block.
# Counts are numbers; addresses look like 198.18.1.66:47808.

## Labels of the line blocks

cli-label-verdict = Verdict
cli-label-findings = Findings
cli-label-exposure = Exposure
cli-label-proof = Proof
cli-label-do = Do
cli-label-target = Target
cli-label-seen = Seen
cli-label-fix = Fix
cli-label-capture = Capture
cli-label-packets = Packets
cli-label-time = Time
cli-label-other = Other
cli-label-learned = Learned
cli-label-model = Model
cli-label-points = Points
cli-label-rates = Rates
cli-label-network = Network
cli-label-checked = Checked
cli-label-scope = Scope
cli-label-sending = Sending
cli-label-warning = Warning
cli-label-router = Router
cli-label-internet = Internet
cli-label-normal = Normal:
cli-label-to-do = To do:

## check

cli-findings-none = none
# $items: what the audit checked (or did not), joined by "; ".
cli-checked = Checked: { $items }
cli-not-checked = Not checked: { $items }
cli-ask-installer = Ask the installer
# $seconds: a decimal such as 4.2.
cli-check-totals = { $devices } BACnet { $devices ->
        [one] device
       *[other] devices
    }, { $gateways } KNXnet/IP { $gateways ->
        [one] gateway
       *[other] gateways
    }; { $sent } { $sent ->
        [one] packet
       *[other] packets
    } sent in { $seconds } s
# Added after a total; $reason: cli-stop-reason.
cli-stopped = ; stopped: { $reason }
# Why a job ended early ($reason is a code).
cli-stop-reason = { $reason ->
        [cancelled] cancelled
        [time-budget-exhausted] the time limit ran out
        [error-budget-exhausted] too many errors
       *[other] { $reason }
    }

## Words built into other messages (checks, discovery, diagnosis)

# $which in the exposure-*-port-control messages when the router has both.
exposure-which-nat-pmp-and-pcp = NAT-PMP and PCP
# $skipped in trust-limit-summary, trust-time-budget-summary and cli-trust-limit: what a limit left undone.
limit-skipped-instances = { $count } device { $count ->
        [one] instance
       *[other] instances
    } not interrogated
limit-skipped-networks = { $count } { $count ->
        [one] network
       *[other] networks
    } not scanned
limit-skipped-routers = { $count } router { $count ->
        [one] announcement
       *[other] announcements
    } not used
limit-skipped-answers = { $count } { $count ->
        [one] answer
       *[other] answers
    } not used
limit-skipped-gateways = { $count } answering { $count ->
        [one] address
       *[other] addresses
    } not listed or described
limit-skipped-datagrams = { $count } { $count ->
        [one] datagram
       *[other] datagrams
    } dropped unread
# $seconds: whole seconds; $sent, $estimate: packet counts.
limit-skipped-time = stopped after { $seconds } s with { $sent } of about { $estimate } packets sent
limit-skipped-stages-unfinished = the router probes or the write test did not finish
limit-skipped-stages-not-run = the router probes and the write test were not run

## discover

cli-bacnet-devices = BACnet/IP devices: { $count }
cli-bacnet-routers = BACnet routers: { $count }
cli-bbmds = BBMDs: { $count }
cli-knx-gateways = KNXnet/IP gateways: { $count }
# A BACnet device's network: $network is a number, $mac its MAC on that network.
cli-device-routed = { $network } (routed, MAC { $mac })
# The short column words before the network and firmware of a device line.
cli-device-net = net
cli-device-fw = fw
cli-device-vendor-unknown = vendor ?
cli-device-objects = { $count } { $count ->
        [one] object
       *[other] objects
    }
cli-device-objects-commandable = { $count } { $count ->
        [one] object
       *[other] objects
    }, { $commandable } commandable
cli-device-objects-unknown = objects unknown
cli-device-sc-port = BACnet/SC port
cli-device-bbmd = BBMD
cli-device-bbmd-fd = BBMD accepting foreign devices
# $method: a BACnet service name such as read-property.
cli-device-read-with = read with { $method }
# $networks: network numbers joined by ", ".
cli-router-networks = to network(s) { $networks }
cli-router-local = (local network { $network })
cli-fdt-empty = FDT empty
# $entries: "address (ttl N s)" joined by ", ".
cli-fdt = FDT { $entries }
cli-fdt-entry = { $address } (ttl { $ttl } s)
cli-fdt-unreadable = FDT not readable
cli-duplicate-instance = ! device instance { $instance } answers from several addresses: { $addresses }
cli-shared-address = ! address { $address } answers as several device instances: { $instances }
cli-tunnel-slots = tunnel slots { $free } free of { $total }
# $version: the KNXnet/IP core version, or "?"; $serial: the gateway's serial number.
cli-gateway-core = Core v{ $version } serial { $serial }
cli-gateway-claimed-endpoint = ! its answers name { $address } as its address (not believed, not contacted)
cli-gateway-disagree = ! answers disagree: { $what }
cli-secure-not-supported = KNX IP Secure not supported
# $tunnelling, $routing, $management: cli-secure-state each.
cli-secure-supported = KNX IP Secure supported: { $tunnelling }, { $routing }, { $management }
# $service: cli-service-*; $state: secured, not-secured or unknown.
cli-secure-state = { $service } { $state ->
        [secured] secured
        [not-secured] NOT secured
       *[unknown] unknown
    }
cli-service-tunnelling = tunnelling
cli-service-routing = routing
cli-service-management = device management
# $message: a note from the job.
cli-note = Note: { $message }
cli-discovery-totals = { $sent } { $sent ->
        [one] packet
       *[other] packets
    } sent ({ $estimated } estimated), { $received } received, in { $seconds } s
# Under a diagnosis item's title.
cli-diagnosis-seen = Seen: { $evidence }

## What was not believed (docs/TRUST.md)

cli-trust-heading = Not believed or not done (see docs/TRUST.md):
# $peer: "address: " or nothing; $skipped: what was not done, in words.
cli-trust-limit = ! limit { $limit }: { $peer }claimed { $claimed }, at most { $allowed }; { $skipped }
cli-trust-believed = believed (a BBMD we found vouches for it)
# $reason: a code such as outside-scope.
cli-trust-not-believed = not believed: { $reason }
# $what: what the answer claimed; $names: the address it named; $kind: a code; $verdict: cli-trust-believed or cli-trust-not-believed.
cli-trust-claim = ! { $from } claims { $what } at { $names } ({ $kind }, ×{ $count }): { $verdict }
cli-trust-claims-secure = (claims KNX IP Secure)
# Which identity two gateways share ($field is a code: mac or serial), inside trust-identity-summary and cli-trust-identity.
cli-identity-field = { $field ->
        [mac] MAC address
        [serial] serial number
       *[other] { $field }
    }
# $field: trust-field-*; $value: the claimed value; $claimants: addresses joined by ", ".
cli-trust-identity = ! two devices claim { $field } { $value }: { $claimants }
# $protocol: BACnet or KNXnet/IP; $reason: why it did not decode (a code).
cli-trust-malformed = ! { $source } sent { $count } { $protocol } { $count ->
        [one] answer
       *[other] answers
    } with { $reason } { $listed ->
        [yes] (still listed, flagged)
       *[no] (not listed)
    }
cli-trust-refused = ! not sent to { $destination } ({ $reason }, ×{ $count })
cli-trust-more-rows = ({ $count } more rows not listed)

## analyze

cli-capture = { $file } ({ $format }, { $bytes } bytes read)
# $first, $last: times; $seconds: a decimal.
cli-capture-time = { $first } to { $last } ({ $seconds } s)
cli-capture-no-time = (no timestamps)
cli-capture-cancelled = Cancelled: the counts cover only what was read.
# After the protocol name (BACnet, KNXnet/IP).
cli-capture-messages = { $messages } { $messages ->
        [one] message
       *[other] messages
    }, { $malformed } malformed
cli-capture-other = { $other } other { $other ->
        [one] packet
       *[other] packets
    }, { $fragments } IP fragments (not reassembled), { $cut } cut by snapshot length, { $unreadable } unreadable
cli-capture-devices = Devices ({ $count })
cli-capture-gateways = Gateways ({ $count })
cli-capture-more-devices = ({ $count } further I-Ams from devices beyond the listing limit)
cli-capture-more-gateways = ({ $count } further responses from gateways beyond the listing limit)
# Table column headers: short.
cli-col-service = service
cli-col-malformed = malformed, by reason
cli-col-unreadable = unreadable, by reason
cli-col-count = count
cli-col-instance = instance
cli-col-address = address
cli-col-network = network
cli-col-vendor = vendor
cli-col-max-apdu = max APDU
cli-col-segmentation = segmentation
cli-col-i-ams = I-Ams
cli-col-first-seen = first seen
cli-col-last-seen = last seen
cli-col-name = name
cli-col-individual = individual
cli-col-mac = MAC
cli-col-serial = serial
cli-col-services = services
cli-col-secure = secure

## watch

# $source: a file or "live capture ..."; $span: cli-watch-span or nothing.
cli-watch-stats = { $messages } { $messages ->
        [one] message
       *[other] messages
    } ({ $malformed } malformed) in { $packets } { $packets ->
        [one] packet
       *[other] packets
    } from { $source }{ $span }
# $duration: such as 12 min.
cli-watch-span = , { $first } to { $last } ({ $duration })
cli-watch-points = { $points } (values of device objects and KNX groups; { $written } written)
# $interval: seconds; $metric: minmax, mean or mad.
cli-watch-rates = { $pairs } source/service pairs, interval { $interval } s, metric { $metric }
cli-watch-network = { $hosts } hosts, { $conversations } conversations, { $devices } devices, { $routers } routers
cli-watch-written = Written points (who may write what):
cli-watch-group = group { $group }
cli-watch-values = values { $values }
cli-watch-writes = ({ $count } { $count ->
        [one] write
       *[other] writes
    } by { $writers })
# $limits: the caps reached, as the program names them.
cli-watch-capped = Note: some keys were not learned because a memory cap was reached: { $limits }
cli-watch-no-alerts = No alerts: the traffic matches the learned model.
cli-watch-alerts = { $count } { $count ->
        [one] alert
       *[other] alerts
    }:
cli-watch-repeated = (×{ $count }, until { $last })
cli-watch-suppressed = { $count } more { $count ->
        [one] alert was
       *[other] alerts were
    } counted but not kept (cap reached).

## The homeowner's self-check, copied for the installer

cli-installer-heading = Home automation self-check (BAS Audit): { $light } — { $headline }
cli-installer-please = Please:
cli-installer-look-at = Please look at this: { $title }
cli-installer-found = What the check found:

## The terminal (app/src/cli)

# $signal: SIGINT, SIGTERM or SIGHUP.
cli-interrupted = { $signal }: stopping; what was gathered is printed and saved (again to quit at once)
cli-analysing = analysing: { $percent }%  ({ $packets } packets)
cli-no-signals = warning: Ctrl-C and SIGTERM will end the analysis at once ({ $error })
cli-json-error = cannot encode the result as JSON: { $error }
cli-demo-started = Demo building: simulators started on loopback
# $discovery, $device, $gateway: packet counts; $rate: packets per second.
cli-sending = { $discovery } packets before any answer, about { $device } more per BACnet device and { $gateway } per KNX gateway found; at most { $rate } packets/s
cli-time-budget = at most { $seconds } s (--time-budget); devices that claim more than a building has are read up to a limit and named
cli-global-broadcast = --global-broadcast: every BACnet device on every network will answer
cli-router-not-asked = not asked (--no-router)
# $router: an address or cli-router-default-gateway.
cli-router-ask = ask { $router } which ports it forwards (UPnP IGD, NAT-PMP, PCP){ $hairpin ->
        [yes] , then try its public address from inside
       *[no] {""}
    }
cli-router-default-gateway = the default gateway
cli-internet-lookup = look up the public address at { $url } (you allowed it with --internet-lookup)
cli-write-test-allowed = write test allowed: on every BACnet device found, read its Description (or Location), write the very same value back, and read it again. Never a commandable property, never a new value; it stops if a value ever differs.
cli-demo-router-needs-demo = --demo-router needs --demo
cli-demo-router-kind = --demo-router must be public, cgnat or none
cli-check-session-bad = --session: { $error }; nothing was sent (choose another file, or move this one away)
cli-discover-session-bad = --session: { $error }; it is not an earlier discovery result either, so nothing was sent (choose another file)
cli-cannot-run-check = cannot run the check: { $error }
cli-cannot-run-discovery = cannot run discovery: { $error }
cli-saved-instead = cannot write { $file }: { $error }; the result was saved to { $other } instead
cli-audit-saved-instead = cannot write { $file }: { $error }; the audit was saved to { $other } instead
cli-not-saved = cannot write { $file }: { $error }; nor a copy beside it ({ $error2 }); the result above is all there is
# The name of a new audit session: $scope is what was checked, $date a date and time.
cli-check-session-name = Check of { $scope } { $date }
# --verbose lines on stderr.
cli-sent-packet = sent { $seconds }s  { $destination } { $protocol } { $service } { $bytes } bytes
cli-estimate = - estimate: about { $estimated } packets ({ $sent } sent)
cli-mark-warning = warning
cli-mark-note = note
