# Exposure: what the router probes proved about reaching the building controls from the
# internet (audit-core/src/checks/exposure.rs, router.rs, internet.rs), and the probe's own
# log lines and facts (audit-core/src/exposure/). The state texts (headline, explanation,
# what to do, checked / not checked) are read by homeowners: plain words, no jargon. Finding
# titles and summaries are read by installers.
# $ip and $address hold IPv4 addresses; $port a port number; $server what the user typed.

## The exposure state (homeowner voice)

exposure-reachable-headline = Your building controls can be reached from the internet.
exposure-reachable-explanation = Anyone on the internet can find and use them, without a password. Ask your installer to close this today; until then, the list below says what to ask for.
exposure-behind-nat-headline = A door to your building controls is open in your router, but your internet provider's network blocks it for now.
# $address: the router's internet address.
exposure-behind-shared-explanation = Your router's internet address is { $address }: you share it with other customers of your provider, so the internet cannot reach the open door today. Other customers of the same provider may still reach it, and the day your provider gives you an address of your own (on request, with a new contract, or for a remote-access service), your building controls can be reached from the whole internet without anything changing at home.
exposure-behind-router-headline = A door to your building controls is open in your router, but another router in front of it decides whether the internet gets through.
# $address: the router's internet address.
exposure-behind-private-explanation = Your router's internet address is { $address }, a private one: another router sits in front of it, often your provider's modem. If that router passes everything on to yours (a setting often called "exposed host" or "DMZ"), your building controls can be reached from the internet today; we could not look at it.
exposure-address-unknown-headline = A door to your building controls is open in your router; we could not tell whether the internet reaches it.
exposure-address-unknown-explanation = Your router did not tell its internet address, so we could not see whether it is a public one. Most home connections have a public address, and then anyone on the internet can reach your building controls through this door.
exposure-undetermined-headline = We could not tell whether your building controls can be reached from the internet.
# $why: one of the exposure-why-* messages.
exposure-undetermined-explanation = The most common way building controls end up on the internet is a setting in the router. { $why } So we cannot say that your home is closed. The lists below say what could not be checked and how to check it by hand.
exposure-why-not-run = The router check did not run.
exposure-why-no-router = No router was found on this network.
exposure-why-no-list-no-address = Your router does not share its list of open doors, and it did not tell its internet address, so we could not knock on that address either: a door set by hand in the router's menu cannot be excluded.
exposure-why-unlistable = Your router lets devices open doors by themselves in a way that cannot be listed, and a test knock on its internet address from inside was inconclusive.
exposure-why-no-list-knock-inconclusive = Your router does not share its list of open doors, and a test knock on its internet address from inside was inconclusive.
exposure-why-no-list-knock-not-run = Your router does not share its list of open doors, and no test knock on its internet address was made.
exposure-nothing-headline = Nothing open to the internet was found, as far as we could check.
# $behind: exposure-nothing-shared, exposure-nothing-private or nothing.
exposure-nothing-explanation-listed = We read your router's complete list of doors that devices opened by themselves, and none leads to your building controls.{ $behind } A door set by hand in the router's menu does not show in that list and our test knock could not rule it out; the list below says how to check it. Run this check again after changes to your network.
exposure-nothing-explanation-proven = We found no open door to your building controls: a test knock on your home's internet address from inside got no answer, from a router that we know passes such knocks on.{ $behind } Run this check again after changes to your network.
exposure-nothing-shared = {" "}Your internet address is shared with other customers of your provider, so even an open door would not be reachable from the internet today.
exposure-nothing-private = {" "}Another router sits in front of yours and would decide as well.

## The states in a few words (a label beside the light)

exposure-state-reachable = reachable from the internet
exposure-state-forwarded-behind-nat = forwarded, behind the provider's network
exposure-state-forwarded-address-unknown = forwarded, internet address unknown
exposure-state-undetermined = could not be determined
exposure-state-nothing-found = nothing open, as far as checked

