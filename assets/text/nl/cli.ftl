# The command line's plain text (audit-core/src/report/text.rs and app/src/cli/). JSON output is
# never translated. Labels (cli-label-*) start a line and are padded into a column by the code:
# keep them short (one word); a label longer than 9 characters widens its whole block.
# Counts are numbers; addresses look like 198.18.1.66:47808.

## Labels of the line blocks

# en: a9acbb60
cli-label-verdict = Oordeel
# en: ec2823ba
cli-label-findings = Bevindingen
# en: f90af0f0
cli-label-exposure = Internet
# en: 43c6df70
cli-label-proof = Bewijs
# en: 98febbf8
cli-label-do = Actie
# en: 0622ede0
cli-label-target = Doel
# en: aed25508
cli-label-seen = Gezien
# en: 3eb8cd90
cli-label-fix = Oplossing
# en: d082ce4c
cli-label-capture = Opname
# en: 5045ad10
cli-label-packets = Pakketten
# en: ae31b460
cli-label-time = Tijd
# en: d7713e50
cli-label-other = Overig
# en: 926a1f08
cli-label-learned = Geleerd
# en: dfad3578
cli-label-model = Model
# en: 4eca9bb4
cli-label-points = Punten
# en: f8398580
cli-label-rates = Tempo
# en: c408c5c0
cli-label-network = Netwerk
# en: 45aa0790
cli-label-checked = Gecontroleerd
# en: 29639978
cli-label-scope = Bereik
# en: ba57456c
cli-label-sending = Verzenden
# en: 2929011c
cli-label-warning = Let op
# en: 62155078
cli-label-router = Router
# en: f540f428
cli-label-internet = Internet
# en: de755bf2
cli-label-normal = Normaal:
# en: ef8a15d3
cli-label-to-do = Te doen:

## check

# en: 8ac42172
cli-findings-none = geen
# $items: what the audit checked (or did not), joined by "; ".
# en: 10bf719d
cli-checked = Gecontroleerd: { $items }
# en: f22f96a0
cli-not-checked = Niet gecontroleerd: { $items }
# en: ff903fc1
cli-ask-installer = Vraag het uw installateur
# $seconds: a decimal such as 4.2.
# en: 06bb1c1e
cli-check-totals = { $devices } { $devices ->
        [one] BACnet-apparaat
       *[other] BACnet-apparaten
    }, { $gateways } { $gateways ->
        [one] KNXnet/IP-gateway
       *[other] KNXnet/IP-gateways
    }; { $sent } { $sent ->
        [one] pakket
       *[other] pakketten
    } verzonden in { $seconds } s
# Added after a total; $reason: cli-stop-reason.
# en: 625833b2
cli-stopped = ; gestopt: { $reason }
# Why a job ended early ($reason is a code).
# en: 63ad1d8a
cli-stop-reason = { $reason ->
        [cancelled] afgebroken
        [time-budget-exhausted] de tijdslimiet was bereikt
        [error-budget-exhausted] te veel fouten
       *[other] { $reason }
    }

## Words built into other messages (checks, discovery, diagnosis)

# $which in the exposure-*-port-control messages when the router has both.
# en: 4c41a672
exposure-which-nat-pmp-and-pcp = NAT-PMP en PCP
# $skipped in trust-limit-summary, trust-time-budget-summary and cli-trust-limit: what a limit left undone.
# en: dac455d8
limit-skipped-instances = { $count } { $count ->
        [one] apparaatinstantie
       *[other] apparaatinstanties
    } niet uitgevraagd
# en: 8cc7d9f9
limit-skipped-networks = { $count } { $count ->
        [one] netwerk
       *[other] netwerken
    } niet doorzocht
# en: 26a8af86
limit-skipped-routers = { $count } { $count ->
        [one] routermelding
       *[other] routermeldingen
    } niet gebruikt
# en: fe051862
limit-skipped-answers = { $count } { $count ->
        [one] antwoord
       *[other] antwoorden
    } niet gebruikt
