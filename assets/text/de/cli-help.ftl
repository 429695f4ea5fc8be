# Clap's `--help` texts (app/src/cli/help.rs): the about line of every command and the help of
# every argument, looked up by command path and argument id (`cli-help-analyze-json` is the
# help of `analyze --json`). English must stay the derive's own doc comments (a test compares
# them; change both together). Keep option names (`--live`), values (`minmax`), file names and
# commands (`watch learn --model`) as they are.

## bas-audit (the global options)

# en: 5e6d6dac
cli-about = BACnet/IP- und KNXnet/IP-Netze der Gebäudeautomation prüfen
# en: 01ac347c
cli-help-demo = Das eingebaute Demo-Gebäude (Simulatoren auf Loopback) als Prüfbereich nehmen
# en: ed6711bf
cli-help-lang = Sprache von allem, was das Programm sagt (en, de, nl); Standard: die Sprache des Systems, Englisch bei einer anderen

## analyze

# en: 33a59414
cli-about-analyze = BACnet- und KNXnet/IP-Verkehr, Geräte und Gateways in einer pcap- oder pcapng-Datei zählen
# en: 264cd0df
cli-help-analyze-capture = Mitschnitt-Datei (.pcap oder .pcapng)
# en: b3c11422
cli-help-analyze-json = Den Bericht als JSON statt als Text ausgeben

## check

# en: 66f0f1cd
cli-about-check = Vollständige Prüfung: Gerätesuche, Portfreigaben des Routers, (auf Wunsch) Schreibtest, Befunde, Urteil
# en: c1d2f05b
cli-help-check-interface = Schnittstelle, die am Gebäudenetz hängt (ihr Subnetz-Broadcast wird verwendet)
# en: 3a1ed720
cli-help-check-bind = Lokale IPv4-Adresse, von der gesendet wird (die Schnittstelle mit dieser Adresse wird verwendet)
# en: 7dacb0cd
cli-help-check-targets = Diese Adresse per Unicast abfragen (Port 3671: nur KNX; anderer Port: nur BACnet; ohne Port: beides)
# en: 16b223ee
cli-help-check-timeout = Sekunden, die nach jedem Broadcast und auf jede Anfrage auf Antworten gewartet wird
# en: 0a4cd3b9
cli-help-check-rate = Höchstens so viele Pakete pro Sekunde, alle Protokolle zusammen (1-200)
# en: 5156264a
cli-help-check-global-broadcast = Zusätzlich ein globales BACnet-Broadcast-Who-Is senden (jedes Gerät in jedem Netz antwortet)
# en: 448d9394
cli-help-check-nat = KNX: Antworten an die Absenderadresse des Pakets erbitten (HPAI 0.0.0.0:0), für Gateways hinter NAT
# en: 138bf1f9
cli-help-check-time-budget = Sekunden, die der ganze Auftrag höchstens dauern darf, egal was die Geräte behaupten (Standard 900); danach hält er an, behält das Gefundene und sagt, was er ausgelassen hat
# en: 6a59d18a
cli-help-check-router = Der Router, der nach Portfreigaben gefragt wird (Standard: das Standard-Gateway der Schnittstelle)
# en: ca6ce32e
cli-help-check-no-router = Den Router nichts fragen (keine UPnP-, NAT-PMP-, PCP- oder NAT-Loopback-Abfragen)
# en: 0c4a8a49
cli-help-check-internet-lookup = Die öffentliche IP-Adresse des Routers in Shodan InternetDB nachschlagen (sendet diese Adresse an internetdb.shodan.io; braucht Internet)
# en: 5d5c126b
cli-help-check-external-ip = Die Internet-(WAN-)Adresse des Routers, wie seine Statusseite sie zeigt: damit wird diese Adresse von innen getestet, wenn der Router sie nicht nennt (kein UPnP oder NAT-PMP)
# en: f829547a
cli-help-check-stun = Diesen STUN-Server fragen, welche Adresse das Internet von diesem Standort sieht (sendet eine kleine Anfrage dorthin: der Server erfährt die öffentliche Adresse und den Port des Standorts; braucht Internet)
# en: 1eed707c
cli-help-check-demo-router = Mit --demo: der Heimrouter des Demo-Gebäudes (public: eine Portfreigabe auf einer öffentlichen Adresse; cgnat: dasselbe hinter der vom Anbieter geteilten Adresse; none: keine Portfreigabe)
# en: 2eedab49
cli-help-check-allow-write-test = Schreibtest: auf jedem gefundenen BACnet-Gerät eine harmlose Eigenschaft (Description oder Location) lesen und denselben Wert zurückschreiben, um zu beweisen, ob jeder schreiben darf
# en: 362635fb
cli-help-check-session = Die Prüfung (Bestand, Befunde, Urteil) zusätzlich in diese Datei speichern; eine vorhandene Prüfungsdatei wird aktualisiert
# en: b79d3429
cli-help-check-watch-model = Ein Modell der Lernbeobachtung (`watch learn --model`): Schreibzugriffe, die es gesehen hat, und ob die Geräte sie bestätigt haben, machen aus „beschreibbar (nicht getestet)“ „Schreibzugriffe bestätigt“
# en: 937ce659
cli-help-check-json = Das Ergebnis als JSON statt als Text ausgeben
# en: b1b361ee
cli-help-check-verbose = Jedes gesendete Paket (Zeit, Ziel, Dienst) auf stderr ausgeben