## What to do (homeowner voice)

exposure-do-remove-forward-today = Ask your installer to close the open door (the port forwarding) in the router today.
exposure-do-remove-forward = Ask your installer to close the open door (the port forwarding) in the router.
exposure-do-remove-forward-anyway = Ask your installer to close the open door in the router anyway: it is not needed for anything that works today, and it becomes dangerous the moment the network in front changes.
exposure-do-before-public-address = If you ever ask your provider for an address of your own (for example for remote access), have the door closed first.
exposure-do-check-router-in-front = Have the router in front (often the provider's modem) checked for "exposed host" or "DMZ" settings that pass everything on.
exposure-do-vpn = For reaching your home from outside, ask for a VPN (a private, locked connection) instead of an open door.
exposure-do-check-router-by-hand = Have the router's settings checked by hand: the pages called "Port forwarding", "Exposed host" or "DMZ", and UPnP (the automatic port opening), for the ports 3671 and 47808.
exposure-do-test-from-outside = Or test from outside your home: for example from a laptop connected through a phone on mobile data (not your Wi-Fi).
exposure-do-give-address = To find out, run the check again with your router's internet address (shown on the router's status page), or allow the question to a public address service.

## What was checked, and what was not (list items, lower-case start)

exposure-checked-mappings = your router's list of doors that devices opened by themselves ({ $entries } { $entries ->
        [one] entry
       *[other] entries
    })
exposure-not-checked-mappings-partial = part of your router's list of open doors to the internet: the router stopped answering
exposure-not-checked-mappings-unshared = your router's list of open doors to the internet: the router does not share it (the feature may be switched off)
exposure-checked-self-opening = whether devices can open doors in your router by themselves
exposure-not-checked-port-control = doors that devices opened by themselves in a way your router cannot list
# $server: the address service asked; $ip: what it answered.
exposure-checked-internet-view = how the internet sees your home: { $ip } (asked { $server })
# $error: why there was no usable answer.
exposure-not-checked-internet-view = how the internet sees your home ({ $server }): { $error }
exposure-checked-knock = a test knock on your home's internet address from inside
# $why: one of the exposure-knock-why-* messages.
exposure-not-checked-by-hand = a door set by hand in your router's menu: { $why }
exposure-knock-why-no-address = your router did not tell its internet address, so no test knock was possible; run the check again with the address from the router's status page, or check the router by hand
exposure-knock-why-not-run = no test knock on your home's internet address was made; check the router by hand
exposure-knock-why-no-loopback = your router does not let us test from inside; check the router by hand, or test from outside, for example from a laptop connected through a phone on mobile data
exposure-checked-search = a public search engine for internet devices (Shodan)
exposure-not-checked-search-unreachable = a public search engine for internet devices: it could not be reached
exposure-not-checked-search-consent = a public search engine for internet devices: only asked with your permission
exposure-not-checked-router-not-run = your router: the router check did not run
exposure-not-checked-router-none = your router: none was found on this network

## Proof, one sentence per forward (shown to both readers)

