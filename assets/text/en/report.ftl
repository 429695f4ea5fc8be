# The hand-over report (audit-core/src/report/): PDF, HTML and the words in the JSON, CSV and
# EDE exports. Rendered in the REPORT's language (`bas-audit report --lang`), which may differ
# from the UI's. Readers are building owners as well as installers: plain words; the technical
# terms used are explained in the glossary messages at the end.


## Title, metadata and cover

report-title = Building automation security audit
report-title-owner = Building automation security audit: summary for the owner
report-subject = Security audit of the BACnet/IP and KNXnet/IP building automation network
# Keywords of the PDF and HTML metadata, separated by ", ".
report-keywords = BACnet, KNX, building automation, security audit
report-confidential = Confidential. This report describes weaknesses of the building's network. Share it only with the people who maintain the building.
report-redacted-note = Redacted copy: public internet addresses, MAC addresses, serial numbers, the site's name and address, people's names and any key or password are replaced by placeholders (public addresses by documentation addresses such as 198.51.100.1). The same value has the same placeholder everywhere in this export.
report-cover-site = Site
report-cover-address = Address
report-cover-owner = Prepared for
report-cover-auditor = Auditor
report-cover-company = Company
report-cover-date = Date of the audit
report-cover-tool = Tool
report-cover-audit-id = Audit id
report-cover-kind = Kind of audit
report-not-checked-yet = no check has been run

## Running header and footer

report-page = Page
report-page-of = of
report-contents = Contents

## Section titles, in report order

report-section-how-to-read = How to read this report
report-section-summary = Summary for the owner
report-section-chart = Findings by severity
report-section-changes = Changes since the last visit
report-section-findings = Findings
report-section-roadmap = Roadmap
report-section-inventory = Inventory
report-section-watch = Learning watch
report-section-method = Method and scope
report-section-glossary = Glossary
report-section-signoff = Sign-off
report-section-appendix = Appendix: raw evidence
report-section-long-values = Appendix: long values in full

## Owner summary

report-summary-top-actions = The three most important actions
report-summary-no-actions = Nothing needs to be done now. Keep the router's remote-access settings as they are and have the audit repeated after changes to the network.
report-summary-not-checked = What was not checked, and why
report-summary-everything-checked = Everything this audit covers was checked.
report-summary-checked = What was checked
report-action-what = What to do
report-action-who = Who
report-action-when = When
report-who-installer = Your installer; you pass on the request
report-who-installer-short = Installer

## Severity chart

report-chart-caption = Number of findings per severity
report-col-severity = Severity
report-col-count = Findings
report-col-meaning = Meaning
report-total = Total

## Changes since the last visit

report-changes-new = New findings
report-changes-fixed = Fixed since the last visit
report-changes-still-open = Still open
report-changes-severity = Severity changed
report-changes-devices-added = Devices added
report-changes-devices-removed = Devices no longer found
report-changes-firmware = Firmware changed
report-changes-exposure = Internet exposure
report-changes-no-device-changes = The same devices and gateways were found, with the same firmware.
report-changes-no-exposure-changes = The router's forwards and public address are the same as at the last visit.
report-col-was = Before
report-col-now = Now
report-col-finding = Finding

## Findings

report-findings-none = No findings: nothing this audit checks for was found.
report-finding-target = Target
report-finding-targets = Affected
report-finding-seen = What was seen
report-finding-evidence = Key evidence
report-finding-why = Why it matters
report-finding-installer = Steps for the installer
report-finding-owner = What the owner can do
report-finding-verify = How to verify the fix
report-finding-status = Status
report-finding-check = Check
report-finding-fingerprint = Fingerprint
report-finding-severity = Severity

## Values in facts and tables

report-yes = yes
report-no = no
report-unknown = unknown
report-none = none

## Roadmap

report-roadmap-intro = The work in the order it should be done. Each line names a finding of this report (its number in brackets) and who does it.
report-roadmap-now = Now (today)
report-roadmap-month = This month
report-roadmap-next = At the next visit
report-roadmap-empty = Nothing.
report-roadmap-recheck = Run this audit again after the changes and compare it with this one.

## Inventory (table captions and column heads)

