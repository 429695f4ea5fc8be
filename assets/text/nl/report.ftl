# The hand-over report (audit-core/src/report/): PDF, HTML and the words in the JSON, CSV and
# EDE exports. Rendered in the REPORT's language (`bas-audit report --lang`), which may differ
# from the UI's. Readers are building owners as well as installers: plain words; the technical
# terms used are explained in the glossary messages at the end.


## Title, metadata and cover

# en: 2bfb02f9
report-title = Beveiligingsaudit gebouwautomatisering
# en: aaf04b28
report-title-owner = Beveiligingsaudit gebouwautomatisering: samenvatting voor de eigenaar
# en: a656de05
report-subject = Beveiligingsaudit van het BACnet/IP- en KNXnet/IP-netwerk voor gebouwautomatisering
# Keywords of the PDF and HTML metadata, separated by ", ".
# en: 503e7945
report-keywords = BACnet, KNX, gebouwautomatisering, beveiligingsaudit
# en: ab6d4b9e
report-confidential = Vertrouwelijk. Dit rapport beschrijft zwakke plekken in het netwerk van het gebouw. Deel het alleen met de mensen die het gebouw onderhouden.
# en: eb71e6bb
report-redacted-note = Afgeschermde kopie: openbare IP-adressen, MAC-adressen, serienummers, de naam en het adres van de locatie, namen van personen en alle sleutels en wachtwoorden zijn vervangen door plaatsvervangers (openbare adressen door documentatieadressen zoals 198.51.100.1). Dezelfde waarde heeft overal in deze export dezelfde plaatsvervanger.
# en: 849f7d0b
report-cover-site = Locatie
# en: 9fbf0127
report-cover-address = Adres
# en: 74d1ad06
report-cover-owner = Opgesteld voor
# en: b9607467
report-cover-auditor = Auditor
# en: 0c2d3e63
report-cover-company = Bedrijf
# en: 05e19812
report-cover-date = Datum van de audit
# en: 6efa0359
report-cover-tool = Software
# en: c2ca0cd0
report-cover-audit-id = Audit-id
# en: bbd501a9
report-cover-kind = Soort audit
# en: d2db67b5
report-not-checked-yet = er is nog geen controle uitgevoerd

## Running header and footer

# en: c55bfd7d
report-page = Pagina
# en: 66a9125b
report-page-of = van
# en: 044d0cdb
report-contents = Inhoud

## Section titles, in report order

# en: cef462e7
report-section-how-to-read = Zo leest u dit rapport
# en: 666d357c
report-section-summary = Samenvatting voor de eigenaar
# en: 74bd3be3
report-section-chart = Bevindingen per ernst
# en: 1428e469
report-section-changes = Wijzigingen sinds het vorige bezoek
# en: f7fd8a59
report-section-findings = Bevindingen
# en: 37c03373
report-section-roadmap = Stappenplan
# en: 32d88b5b
report-section-inventory = Inventaris
# en: 1caad361
report-section-watch = Leerbewaking
# en: fec449f2
report-section-method = Methode en controlebereik
# en: 9cf884e5
report-section-glossary = Woordenlijst
# en: b798b0b2
report-section-signoff = Ondertekening
# en: 8a558302
report-section-appendix = Bijlage: ruw bewijs
# en: c86d1909
report-section-long-values = Bijlage: lange waarden volledig

## Owner summary

# en: b8c0294c
report-summary-top-actions = De drie belangrijkste acties
# en: 086e364a
report-summary-no-actions = Er hoeft nu niets te gebeuren. Laat de instellingen voor toegang op afstand van de router zoals ze zijn, en laat de audit herhalen na wijzigingen aan het netwerk.
# en: dfe81d5b
report-summary-not-checked = Wat niet is gecontroleerd, en waarom
# en: 3a2bee71
report-summary-everything-checked = Alles wat deze audit omvat, is gecontroleerd.
# en: 51e277fd
report-summary-checked = Wat is gecontroleerd
# en: 42213996
report-action-what = Wat te doen
# en: a4e5d97e
report-action-who = Wie
# en: c720420c
report-action-when = Wanneer
# en: 1b6ca377
report-who-installer = Uw installateur; u geeft het verzoek door
# en: 1bddc4db
report-who-installer-short = Installateur

## Severity chart

# en: aad0387c
report-chart-caption = Aantal bevindingen per ernst
# en: f7e16e12
report-col-severity = Ernst
# en: 9ce707bd
report-col-count = Bevindingen
# en: 61d1f46e
report-col-meaning = Betekenis
# en: de30d1c1
report-total = Totaal