# $what: what it reaches (a device name, or exposure-reaches-*); $how: exposure-mechanism-*.
exposure-proof-listed = The router's list has { $protocol } port { $port } → { $internal } ({ $what }), { $how }.
exposure-proof-listed-answered = The router's list has { $protocol } port { $port } → { $internal } ({ $what }), { $how }; { $address } answered through it: { $answer }.
exposure-proof-answered = A question to { $address }:{ $port } ({ $protocol }) was answered: { $answer }. No listed door explains it: { $how }.
# $ports: building-automation ports, comma-separated.
exposure-proof-indexed = A public search engine for internet devices (Shodan) lists port { $ports } at your address.
exposure-reaches-knx = the KNX port
exposure-reaches-bacnet = a BACnet port
exposure-reaches-device = a building-automation device
exposure-mechanism-upnp = opened by a device through UPnP (the router's automatic port opening)
exposure-mechanism-by-hand = set by hand in the router's menu (a port forward, or an "exposed host" / "DMZ")
exposure-mechanism-port-control = opened by a device through NAT-PMP or PCP (ways of opening ports that the router cannot list), or set by hand
exposure-mechanism-unknown = by UPnP (in the part of its list that could not be read), through NAT-PMP or PCP, or by hand
exposure-an-answer = an answer

## Addresses in words

exposure-address-public = { $ip }, a public internet address
exposure-address-public-simulated = { $ip }, which stands for a public internet address in this demo or test network
exposure-address-shared = { $ip }, an address shared with other customers of the provider (carrier-grade NAT, 100.64.0.0/10)
exposure-address-shared-simulated = { $ip }, which stands for an address shared with other customers of the provider (carrier-grade NAT) in this demo
# $block: the special-purpose block ("private (RFC 1918)").
exposure-address-private = { $ip }, a private address ({ $block })

## Findings about forwards (installer voice)

exposure-what-knx = KNX gateway
exposure-what-bacnet = BACnet device
exposure-what-device = building-automation device
exposure-title-knx-forwarded = KNX gateway port forwarded from the internet
exposure-title-bacnet-forwarded = BACnet port forwarded from the internet
exposure-title-mapping-to-device = Router forwards port { $port } to a building-automation device
exposure-title-static-forward = { $what } answers on the router's internet address
exposure-title-unlisted-forward = { $what } answers on the router's internet address (forward not in any list)
exposure-title-behind-shared = Port forward to a { $what }, behind the provider's shared address
exposure-title-behind-router = Port forward to a { $what }, behind another router
exposure-title-address-unknown = Port forward to a { $what }; the router's internet address is unknown
# $proof: exposure-proof-*; $reach: exposure-reach-*.
exposure-forward-summary = { $proof } { $reach }
# $rule: exposure-mapping-words; $device: exposure-device-not-found or nothing.
exposure-forward-summary-listed = { $proof } The rule: { $rule }.{ $device } { $reach }
exposure-device-not-found = {" "}No device was found at that address by discovery (it may be switched off, on another network, or not answer discovery).
exposure-reach-public = The router's internet address is { $address }: anyone on the internet can send the same question.
exposure-reach-shared = The router's internet address is { $address }: the provider's NAT blocks the internet today, but the provider's other customers may reach it, and a public address from the provider would open it to everyone.
exposure-reach-private = The router's internet address is { $address }: another router in front decides; if it passes everything on (exposed host / DMZ), the internet reaches it.
exposure-reach-unknown = The router's internet address is unknown, so whether the internet reaches it is not proven; run the check again with --external-ip (from the router's status page) or --stun.
exposure-mapping-words = { $protocol } external port { $port } → { $internal } ({ $from }, { $description }, { $lease })
exposure-mapping-from-anywhere = from anywhere
exposure-mapping-from-only = from { $host } only
exposure-mapping-no-description = no description
exposure-mapping-description = description "{ $description }"
exposure-mapping-permanent = permanent
exposure-mapping-lease = lease { $seconds } s
exposure-title-mapping-disabled = Switched-off port mapping to building automation
exposure-summary-mapping-disabled = The router keeps { $count } { $count ->
        [one] rule
       *[other] rules
    } that would reach building automation but { $count ->
        [one] is
       *[other] are
    } switched off: { $rules }.
exposure-title-inconclusive = Test of the router's internet address was inconclusive
exposure-inconclusive-probe = { $protocol } { $target } ({ $outcome })
exposure-inconclusive-no-loopback = this router does not pass traffic from inside back to its own internet address
exposure-inconclusive-unknown-loopback = we could not tell whether this router passes traffic from inside back to its own internet address
exposure-summary-inconclusive = No answer from { $probes }; { $why }, so silence does not prove that nothing is forwarded. Test from outside: for example a laptop connected through a phone on mobile data (not the home Wi-Fi).