report-inventory-bacnet = BACnet devices
report-inventory-routers = BACnet routers
report-inventory-bbmds = BACnet broadcast management devices (BBMDs)
report-inventory-knx = KNX gateways
report-inventory-router = Internet router and exposure
report-inventory-none-bacnet = No BACnet device answered.
report-inventory-none-routers = No BACnet router answered.
report-inventory-none-bbmds = No BBMD answered.
report-inventory-none-knx = No KNX gateway answered.
report-inventory-no-router = The router was not asked in this audit.
report-inventory-no-mappings = The router lists no port forwards.
report-inventory-mappings = Port forwards the router lists
report-inventory-hairpin = Test knocks on the public address from inside
report-col-instance = Instance
report-col-address = Address
report-col-network = Network
report-col-vendor = Vendor
report-col-model = Model
report-col-firmware = Firmware
report-col-objects = Objects
report-col-flags = Flags
report-col-name = Name
report-col-networks = Networks reached
report-col-local-net = Own network
report-col-bdt = Broadcast table (BDT)
report-col-fdt = Foreign devices (FDT)
report-col-ia = Individual address
report-col-mac = MAC
report-col-serial = Serial
report-col-secure = KNX IP Secure
report-col-tunnels = Tunnel slots
report-col-protocol = Protocol
report-col-external = Public port
report-col-internal = Goes to
report-col-enabled = Active
report-col-description = Description
report-col-outcome = Outcome
report-col-target = Target
report-router-address = Router
report-router-public = Public (internet) address
report-router-upnp = UPnP port-forward list
report-router-natpmp = NAT-PMP
report-router-pcp = PCP
report-router-internetdb = Public exposure index (Shodan InternetDB)
report-router-model = Router model
report-answered = answered
report-not-available = not available
report-not-asked = not asked
report-full-list = complete
report-partial-list = incomplete
report-routed = routed
report-local = local
report-none-listed = none listed
report-fdt-refused = refused

## Learning watch

report-watch-none = No learning watch was run in this audit. The learning watch listens to the building's own traffic for a while, learns what is normal (value ranges, message rates, who writes to what) and then raises an alert for anything unusual: for example a new source changing set-points, or a device that is told to stop communicating.
report-watch-source = Learned from
report-watch-period = Period
report-watch-messages = Messages learned from
report-watch-learned = What was learned
report-watch-alerts = Alerts
report-watch-no-alerts = No alert was raised: the traffic checked matched what was learned.
report-watch-not-detected = The learned model has not been used to check traffic yet, so there are no alerts.
report-col-time = Time
report-col-what-seen = What was seen
report-col-from = From
report-col-normal = Against which normal
report-col-todo = What to do
report-col-times = Times

## Method and scope

report-method-intro = The audit was done with BAS Audit from a computer on the building's network. Discovery only asks devices who they are and reads their descriptions; it never changes a setting. Every packet was counted and the rate was capped, so that even small controllers are not disturbed.
report-method-where = Where the audit ran
report-method-sent = What was sent
report-method-consent = Consents and opt-ins
report-method-write-test = Write test
report-method-limits = Limits of this audit
report-method-notes = Auditor's notes
report-method-no-discovery = No discovery was run in this audit.
report-method-interface = Network interface
report-method-local-address = Own address
report-method-scope = Scope
report-method-targets = Devices asked directly
report-method-started = Started
report-method-duration = Duration of discovery
report-method-rate = Rate cap
report-method-packets-sent = Packets sent
report-method-received = Packets received
report-method-malformed = Malformed answers received
report-method-router-packets = Packets sent to the router
report-method-stopped = Stopped early
report-col-service = Service
report-col-packets = Packets
report-consent-write-test = Write test (write back the value just read)
report-consent-internet = Look-up of the public address in an internet index
report-consent-foreign = Short registration as a BACnet foreign device
report-consent-broadcast = Global BACnet broadcast
report-consent-nat = KNX description request across NAT
report-given = allowed
report-not-given-consent = not allowed (not done)
report-write-test-not-run = The write test was not run: nothing was written to any device. Writability is judged from what the devices say they support.
report-col-device = Device
report-col-property = Property
report-col-before = Value before
report-col-after = Value after

## Sign-off block

report-signoff-intro = The installer hands this report over; the owner confirms having received it and agrees the actions in the roadmap.
report-signoff-installer = Installer
report-signoff-owner = Owner
report-signoff-name = Name
report-signoff-company = Company
report-signoff-date = Date
report-signoff-signature = Signature

## Appendices

report-appendix-intro = For specialists: the facts behind every finding and, where a packet proves it, the raw bytes as received (hexadecimal, 16 bytes per line, offset first).
report-appendix-no-raw = No raw packet for these findings: the facts above are what the check judged.
report-long-values-intro = Values too long for a table or a sentence are shortened there and marked with a reference such as [L1]; here they are in full.

## Words with values (built by audit-core/src/report/texts.rs)

# $version: the BAS Audit version, e.g. 0.1.0.
report-tool-version = BAS Audit { $version }
report-kind-installer = Installer audit
report-kind-homeowner = Homeowner self-check
report-audience-owner = summary for the owner
report-audience-full = full report
# A kind of audit and the audience, e.g. "Installer audit, full report".
report-kind-and-audience = { $kind }, { $audience }

report-how-to-read-1 = This report is the result of a security audit of the building's automation network: the BACnet controllers and KNX gateways that run heating, ventilation, lighting and blinds. It says what was found, how serious each finding is, and exactly what to do about it.
report-how-to-read-2 = Start with the summary for the owner on the next page: a traffic light, what it means, and the three most important actions with who does each. The chart after it counts the findings by severity.
report-how-to-read-3 = Each finding then says what was seen, why it matters, the steps for the installer, what the owner can do, and how to check that the fix worked. Critical means reachable from the internet or changeable by anyone now: act today. High and medium should be fixed this month; low at the next visit; info is a fact worth knowing.
report-how-to-read-4 = The roadmap puts the work in order. The inventory lists every device found; the method section says what was sent on the network, what was allowed and what was not checked. Words in the glossary are explained at the end. The raw bytes behind each finding are in the appendix, for specialists.

report-severity-critical = Critical
report-severity-high = High
report-severity-medium = Medium
report-severity-low = Low
report-severity-info = Info
report-severity-critical-meaning = act today
report-severity-high-meaning = fix this month
report-severity-medium-meaning = fix this month
report-severity-low-meaning = at the next visit
report-severity-info-meaning = for information

# The traffic light as one word, in capitals where the language writes signal words so.
report-light-red = RED
report-light-amber = AMBER
report-light-green = GREEN
report-light-red-meaning = Act now
report-light-amber-meaning = Something to fix, or not everything could be checked
report-light-green-meaning = Nothing urgent found

# $total: number of findings; $groups: number of different causes (shown only when it differs).
report-summary-counts = { $total ->
        [0] The audit raised no findings.
        [one] The audit raised one finding.
       *[other] The audit raised { $total } findings.
    }
report-summary-counts-causes = The audit raised { $total } findings, from { $groups } different causes.
report-when-today = Today
report-when-month = This month
report-when-next-visit = At the next visit

# The chart's accessible label: "Number of findings per severity: Critical 1, High 2, ...".
# $counts: the parts, each a report-chart-count, joined by commas.
report-chart-label = { report-chart-caption }: { $counts }
report-chart-count = { $severity } { $count }

# $name: the earlier audit's name; $date: its date and time.
report-changes-intro = Compared with the audit “{ $name }” of { $date }. Findings are matched by their fingerprint: the check and the device or address it is about.
report-changes-external-ip = The router's public address changed from { $from } to { $to }.
# $from, $to: report-light-* words.
report-changes-light = The traffic light went from { $from } to { $to }.
# $forward: e.g. "UDP 3671 → 198.18.1.10:3671".
report-changes-forward-added = New forward on the router: { $forward }.
report-changes-forward-removed = Forward no longer on the router: { $forward }.
report-changes-router-now-checked = The router could be checked this time (it could not last time).
report-changes-router-not-checked = The router could not be checked this time (it could last time).

report-status-new = New since the last visit
report-status-still-open = Still open since the last visit
# $previous: the earlier severity, a report-severity-* word.
report-status-severity-changed = Open since the last visit; severity was { $previous }
report-status-open = Open since the last visit
report-status-first-audit = First audit: no earlier visit to compare

