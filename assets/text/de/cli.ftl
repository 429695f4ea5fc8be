# The command line's plain text (audit-core/src/report/text.rs and app/src/cli/). JSON output is
# never translated. Labels (cli-label-*) start a line and are padded into a column by the code:
# keep them short (one word); a label longer than 9 characters widens its whole block.
# Counts are numbers; addresses look like 198.18.1.66:47808.

## Labels of the line blocks

# en: a9acbb60
cli-label-verdict = Urteil
# en: ec2823ba
cli-label-findings = Befunde
# en: f90af0f0
cli-label-exposure = Internet
# en: 43c6df70
cli-label-proof = Nachweis
# en: 98febbf8
cli-label-do = Maßnahme
# en: 0622ede0
cli-label-target = Ziel
# en: aed25508
cli-label-seen = Gesehen
# en: 3eb8cd90
cli-label-fix = Behebung
# en: d082ce4c
cli-label-capture = Mitschnitt
# en: 5045ad10
cli-label-packets = Pakete
# en: ae31b460
cli-label-time = Zeit
# en: d7713e50
cli-label-other = Sonstige
# en: 926a1f08
cli-label-learned = Gelernt
# en: dfad3578
cli-label-model = Modell
# en: 4eca9bb4
cli-label-points = Punkte
# en: f8398580
cli-label-rates = Raten
# en: c408c5c0
cli-label-network = Netz
# en: 45aa0790
cli-label-checked = Geprüft
# en: 29639978
cli-label-scope = Bereich
# en: ba57456c
cli-label-sending = Senden
# en: 2929011c
cli-label-warning = Warnung
# en: 62155078
cli-label-router = Router
# en: f540f428
cli-label-internet = Internet
# en: de755bf2
cli-label-normal = Normal:
# en: ef8a15d3
cli-label-to-do = Zu tun:

## check

# en: 8ac42172
cli-findings-none = keine
# $items: what the audit checked (or did not), joined by "; ".
# en: 10bf719d
cli-checked = Geprüft: { $items }
# en: f22f96a0
cli-not-checked = Nicht geprüft: { $items }
# en: ff903fc1
cli-ask-installer = Fragen Sie Ihren Installateur
# $seconds: a decimal such as 4.2.
# en: 06bb1c1e
cli-check-totals = { $devices } { $devices ->
        [one] BACnet-Gerät
       *[other] BACnet-Geräte
    }, { $gateways } { $gateways ->
        [one] KNXnet/IP-Gateway
       *[other] KNXnet/IP-Gateways
    }; { $sent } { $sent ->
        [one] Paket
       *[other] Pakete
    } gesendet in { $seconds } s
# Added after a total; $reason: cli-stop-reason.
# en: 625833b2
cli-stopped = ; beendet: { $reason }
# Why a job ended early ($reason is a code).
# en: 63ad1d8a
cli-stop-reason = { $reason ->
        [cancelled] abgebrochen
        [time-budget-exhausted] das Zeitlimit ist abgelaufen
        [error-budget-exhausted] zu viele Fehler
       *[other] { $reason }
    }

## Words built into other messages (checks, discovery, diagnosis)

# $which in the exposure-*-port-control messages when the router has both.
# en: 4c41a672
exposure-which-nat-pmp-and-pcp = NAT-PMP und PCP
# $skipped in trust-limit-summary, trust-time-budget-summary and cli-trust-limit: what a limit left undone.
# en: dac455d8
limit-skipped-instances = { $count } { $count ->
        [one] Geräteinstanz
       *[other] Geräteinstanzen
    } nicht abgefragt
# en: 8cc7d9f9
limit-skipped-networks = { $count } { $count ->
        [one] Netz
       *[other] Netze
    } nicht durchsucht
# en: 26a8af86
limit-skipped-routers = { $count } { $count ->
        [one] Router-Meldung
       *[other] Router-Meldungen
    } nicht verwendet
# en: fe051862
limit-skipped-answers = { $count } { $count ->
        [one] Antwort
       *[other] Antworten
    } nicht verwendet
# en: 8cf8f773
limit-skipped-gateways = { $count } { $count ->
        [one] antwortende Adresse
       *[other] antwortende Adressen
    } weder aufgelistet noch beschrieben