## Findings about the router's services and address (installer voice)

exposure-the-router = the router
exposure-title-upnp-enabled = UPnP is on: devices can open router ports by themselves
exposure-summary-upnp-enabled = { $name } answers UPnP port-mapping requests ({ $count } { $count ->
        [one] mapping
       *[other] mappings
    } listed now). Any device in the network can open a port from the internet without anyone noticing.
exposure-title-list-incomplete = Router's port-forwarding list read only in part
exposure-summary-list-incomplete = The router's UPnP list was read up to { $count } { $count ->
        [one] entry
       *[other] entries
    } and then stopped. A forward to the building controls could be in the part not seen.
exposure-summary-list-incomplete-error = The router's UPnP list was read up to { $count } { $count ->
        [one] entry
       *[other] entries
    } and then stopped ({ $error }). A forward to the building controls could be in the part not seen.
# $which: NAT-PMP, PCP, or NAT-PMP and PCP (protocol names).
exposure-title-port-control = Router accepts { $which } port requests
# $listed: exposure-port-control-listed or exposure-port-control-unlisted.
exposure-summary-port-control = The router answered { $which }: devices in the network can ask it to open ports from the internet. { $which } cannot list the ports opened that way{ $listed }
exposure-port-control-listed = ; on most routers they also appear in the UPnP list, which was read to the end.
exposure-port-control-unlisted = , and the UPnP list was not available to show them: a forward made this way is found only if the router answers a test of its internet address.
exposure-title-external-ip = Router's internet address
# $address: exposure-address-*; $source: exposure-source-*; $meaning and $view: the messages below or nothing.
exposure-summary-external-ip = The router's internet (WAN) address is { $address } ({ $source }).{ $meaning }{ $view }
exposure-source-upnp = told by the router through UPnP
exposure-source-nat-pmp = told by the router through NAT-PMP
exposure-source-typed = typed in from the router's status page
exposure-source-stun = as the STUN server saw it
exposure-external-means-shared = {" "}The provider puts the site behind its own NAT (carrier-grade NAT): forwards on this router do not reach the internet today, but would the day the provider hands out a public address.
exposure-external-means-private = {" "}Another router sits in front (often the provider's modem): forwards on this router reach the internet only if that router passes traffic on.
exposure-external-view-differs = {" "}The STUN server { $server } sees the site as { $ip }: a NAT sits between this router and the internet.
exposure-external-view-same = {" "}The STUN server { $server } sees the same address.
exposure-summary-internet-view-only = The router did not tell its internet address; the STUN server { $server } sees the site as { $address }.
exposure-title-not-checked-at-all = Router not checked
exposure-summary-not-checked-at-all = The router probes did not run, so the router's port-forwarding list, its internet address and a test of that address were not checked.
exposure-title-not-fully-checked = Router not fully checked
# $missing: the exposure-missing-* items, listed.
exposure-summary-not-checked = Not checked: { $missing }.
exposure-missing-no-router = No router was found (no default gateway on the interface)
exposure-missing-list-error = The router's port-forwarding list (UPnP did not answer: { $error })
exposure-missing-list-off = The router's port-forwarding list (the router does not offer UPnP, or it is switched off)
exposure-missing-list-not-asked = The router's port-forwarding list (UPnP was not asked)
exposure-missing-port-control = Forwards opened through { $which }, which cannot be listed
exposure-missing-address = The router's internet address (neither UPnP nor NAT-PMP told it; give it with --external-ip from the router's status page, or allow --stun)
exposure-missing-own-address = The router's own internet address (only the STUN server's view is known; give it with --external-ip)
exposure-missing-knock-no-address = A test of the router's internet address from inside (no address to test): a forward set by hand cannot be excluded
exposure-missing-knock-not-run = A test of the router's internet address from inside (not run)