## discover

# en: ce589bb4
cli-about-discover = BACnet/IP-Geräte und KNXnet/IP-Gateways finden (rücksichtsvoll: begrenzte Rate, nur lesend)
# en: b27d5426
cli-help-discover-interface = Schnittstelle, die am Gebäudenetz hängt (ihr Subnetz-Broadcast wird verwendet)
# en: 473bc493
cli-help-discover-bind = Lokale IPv4-Adresse, von der gesendet wird (die Schnittstelle mit dieser Adresse wird verwendet)
# en: 7d07dcdc
cli-help-discover-targets = Diese Adresse per Unicast abfragen (Port 3671: nur KNX; anderer Port: nur BACnet; ohne Port: beides)
# en: 49b38edd
cli-help-discover-timeout = Sekunden, die nach jedem Broadcast und auf jede Anfrage auf Antworten gewartet wird
# en: eb990516
cli-help-discover-rate = Höchstens so viele Pakete pro Sekunde, alle Protokolle zusammen (1-200)
# en: 9bb8d4e1
cli-help-discover-global-broadcast = Zusätzlich ein globales BACnet-Broadcast-Who-Is senden (jedes Gerät in jedem Netz antwortet)
# en: 87a537e3
cli-help-discover-nat = KNX: Antworten an die Absenderadresse des Pakets erbitten (HPAI 0.0.0.0:0), für Gateways hinter NAT
# en: eef7723e
cli-help-discover-time-budget = Sekunden, die der ganze Auftrag höchstens dauern darf, egal was die Geräte behaupten (Standard 900); danach hält er an, behält das Gefundene und sagt, was er ausgelassen hat
# en: 6b9b73aa
cli-help-discover-session = Das Ergebnis (JSON) zusätzlich in diese Datei speichern; eine vorhandene Prüfungsdatei dort bekommt die Gerätesuche hinzu (ihre Befunde und Notizen bleiben)
# en: dc4c7fce
cli-help-discover-json = Das Ergebnis als JSON statt als Text ausgeben
# en: 899dd70b
cli-help-discover-verbose = Jedes gesendete Paket (Zeit, Ziel, Dienst) auf stderr ausgeben

## report