# en: 40c5d4ce
limit-skipped-datagrams = { $count } { $count ->
        [one] Datagramm
       *[other] Datagramme
    } ungelesen verworfen
# $seconds: whole seconds; $sent, $estimate: packet counts.
# en: 704b4b34
limit-skipped-time = nach { $seconds } s beendet, { $sent } von etwa { $estimate } Paketen gesendet
# en: eade6347
limit-skipped-stages-unfinished = die Router-Abfragen oder der Schreibtest wurden nicht fertig
# en: b16fd19b
limit-skipped-stages-not-run = die Router-Abfragen und der Schreibtest wurden nicht ausgeführt

## discover

# en: 500426dd
cli-bacnet-devices = BACnet/IP-Geräte: { $count }
# en: 905dcab5
cli-bacnet-routers = BACnet-Router: { $count }
# en: b20afbee
cli-bbmds = BBMDs: { $count }
# en: 8863343a
cli-knx-gateways = KNXnet/IP-Gateways: { $count }
# A BACnet device's network: $network is a number, $mac its MAC on that network.
# en: 56b6f1fb
cli-device-routed = { $network } (geroutet, MAC { $mac })
# The short column words before the network and firmware of a device line.
# en: bf03556c
cli-device-net = Netz
# en: 1da0b16c
cli-device-fw = FW
# en: 1177fdc6
cli-device-vendor-unknown = Hersteller ?
# en: 67704dde
cli-device-objects = { $count } { $count ->
        [one] Objekt
       *[other] Objekte
    }
# en: f8e6cc2e
cli-device-objects-commandable = { $count } { $count ->
        [one] Objekt
       *[other] Objekte
    }, { $commandable } kommandierbar
# en: 86fc2661
cli-device-objects-unknown = Objekte unbekannt
# en: b4335d55
cli-device-sc-port = BACnet/SC-Port
# en: 1047e5e4
cli-device-bbmd = BBMD
# en: 10a491d4
cli-device-bbmd-fd = BBMD, nimmt Foreign Devices an
# $method: a BACnet service name such as read-property.
# en: 237b2a78
cli-device-read-with = gelesen mit { $method }
# $networks: network numbers joined by ", ".
# en: 3c401ec4
cli-router-networks = zu Netz(en) { $networks }
# en: 3696e710
cli-router-local = (lokales Netz { $network })
# en: 696f2cf6
cli-fdt-empty = FDT leer
# $entries: "address (ttl N s)" joined by ", ".
# en: c242e581
cli-fdt = FDT { $entries }
# en: e9d60da4
cli-fdt-entry = { $address } (TTL { $ttl } s)
# en: b36974fa
cli-fdt-unreadable = FDT nicht lesbar
# en: 85e02fea
cli-duplicate-instance = ! Geräteinstanz { $instance } antwortet von mehreren Adressen: { $addresses }
# en: ca7d1dfb
cli-shared-address = ! Adresse { $address } antwortet als mehrere Geräteinstanzen: { $instances }
# en: 67dbb947
cli-tunnel-slots = Tunneling-Verbindungen: { $free } von { $total } frei
# $version: the KNXnet/IP core version, or "?"; $serial: the gateway's serial number.
# en: de8b7944
cli-gateway-core = Core v{ $version }, Seriennummer { $serial }
# en: a22f7df6
cli-gateway-claimed-endpoint = ! seine Antworten nennen { $address } als seine Adresse (nicht geglaubt, nicht kontaktiert)
# en: 648ceb90
cli-gateway-disagree = ! Antworten widersprechen sich: { $what }
# en: bd687edb
cli-secure-not-supported = KNX IP Secure nicht unterstützt
# $tunnelling, $routing, $management: cli-secure-state each.
# en: a74eac57
cli-secure-supported = KNX IP Secure unterstützt: { $tunnelling }, { $routing }, { $management }
# $service: cli-service-*; $state: secured, not-secured or unknown.
# en: 22d3ec4e
cli-secure-state = { $service } { $state ->
        [secured] gesichert
        [not-secured] NICHT gesichert
       *[unknown] unbekannt
    }