## Public index lookup (InternetDB; installer voice)

exposure-index-the-site-address = the site's internet address
exposure-index-title-not-checked = Public internet index not checked
exposure-index-summary-not-checked = The lookup of { $ip } in Shodan InternetDB failed: { $error }.
exposure-index-title-not-listed = Not listed in the public internet index
exposure-index-summary-not-listed = Shodan InternetDB has no entry for { $ip } (its data is about a week old).
exposure-index-title-bas-ports = Public internet index lists building-automation ports at your address
exposure-index-summary-bas-ports = Shodan InternetDB lists { $ip } with port { $ports } open (KNX 3671 / BACnet 47808–47823). Its scanners reached building controls from the internet within about the last week.
exposure-index-summary-bas-ports-and-others = Shodan InternetDB lists { $ip } with port { $ports } open (KNX 3671 / BACnet 47808–47823), and also { $others }. Its scanners reached building controls from the internet within about the last week.
exposure-index-title-other-ports = Public internet index lists other open ports at your address
exposure-index-summary-listed-no-ports = Shodan InternetDB lists { $ip }, without open ports.
exposure-index-summary-other-ports = Shodan InternetDB lists { $ip } with port { $ports } open; no KNX or BACnet port.

## STUN (the opt-in question to a public address service)

# Shown before the request (CLI preamble, GUI consent dialog). $server: as the user typed it.
exposure-stun-consent = Ask the STUN server { $server } which address this site has on the internet. That server is run by a third party: it learns this site's public internet address and port, and when the check ran. One 20-byte question is sent (up to three times), with nothing else in it.
exposure-stun-server-bad = "{ $server }" is not a STUN server: give HOST or HOST:PORT (an IPv4 address or a DNS name, port 1-65535)
exposure-stun-resolve-timeout = the name { $server } could not be looked up in time
exposure-stun-resolve-failed = the name { $server } could not be looked up: { $error }
exposure-stun-no-ipv4 = the name { $server } has no IPv4 address
exposure-stun-server-unusable = { $ip } cannot be a STUN server
exposure-stun-no-answer = no answer from { $server } ({ $tries } tries)
exposure-stun-undecodable = the answer is not STUN ({ $error })
exposure-stun-not-ours = the answer was not for our question
exposure-stun-refused = the server refused the question (error { $code } { $reason })
exposure-stun-bad-fingerprint = the answer's checksum (FINGERPRINT) does not match: damaged or forged
exposure-stun-ipv6-only = the server named only an IPv6 address ({ $ip }); this check uses IPv4
exposure-stun-no-address = the answer named no address
exposure-stun-names-lan = the server named { $ip }, an address on this side of the router: it is not the internet's view, so it is not used
exposure-stun-rewritten = the STUN answer's two address fields disagree (something on the way rewrites addresses inside packets); the protected one is used
exposure-stun-not-used = the STUN server says this site is { $ip }; that is not a public address (or one on this side of the router), so it is not used as the site's internet address
exposure-stun-same = the STUN server sees this site as { $ip }, the router's own address: no other NAT in front
exposure-stun-differs = the STUN server sees this site as { $ip }, while the router's own address is { $router }: another NAT sits in front (the provider's, or another router's)
exposure-stun-only = the STUN server sees this site as { $ip }; the router did not tell its own address, so that one is tested

## The probe's log lines and facts (installer voice)