# en: 8cf8f773
limit-skipped-gateways = { $count } { $count ->
        [one] antwoordend adres
       *[other] antwoordende adressen
    } niet vermeld of beschreven
# en: 40c5d4ce
limit-skipped-datagrams = { $count } { $count ->
        [one] datagram
       *[other] datagrammen
    } ongelezen weggegooid
# $seconds: whole seconds; $sent, $estimate: packet counts.
# en: 704b4b34
limit-skipped-time = gestopt na { $seconds } s, { $sent } van ongeveer { $estimate } pakketten verzonden
# en: eade6347
limit-skipped-stages-unfinished = de routercontroles of de schrijftest zijn niet afgerond
# en: b16fd19b
limit-skipped-stages-not-run = de routercontroles en de schrijftest zijn niet uitgevoerd

## discover

# en: 500426dd
cli-bacnet-devices = BACnet/IP-apparaten: { $count }
# en: 905dcab5
cli-bacnet-routers = BACnet-routers: { $count }
# en: b20afbee
cli-bbmds = BBMD’s: { $count }
# en: 8863343a
cli-knx-gateways = KNXnet/IP-gateways: { $count }
# A BACnet device's network: $network is a number, $mac its MAC on that network.
# en: 56b6f1fb
cli-device-routed = { $network } (gerouteerd, MAC { $mac })
# The short column words before the network and firmware of a device line.
# en: bf03556c
cli-device-net = net
# en: 1da0b16c
cli-device-fw = fw
# en: 1177fdc6
cli-device-vendor-unknown = fabrikant ?
# en: 67704dde
cli-device-objects = { $count } { $count ->
        [one] object
       *[other] objecten
    }
# en: f8e6cc2e
cli-device-objects-commandable = { $count } { $count ->
        [one] object
       *[other] objecten
    }, { $commandable } commandeerbaar
# en: 86fc2661
cli-device-objects-unknown = objecten onbekend
# en: b4335d55
cli-device-sc-port = BACnet/SC-poort
# en: 1047e5e4
cli-device-bbmd = BBMD
# en: 10a491d4
cli-device-bbmd-fd = BBMD, accepteert foreign devices
# $method: a BACnet service name such as read-property.
# en: 237b2a78
cli-device-read-with = gelezen met { $method }
# $networks: network numbers joined by ", ".
# en: 3c401ec4
cli-router-networks = naar netwerk(en) { $networks }
# en: 3696e710
cli-router-local = (lokaal netwerk { $network })
# en: 696f2cf6
cli-fdt-empty = FDT leeg
# $entries: "address (ttl N s)" joined by ", ".
# en: c242e581
cli-fdt = FDT { $entries }
# en: e9d60da4
cli-fdt-entry = { $address } (ttl { $ttl } s)
# en: b36974fa
cli-fdt-unreadable = FDT niet leesbaar
# en: 85e02fea
cli-duplicate-instance = ! apparaatinstantie { $instance } antwoordt vanaf meerdere adressen: { $addresses }
# en: ca7d1dfb
cli-shared-address = ! adres { $address } antwoordt als meerdere apparaatinstanties: { $instances }
# en: 67dbb947
cli-tunnel-slots = tunnelverbindingen: { $free } van { $total } vrij
# $version: the KNXnet/IP core version, or "?"; $serial: the gateway's serial number.
# en: de8b7944
cli-gateway-core = Core v{ $version }, serienummer { $serial }
# en: a22f7df6
cli-gateway-claimed-endpoint = ! zijn antwoorden noemen { $address } als zijn adres (niet geloofd, geen contact opgenomen)
# en: 648ceb90
cli-gateway-disagree = ! antwoorden spreken elkaar tegen: { $what }
# en: bd687edb
cli-secure-not-supported = KNX IP Secure niet ondersteund
# $tunnelling, $routing, $management: cli-secure-state each.
# en: a74eac57
cli-secure-supported = KNX IP Secure ondersteund: { $tunnelling }, { $routing }, { $management }
# $service: cli-service-*; $state: secured, not-secured or unknown.
# en: 22d3ec4e
cli-secure-state = { $service } { $state ->
        [secured] beveiligd
        [not-secured] NIET beveiligd
       *[unknown] onbekend
    }