# en: b5994a3b
cli-service-tunnelling = Tunneling
# en: 3026df01
cli-service-routing = Routing
# en: be306ccf
cli-service-management = Geräteverwaltung
# $message: a note from the job.
# en: a437f810
cli-note = Hinweis: { $message }
# en: 887f4e3b
cli-discovery-totals = { $sent } { $sent ->
        [one] Paket
       *[other] Pakete
    } gesendet ({ $estimated } geschätzt), { $received } empfangen, in { $seconds } s
# Under a diagnosis item's title.
# en: b45bf2c4
cli-diagnosis-seen = Gesehen: { $evidence }

## What was not believed (docs/TRUST.md)

# en: 6187a9d6
cli-trust-heading = Nicht geglaubt oder nicht getan (siehe docs/TRUST.md):
# $peer: "address: " or nothing; $skipped: what was not done, in words.
# en: 6ea36983
cli-trust-limit = ! Grenze { $limit }: { $peer }meldete { $claimed }, höchstens { $allowed }; { $skipped }
# en: 83ae6bf0
cli-trust-believed = geglaubt (ein gefundenes BBMD bürgt dafür)
# $reason: a code such as outside-scope.
# en: d05105cf
cli-trust-not-believed = nicht geglaubt: { $reason }
# $what: what the answer claimed; $names: the address it named; $kind: a code; $verdict: cli-trust-believed or cli-trust-not-believed.
# en: acf55a22
cli-trust-claim = ! { $from } behauptet { $what } bei { $names } ({ $kind }, ×{ $count }): { $verdict }
# en: cfdc1ba8
cli-trust-claims-secure = (meldet KNX IP Secure)
# Which identity two gateways share ($field is a code: mac or serial), inside trust-identity-summary and cli-trust-identity.
# en: ad019a80
cli-identity-field = { $field ->
        [mac] MAC-Adresse
        [serial] Seriennummer
       *[other] { $field }
    }
# $field: trust-field-*; $value: the claimed value; $claimants: addresses joined by ", ".
# en: 31eeceab
cli-trust-identity = ! zwei Geräte beanspruchen { $field } { $value }: { $claimants }
# $protocol: BACnet or KNXnet/IP; $reason: why it did not decode (a code).
# en: 6d457c22
cli-trust-malformed = ! { $source } sandte { $count } { $protocol }-{ $count ->
        [one] Antwort
       *[other] Antworten
    } mit { $reason } { $listed ->
        [yes] (weiter aufgelistet, markiert)
       *[no] (nicht aufgelistet)
    }
# en: c9bb28ad
cli-trust-refused = ! nicht gesendet an { $destination } ({ $reason }, ×{ $count })
# en: f9286bf5
cli-trust-more-rows = ({ $count } weitere Zeilen nicht aufgelistet)

## analyze

# en: 998f85d9
cli-capture = { $file } ({ $format }, { $bytes } Bytes gelesen)
# $first, $last: times; $seconds: a decimal.
# en: 1c5435d5
cli-capture-time = { $first } bis { $last } ({ $seconds } s)
# en: a5d6f984
cli-capture-no-time = (keine Zeitstempel)
# en: 06f24533
cli-capture-cancelled = Abgebrochen: die Zahlen umfassen nur das Gelesene.
# After the protocol name (BACnet, KNXnet/IP).
# en: ac260c90
cli-capture-messages = { $messages } { $messages ->
        [one] Nachricht
       *[other] Nachrichten
    }, { $malformed } fehlerhaft
# en: 7bac88b9
cli-capture-other = { $other } { $other ->
        [one] anderes Paket
       *[other] andere Pakete
    }, { $fragments } IP-Fragmente (nicht zusammengesetzt), { $cut } durch die Snapshot-Länge gekürzt, { $unreadable } unlesbar
# en: fad87b42
cli-capture-devices = Geräte ({ $count })
# en: 18f6ace6
cli-capture-gateways = Gateways ({ $count })
# en: 9a3a4d5a
cli-capture-more-devices = ({ $count } weitere I-Ams von Geräten jenseits der Listengrenze)
# en: e75fd727
cli-capture-more-gateways = ({ $count } weitere Antworten von Gateways jenseits der Listengrenze)
# Table column headers: short.
# en: 4322dcac
cli-col-service = Dienst
# en: a4715403
cli-col-malformed = fehlerhaft, nach Grund
# en: 66cf88f7
cli-col-unreadable = unlesbar, nach Grund
# en: 5406e274
cli-col-count = Anzahl
# en: 80724174
cli-col-instance = Instanz
# en: 84709868
cli-col-address = Adresse
# en: 1c61c5b4
cli-col-network = Netz
# en: 2fea4226
cli-col-vendor = Hersteller
# en: 76f7ae07
cli-col-max-apdu = max. APDU
# en: 7bf32816
cli-col-segmentation = Segmentierung
# en: 1d3cac3c
cli-col-i-ams = I-Ams
# en: f6e40291
cli-col-first-seen = zuerst gesehen
# en: 0b4f188f
cli-col-last-seen = zuletzt gesehen
# en: e7088368
cli-col-name = Name
# en: 32f4b7b4
cli-col-individual = phys. Adresse
# en: 31faadf4
cli-col-mac = MAC
# en: fb5cc12e
cli-col-serial = Seriennr.
# en: 1e190052
cli-col-services = Dienste
# en: bd6f6274
cli-col-secure = gesichert

## watch

# $source: a file or "live capture ..."; $span: cli-watch-span or nothing.
# en: b5bf0d09
cli-watch-stats = { $messages } { $messages ->
        [one] Nachricht
       *[other] Nachrichten
    } ({ $malformed } fehlerhaft) in { $packets } { $packets ->
        [one] Paket
       *[other] Paketen
    } aus { $source }{ $span }
# $duration: such as 12 min.
# en: fa6a7d55
cli-watch-span = , { $first } bis { $last } ({ $duration })
# en: a60cabf0
cli-watch-points = { $points } (Werte von Geräteobjekten und KNX-Gruppenadressen; { $written } beschrieben)
# $interval: seconds; $metric: minmax, mean or mad.
# en: 3b30049c
cli-watch-rates = { $pairs } Paare aus Quelle und Dienst, Intervall { $interval } s, Maß { $metric }
# en: 6665a949
cli-watch-network = { $hosts } Hosts, { $conversations } Verbindungen, { $devices } Geräte, { $routers } Router
# en: 35762f13
cli-watch-written = Beschriebene Punkte (wer was schreiben darf):
# en: 0a06cb50
cli-watch-group = Gruppenadresse { $group }
# en: 3f1bf923
cli-watch-values = Werte { $values }
# en: 8927d8d3
cli-watch-writes = ({ $count } { $count ->
        [one] Schreibzugriff
       *[other] Schreibzugriffe
    } von { $writers })
# $limits: the caps reached, as the program names them.
# en: 34cde666
cli-watch-capped = Hinweis: einige Schlüssel wurden nicht gelernt, weil eine Speichergrenze erreicht wurde: { $limits }
# en: 1108e53c
cli-watch-no-alerts = Keine Warnungen: der Verkehr entspricht dem gelernten Normalzustand.
# en: 6a2bc96c
cli-watch-alerts = { $count } { $count ->
        [one] Warnung
       *[other] Warnungen
    }:
# en: 2a959deb
cli-watch-repeated = (×{ $count }, bis { $last })
# en: 956573cf
cli-watch-suppressed = { $count } weitere { $count ->
        [one] Warnung wurde
       *[other] Warnungen wurden
    } gezählt, aber nicht behalten (Grenze erreicht).

## The homeowner's self-check, copied for the installer

# en: af8a0f23
cli-installer-heading = Selbsttest der Hausautomation (BAS Audit): { $light } — { $headline }
# en: c5fef072
cli-installer-please = Bitte:
# en: d74a47a3
cli-installer-look-at = Bitte sehen Sie sich das an: { $title }
# en: 9bd46043
cli-installer-found = Was der Test gefunden hat:

## The terminal (app/src/cli)