exposure-cancelled = cancelled
exposure-stopped = stopped: cancelled by the user
exposure-router-from-routes = the router is { $router }, the default gateway of { $interface }
exposure-router-from-routes-here = the router is { $router }, the default gateway of this computer
exposure-no-router = no router found (the interface has no default gateway); router probes skipped
exposure-bad-router = { $router } cannot be a router; router probes skipped
exposure-phase-ssdp-unicast = unicast M-SEARCH to { $target }
exposure-phase-ssdp-multicast = multicast M-SEARCH out of { $bind }
exposure-phase-pcp = ANNOUNCE to { $target }
exposure-phase-hairpin = { $probes } probes of { $addresses }
exposure-external-disagree = UPnP says the external address is { $upnp }, NAT-PMP says { $nat_pmp }; using { $upnp }, and no hairpin probes (the router's answers cannot be trusted to name its own address)
exposure-typed-unusable = the address typed in ({ $ip }) cannot be a router's internet address; not used
exposure-typed-differs = the router says its external address is { $router }, the address typed in is { $typed }; the router's is used
exposure-external-shared = the router's external address { $ip } is shared (carrier-grade NAT, 100.64.0.0/10): the provider's NAT decides the internet's view, and forwards on this router do not reach the internet today
exposure-external-private = the router's external address { $ip } is not a public address: another router sits in front of it and decides the internet's view
exposure-no-external-ip = the router did not tell its external address
exposure-hairpin-answered = { $protocol } probe of the external address { $target } was answered: { $answer }
# $hairpins: yes (the router loops back), no, or unknown.
exposure-hairpin-silent = { $protocol } probe of the external address { $target }: no answer ({ $hairpins ->
        [yes] the router loops back, so no forward is likely
        [no] inconclusive: a listed forward did not answer either
       *[unknown] inconclusive: no listed forward to compare with
    })
exposure-hairpin-other = { $protocol } probe of { $target }: { $outcome } ({ $detail })
exposure-hairpin-skipped = hairpin probes skipped: external address unknown
exposure-hairpin-other-source = { $count } answers to the { $protocol } probe of { $target } came from another address and were ignored
exposure-hairpin-no-answer-within = no answer within { $seconds } s
exposure-hairpin-knx-gateway = KNX gateway "{ $name }" (individual address { $individual_address }, MAC { $mac })
exposure-hairpin-knx-other = KNXnet/IP { $service }
exposure-hairpin-knx-undecodable = undecodable KNXnet/IP answer ({ $error })
exposure-hairpin-bacnet-device = BACnet device { $instance }
exposure-hairpin-bacnet-device-named = BACnet device { $instance } "{ $name }"
exposure-hairpin-bacnet-unnamed = a BACnet device answered, but did not say which ({ $error })
exposure-hairpin-bacnet-no-identifier = a BACnet answer without a device identifier
exposure-known-knx-gateway = KNX gateway "{ $name }"
exposure-known-bacnet-device = BACnet device { $instance }
exposure-known-bbmd = a BACnet broadcast relay (BBMD)
exposure-known-bacnet-router = a BACnet router
exposure-ssdp-others = { $count } search answers came from hosts other than the router ({ $sources }); ignored: only the router's own port-mapping table counts
exposure-ssdp-malformed = unusable search answer: { $answer }
exposure-ssdp-no-interface = no interface address to send the multicast search from; give the interface or use unicast to the router
exposure-ssdp-socket = cannot open the SSDP socket on { $bind }: { $error }
# $location: yes or no.
exposure-ssdp-unusable-answer = answer from { $source } with status { $status } and { $location ->
        [yes] a
       *[no] no
    } LOCATION
exposure-ssdp-bad-answer = answer from { $source }: { $error }
exposure-igd-none = no UPnP answer from the router { $router } ({ $searches } searches sent); UPnP is off or blocked
exposure-igd-location-elsewhere = the router's answer (from { $source }) points to { $url }, which is not the router; not contacted
exposure-igd-location-bad = the router's LOCATION is unusable: { $error }
exposure-igd-found = UPnP gateway found at { $url }
exposure-igd-error = UPnP: { $error }
# $complete: yes or no.
exposure-igd-mappings = the router lists { $count } port { $count ->
        [one] forward
       *[other] forwards
    } (list { $complete ->
        [yes] complete
       *[no] incomplete
    })
# $enabled: yes or no.
exposure-igd-mapping = forward { $protocol } { $port } → { $internal }{ $enabled ->
        [yes] {""}
       *[no] {" "}(disabled)
    }
exposure-igd-mapping-known = forward { $protocol } { $port } → { $internal } ({ $known }){ $enabled ->
        [yes] {""}
       *[no] {" "}(disabled)
    }
exposure-igd-description-failed = device description: { $error }
exposure-igd-no-wan-service = the device description lists no WAN connection service ({ $services } services)
exposure-igd-control-elsewhere = control URL { $url } is not on the router { $router }; not contacted
exposure-igd-control-bad = control URL: { $error }
exposure-igd-external-zero = the router says it has no external address (0.0.0.0): it is not connected, or its WAN address is a private one
exposure-igd-external-bad = the router's external address (UPnP) is empty or not an IPv4 address
exposure-igd-external-missing = the router did not say its external address (UPnP)
exposure-igd-external-failed = GetExternalIPAddress failed: { $error }
exposure-igd-list-cancelled = cancelled while listing port mappings
exposure-igd-list-bad-entry = port mapping list: { $error }
exposure-igd-list-end-quirk = the router ended its port-mapping list at entry { $index } with UPnP error { $code } ({ $description }) instead of 713; taken as the end of the list, as some routers do
exposure-igd-list-stopped = port mapping list stopped at entry { $index }: { $error }
exposure-igd-mapping-cap = the router lists more than { $max } port mappings; only the first { $max } were read
exposure-socket-failed = cannot open a socket on { $bind }: { $error }
exposure-nat-pmp-none = no NAT-PMP answer from { $target } (3 tries)
exposure-nat-pmp-on = NAT-PMP is on: external address { $ip }
exposure-nat-pmp-on-no-address = NAT-PMP is on: external address not given
exposure-nat-pmp-result = NAT-PMP answered { $result }
exposure-pcp-none = no PCP answer from { $target } (3 tries)
exposure-pcp-undecodable = undecodable PCP answer: { $error }
exposure-pcp-nat-pmp-only = the router speaks NAT-PMP only (answered version 0, result { $result })
exposure-pcp-answered = PCP answered: version { $version }, { $result }
exposure-internetdb-skipped-unknown = InternetDB lookup skipped: external address unknown
exposure-internetdb-skipped-private = InternetDB lookup skipped: { $ip } is not a public address
exposure-internetdb-failed = lookup failed: { $error }
exposure-internetdb-note-failed = InternetDB lookup of { $ip } failed: { $error }
exposure-internetdb-note-listed = InternetDB lists { $ip } with open ports { $ports }
exposure-internetdb-note-unlisted = InternetDB has no information about { $ip }
exposure-internetdb-not-json = InternetDB answer is not the expected JSON: { $error }
exposure-internetdb-http-status = InternetDB answered HTTP { $status }
exposure-internetdb-unreadable = InternetDB answer unreadable or larger than { $kib } KiB: { $error }
exposure-internetdb-not-reached = InternetDB not reached: { $error }

## The check command's preamble (installer voice; aligned under "Router    ")

exposure-preamble-typed = Address   the router's internet address as typed: { $ip } (tested from inside when the router does not tell its own)
# $consent: exposure-stun-consent.
exposure-preamble-stun = STUN      { $consent } (you allowed it with --stun)

## The desktop app (app/src/gui/widgets/exposure.rs): the exposure state with its proof on the
## Findings screen and the homeowner self-check.

# $state: one of the exposure-state-* messages.
gui-exposure-state = Internet: { $state }
# $address: one of the exposure-address-* messages.
gui-exposure-address = Your router's internet address: { $address }
# $server: the STUN server as the user named it; $address: one of the exposure-address-* messages.
gui-exposure-internet-view = The address service { $server } sees your home as { $address }
gui-exposure-proof = How we know
gui-exposure-do = What to do about it