# A finding's number in this report ("F1"); also used in the roadmap and the appendix.
report-finding-number = F{ $number }
report-finding-affected-count = { $count ->
        [one] One place has this cause; it is listed below.
       *[other] { $count } places share this cause; each is listed below.
    }
# $refs: appendix references, e.g. "A1, A2".
report-finding-raw-in-appendix = Raw evidence: appendix { $refs }.
report-finding-more-facts = { $count ->
        [one] One more fact in the appendix.
       *[other] { $count } more facts in the appendix.
    }

report-finding-more-facts-json = { $count ->
        [one] one more fact in the JSON export
       *[other] { $count } more facts in the JSON export
    }

# $what: something the audit could not check (a sentence of the verdict).
report-roadmap-not-checked = Check what this audit could not: { $what }.

# A foreign device registered at a BBMD. $seconds: its time to live.
report-fdt-entry = { $address } (registered for { $seconds } s)
report-secure-not-supported = not supported
# $tunnelling, $routing: report-secure-required, report-secure-not-required or report-unknown.
report-secure-supported = supported; tunnelling { $tunnelling }, routing { $routing }
report-secure-required = required
report-secure-not-required = not required
report-tunnels-none = none reported
report-tunnels = { $total } ({ $free } free)
# $ports: the open ports the index lists, e.g. "80, 3671".
report-internetdb-listed = listed, open ports: { $ports }
report-internetdb-not-listed = not listed
# The router's UPnP list: "answered, 2 (complete)". $complete: report-full-list or report-partial-list.
report-upnp-answered = { report-answered }, { $count } ({ $complete })

report-watch-learned-counts = { $points } value ranges of data points, { $rates } message rates, { $hosts } hosts that talk, { $devices } BACnet devices and { $management } kinds of management command.
# $first, $last: date and time; $hours: the length, already formatted (e.g. 1.5).
report-watch-period-words = { $first } to { $last } ({ $hours } hours)

report-rate-cap = { $pps } packets per second
# $seconds: already formatted (e.g. 2.4).
report-seconds = { $seconds } s

report-write-accepted = accepted: anyone may write (same value written back, unchanged)
report-write-refused = refused: the device protects the property
report-write-differs = stopped: the value was different when read back
report-write-no-answer = no answer
report-write-not-tried = not tried
report-write-other = other (see the evidence)