# en: b5994a3b
cli-service-tunnelling = tunneling
# en: 3026df01
cli-service-routing = routing
# en: be306ccf
cli-service-management = apparaatbeheer
# $message: a note from the job.
# en: a437f810
cli-note = Opmerking: { $message }
# en: 887f4e3b
cli-discovery-totals = { $sent } { $sent ->
        [one] pakket
       *[other] pakketten
    } verzonden ({ $estimated } geschat), { $received } ontvangen, in { $seconds } s
# Under a diagnosis item's title.
# en: b45bf2c4
cli-diagnosis-seen = Gezien: { $evidence }

## What was not believed (docs/TRUST.md)

# en: 6187a9d6
cli-trust-heading = Niet geloofd of niet gedaan (zie docs/TRUST.md):
# $peer: "address: " or nothing; $skipped: what was not done, in words.
# en: 6ea36983
cli-trust-limit = ! limiet { $limit }: { $peer }meldde { $claimed }, hoogstens { $allowed }; { $skipped }
# en: 83ae6bf0
cli-trust-believed = geloofd (een gevonden BBMD staat ervoor in)
# $reason: a code such as outside-scope.
# en: d05105cf
cli-trust-not-believed = niet geloofd: { $reason }
# $what: what the answer claimed; $names: the address it named; $kind: a code; $verdict: cli-trust-believed or cli-trust-not-believed.
# en: acf55a22
cli-trust-claim = ! { $from } claimt { $what } op { $names } ({ $kind }, ×{ $count }): { $verdict }
# en: cfdc1ba8
cli-trust-claims-secure = (claimt KNX IP Secure)
# Which identity two gateways share ($field is a code: mac or serial), inside trust-identity-summary and cli-trust-identity.
# en: ad019a80
cli-identity-field = { $field ->
        [mac] MAC-adres
        [serial] serienummer
       *[other] { $field }
    }
# $field: trust-field-*; $value: the claimed value; $claimants: addresses joined by ", ".
# en: 31eeceab
cli-trust-identity = ! twee apparaten claimen { $field } { $value }: { $claimants }
# $protocol: BACnet or KNXnet/IP; $reason: why it did not decode (a code).
# en: 6d457c22
cli-trust-malformed = ! { $source } stuurde { $count } { $protocol }-{ $count ->
        [one] antwoord
       *[other] antwoorden
    } met { $reason } { $listed ->
        [yes] (nog vermeld, gemarkeerd)
       *[no] (niet vermeld)
    }
# en: c9bb28ad
cli-trust-refused = ! niet verzonden naar { $destination } ({ $reason }, ×{ $count })
# en: f9286bf5
cli-trust-more-rows = ({ $count } rijen meer niet vermeld)

## analyze

# en: 998f85d9
cli-capture = { $file } ({ $format }, { $bytes } bytes gelezen)
# $first, $last: times; $seconds: a decimal.
# en: 1c5435d5
cli-capture-time = { $first } tot { $last } ({ $seconds } s)
# en: a5d6f984
cli-capture-no-time = (geen tijdstempels)
# en: 06f24533
cli-capture-cancelled = Afgebroken: de tellingen gaan alleen over wat gelezen is.
# After the protocol name (BACnet, KNXnet/IP).
# en: ac260c90
cli-capture-messages = { $messages } { $messages ->
        [one] bericht
       *[other] berichten
    }, { $malformed } misvormd
# en: 7bac88b9
cli-capture-other = { $other } { $other ->
        [one] ander pakket
       *[other] andere pakketten
    }, { $fragments } IP-fragmenten (niet samengevoegd), { $cut } afgekapt door de snapshotlengte, { $unreadable } onleesbaar
