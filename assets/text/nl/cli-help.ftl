# Clap's `--help` texts (app/src/cli/help.rs): the about line of every command and the help of
# every argument, looked up by command path and argument id (`cli-help-analyze-json` is the
# help of `analyze --json`). English must stay the derive's own doc comments (a test compares
# them; change both together). Keep option names (`--live`), values (`minmax`), file names and
# commands (`watch learn --model`) as they are.

## bas-audit (the global options)

# en: 5e6d6dac
cli-about = BACnet/IP- en KNXnet/IP-netwerken van gebouwautomatisering controleren
# en: 01ac347c
cli-help-demo = Het ingebouwde demogebouw (simulators op loopback) als controlebereik gebruiken
# en: ed6711bf
cli-help-lang = Taal van alles wat het programma zegt (en, de, nl); standaard: de taal van het systeem, Engels bij een andere

## analyze

# en: 33a59414
cli-about-analyze = BACnet- en KNXnet/IP-verkeer, apparaten en gateways tellen in een pcap- of pcapng-bestand
# en: 264cd0df
cli-help-analyze-capture = Opnamebestand (.pcap of .pcapng)
# en: b3c11422
cli-help-analyze-json = Het rapport als JSON tonen in plaats van als tekst

## check

# en: 66f0f1cd
cli-about-check = Volledige audit: apparaten zoeken, poortdoorverwijzingen van de router, (op verzoek) schrijftest, bevindingen, oordeel
# en: c1d2f05b
cli-help-check-interface = Interface die op het gebouwnetwerk is aangesloten (de subnet-broadcast ervan wordt gebruikt)
# en: 3a1ed720
cli-help-check-bind = Lokaal IPv4-adres om vanaf te verzenden (de interface met dat adres wordt gebruikt)
# en: 7dacb0cd
cli-help-check-targets = Dit adres via unicast bevragen (poort 3671: alleen KNX; andere poort: alleen BACnet; geen poort: beide)
# en: 16b223ee
cli-help-check-timeout = Seconden wachten op antwoorden na elke broadcast en op elk verzoek
# en: 0a4cd3b9
cli-help-check-rate = Hoogstens zoveel pakketten per seconde, alle protocollen samen (1-200)
# en: 5156264a
cli-help-check-global-broadcast = Ook een globale BACnet-broadcast-Who-Is verzenden (elk apparaat op elk netwerk antwoordt)
# en: 448d9394
cli-help-check-nat = KNX: om antwoorden aan het afzenderadres van het pakket vragen (HPAI 0.0.0.0:0), voor gateways achter NAT
# en: 138bf1f9
cli-help-check-time-budget = Seconden die de hele taak hoogstens mag duren, wat de apparaten ook beweren (standaard 900); daarna stopt hij, houdt wat hij vond en zegt wat hij oversloeg
# en: 6a59d18a
cli-help-check-router = De router die naar poortdoorverwijzingen wordt gevraagd (standaard: de standaardgateway van de interface)
# en: ca6ce32e
cli-help-check-no-router = De router niets vragen (geen UPnP-, NAT-PMP-, PCP- of NAT-loopbackcontroles)
# en: 0c4a8a49
cli-help-check-internet-lookup = Het openbare IP-adres van de router opzoeken in Shodan InternetDB (stuurt dat adres naar internetdb.shodan.io; heeft internet nodig)
# en: 5d5c126b
cli-help-check-external-ip = Het internet-(WAN-)adres van de router zoals zijn statuspagina het toont: daarmee wordt dat adres van binnenuit getest als de router het niet noemt (geen UPnP of NAT-PMP)
# en: f829547a
cli-help-check-stun = Deze STUN-server vragen welk adres het internet van deze locatie ziet (stuurt er één klein verzoek heen: die server leert het openbare adres en de poort van de locatie; heeft internet nodig)
# en: 1eed707c
cli-help-check-demo-router = Met --demo: de thuisrouter van het demogebouw (public: een poortdoorverwijzing op een openbaar adres; cgnat: hetzelfde achter het door de provider gedeelde adres; none: geen doorverwijzing)
# en: 2eedab49
cli-help-check-allow-write-test = Schrijftest: op elk gevonden BACnet-apparaat een onschuldige eigenschap (Description of Location) lezen en dezelfde waarde terugschrijven, om te bewijzen of iedereen mag schrijven
# en: 362635fb
cli-help-check-session = De audit (inventaris, bevindingen, oordeel) ook in dit bestand opslaan; een bestaand auditbestand wordt bijgewerkt
# en: b79d3429
cli-help-check-watch-model = Een model van de leerbewaking (`watch learn --model`): schrijfacties die het zag, en of de apparaten ze bevestigden, maken van "beschrijfbaar (niet getest)" "schrijfacties bevestigd"
# en: 937ce659
cli-help-check-json = Het resultaat als JSON tonen in plaats van als tekst
# en: b1b361ee
cli-help-check-verbose = Elk verzonden pakket (tijd, bestemming, dienst) op stderr tonen

## discover

# en: ce589bb4
cli-about-discover = BACnet/IP-apparaten en KNXnet/IP-gateways zoeken (beleefd: beperkte snelheid, alleen lezen)
# en: b27d5426
cli-help-discover-interface = Interface die op het gebouwnetwerk is aangesloten (de subnet-broadcast ervan wordt gebruikt)
# en: 473bc493
cli-help-discover-bind = Lokaal IPv4-adres om vanaf te verzenden (de interface met dat adres wordt gebruikt)
# en: 7d07dcdc
cli-help-discover-targets = Dit adres via unicast bevragen (poort 3671: alleen KNX; andere poort: alleen BACnet; geen poort: beide)
# en: 49b38edd
cli-help-discover-timeout = Seconden wachten op antwoorden na elke broadcast en op elk verzoek
# en: eb990516
cli-help-discover-rate = Hoogstens zoveel pakketten per seconde, alle protocollen samen (1-200)
# en: 9bb8d4e1
cli-help-discover-global-broadcast = Ook een globale BACnet-broadcast-Who-Is verzenden (elk apparaat op elk netwerk antwoordt)
# en: 87a537e3
cli-help-discover-nat = KNX: om antwoorden aan het afzenderadres van het pakket vragen (HPAI 0.0.0.0:0), voor gateways achter NAT
# en: eef7723e
cli-help-discover-time-budget = Seconden die de hele taak hoogstens mag duren, wat de apparaten ook beweren (standaard 900); daarna stopt hij, houdt wat hij vond en zegt wat hij oversloeg
# en: 6b9b73aa
cli-help-discover-session = Het resultaat (JSON) ook in dit bestand opslaan; een bestaand auditbestand daar krijgt het zoeken naar apparaten erbij (de bevindingen en notities blijven)
# en: dc4c7fce
cli-help-discover-json = Het resultaat als JSON tonen in plaats van als tekst
# en: 899dd70b
cli-help-discover-verbose = Elk verzonden pakket (tijd, bestemming, dienst) op stderr tonen

## report

# en: 5d693d7e
cli-about-report = Het overdrachtsrapport van een opgeslagen audit: PDF, HTML, JSON, CSV of EDE
# en: 4fe36fa5
cli-help-report-session = Het auditbestand waarover wordt gerapporteerd (`check --session FILE` slaat er een op)
# en: 1b378cc3
cli-help-report-format = Uitvoerformaat
# en: e2bad614
cli-help-report-out = Waar het rapport wordt geschreven (bij csv: de basisnaam van de drie bestanden)
# en: 603541b1
cli-help-report-redact = Openbare adressen, MAC-adressen, serienummers, naam en adres van de locatie, namen van personen en sleutels of wachtwoorden vervangen door plaatshouders (de lijst wordt één keer op stderr getoond en nergens opgeslagen)
# en: 588a8e4a
cli-help-report-compare = Een eerdere audit van dezelfde locatie: het rapport zegt wat er sindsdien veranderde
# en: 4482aa30
cli-help-report-audience = Voor wie het rapport is
# en: a2d5d3cf
cli-help-report-report-lang = Taal van het rapport (en, de, nl), als die niet die van het programma is (`--lang`): een Nederlandse installateur kan een Engels rapport aan een Engelstalige eigenaar geven
# en: da1e8f7b
cli-help-report-site = Naam van de locatie voor het voorblad (in plaats van die in de audit)
# en: 1c6eb0ca
cli-help-report-site-address = Adres van de locatie voor het voorblad
# en: ec7c70c5
cli-help-report-owner = De eigenaar van het gebouw of de opdrachtgever
# en: 418af891
cli-help-report-auditor = De persoon die de audit deed
# en: b6da9f29
cli-help-report-company = Het bedrijf van de auditor

## watch

# en: 83742879
cli-about-watch = Leerbewaking: normaal BACnet/KNX-verkeer leren, daarna aanvallen en afwijkingen herkennen

## watch learn

# en: cb6a6ee8
cli-about-watch-learn = Leren hoe normaal verkeer eruitziet en het als model (JSON) opslaan
# en: 5ea7598b
cli-help-watch-learn-pcap = Verkeer lezen uit een opnamebestand (.pcap of .pcapng)
# en: 053cf29f
cli-help-watch-learn-live = Live verkeer zoveel seconden lang bewaken
# en: c5aa122d
cli-help-watch-learn-interface = Met --live: alles op deze interface opnemen (vereist CAP_NET_RAW). Zonder deze optie luistert --live passief op UDP 47808 en de KNX-multicastgroep (zonder rechten)
# en: 50d4edbc
cli-help-watch-learn-bind = Met --live: BACnet/IP alleen op dit ene adres en deze poort beluisteren (bijv. 127.0.0.1:47808 voor een test op loopback) in plaats van op elke interface; geen KNX-multicast
# en: d8b3d22a
cli-help-watch-learn-model = Waar het model wordt geschreven
# en: 8a41d69d
cli-help-watch-learn-ets = Het ETS-project van het gebouw: de groepsadres-export (CSV of XML, zoals ETS 5 en 6 die schrijven) of een onbeveiligde .knxproj. KNX-groepen worden dan geleerd en gecontroleerd met hun namen en datapunttypen; zonder worden de typen uit het verkeer afgeleid
# en: e67bc701
cli-help-watch-learn-session = Model, waarschuwingen en ETS-tabel in dit auditbestand bewaren (aangemaakt als het ontbreekt); `watch detect` gebruikt de ETS-tabel van de audit als --ets ontbreekt
# en: 367995bb
cli-help-watch-learn-tolerance-setpoint = Tolerantie voor setpoints en uitgangen (deel van de geleerde spanne of het midden)
# en: ab6747c5
cli-help-watch-learn-tolerance-sensor = Tolerantie voor sensoringangen
# en: a72d8a84
cli-help-watch-learn-interval = Interval voor berichtsnelheden, seconden
# en: c53a04e1
cli-help-watch-learn-metric = Normale band van berichtsnelheden
# en: e747e602
cli-help-watch-learn-rate-tolerance = Snelheidstolerantie: deel boven het maximum (minmax, standaard 0.5), standaardafwijkingen boven het gemiddelde (mean, standaard 3), MAD's boven de mediaan (mad, standaard 5)

## watch detect

# en: 8b737635
cli-about-watch-detect = Verkeer toetsen aan een geleerd model en waarschuwingen melden
# en: 719f89e8
cli-help-watch-detect-pcap = Verkeer lezen uit een opnamebestand (.pcap of .pcapng)
# en: 1dc22c86
cli-help-watch-detect-live = Live verkeer zoveel seconden lang bewaken
# en: 9f4f6ef6
cli-help-watch-detect-interface = Met --live: alles op deze interface opnemen (vereist CAP_NET_RAW). Zonder deze optie luistert --live passief op UDP 47808 en de KNX-multicastgroep (zonder rechten)
# en: 0d906add
cli-help-watch-detect-bind = Met --live: BACnet/IP alleen op dit ene adres en deze poort beluisteren (bijv. 127.0.0.1:47808 voor een test op loopback) in plaats van op elke interface; geen KNX-multicast
# en: 446e4185
cli-help-watch-detect-model = Het model dat `watch learn` schreef
# en: 08d7be7a
cli-help-watch-detect-ets = Het ETS-project van het gebouw: de groepsadres-export (CSV of XML, zoals ETS 5 en 6 die schrijven) of een onbeveiligde .knxproj. KNX-groepen worden dan geleerd en gecontroleerd met hun namen en datapunttypen; zonder worden de typen uit het verkeer afgeleid
# en: 37ec46bc
cli-help-watch-detect-session = Model, waarschuwingen en ETS-tabel in dit auditbestand bewaren (aangemaakt als het ontbreekt); `watch detect` gebruikt de ETS-tabel van de audit als --ets ontbreekt
# en: ac5f41c0
cli-help-watch-detect-json = Waarschuwingen en statistieken als JSON tonen

## Values of the report's options

# en: 18c5dd3f
cli-value-report-format-pdf = Het rapport als PDF (A4, getagd, lettertypen ingebed)
# en: d0b9106f
cli-value-report-format-html = Het rapport als één zelfstandig HTML-bestand (met de JSON erin)
# en: fa2063c1
cli-value-report-format-json = Alles, als JSON (schema: docs/report-schema.json)
# en: 5f7845f8
cli-value-report-format-csv = Drie CSV-bestanden naast OUT: -devices, -gateways, -findings
# en: ad5a5a6f
cli-value-report-format-ede = BACnet-punten als EDE 2.3-bestand (YABE, GBS-tools)
# en: 8b75c4bb
cli-value-report-audience-owner = Voorblad, de samenvatting voor de eigenaar, de grafiek, wijzigingen en aftekening
# en: f570ae9f
cli-value-report-audience-full = Alles: bevindingen met beide oplossingen, inventaris, werkwijze, woordenlijst, bijlage

## Clap's own words around them (in German and Dutch only: English keeps clap's)

# en: c6e73d66
cli-clap-usage = Gebruik:
# en: 01a59ae2
cli-clap-commands = Opdrachten
# en: de74b77c
cli-clap-arguments = Argumenten
# en: a6a9aff4
cli-clap-options = Opties
# en: 8d194ae9
cli-clap-help = Hulp tonen
# en: e313d1d7
cli-clap-version = Versie tonen
# en: cfc55456
cli-clap-help-command = Deze hulp of de hulp van de genoemde opdrachten tonen
# en: 7d949a32
cli-clap-help-command-for = Hulp voor de genoemde opdrachten tonen
# en: ca2deb31
cli-clap-help-more = Hulp tonen (meer met '--help')
# en: 8e489c72
cli-clap-help-summary = Hulp tonen (een overzicht met '-h')
# en: 2934f9d7
cli-clap-possible-values = mogelijke waarden
# en: 42f76640
cli-clap-default = standaard
# en: c6efd818
cli-clap-possible-values-heading = Mogelijke waarden