report-limit-protocols = Only BACnet/IP (UDP 47808) and KNXnet/IP (UDP 3671) were examined; other building protocols (Modbus, LON, proprietary web interfaces) were not.
report-limit-silent = Devices that did not answer discovery (switched off, on another network, behind a firewall) are not in this report.
report-limit-claims = Everything a device says about itself is its own claim; the audit does not open devices or read their configuration files.
report-limit-inside = The test from inside cannot prove that nothing is reachable from the internet; a test from outside (for example a laptop on a phone's mobile data) is the final check.

# References: a long value in full ("L1") and a finding's raw evidence ("A1") in the appendices.
report-ref-long = L{ $number }
report-ref-evidence = A{ $number }
report-truncated-groups = … { $count ->
        [one] one more kind of finding is
       *[other] { $count } more kinds of finding are
    } in the JSON and CSV exports.
report-truncated-rows = … { $count ->
        [one] one more row is
       *[other] { $count } more rows are
    } in the JSON and CSV exports.
report-truncated-tail = … { $count ->
        [one] one more character is
       *[other] { $count } more characters are
    } in the JSON export.
report-truncated-findings = … { $count ->
        [one] one more finding is
       *[other] { $count } more findings are
    } in the JSON export.
report-truncated-alerts = … { $count ->
        [one] one more alert is
       *[other] { $count } more alerts are
    } in the JSON export.

## Labels of evidence facts (keys the checks write; other keys are shown as words)

report-fact-ip = IP address
report-fact-mac = MAC address
report-fact-external-ip = Public address
report-fact-internal-client = Goes to address
report-fact-internal-port = Goes to port
report-fact-external-port = Public port
report-fact-remote-host = Allowed remote host
report-fact-lease-duration = Lease (seconds)
report-fact-device-instance = Device instance
report-fact-individual-address = KNX individual address
report-fact-core-version = KNXnet/IP core version
report-fact-secure-supported = KNX IP Secure supported
report-fact-tunnelling-requires-secure = Tunnelling requires Secure
report-fact-routing-requires-secure = Routing requires Secure
report-fact-device-management-requires-secure = Device management requires Secure
report-fact-service-families = Service families
report-fact-secure-families = Secured service families
report-fact-value = Value

## Glossary: each term and its explanation

report-term-bacnet = BACnet
report-term-bacnet-explained = A standard language (ISO 16484-5) in which heating, ventilation and other building controllers talk to each other. BACnet/IP carries it over the ordinary network, on UDP port 47808.
report-term-instance = BACnet device instance
report-term-instance-explained = The number that identifies a BACnet controller in the building, unique per site.
report-term-bacnet-sc = BACnet/SC
report-term-bacnet-sc-explained = BACnet Secure Connect: BACnet over encrypted, authenticated connections.
report-term-bbmd = BBMD
report-term-bbmd-explained = BACnet Broadcast Management Device: forwards BACnet broadcasts between network segments. Its tables (BDT, FDT) say which other places it talks to.
report-term-commandable = Commandable point
report-term-commandable-explained = A BACnet output or set-point written through a priority array of 16 levels; the lowest level number wins.
report-term-firmware = Firmware
report-term-firmware-explained = The software inside a device. Old firmware may have known weaknesses.
report-term-fingerprint = Fingerprint
report-term-fingerprint-explained = A short code made from the check and the device or address a finding is about; it stays the same from one audit to the next, so findings can be compared.
report-term-hairpin = Hairpin
report-term-hairpin-explained = A test knock on the router's public address from inside the building: if a device answers, the router forwards that port from the internet.
report-term-knx = KNX
report-term-knx-explained = A standard bus (ISO/IEC 14543-3) for lighting, blinds and heating in homes and buildings. KNXnet/IP carries it over the ordinary network, on UDP port 3671.
report-term-knx-secure = KNX IP Secure
report-term-knx-secure-explained = The KNX security extension: passwords and encryption for KNXnet/IP. It helps only when the gateway requires it, not merely supports it.
report-term-knx-gateway = KNX gateway
report-term-knx-gateway-explained = An IP interface or IP router that connects the KNX bus to the network. Whoever can talk to it can control the KNX installation unless KNX IP Secure is required.
report-term-mac = MAC address
report-term-mac-explained = The hardware address of a network device, fixed at the factory.
report-term-nat-pmp = NAT-PMP / PCP
report-term-nat-pmp-explained = Protocols with which devices ask the router to open a port to the internet by themselves.
report-term-port-forward = Port forward
report-term-port-forward-explained = A rule in the internet router that sends traffic arriving from the internet on to a device inside the building.
report-term-public-address = Public address
report-term-public-address-explained = An internet address that can be reached from anywhere in the world, unlike the private addresses used inside a building (such as 192.168.x.x).
report-term-tunnelling = Tunnelling
report-term-tunnelling-explained = A KNXnet/IP connection through which a computer (for example ETS) reads and programs the KNX bus.
report-term-upnp = UPnP
report-term-upnp-explained = Universal Plug and Play: lets devices open port forwards in the router by themselves, without anyone noticing.
report-term-vpn = VPN
report-term-vpn-explained = A private, encrypted connection into the building's network: the safe way to reach it from outside.

## The `bas-audit report` command (app/src/cli/report.rs): lines it prints, in the program's
## language (not the report's)

# $lang: what was given; $known: the language codes there are, e.g. "en".
report-cli-unknown-lang = no language "{ $lang }" (languages: { $known })
report-cli-out-is-session = { $file } is the audit session itself; choose another --out
# $problem: the operating system's reason.
report-cli-cannot-write = cannot write { $file }: { $problem }
report-cli-wrote = Wrote { $file } ({ $bytes } bytes)
# Followed by one line per value: its kind, the value, its placeholder.
report-cli-redacted = redacted { $count ->
        [one] one value
       *[other] { $count } values
    }; this list is shown once and saved nowhere:
