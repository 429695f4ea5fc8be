# Clap's `--help` texts (app/src/cli/help.rs): the about line of every command and the help of
# every argument, looked up by command path and argument id (`cli-help-analyze-json` is the
# help of `analyze --json`). English must stay the derive's own doc comments (a test compares
# them; change both together). Keep option names (`--live`), values (`minmax`), file names and
# commands (`watch learn --model`) as they are.

## bas-audit (the global options)

cli-about = Audit BACnet/IP and KNXnet/IP building-automation networks
cli-help-demo = Use the built-in demo building (simulators on loopback) as the scope
cli-help-lang = Language of everything the program says (en, de, nl); default: the system's language, English when it is another

## analyze

cli-about-analyze = Count BACnet and KNXnet/IP traffic, devices and gateways in a pcap or pcapng file
cli-help-analyze-capture = Capture file (.pcap or .pcapng)
cli-help-analyze-json = Print the report as JSON instead of text

## check

cli-about-check = Full audit: discovery, router port forwardings, (opt-in) write test, findings, verdict
cli-help-check-interface = Interface plugged into the building network (its subnet broadcast is used)
cli-help-check-bind = Local IPv4 address to send from (the interface holding it is used)
cli-help-check-targets = Probe this address by unicast (port 3671: KNX only; other port: BACnet only; none: both)
cli-help-check-timeout = Seconds to wait for answers after each broadcast and for each request
cli-help-check-rate = Packets per second at most, all protocols together (1-200)
cli-help-check-global-broadcast = Also send a BACnet global broadcast Who-Is (every device on every network answers)
cli-help-check-nat = KNX: ask for answers to the packet source (HPAI 0.0.0.0:0), for gateways behind NAT
cli-help-check-time-budget = Seconds the whole job may take at most, whatever the devices claim (default 900); it then stops, keeps what it found and says what it skipped
cli-help-check-router = The router to ask for port forwardings (default: the interface's default gateway)
cli-help-check-no-router = Do not ask the router anything (no UPnP, NAT-PMP, PCP or hairpin probes)
cli-help-check-internet-lookup = Look up the router's public address in Shodan InternetDB (sends that address to internetdb.shodan.io; needs internet)
cli-help-check-external-ip = The router's internet (WAN) address as its status page shows it: used to test that address from inside when the router does not tell it (no UPnP or NAT-PMP)
cli-help-check-stun = Ask this STUN server which address the internet sees for this site (sends one small request there: that server learns the site's public address and port; needs internet)
cli-help-check-demo-router = With --demo: the demo building's home router (public: a forward on a public address; cgnat: the same behind the provider's shared address; none: no forward)
cli-help-check-allow-write-test = Write test: on every BACnet device found, read a harmless property (Description or Location) and write the same value back, to prove whether anyone may write
cli-help-check-session = Also save the audit session (inventory, findings, verdict) to this file; an existing session file is updated
cli-help-check-watch-model = A learning-watch model (`watch learn --model`): writes it saw, and whether the devices acknowledged them, turn "writable (not tested)" into "writes confirmed"
cli-help-check-json = Print the result as JSON instead of text
cli-help-check-verbose = Print every packet sent (time, destination, service) on stderr

## discover

cli-about-discover = Find BACnet/IP devices and KNXnet/IP gateways (polite: rate-capped, read-only)
cli-help-discover-interface = Interface plugged into the building network (its subnet broadcast is used)
cli-help-discover-bind = Local IPv4 address to send from (the interface holding it is used)
cli-help-discover-targets = Probe this address by unicast (port 3671: KNX only; other port: BACnet only; none: both)
cli-help-discover-timeout = Seconds to wait for answers after each broadcast and for each request
cli-help-discover-rate = Packets per second at most, all protocols together (1-200)
cli-help-discover-global-broadcast = Also send a BACnet global broadcast Who-Is (every device on every network answers)
cli-help-discover-nat = KNX: ask for answers to the packet source (HPAI 0.0.0.0:0), for gateways behind NAT
cli-help-discover-time-budget = Seconds the whole job may take at most, whatever the devices claim (default 900); it then stops, keeps what it found and says what it skipped
cli-help-discover-session = Also save the result (JSON) to this file; an existing audit session there gets the discovery added (its findings and notes are kept)
cli-help-discover-json = Print the result as JSON instead of text
cli-help-discover-verbose = Print every packet sent (time, destination, service) on stderr

## report

cli-about-report = The hand-over report of a saved audit: PDF, HTML, JSON, CSV or EDE
cli-help-report-session = The audit session to report on (`check --session FILE` saves one)
cli-help-report-format = Output format
cli-help-report-out = Where to write the report (for csv: the base name of the three files)
cli-help-report-redact = Replace public addresses, MAC addresses, serial numbers, the site's name and address, people's names and keys or passwords by placeholders (the list is printed once, on stderr, and saved nowhere)
cli-help-report-compare = An earlier audit of the same site: the report says what changed since then
cli-help-report-audience = Who the report is for
cli-help-report-report-lang = Language of the report (en, de, nl), when it is not the program's (`--lang`): a German installer can hand an English report to an English-speaking owner
cli-help-report-site = Site name for the cover (instead of the session's)
cli-help-report-site-address = Site address for the cover
cli-help-report-owner = The building owner or client
cli-help-report-auditor = The person who did the audit
cli-help-report-company = The auditor's company

## watch

cli-about-watch = Learning watch: learn normal BACnet/KNX traffic, then detect attacks and anomalies

## watch learn

cli-about-watch-learn = Learn what normal traffic looks like and save it as a model (JSON)
cli-help-watch-learn-pcap = Read traffic from a capture file (.pcap or .pcapng)
cli-help-watch-learn-live = Watch live traffic for this many seconds
cli-help-watch-learn-interface = With --live: capture everything on this interface (needs CAP_NET_RAW). Without it, --live listens passively on UDP 47808 and the KNX multicast group (no privileges)
cli-help-watch-learn-bind = With --live: listen for BACnet/IP on this one address and port only (e.g. 127.0.0.1:47808 for a test on loopback) instead of every interface; no KNX multicast
cli-help-watch-learn-model = Where to write the model
cli-help-watch-learn-ets = The building's ETS project: the group-address export (CSV or XML, as ETS 5 and 6 write it) or an unprotected .knxproj. KNX groups are then learned and checked with their names and datapoint types; without it, types are inferred from traffic
cli-help-watch-learn-session = Keep the model, the alerts and the ETS table in this audit session file (created if missing); `watch detect` uses the session's ETS table when --ets is not given
cli-help-watch-learn-tolerance-setpoint = Tolerance for setpoints and outputs (fraction of the learned span or midpoint)
cli-help-watch-learn-tolerance-sensor = Tolerance for sensor inputs
cli-help-watch-learn-interval = Interval for message rates, seconds
cli-help-watch-learn-metric = Normal band of message rates
cli-help-watch-learn-rate-tolerance = Rate tolerance: fraction above the maximum (minmax, default 0.5), standard deviations above the mean (mean, default 3), MADs above the median (mad, default 5)

## watch detect

cli-about-watch-detect = Check traffic against a learned model and report alerts
cli-help-watch-detect-pcap = Read traffic from a capture file (.pcap or .pcapng)
cli-help-watch-detect-live = Watch live traffic for this many seconds
cli-help-watch-detect-interface = With --live: capture everything on this interface (needs CAP_NET_RAW). Without it, --live listens passively on UDP 47808 and the KNX multicast group (no privileges)
cli-help-watch-detect-bind = With --live: listen for BACnet/IP on this one address and port only (e.g. 127.0.0.1:47808 for a test on loopback) instead of every interface; no KNX multicast
cli-help-watch-detect-model = The model written by `watch learn`
cli-help-watch-detect-ets = The building's ETS project: the group-address export (CSV or XML, as ETS 5 and 6 write it) or an unprotected .knxproj. KNX groups are then learned and checked with their names and datapoint types; without it, types are inferred from traffic
cli-help-watch-detect-session = Keep the model, the alerts and the ETS table in this audit session file (created if missing); `watch detect` uses the session's ETS table when --ets is not given
cli-help-watch-detect-json = Print the alerts and statistics as JSON

## Values of the report's options

cli-value-report-format-pdf = The report as PDF (A4, tagged, fonts embedded)
cli-value-report-format-html = The report as one self-contained HTML file (with the JSON inside)
cli-value-report-format-json = Everything, as JSON (schema: docs/report-schema.json)
cli-value-report-format-csv = Three CSV files next to OUT: -devices, -gateways, -findings
cli-value-report-format-ede = BACnet points as an EDE 2.3 file (YABE, BMS tools)
cli-value-report-audience-owner = Cover, the summary for the owner, the chart, changes and sign-off
cli-value-report-audience-full = Everything: findings with both fixes, inventory, method, glossary, appendix

## Clap's own words around them (in German and Dutch only: English keeps clap's)

cli-clap-usage = Usage:
cli-clap-commands = Commands
cli-clap-arguments = Arguments
cli-clap-options = Options
cli-clap-help = Print help
cli-clap-version = Print version
cli-clap-help-command = Print this message or the help of the given subcommand(s)
cli-clap-help-command-for = Print help for the subcommand(s)
cli-clap-help-more = Print help (see more with '--help')
cli-clap-help-summary = Print help (see a summary with '-h')
cli-clap-possible-values = possible values
cli-clap-default = default
cli-clap-possible-values-heading = Possible values