# $signal: SIGINT, SIGTERM or SIGHUP.
# en: 22f93176
cli-interrupted = { $signal }: wird beendet; das Gesammelte wird ausgegeben und gespeichert (nochmals drücken, um sofort zu beenden)
# en: e2ae3518
cli-analysing = Analyse: { $percent } %  ({ $packets } Pakete)
# en: 558f7e78
cli-no-signals = Warnung: Strg+C und SIGTERM beenden die Analyse sofort ({ $error })
# en: 8588e409
cli-json-error = das Ergebnis lässt sich nicht als JSON schreiben: { $error }
# en: aa7df5df
cli-demo-started = Demo-Gebäude: Simulatoren auf Loopback gestartet
# $discovery, $device, $gateway: packet counts; $rate: packets per second.
# en: e467d8de
cli-sending = { $discovery } Pakete vor jeder Antwort, etwa { $device } weitere pro gefundenem BACnet-Gerät und { $gateway } pro KNX-Gateway; höchstens { $rate } Pakete/s
# en: 2a806794
cli-time-budget = höchstens { $seconds } s (--time-budget); Geräte, die mehr melden, als ein Gebäude hat, werden bis zu einer Grenze gelesen und benannt
# en: 0eb3b03f
cli-global-broadcast = --global-broadcast: jedes BACnet-Gerät in jedem Netz wird antworten
# en: 2894c8ea
cli-router-not-asked = nicht gefragt (--no-router)
# $router: an address or cli-router-default-gateway.
# en: 17cca751
cli-router-ask = { $router } fragen, welche Ports er weiterleitet (UPnP IGD, NAT-PMP, PCP){ $hairpin ->
        [yes] , dann seine öffentliche IP-Adresse von innen testen
       *[no] {""}
    }
# en: c00bcd59
cli-router-default-gateway = das Standard-Gateway
# en: 9acb15f6
cli-internet-lookup = die öffentliche IP-Adresse bei { $url } nachschlagen (von Ihnen mit --internet-lookup erlaubt)
# en: 930cf5c7
cli-write-test-allowed = Schreibtest erlaubt: auf jedem gefundenen BACnet-Gerät die Beschreibung (Description, sonst Location) lesen, genau denselben Wert zurückschreiben und erneut lesen. Nie eine kommandierbare Eigenschaft, nie ein neuer Wert; weicht ein Wert je ab, endet der Test.
# en: 7a95fb33
cli-demo-router-needs-demo = --demo-router braucht --demo
# en: 52e1fbaf
cli-demo-router-kind = --demo-router muss public, cgnat oder none sein
# en: b78896ee
cli-check-session-bad = --session: { $error }; es wurde nichts gesendet (wählen Sie eine andere Datei oder verschieben Sie diese)
# en: 331fd5ee
cli-discover-session-bad = --session: { $error }; es ist auch kein früheres Suchergebnis, daher wurde nichts gesendet (wählen Sie eine andere Datei)
# en: a7368f9e
cli-cannot-run-check = die Prüfung kann nicht laufen: { $error }
# en: 2a913381
cli-cannot-run-discovery = die Gerätesuche kann nicht laufen: { $error }
# en: 773ac9ff
cli-saved-instead = { $file } lässt sich nicht schreiben: { $error }; das Ergebnis wurde stattdessen in { $other } gespeichert
# en: 965473d5
cli-audit-saved-instead = { $file } lässt sich nicht schreiben: { $error }; die Prüfung wurde stattdessen in { $other } gespeichert
# en: 4b485fe1
cli-not-saved = { $file } lässt sich nicht schreiben: { $error }; auch keine Kopie daneben ({ $error2 }); das Ergebnis oben ist alles, was es gibt
# The name of a new audit session: $scope is what was checked, $date a date and time.
# en: 7588d725
cli-check-session-name = Prüfung von { $scope } { $date }
# --verbose lines on stderr.
# en: 926a14c9
cli-sent-packet = gesendet { $seconds }s  { $destination } { $protocol } { $service } { $bytes } Bytes
# en: 8618abe3
cli-estimate = - Schätzung: etwa { $estimated } Pakete ({ $sent } gesendet)
# en: a307528b
cli-mark-warning = Warnung
# en: ca3608c1
cli-mark-note = Hinweis