# en: 5d693d7e
cli-about-report = Der Übergabebericht einer gespeicherten Prüfung: PDF, HTML, JSON, CSV oder EDE
# en: 4fe36fa5
cli-help-report-session = Die Prüfungsdatei, über die berichtet wird (`check --session FILE` speichert eine)
# en: 1b378cc3
cli-help-report-format = Ausgabeformat
# en: e2bad614
cli-help-report-out = Wohin der Bericht geschrieben wird (bei csv: der Grundname der drei Dateien)
# en: 603541b1
cli-help-report-redact = Öffentliche Adressen, MAC-Adressen, Seriennummern, Name und Adresse des Objekts, Personennamen und Schlüssel oder Passwörter durch Platzhalter ersetzen (die Liste wird einmal auf stderr ausgegeben und nirgends gespeichert)
# en: 588a8e4a
cli-help-report-compare = Eine frühere Prüfung desselben Objekts: der Bericht sagt, was sich seitdem geändert hat
# en: 4482aa30
cli-help-report-audience = Für wen der Bericht ist
# en: a2d5d3cf
cli-help-report-report-lang = Sprache des Berichts (en, de, nl), wenn sie nicht die des Programms ist (`--lang`): ein deutscher Installateur kann einem englischsprachigen Eigentümer einen englischen Bericht übergeben
# en: da1e8f7b
cli-help-report-site = Name des Objekts für das Deckblatt (statt des in der Prüfung gespeicherten)
# en: 1c6eb0ca
cli-help-report-site-address = Adresse des Objekts für das Deckblatt
# en: ec7c70c5
cli-help-report-owner = Der Eigentümer des Gebäudes oder der Auftraggeber
# en: 418af891
cli-help-report-auditor = Die Person, die geprüft hat
# en: b6da9f29
cli-help-report-company = Die Firma des Prüfers

## watch

# en: 83742879
cli-about-watch = Lernbeobachtung: normalen BACnet/KNX-Verkehr lernen, dann Angriffe und Auffälligkeiten erkennen

## watch learn

# en: cb6a6ee8
cli-about-watch-learn = Lernen, wie normaler Verkehr aussieht, und ihn als Modell (JSON) speichern
# en: 5ea7598b
cli-help-watch-learn-pcap = Verkehr aus einer Mitschnitt-Datei lesen (.pcap oder .pcapng)
# en: 053cf29f
cli-help-watch-learn-live = Live-Verkehr so viele Sekunden lang beobachten
# en: c5aa122d
cli-help-watch-learn-interface = Mit --live: alles auf dieser Schnittstelle mitschneiden (braucht CAP_NET_RAW). Ohne sie hört --live passiv auf UDP 47808 und der KNX-Multicast-Gruppe (ohne Rechte)
# en: 50d4edbc
cli-help-watch-learn-bind = Mit --live: BACnet/IP nur auf dieser einen Adresse und diesem Port abhören (z. B. 127.0.0.1:47808 für einen Test auf Loopback) statt auf jeder Schnittstelle; kein KNX-Multicast
# en: d8b3d22a
cli-help-watch-learn-model = Wohin das Modell geschrieben wird
# en: 8a41d69d
cli-help-watch-learn-ets = Das ETS-Projekt des Gebäudes: der Gruppenadressen-Export (CSV oder XML, wie ETS 5 und 6 ihn schreiben) oder eine ungeschützte .knxproj. KNX-Gruppen werden dann mit ihren Namen und Datenpunkttypen gelernt und geprüft; ohne sie werden die Typen aus dem Verkehr abgeleitet
# en: e67bc701
cli-help-watch-learn-session = Modell, Warnungen und ETS-Tabelle in dieser Prüfungsdatei aufbewahren (wird angelegt, wenn sie fehlt); `watch detect` nimmt die ETS-Tabelle der Prüfung, wenn --ets fehlt
# en: 367995bb
cli-help-watch-learn-tolerance-setpoint = Toleranz für Sollwerte und Ausgänge (Anteil der gelernten Spanne oder Mitte)
# en: ab6747c5
cli-help-watch-learn-tolerance-sensor = Toleranz für Sensoreingänge
# en: a72d8a84
cli-help-watch-learn-interval = Intervall für Nachrichtenraten, Sekunden
# en: c53a04e1
cli-help-watch-learn-metric = Normalband der Nachrichtenraten
# en: e747e602
cli-help-watch-learn-rate-tolerance = Ratentoleranz: Anteil über dem Maximum (minmax, Standard 0.5), Standardabweichungen über dem Mittelwert (mean, Standard 3), MADs über dem Median (mad, Standard 5)

## watch detect