## Changes since the last visit

# en: f47ef9d1
report-changes-new = Nieuwe bevindingen
# en: 2082569b
report-changes-fixed = Opgelost sinds het vorige bezoek
# en: 3e5478fa
report-changes-still-open = Nog open
# en: 12245b61
report-changes-severity = Ernst gewijzigd
# en: f9127c7c
report-changes-devices-added = Apparaten toegevoegd
# en: 336482ac
report-changes-devices-removed = Apparaten niet meer gevonden
# en: 344f4779
report-changes-firmware = Firmware gewijzigd
# en: e8be0666
report-changes-exposure = Bereikbaarheid vanaf internet
# en: a79bd920
report-changes-no-device-changes = Dezelfde apparaten en gateways zijn gevonden, met dezelfde firmware.
# en: 8fdf95e0
report-changes-no-exposure-changes = De poortdoorverwijzingen en het openbare IP-adres van de router zijn hetzelfde als bij het vorige bezoek.
# en: 097720f6
report-col-was = Eerst
# en: 75cdad96
report-col-now = Nu
# en: 647a922a
report-col-finding = Bevinding

## Findings

# en: dd4ba3bc
report-findings-none = Geen bevindingen: niets waar deze audit op controleert, is gevonden.
# en: 5a49f3fd
report-finding-target = Doel
# en: 376ac939
report-finding-targets = Betreft
# en: 3b914728
report-finding-seen = Wat is gezien
# en: 23dad708
report-finding-evidence = Belangrijkste bewijs
# en: 05c253bc
report-finding-why = Waarom dit belangrijk is
# en: f3007052
report-finding-installer = Stappen voor de installateur
# en: ace12d43
report-finding-owner = Wat de eigenaar kan doen
# en: a29ce354
report-finding-verify = Zo controleert u de oplossing
# en: d491c2d3
report-finding-status = Status
# en: 29af29e5
report-finding-check = Controle
# en: 9324f13d
report-finding-fingerprint = Vingerafdruk
# en: 79ab7535
report-finding-severity = Ernst

## Values in facts and tables

# en: c66c6495
report-yes = ja
# en: c670b24d
report-no = nee
# en: 9e756409
report-unknown = onbekend
# en: 7e6bb5b3
report-none = geen

## Roadmap

# en: 186e3464
report-roadmap-intro = Het werk in de volgorde waarin het moet gebeuren. Elke regel noemt een bevinding uit dit rapport (het nummer tussen haakjes) en wie het doet.
# en: e31e1594
report-roadmap-now = Nu (vandaag)
# en: b9aa203c
report-roadmap-month = Deze maand
# en: 1c226223
report-roadmap-next = Bij het volgende bezoek
# en: 86514ae6
report-roadmap-empty = Niets.
# en: 036e4236
report-roadmap-recheck = Voer deze audit na de wijzigingen opnieuw uit en vergelijk hem met deze.

## Inventory (table captions and column heads)