# en: fad87b42
cli-capture-devices = Apparaten ({ $count })
# en: 18f6ace6
cli-capture-gateways = Gateways ({ $count })
# en: 9a3a4d5a
cli-capture-more-devices = ({ $count } I-Ams meer van apparaten voorbij de lijstlimiet)
# en: e75fd727
cli-capture-more-gateways = ({ $count } antwoorden meer van gateways voorbij de lijstlimiet)
# Table column headers: short.
# en: 4322dcac
cli-col-service = dienst
# en: a4715403
cli-col-malformed = misvormd, per reden
# en: 66cf88f7
cli-col-unreadable = onleesbaar, per reden
# en: 5406e274
cli-col-count = aantal
# en: 80724174
cli-col-instance = instantie
# en: 84709868
cli-col-address = adres
# en: 1c61c5b4
cli-col-network = netwerk
# en: 2fea4226
cli-col-vendor = fabrikant
# en: 76f7ae07
cli-col-max-apdu = max. APDU
# en: 7bf32816
cli-col-segmentation = segmentatie
# en: 1d3cac3c
cli-col-i-ams = I-Ams
# en: f6e40291
cli-col-first-seen = eerst gezien
# en: 0b4f188f
cli-col-last-seen = laatst gezien
# en: e7088368
cli-col-name = naam
# en: 32f4b7b4
cli-col-individual = fysiek adres
# en: 31faadf4
cli-col-mac = MAC
# en: fb5cc12e
cli-col-serial = serienr.
# en: 1e190052
cli-col-services = diensten
# en: bd6f6274
cli-col-secure = beveiligd

## watch

# $source: a file or "live capture ..."; $span: cli-watch-span or nothing.
# en: b5bf0d09
cli-watch-stats = { $messages } { $messages ->
        [one] bericht
       *[other] berichten
    } ({ $malformed } misvormd) in { $packets } { $packets ->
        [one] pakket
       *[other] pakketten
    } uit { $source }{ $span }
# $duration: such as 12 min.
# en: fa6a7d55
cli-watch-span = , { $first } tot { $last } ({ $duration })
# en: a60cabf0
cli-watch-points = { $points } (waarden van apparaatobjecten en KNX-groepsadressen; { $written } beschreven)
# $interval: seconds; $metric: minmax, mean or mad.
# en: 3b30049c
cli-watch-rates = { $pairs } paren van bron en dienst, interval { $interval } s, maat { $metric }
# en: 6665a949
cli-watch-network = { $hosts } hosts, { $conversations } verbindingen, { $devices } apparaten, { $routers } routers
# en: 35762f13
cli-watch-written = Beschreven punten (wie wat mag schrijven):
# en: 0a06cb50
cli-watch-group = groepsadres { $group }
# en: 3f1bf923
cli-watch-values = waarden { $values }
# en: 8927d8d3
cli-watch-writes = ({ $count } { $count ->
        [one] schrijfactie
       *[other] schrijfacties
    } door { $writers })
# $limits: the caps reached, as the program names them.
# en: 34cde666
cli-watch-capped = Opmerking: sommige sleutels zijn niet geleerd omdat een geheugenlimiet bereikt is: { $limits }
# en: 1108e53c
cli-watch-no-alerts = Geen waarschuwingen: het verkeer past bij het geleerde normale patroon.
# en: 6a2bc96c
cli-watch-alerts = { $count } { $count ->
        [one] waarschuwing
       *[other] waarschuwingen
    }:
# en: 2a959deb
cli-watch-repeated = (×{ $count }, tot { $last })
# en: 956573cf
cli-watch-suppressed = { $count } { $count ->
        [one] waarschuwing meer is
       *[other] waarschuwingen meer zijn
    } geteld maar niet bewaard (limiet bereikt).

## The homeowner's self-check, copied for the installer

# en: af8a0f23
cli-installer-heading = Zelfcontrole van de domotica (BAS Audit): { $light } — { $headline }
# en: c5fef072
cli-installer-please = Graag:
# en: d74a47a3
cli-installer-look-at = Kijkt u hier alstublieft naar: { $title }
# en: 9bd46043
cli-installer-found = Wat de controle vond:

## The terminal (app/src/cli)

# $signal: SIGINT, SIGTERM or SIGHUP.
# en: 22f93176
cli-interrupted = { $signal }: stoppen; wat verzameld is, wordt getoond en opgeslagen (nogmaals om direct te stoppen)
# en: e2ae3518
cli-analysing = analyseren: { $percent } %  ({ $packets } pakketten)
# en: 558f7e78
cli-no-signals = waarschuwing: Ctrl+C en SIGTERM beëindigen de analyse direct ({ $error })
# en: 8588e409
cli-json-error = kan het resultaat niet als JSON schrijven: { $error }
# en: aa7df5df
cli-demo-started = Demogebouw: simulators gestart op loopback
# $discovery, $device, $gateway: packet counts; $rate: packets per second.
# en: e467d8de
cli-sending = { $discovery } pakketten vóór enig antwoord, ongeveer { $device } meer per gevonden BACnet-apparaat en { $gateway } per KNX-gateway; hoogstens { $rate } pakketten/s
# en: 2a806794
cli-time-budget = hoogstens { $seconds } s (--time-budget); apparaten die meer melden dan een gebouw heeft, worden tot een limiet gelezen en genoemd
# en: 0eb3b03f
cli-global-broadcast = --global-broadcast: elk BACnet-apparaat op elk netwerk zal antwoorden
# en: 2894c8ea
cli-router-not-asked = niet gevraagd (--no-router)
# $router: an address or cli-router-default-gateway.
# en: 17cca751
cli-router-ask = { $router } vragen welke poorten hij doorverwijst (UPnP IGD, NAT-PMP, PCP){ $hairpin ->
        [yes] , daarna zijn openbaar IP-adres van binnenuit proberen
       *[no] {""}
    }
# en: c00bcd59
cli-router-default-gateway = de standaardgateway
# en: 9acb15f6
cli-internet-lookup = het openbaar IP-adres opzoeken bij { $url } (u hebt dit toegestaan met --internet-lookup)
# en: 930cf5c7
cli-write-test-allowed = schrijftest toegestaan: op elk gevonden BACnet-apparaat de beschrijving (Description, anders Location) lezen, exact dezelfde waarde terugschrijven en opnieuw lezen. Nooit een commandeerbare eigenschap, nooit een nieuwe waarde; de test stopt zodra een waarde afwijkt.
# en: 7a95fb33
cli-demo-router-needs-demo = --demo-router vereist --demo
# en: 52e1fbaf
cli-demo-router-kind = --demo-router moet public, cgnat of none zijn
# en: b78896ee
cli-check-session-bad = --session: { $error }; er is niets verzonden (kies een ander bestand of verplaats dit bestand)
# en: 331fd5ee
cli-discover-session-bad = --session: { $error }; het is ook geen eerder zoekresultaat, dus er is niets verzonden (kies een ander bestand)
# en: a7368f9e
cli-cannot-run-check = kan de controle niet uitvoeren: { $error }
# en: 2a913381
cli-cannot-run-discovery = kan niet naar apparaten zoeken: { $error }
# en: 773ac9ff
cli-saved-instead = kan { $file } niet schrijven: { $error }; het resultaat is in plaats daarvan opgeslagen in { $other }
# en: 965473d5
cli-audit-saved-instead = kan { $file } niet schrijven: { $error }; de audit is in plaats daarvan opgeslagen in { $other }
# en: 4b485fe1
cli-not-saved = kan { $file } niet schrijven: { $error }; ook geen kopie ernaast ({ $error2 }); het resultaat hierboven is alles wat er is
# The name of a new audit session: $scope is what was checked, $date a date and time.
# en: 7588d725
cli-check-session-name = Controle van { $scope } { $date }
# --verbose lines on stderr.
# en: 926a14c9
cli-sent-packet = verzonden { $seconds }s  { $destination } { $protocol } { $service } { $bytes } bytes
# en: 8618abe3
cli-estimate = - schatting: ongeveer { $estimated } pakketten ({ $sent } verzonden)
# en: a307528b
cli-mark-warning = waarschuwing
# en: ca3608c1
cli-mark-note = opmerking