# en: 8b737635
cli-about-watch-detect = Verkehr gegen ein gelerntes Modell prüfen und Warnungen melden
# en: 719f89e8
cli-help-watch-detect-pcap = Verkehr aus einer Mitschnitt-Datei lesen (.pcap oder .pcapng)
# en: 1dc22c86
cli-help-watch-detect-live = Live-Verkehr so viele Sekunden lang beobachten
# en: 9f4f6ef6
cli-help-watch-detect-interface = Mit --live: alles auf dieser Schnittstelle mitschneiden (braucht CAP_NET_RAW). Ohne sie hört --live passiv auf UDP 47808 und der KNX-Multicast-Gruppe (ohne Rechte)
# en: 0d906add
cli-help-watch-detect-bind = Mit --live: BACnet/IP nur auf dieser einen Adresse und diesem Port abhören (z. B. 127.0.0.1:47808 für einen Test auf Loopback) statt auf jeder Schnittstelle; kein KNX-Multicast
# en: 446e4185
cli-help-watch-detect-model = Das von `watch learn` geschriebene Modell
# en: 08d7be7a
cli-help-watch-detect-ets = Das ETS-Projekt des Gebäudes: der Gruppenadressen-Export (CSV oder XML, wie ETS 5 und 6 ihn schreiben) oder eine ungeschützte .knxproj. KNX-Gruppen werden dann mit ihren Namen und Datenpunkttypen gelernt und geprüft; ohne sie werden die Typen aus dem Verkehr abgeleitet
# en: 37ec46bc
cli-help-watch-detect-session = Modell, Warnungen und ETS-Tabelle in dieser Prüfungsdatei aufbewahren (wird angelegt, wenn sie fehlt); `watch detect` nimmt die ETS-Tabelle der Prüfung, wenn --ets fehlt
# en: ac5f41c0
cli-help-watch-detect-json = Warnungen und Statistik als JSON ausgeben

## Values of the report's options

# en: 18c5dd3f
cli-value-report-format-pdf = Der Bericht als PDF (A4, getaggt, Schriften eingebettet)
# en: d0b9106f
cli-value-report-format-html = Der Bericht als eine eigenständige HTML-Datei (mit dem JSON darin)
# en: fa2063c1
cli-value-report-format-json = Alles, als JSON (Schema: docs/report-schema.json)
# en: 5f7845f8
cli-value-report-format-csv = Drei CSV-Dateien neben OUT: -devices, -gateways, -findings
# en: ad5a5a6f
cli-value-report-format-ede = BACnet-Datenpunkte als EDE-2.3-Datei (YABE, GLT-Werkzeuge)
# en: 8b75c4bb
cli-value-report-audience-owner = Deckblatt, die Zusammenfassung für den Eigentümer, das Diagramm, Änderungen und Abnahme
# en: f570ae9f
cli-value-report-audience-full = Alles: Befunde mit beiden Abhilfen, Bestand, Vorgehen, Glossar, Anhang

## Clap's own words around them (in German and Dutch only: English keeps clap's)

# en: c6e73d66
cli-clap-usage = Aufruf:
# en: 01a59ae2
cli-clap-commands = Befehle
# en: de74b77c
cli-clap-arguments = Argumente
# en: a6a9aff4
cli-clap-options = Optionen
# en: 8d194ae9
cli-clap-help = Hilfe anzeigen
# en: e313d1d7
cli-clap-version = Version anzeigen
# en: cfc55456
cli-clap-help-command = Diese Hilfe oder die Hilfe der genannten Befehle anzeigen
# en: 7d949a32
cli-clap-help-command-for = Hilfe für die genannten Befehle anzeigen
# en: ca2deb31
cli-clap-help-more = Hilfe anzeigen (mehr mit '--help')
# en: 8e489c72
cli-clap-help-summary = Hilfe anzeigen (eine Übersicht mit '-h')
# en: 2934f9d7
cli-clap-possible-values = mögliche Werte
# en: 42f76640
cli-clap-default = Standard
# en: c6efd818
cli-clap-possible-values-heading = Mögliche Werte