# en: d3ebcad7
report-inventory-bacnet = BACnet-apparaten
# en: 0edceb25
report-inventory-routers = BACnet-routers
# en: 410f81e9
report-inventory-bbmds = BACnet Broadcast Management Devices (BBMD's)
# en: 7d0b2bc3
report-inventory-knx = KNX-gateways
# en: b435cf01
report-inventory-router = Internetrouter en bereikbaarheid
# en: 32b9a2cd
report-inventory-none-bacnet = Geen enkel BACnet-apparaat heeft geantwoord.
# en: 781eace7
report-inventory-none-routers = Geen enkele BACnet-router heeft geantwoord.
# en: f680a2bc
report-inventory-none-bbmds = Geen enkele BBMD heeft geantwoord.
# en: d8da6b97
report-inventory-none-knx = Geen enkele KNX-gateway heeft geantwoord.
# en: c692021f
report-inventory-no-router = De router is in deze audit niet bevraagd.
# en: f698d480
report-inventory-no-mappings = De router vermeldt geen poortdoorverwijzingen.
# en: 205fbf43
report-inventory-mappings = Poortdoorverwijzingen die de router vermeldt
# en: f0bd6239
report-inventory-hairpin = Testverbindingen met het openbare IP-adres vanuit het gebouw
# en: a2bcdc3e
report-col-instance = Instantie
# en: a625e752
report-col-address = Adres
# en: a7f115fe
report-col-network = Netwerk
# en: dd1ffb18
report-col-vendor = Fabrikant
# en: 57ed3436
report-col-model = Model
# en: 7e0d53ae
report-col-firmware = Firmware
# en: 117dc986
report-col-objects = Objecten
# en: f93f893e
report-col-flags = Kenmerken
# en: f6eebe5a
report-col-name = Naam
# en: 7425dbe0
report-col-networks = Bereikte netwerken
# en: 443117d1
report-col-local-net = Eigen netwerk
# en: 7711da3e
report-col-bdt = Broadcasttabel (BDT)
# en: c5c01bb6
report-col-fdt = Foreign devices (FDT)
# en: 13ab8b79
report-col-ia = Fysiek adres
# en: a5b22796
report-col-mac = MAC
# en: 924693d8
report-col-serial = Serienr.
# en: 4cf947d0
report-col-secure = KNX IP Secure
# en: 1525531c
report-col-tunnels = Tunnels
# en: fbe55918
report-col-protocol = Protocol
# en: faf9aac7
report-col-external = Openbare poort
# en: 5068315e
report-col-internal = Gaat naar
# en: 13efe6ab
report-col-enabled = Actief
# en: 5cbacaee
report-col-description = Beschrijving
# en: 364080d6
report-col-outcome = Uitkomst
# en: 2b3adec6
report-col-target = Doel
# en: b53a8c26
report-router-address = Router
# en: be7fb3fb
report-router-public = Openbaar IP-adres (internet)
# en: 8bc0f22c
report-router-upnp = UPnP-lijst van poortdoorverwijzingen
# en: d526ac86
report-router-natpmp = NAT-PMP
# en: 6e49c0cd
report-router-pcp = PCP
# en: bc872a85
report-router-internetdb = Openbare index van bereikbare adressen (Shodan InternetDB)
# en: 9f08663c
report-router-model = Routermodel
# en: a7f58045
report-answered = geantwoord
# en: 8b1fe7c8
report-not-available = niet beschikbaar
# en: f53d4f14
report-not-asked = niet gevraagd
# en: 3b068bdc
report-full-list = volledig
# en: 2dbaa9a3
report-partial-list = onvolledig
# en: ee4d2705
report-routed = gerouteerd
# en: 0f235b2d
report-local = lokaal
# en: bb378d62
report-none-listed = geen vermeld
# en: 9d5e3096
report-fdt-refused = geweigerd

## Learning watch

# en: 54944d2f
report-watch-none = In deze audit is geen leerbewaking uitgevoerd. De leerbewaking luistert een tijd lang naar het eigen verkeer van het gebouw, leert wat normaal is (waardebereiken, berichtfrequenties, wie naar wat schrijft) en geeft daarna een waarschuwing bij alles wat afwijkt: bijvoorbeeld een nieuwe bron die instelwaarden wijzigt, of een apparaat dat de opdracht krijgt te stoppen met communiceren.
# en: fd0258a7
report-watch-source = Geleerd van
# en: 826372a3
report-watch-period = Periode
# en: 872608f2
report-watch-messages = Berichten waarvan geleerd is
# en: 615e2b38
report-watch-learned = Wat is geleerd
# en: 7aca219b
report-watch-alerts = Waarschuwingen
# en: df6cbcf9
report-watch-no-alerts = Er is geen waarschuwing gegeven: het gecontroleerde verkeer kwam overeen met wat is geleerd.
# en: 5f8dabba
report-watch-not-detected = Het geleerde normale patroon is nog niet gebruikt om verkeer te controleren, dus er zijn geen waarschuwingen.
# en: 320d93ae
report-col-time = Tijd
# en: 8e90d8a2
report-col-what-seen = Wat is gezien
# en: e8b014ec
report-col-from = Van
# en: 326e494c
report-col-normal = Vergeleken met
# en: 615fbf30
report-col-todo = Wat te doen
# en: c3815636
report-col-times = Aantal keer

## Method and scope

# en: e1cbac29
report-method-intro = De audit is uitgevoerd met BAS Audit vanaf een computer op het netwerk van het gebouw. Bij het zoeken naar apparaten wordt de apparaten alleen gevraagd wie ze zijn en worden hun beschrijvingen gelezen; er wordt nooit een instelling gewijzigd. Elk pakket is geteld en het tempo was begrensd, zodat zelfs kleine regelaars niet worden verstoord.
# en: 8561baac
report-method-where = Waar de audit is uitgevoerd
# en: 30b5f1c8
report-method-sent = Wat is verstuurd
# en: 64889cef
report-method-consent = Toestemmingen en keuzes
# en: ac5dc330
report-method-write-test = Schrijftest
# en: e9a668a3
report-method-limits = Grenzen van deze audit
# en: 74c10b11
report-method-notes = Opmerkingen van de auditor
# en: c40cd686
report-method-no-discovery = In deze audit is niet naar apparaten gezocht.
# en: 40dce29b
report-method-interface = Netwerkinterface
# en: 45e89feb
report-method-local-address = Eigen adres
# en: 00436ce9
report-method-scope = Controlebereik
# en: e19a507e
report-method-targets = Direct bevraagde apparaten
# en: 090c91b5
report-method-started = Gestart
# en: bdf84342
report-method-duration = Duur van het zoeken
# en: af64eb7f
report-method-rate = Tempolimiet
# en: 47ee12fc
report-method-packets-sent = Verstuurde pakketten
# en: 5721e396
report-method-received = Ontvangen pakketten
# en: 85f16685
report-method-malformed = Ontvangen misvormde antwoorden
# en: 0f4e3bf2
report-method-router-packets = Pakketten naar de router
# en: 401e8776
report-method-stopped = Vroegtijdig gestopt
# en: 8dc2c326
report-col-service = Dienst
# en: 61d5c52e
report-col-packets = Pakketten
# en: bb798d34
report-consent-write-test = Schrijftest (de net gelezen waarde terugschrijven)
# en: 9b389478
report-consent-internet = Opzoeken van het openbare IP-adres in een internetindex
# en: 946f1b81
report-consent-foreign = Korte aanmelding als BACnet foreign device
# en: bd5b69ae
report-consent-broadcast = Globale BACnet-broadcast
# en: 91152665
report-consent-nat = KNX-description-verzoek via NAT
# en: 426fe060
report-given = toegestaan
# en: 2af54d6c
report-not-given-consent = niet toegestaan (niet gedaan)
# en: fe3274db
report-write-test-not-run = De schrijftest is niet uitgevoerd: er is naar geen enkel apparaat iets geschreven. Of iets beschrijfbaar is, is beoordeeld op wat de apparaten zeggen te ondersteunen.
# en: 44418374
report-col-device = Apparaat
# en: 3d23608e
report-col-property = Eigenschap
# en: 2a6d0f51
report-col-before = Waarde vooraf
# en: 5331cba3
report-col-after = Waarde achteraf

## Sign-off block

# en: d0883ec2
report-signoff-intro = De installateur draagt dit rapport over; de eigenaar bevestigt de ontvangst en stemt in met de acties in het stappenplan.
# en: b914628a
report-signoff-installer = Installateur
# en: 074092c2
report-signoff-owner = Eigenaar
# en: 736f10fe
report-signoff-name = Naam
# en: dc6d98e2
report-signoff-company = Bedrijf
# en: d5ae12cc
report-signoff-date = Datum
# en: 34da7302
report-signoff-signature = Handtekening

## Appendices

# en: b43ff2a8
report-appendix-intro = Voor specialisten: de feiten achter elke bevinding en, waar een pakket het bewijst, de ruwe bytes zoals ontvangen (hexadecimaal, 16 bytes per regel, offset eerst).
# en: da426727
report-appendix-no-raw = Geen ruw pakket voor deze bevindingen: de feiten hierboven zijn wat de controle heeft beoordeeld.
# en: bf40a194
report-long-values-intro = Waarden die te lang zijn voor een tabel of zin, zijn daar ingekort en gemarkeerd met een verwijzing zoals [L1]; hier staan ze volledig.

## Words with values (built by audit-core/src/report/texts.rs)

# $version: the BAS Audit version, e.g. 0.1.0.
# en: 811dcd81
report-tool-version = BAS Audit { $version }
# en: 4142da01
report-kind-installer = Audit door installateur
# en: 09fb2789
report-kind-homeowner = Zelfcontrole voor bewoners
# en: 6a3ddfca
report-audience-owner = samenvatting voor de eigenaar
# en: 941d5be8
report-audience-full = volledig rapport
# A kind of audit and the audience, e.g. "Installer audit, full report".
# en: 6821b0ea
report-kind-and-audience = { $kind }, { $audience }

# en: ffbc0689
report-how-to-read-1 = Dit rapport is het resultaat van een beveiligingsaudit van het automatiseringsnetwerk van het gebouw: de BACnet-regelaars en KNX-gateways die verwarming, ventilatie, verlichting en zonwering aansturen. Het zegt wat er is gevonden, hoe ernstig elke bevinding is, en precies wat eraan te doen is.
# en: a318d5ab
report-how-to-read-2 = Begin met de samenvatting voor de eigenaar op de volgende pagina: een stoplicht, wat het betekent, en de drie belangrijkste acties met wie elke actie uitvoert. De grafiek daarna telt de bevindingen per ernst.
# en: 9189d76b
report-how-to-read-3 = Daarna zegt elke bevinding wat er is gezien, waarom het belangrijk is, welke stappen de installateur zet, wat de eigenaar kan doen en hoe u controleert of de oplossing werkt. Kritiek betekent: nu bereikbaar vanaf internet of door iedereen te wijzigen; doe vandaag iets. Hoog en middel moeten deze maand worden opgelost; laag bij het volgende bezoek; info is een feit dat goed is om te weten.
# en: 2ed2b5c0
report-how-to-read-4 = Het stappenplan zet het werk op volgorde. De inventaris noemt elk gevonden apparaat; het deel over de methode zegt wat er op het netwerk is verstuurd, wat was toegestaan en wat niet is gecontroleerd. Woorden uit de woordenlijst worden aan het eind uitgelegd. De ruwe bytes achter elke bevinding staan in de bijlage, voor specialisten.

# en: ec193fdb
report-severity-critical = Kritiek
# en: 3b933e51
report-severity-high = Hoog
# en: ee9dbcff
report-severity-medium = Middel
# en: 12761a03
report-severity-low = Laag
# en: 2fc83279
report-severity-info = Info
# en: 5fcd3681
report-severity-critical-meaning = vandaag handelen
# en: b21359d8
report-severity-high-meaning = deze maand oplossen
# en: 50697a55
report-severity-medium-meaning = deze maand oplossen
# en: 457795f3
report-severity-low-meaning = bij het volgende bezoek
# en: a25b2bc4
report-severity-info-meaning = ter informatie

# The traffic light as one word, in capitals where the language writes signal words so.
# en: 6f9a4a5c
report-light-red = ROOD
# en: 110b557c
report-light-amber = ORANJE
# en: 0885f0bc
report-light-green = GROEN
# en: eec081f9
report-light-red-meaning = Handel nu
# en: 2a3fe581
report-light-amber-meaning = Er moet iets worden opgelost, of niet alles kon worden gecontroleerd
# en: eb485e19
report-light-green-meaning = Niets dringends gevonden

# $total: number of findings; $groups: number of different causes (shown only when it differs).
# en: e54980c3
report-summary-counts = { $total ->
        [0] De audit heeft geen bevindingen opgeleverd.
        [one] De audit heeft één bevinding opgeleverd.
       *[other] De audit heeft { $total } bevindingen opgeleverd.
    }
# en: 877fd8a4
report-summary-counts-causes = De audit heeft { $total } bevindingen opgeleverd, met { $groups } verschillende oorzaken.
# en: 84d2e838
report-when-today = Vandaag
# en: d23fa960
report-when-month = Deze maand
# en: 697b77ad
report-when-next-visit = Bij het volgende bezoek

# The chart's accessible label: "Number of findings per severity: Critical 1, High 2, ...".
# $counts: the parts, each a report-chart-count, joined by commas.
# en: 28982306
report-chart-label = { report-chart-caption }: { $counts }
# en: bf658809
report-chart-count = { $severity } { $count }

# $name: the earlier audit's name; $date: its date and time.
# en: 0d0b1536
report-changes-intro = Vergeleken met de audit “{ $name }” van { $date }. Bevindingen worden gekoppeld via hun vingerafdruk: de controle en het apparaat of adres waar ze over gaan.
# en: a2572971
report-changes-external-ip = Het openbare IP-adres van de router is veranderd van { $from } in { $to }.
# $from, $to: report-light-* words.
# en: 7676b6bf
report-changes-light = Het stoplicht is van { $from } naar { $to } gegaan.
# $forward: e.g. "UDP 3671 → 198.18.1.10:3671".
# en: 8ec02e92
report-changes-forward-added = Nieuwe poortdoorverwijzing op de router: { $forward }.
# en: b8a7e1ee
report-changes-forward-removed = Poortdoorverwijzing niet meer op de router: { $forward }.
# en: ece4acc0
report-changes-router-now-checked = De router kon deze keer worden gecontroleerd (de vorige keer niet).
# en: f4775d23
report-changes-router-not-checked = De router kon deze keer niet worden gecontroleerd (de vorige keer wel).

# en: cc618922
report-status-new = Nieuw sinds het vorige bezoek
# en: 348cc58f
report-status-still-open = Nog open sinds het vorige bezoek
# $previous: the earlier severity, a report-severity-* word.
# en: db929bc4
report-status-severity-changed = Open sinds het vorige bezoek; ernst was { $previous }
# en: 3a8c70cc
report-status-open = Open sinds het vorige bezoek
# en: aa06a9c5
report-status-first-audit = Eerste audit: geen eerder bezoek om mee te vergelijken

# A finding's number in this report ("F1"); also used in the roadmap and the appendix.
# en: fdda9145
report-finding-number = F{ $number }
# en: 15321ad8
report-finding-affected-count = { $count ->
        [one] Eén plek heeft deze oorzaak; die staat hieronder.
       *[other] { $count } plekken hebben deze oorzaak; elke plek staat hieronder.
    }
# $refs: appendix references, e.g. "A1, A2".
# en: e4cb74db
report-finding-raw-in-appendix = Ruw bewijs: bijlage { $refs }.
# en: 40fd871e
report-finding-more-facts = { $count ->
        [one] Nog één feit in de bijlage.
       *[other] Nog { $count } feiten in de bijlage.
    }

# en: 83d6d0d3
report-finding-more-facts-json = { $count ->
        [one] nog één feit in de JSON-export
       *[other] nog { $count } feiten in de JSON-export
    }

# $what: something the audit could not check (a sentence of the verdict).
# en: 104c9928
report-roadmap-not-checked = Controleer wat deze audit niet kon controleren: { $what }.

# A foreign device registered at a BBMD. $seconds: its time to live.
# en: 346a0d3a
report-fdt-entry = { $address } (aangemeld voor { $seconds } s)
# en: 33d337f4
report-secure-not-supported = niet ondersteund
# $tunnelling, $routing: report-secure-required, report-secure-not-required or report-unknown.
# en: e0004800
report-secure-supported = ondersteund; tunneling { $tunnelling }, routing { $routing }
# en: efe0b699
report-secure-required = verplicht
# en: c166eb6a
report-secure-not-required = niet verplicht
# en: 4d0bdb98
report-tunnels-none = geen gemeld
# en: 9d965c19
report-tunnels = { $total } ({ $free } vrij)
# $ports: the open ports the index lists, e.g. "80, 3671".
# en: bd230699
report-internetdb-listed = vermeld, open poorten: { $ports }
# en: be9269d0
report-internetdb-not-listed = niet vermeld
# The router's UPnP list: "answered, 2 (complete)". $complete: report-full-list or report-partial-list.
# en: 9312ae5f
report-upnp-answered = { report-answered }, { $count } ({ $complete })

# en: a1fb5f12
report-watch-learned-counts = { $points } waardebereiken van datapunten, { $rates } berichtfrequenties, { $hosts } hosts die communiceren, { $devices } BACnet-apparaten en { $management } soorten beheeropdrachten.
# $first, $last: date and time; $hours: the length, already formatted (e.g. 1.5).
# en: 5e457da6
report-watch-period-words = { $first } tot { $last } ({ $hours } uur)

# en: c671772f
report-rate-cap = { $pps } pakketten per seconde
# $seconds: already formatted (e.g. 2.4).
# en: 6190d750
report-seconds = { $seconds } s

# en: afb11a48
report-write-accepted = geaccepteerd: iedereen mag schrijven (dezelfde waarde teruggeschreven, ongewijzigd)
# en: 626e2bce
report-write-refused = geweigerd: het apparaat beschermt de eigenschap
# en: 1bd87bd0
report-write-differs = gestopt: de waarde was anders bij het teruglezen
# en: 9376e038
report-write-no-answer = geen antwoord
# en: a5184c22
report-write-not-tried = niet geprobeerd
# en: f5b14991
report-write-other = anders (zie het bewijs)

# en: 092ad5af
report-limit-protocols = Alleen BACnet/IP (UDP 47808) en KNXnet/IP (UDP 3671) zijn onderzocht; andere gebouwprotocollen (Modbus, LON, eigen webinterfaces van fabrikanten) niet.
# en: 6142f834
report-limit-silent = Apparaten die niet antwoordden bij het zoeken (uitgeschakeld, in een ander netwerk, achter een firewall) staan niet in dit rapport.
# en: 00f9186e
report-limit-claims = Alles wat een apparaat over zichzelf zegt, is een eigen bewering; de audit opent geen apparaten en leest hun configuratiebestanden niet.
# en: 35701ff3
report-limit-inside = De test van binnenuit kan niet bewijzen dat niets vanaf internet bereikbaar is; een test van buitenaf (bijvoorbeeld een laptop via de mobiele data van een telefoon) is de laatste controle.

# References: a long value in full ("L1") and a finding's raw evidence ("A1") in the appendices.
# en: 6fa8df22
report-ref-long = L{ $number }
# en: 35b7e6da
report-ref-evidence = A{ $number }
# en: d1b57aaa
report-truncated-groups = … { $count ->
        [one] nog één soort bevinding staat
       *[other] nog { $count } soorten bevindingen staan
    } in de JSON- en CSV-export.
# en: 4bf8bb4d
report-truncated-rows = … { $count ->
        [one] nog één rij staat
       *[other] nog { $count } rijen staan
    } in de JSON- en CSV-export.
# en: 60eefe1c
report-truncated-tail = … { $count ->
        [one] nog één teken staat
       *[other] nog { $count } tekens staan
    } in de JSON-export.
# en: bc8ff784
report-truncated-findings = … { $count ->
        [one] nog één bevinding staat
       *[other] nog { $count } bevindingen staan
    } in de JSON-export.
# en: 8689aae1
report-truncated-alerts = … { $count ->
        [one] nog één waarschuwing staat
       *[other] nog { $count } waarschuwingen staan
    } in de JSON-export.

## Labels of evidence facts (keys the checks write; other keys are shown as words)

# en: 8ce7c032
report-fact-ip = IP-adres
# en: eea5b99a
report-fact-mac = MAC-adres
# en: 1bf69532
report-fact-external-ip = Openbaar IP-adres
# en: cc4308ce
report-fact-internal-client = Gaat naar adres
# en: 2479bd59
report-fact-internal-port = Gaat naar poort
# en: 4500b487
report-fact-external-port = Openbare poort
# en: 6ac7be31
report-fact-remote-host = Toegestane externe host
# en: ce96ad4b
report-fact-lease-duration = Leasetijd (seconden)
# en: 64899fe5
report-fact-device-instance = Apparaatinstantie
# en: 0d148c30
report-fact-individual-address = Fysiek adres (KNX)
# en: 382f5483
report-fact-core-version = KNXnet/IP-coreversie
# en: 9b781a91
report-fact-secure-supported = KNX IP Secure ondersteund
# en: 80a1b438
report-fact-tunnelling-requires-secure = Tunneling vereist Secure
# en: 4b333914
report-fact-routing-requires-secure = Routing vereist Secure
# en: 936561df
report-fact-device-management-requires-secure = Apparaatbeheer vereist Secure
# en: d85ab423
report-fact-service-families = Servicefamilies
# en: ff3e8aa2
report-fact-secure-families = Beveiligde servicefamilies
# en: 4204d5b6
report-fact-value = Waarde

## Glossary: each term and its explanation

# en: 235f6e2e
report-term-bacnet = BACnet
# en: b35ce144
report-term-bacnet-explained = Een standaardtaal (ISO 16484-5) waarin regelaars voor verwarming, ventilatie en andere gebouwinstallaties met elkaar praten. BACnet/IP brengt die over het gewone netwerk, op UDP-poort 47808.
# en: 5999d60d
report-term-instance = BACnet-apparaatinstantie
# en: d227142c
report-term-instance-explained = Het nummer waarmee een BACnet-regelaar in het gebouw wordt aangeduid, uniek per locatie.
# en: 8636852c
report-term-bacnet-sc = BACnet/SC
# en: b15cf1ee
report-term-bacnet-sc-explained = BACnet Secure Connect: BACnet over versleutelde, geauthenticeerde verbindingen.
# en: 157bd36e
report-term-bbmd = BBMD
# en: 527b895b
report-term-bbmd-explained = BACnet Broadcast Management Device: stuurt BACnet-broadcasts door tussen netwerksegmenten. De tabellen ervan (BDT, FDT) zeggen met welke andere plekken hij praat.
# en: 521642d0
report-term-commandable = Commandeerbaar datapunt
# en: 16c48ec8
report-term-commandable-explained = Een BACnet-uitgang of -instelwaarde die wordt beschreven via een prioriteitenreeks van 16 niveaus; het laagste niveaunummer wint.
# en: a42776ae
report-term-firmware = Firmware
# en: 243df11e
report-term-firmware-explained = De software in een apparaat. Oude firmware kan bekende zwakke plekken hebben.
# en: f21de346
report-term-fingerprint = Vingerafdruk
# en: 905ae13c
report-term-fingerprint-explained = Een korte code, gemaakt uit de controle en het apparaat of adres waar een bevinding over gaat; hij blijft van de ene audit tot de volgende gelijk, zodat bevindingen kunnen worden vergeleken.
# en: 2b29a46e
report-term-hairpin = NAT-loopback
# en: 20f9ec73
report-term-hairpin-explained = Een testverbinding met het openbare IP-adres van de router vanuit het gebouw: als een apparaat antwoordt, stuurt de router die poort door vanaf internet.
# en: fcd05536
report-term-knx = KNX
# en: 092017c7
report-term-knx-explained = Een standaardbus (ISO/IEC 14543-3) voor verlichting, zonwering en verwarming in woningen en gebouwen. KNXnet/IP brengt die over het gewone netwerk, op UDP-poort 3671.
# en: 1c021566
report-term-knx-secure = KNX IP Secure
# en: 930b6adb
report-term-knx-secure-explained = De beveiligingsuitbreiding van KNX: wachtwoorden en versleuteling voor KNXnet/IP. Het helpt alleen als de gateway het verplicht stelt, niet als hij het alleen ondersteunt.
# en: 4a678efb
report-term-knx-gateway = KNX-gateway
# en: a324c016
report-term-knx-gateway-explained = Een KNX IP-interface of KNX IP-router die de KNX-bus met het netwerk verbindt. Wie ermee kan praten, kan de KNX-installatie bedienen, tenzij KNX IP Secure verplicht is.
# en: fb65336a
report-term-mac = MAC-adres
# en: 4f5ae0bb
report-term-mac-explained = Het hardwareadres van een netwerkapparaat, in de fabriek vastgelegd.
# en: b8285c34
report-term-nat-pmp = NAT-PMP / PCP
# en: 3d839f41
report-term-nat-pmp-explained = Protocollen waarmee apparaten de router vragen om uit zichzelf een poort naar internet te openen.
# en: d310633b
report-term-port-forward = Poortdoorverwijzing
# en: bf6d5928
report-term-port-forward-explained = Een regel in de internetrouter die verkeer dat van internet binnenkomt, doorstuurt naar een apparaat in het gebouw.
# en: f164c3ad
report-term-public-address = Openbaar IP-adres
# en: f33522d9
report-term-public-address-explained = Een internetadres dat van overal ter wereld bereikbaar is, anders dan de privéadressen die binnen een gebouw worden gebruikt (zoals 192.168.x.x).
# en: 21a41d4c
report-term-tunnelling = Tunneling
# en: c561c575
report-term-tunnelling-explained = Een KNXnet/IP-verbinding waarmee een computer (bijvoorbeeld ETS) de KNX-bus leest en programmeert.
# en: d698f052
report-term-upnp = UPnP
# en: 9a77a491
report-term-upnp-explained = Universal Plug and Play: laat apparaten zelf poortdoorverwijzingen in de router openen, zonder dat iemand het merkt.
# en: ec60c0b6
report-term-vpn = VPN
# en: 324432c3
report-term-vpn-explained = Een privé, versleutelde verbinding met het netwerk van het gebouw: de veilige manier om het van buitenaf te bereiken.

## The `bas-audit report` command (app/src/cli/report.rs): lines it prints, in the program's
## language (not the report's)

# $lang: what was given; $known: the language codes there are, e.g. "en".
# en: 72334a15
report-cli-unknown-lang = geen taal “{ $lang }” (talen: { $known })
# en: 55564e6e
report-cli-out-is-session = { $file } is de auditsessie zelf; kies een andere --out
# $problem: the operating system's reason.
# en: f227275e
report-cli-cannot-write = kan { $file } niet schrijven: { $problem }
# en: fddeb809
report-cli-wrote = { $file } geschreven ({ $bytes } bytes)
# Followed by one line per value: its kind, the value, its placeholder.
# en: 91fea13f
report-cli-redacted = { $count ->
        [one] één waarde
       *[other] { $count } waarden
    } afgeschermd; deze lijst wordt één keer getoond en nergens opgeslagen:
