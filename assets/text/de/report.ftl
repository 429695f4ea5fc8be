# The hand-over report (audit-core/src/report/): PDF, HTML and the words in the JSON, CSV and
# EDE exports. Rendered in the REPORT's language (`bas-audit report --lang`), which may differ
# from the UI's. Readers are building owners as well as installers: plain words; the technical
# terms used are explained in the glossary messages at the end.


## Title, metadata and cover

# en: 2bfb02f9
report-title = Sicherheitsprüfung der Gebäudeautomation
# en: aaf04b28
report-title-owner = Sicherheitsprüfung der Gebäudeautomation: Zusammenfassung für den Eigentümer
# en: a656de05
report-subject = Sicherheitsprüfung des Gebäudeautomationsnetzes mit BACnet/IP und KNXnet/IP
# Keywords of the PDF and HTML metadata, separated by ", ".
# en: 503e7945
report-keywords = BACnet, KNX, Gebäudeautomation, Sicherheitsprüfung
# en: ab6d4b9e
report-confidential = Vertraulich. Dieser Bericht beschreibt Schwachstellen des Gebäudenetzes. Geben Sie ihn nur an die Personen weiter, die das Gebäude betreuen.
# en: eb71e6bb
report-redacted-note = Geschwärzte Kopie: Öffentliche IP-Adressen, MAC-Adressen, Seriennummern, Name und Anschrift des Objekts, Namen von Personen sowie alle Schlüssel und Passwörter sind durch Platzhalter ersetzt (öffentliche IP-Adressen durch Dokumentationsadressen wie 198.51.100.1). Derselbe Wert hat in diesem Export überall denselben Platzhalter.
# en: 849f7d0b
report-cover-site = Objekt
# en: 9fbf0127
report-cover-address = Anschrift
# en: 74d1ad06
report-cover-owner = Erstellt für
# en: b9607467
report-cover-auditor = Prüfer
# en: 0c2d3e63
report-cover-company = Firma
# en: 05e19812
report-cover-date = Datum der Prüfung
# en: 6efa0359
report-cover-tool = Programm
# en: c2ca0cd0
report-cover-audit-id = Prüfungs-ID
# en: bbd501a9
report-cover-kind = Art der Prüfung
# en: d2db67b5
report-not-checked-yet = es wurde noch keine Prüfung durchgeführt

## Running header and footer

# en: c55bfd7d
report-page = Seite
# en: 66a9125b
report-page-of = von
# en: 044d0cdb
report-contents = Inhalt

## Section titles, in report order

# en: cef462e7
report-section-how-to-read = So lesen Sie diesen Bericht
# en: 666d357c
report-section-summary = Zusammenfassung für den Eigentümer
# en: 74bd3be3
report-section-chart = Befunde nach Schweregrad
# en: 1428e469
report-section-changes = Änderungen seit dem letzten Besuch
# en: f7fd8a59
report-section-findings = Befunde
# en: 37c03373
report-section-roadmap = Maßnahmenplan
# en: 32d88b5b
report-section-inventory = Bestandsaufnahme
# en: 1caad361
report-section-watch = Lernbeobachtung
# en: fec449f2
report-section-method = Methode und Prüfbereich
# en: 9cf884e5
report-section-glossary = Glossar
# en: b798b0b2
report-section-signoff = Übergabe
# en: 8a558302
report-section-appendix = Anhang: Nachweise im Rohformat
# en: c86d1909
report-section-long-values = Anhang: Lange Werte vollständig

## Owner summary

# en: b8c0294c
report-summary-top-actions = Die drei wichtigsten Maßnahmen
# en: 086e364a
report-summary-no-actions = Im Moment ist nichts zu tun. Lassen Sie die Einstellungen für den Fernzugriff am Router, wie sie sind, und lassen Sie die Prüfung nach Änderungen am Netzwerk wiederholen.
# en: dfe81d5b
report-summary-not-checked = Was nicht geprüft wurde, und warum
# en: 3a2bee71
report-summary-everything-checked = Alles, was diese Prüfung umfasst, wurde geprüft.
# en: 51e277fd
report-summary-checked = Was geprüft wurde
# en: 42213996
report-action-what = Was ist zu tun
# en: a4e5d97e
report-action-who = Wer
# en: c720420c
report-action-when = Wann
# en: 1b6ca377
report-who-installer = Ihr Installateur; Sie geben den Auftrag weiter
# en: 1bddc4db
report-who-installer-short = Installateur

## Severity chart

# en: aad0387c
report-chart-caption = Anzahl der Befunde je Schweregrad
# en: f7e16e12
report-col-severity = Schweregrad
# en: 9ce707bd
report-col-count = Befunde
# en: 61d1f46e
report-col-meaning = Bedeutung
# en: de30d1c1
report-total = Gesamt

## Changes since the last visit

# en: f47ef9d1
report-changes-new = Neue Befunde
# en: 2082569b
report-changes-fixed = Seit dem letzten Besuch behoben
# en: 3e5478fa
report-changes-still-open = Weiterhin offen
# en: 12245b61
report-changes-severity = Schweregrad geändert
# en: f9127c7c
report-changes-devices-added = Neue Geräte
# en: 336482ac
report-changes-devices-removed = Nicht mehr gefundene Geräte
# en: 344f4779
report-changes-firmware = Firmware geändert
# en: e8be0666
report-changes-exposure = Erreichbarkeit aus dem Internet
# en: a79bd920
report-changes-no-device-changes = Es wurden dieselben Geräte und Gateways mit derselben Firmware gefunden.
# en: 8fdf95e0
report-changes-no-exposure-changes = Die Portfreigaben und die öffentliche IP-Adresse des Routers sind dieselben wie beim letzten Besuch.
# en: 097720f6
report-col-was = Vorher
# en: 75cdad96
report-col-now = Jetzt
# en: 647a922a
report-col-finding = Befund

## Findings

# en: dd4ba3bc
report-findings-none = Keine Befunde: Nichts von dem, was diese Prüfung sucht, wurde gefunden.
# en: 5a49f3fd
report-finding-target = Ziel
# en: 376ac939
report-finding-targets = Betroffen
# en: 3b914728
report-finding-seen = Was festgestellt wurde
# en: 23dad708
report-finding-evidence = Wichtigste Nachweise
# en: 05c253bc
report-finding-why = Warum das wichtig ist
# en: f3007052
report-finding-installer = Schritte für den Installateur
# en: ace12d43
report-finding-owner = Was der Eigentümer tun kann
# en: a29ce354
report-finding-verify = So prüfen Sie die Behebung
# en: d491c2d3
report-finding-status = Status
# en: 29af29e5
report-finding-check = Prüfpunkt
# en: 9324f13d
report-finding-fingerprint = Fingerabdruck
# en: 79ab7535
report-finding-severity = Schweregrad

## Values in facts and tables

# en: c66c6495
report-yes = ja
# en: c670b24d
report-no = nein
# en: 9e756409
report-unknown = unbekannt
# en: 7e6bb5b3
report-none = keine

## Roadmap

# en: 186e3464
report-roadmap-intro = Die Arbeiten in der Reihenfolge, in der sie erledigt werden sollten. Jede Zeile nennt einen Befund dieses Berichts (seine Nummer in Klammern) und wer ihn erledigt.
# en: e31e1594
report-roadmap-now = Sofort (heute)
# en: b9aa203c
report-roadmap-month = Diesen Monat
# en: 1c226223
report-roadmap-next = Beim nächsten Besuch
# en: 86514ae6
report-roadmap-empty = Nichts.
# en: 036e4236
report-roadmap-recheck = Wiederholen Sie diese Prüfung nach den Änderungen und vergleichen Sie sie mit dieser.

## Inventory (table captions and column heads)

# en: d3ebcad7
report-inventory-bacnet = BACnet-Geräte
# en: 0edceb25
report-inventory-routers = BACnet-Router
# en: 410f81e9
report-inventory-bbmds = BACnet Broadcast Management Devices (BBMDs)
# en: 7d0b2bc3
report-inventory-knx = KNX-Gateways
# en: b435cf01
report-inventory-router = Internetrouter und Erreichbarkeit
# en: 32b9a2cd
report-inventory-none-bacnet = Kein BACnet-Gerät hat geantwortet.
# en: 781eace7
report-inventory-none-routers = Kein BACnet-Router hat geantwortet.
# en: f680a2bc
report-inventory-none-bbmds = Kein BBMD hat geantwortet.
# en: d8da6b97
report-inventory-none-knx = Kein KNX-Gateway hat geantwortet.
# en: c692021f
report-inventory-no-router = Der Router wurde bei dieser Prüfung nicht abgefragt.
# en: f698d480
report-inventory-no-mappings = Der Router führt keine Portfreigaben auf.
# en: 205fbf43
report-inventory-mappings = Vom Router aufgeführte Portfreigaben
# en: f0bd6239
report-inventory-hairpin = Testanfragen von innen an die öffentliche IP-Adresse
# en: a2bcdc3e
report-col-instance = Instanz
# en: a625e752
report-col-address = Adresse
# en: a7f115fe
report-col-network = Netz
# en: dd1ffb18
report-col-vendor = Hersteller
# en: 57ed3436
report-col-model = Modell
# en: 7e0d53ae
report-col-firmware = Firmware
# en: 117dc986
report-col-objects = Objekte
# en: f93f893e
report-col-flags = Merkmale
# en: f6eebe5a
report-col-name = Name
# en: 7425dbe0
report-col-networks = Erreichte Netze
# en: 443117d1
report-col-local-net = Eigenes Netz
# en: 7711da3e
report-col-bdt = Broadcast-Tabelle (BDT)
# en: c5c01bb6
report-col-fdt = Foreign Devices (FDT)
# en: 13ab8b79
report-col-ia = Physikalische Adresse
# en: a5b22796
report-col-mac = MAC
# en: 924693d8
report-col-serial = Seriennummer
# en: 4cf947d0
report-col-secure = KNX IP Secure
# en: 1525531c
report-col-tunnels = Tunnelplätze
# en: fbe55918
report-col-protocol = Protokoll
# en: faf9aac7
report-col-external = Öffentl. Port
# en: 5068315e
report-col-internal = Weiter an
# en: 13efe6ab
report-col-enabled = Aktiv
# en: 5cbacaee
report-col-description = Beschreibung
# en: 364080d6
report-col-outcome = Ergebnis
# en: 2b3adec6
report-col-target = Ziel
# en: b53a8c26
report-router-address = Router
# en: be7fb3fb
report-router-public = Öffentliche IP-Adresse
# en: 8bc0f22c
report-router-upnp = UPnP-Liste der Portfreigaben
# en: d526ac86
report-router-natpmp = NAT-PMP
# en: 6e49c0cd
report-router-pcp = PCP
# en: bc872a85
report-router-internetdb = Öffentlicher Index erreichbarer Dienste (Shodan InternetDB)
# en: 9f08663c
report-router-model = Routermodell
# en: a7f58045
report-answered = hat geantwortet
# en: 8b1fe7c8
report-not-available = nicht verfügbar
# en: f53d4f14
report-not-asked = nicht abgefragt
# en: 3b068bdc
report-full-list = vollständig
# en: 2dbaa9a3
report-partial-list = unvollständig
# en: ee4d2705
report-routed = geroutet
# en: 0f235b2d
report-local = lokal
# en: bb378d62
report-none-listed = keine aufgeführt
# en: 9d5e3096
report-fdt-refused = abgelehnt

## Learning watch

# en: 54944d2f
report-watch-none = Bei dieser Prüfung lief keine Lernbeobachtung. Die Lernbeobachtung hört eine Zeit lang den Datenverkehr des Gebäudes mit, lernt, was normal ist (Wertebereiche, Nachrichtenraten, wer wohin schreibt), und gibt dann bei allem Ungewöhnlichen eine Warnung aus: zum Beispiel, wenn eine neue Quelle Sollwerte ändert oder ein Gerät angewiesen wird, die Kommunikation einzustellen.
# en: fd0258a7
report-watch-source = Gelernt aus
# en: 826372a3
report-watch-period = Zeitraum
# en: 872608f2
report-watch-messages = Ausgewertete Nachrichten
# en: 615e2b38
report-watch-learned = Was gelernt wurde
# en: 7aca219b
report-watch-alerts = Warnungen
# en: df6cbcf9
report-watch-no-alerts = Es wurde keine Warnung ausgegeben: Der geprüfte Datenverkehr entsprach dem gelernten Normalzustand.
# en: 5f8dabba
report-watch-not-detected = Mit dem gelernten Normalzustand wurde noch kein Datenverkehr geprüft, daher gibt es keine Warnungen.
# en: 320d93ae
report-col-time = Zeit
# en: 8e90d8a2
report-col-what-seen = Was festgestellt wurde
# en: e8b014ec
report-col-from = Von
# en: 326e494c
report-col-normal = Abweichung wovon
# en: 615fbf30
report-col-todo = Was ist zu tun
# en: c3815636
report-col-times = Anzahl

## Method and scope

# en: e1cbac29
report-method-intro = Die Prüfung wurde mit BAS Audit von einem Computer im Gebäudenetz aus durchgeführt. Die Gerätesuche fragt Geräte nur, wer sie sind, und liest ihre Beschreibungen; sie ändert nie eine Einstellung. Jedes Paket wurde gezählt und die Senderate begrenzt, damit selbst kleine Controller nicht gestört werden.
# en: 8561baac
report-method-where = Wo die Prüfung lief
# en: 30b5f1c8
report-method-sent = Was gesendet wurde
# en: 64889cef
report-method-consent = Zustimmungen und zugeschaltete Tests
# en: ac5dc330
report-method-write-test = Schreibtest
# en: e9a668a3
report-method-limits = Grenzen dieser Prüfung
# en: 74c10b11
report-method-notes = Anmerkungen des Prüfers
# en: c40cd686
report-method-no-discovery = Bei dieser Prüfung wurde keine Gerätesuche durchgeführt.
# en: 40dce29b
report-method-interface = Netzwerkschnittstelle
# en: 45e89feb
report-method-local-address = Eigene Adresse
# en: 00436ce9
report-method-scope = Prüfbereich
# en: e19a507e
report-method-targets = Direkt abgefragte Geräte
# en: 090c91b5
report-method-started = Beginn
# en: bdf84342
report-method-duration = Dauer der Gerätesuche
# en: af64eb7f
report-method-rate = Höchstrate
# en: 47ee12fc
report-method-packets-sent = Gesendete Pakete
# en: 5721e396
report-method-received = Empfangene Pakete
# en: 85f16685
report-method-malformed = Empfangene fehlerhafte Antworten
# en: 0f4e3bf2
report-method-router-packets = An den Router gesendete Pakete
# en: 401e8776
report-method-stopped = Vorzeitig beendet
# en: 8dc2c326
report-col-service = Dienst
# en: 61d5c52e
report-col-packets = Pakete
# en: bb798d34
report-consent-write-test = Schreibtest (den gerade gelesenen Wert zurückschreiben)
# en: 9b389478
report-consent-internet = Abfrage der öffentlichen IP-Adresse in einem Internet-Index
# en: 946f1b81
report-consent-foreign = Kurze Registrierung als BACnet Foreign Device
# en: bd5b69ae
report-consent-broadcast = Globaler BACnet-Broadcast
# en: 91152665
report-consent-nat = KNX-Description-Anfrage über NAT
# en: 426fe060
report-given = erlaubt
# en: 2af54d6c
report-not-given-consent = nicht erlaubt (nicht durchgeführt)
# en: fe3274db
report-write-test-not-run = Der Schreibtest wurde nicht durchgeführt: Auf kein Gerät wurde geschrieben. Ob etwas beschreibbar ist, wird danach beurteilt, was die Geräte als unterstützt angeben.
# en: 44418374
report-col-device = Gerät
# en: 3d23608e
report-col-property = Eigenschaft
# en: 2a6d0f51
report-col-before = Wert vorher
# en: 5331cba3
report-col-after = Wert nachher

## Sign-off block

# en: d0883ec2
report-signoff-intro = Der Installateur übergibt diesen Bericht; der Eigentümer bestätigt den Erhalt und stimmt den Maßnahmen im Maßnahmenplan zu.
# en: b914628a
report-signoff-installer = Installateur
# en: 074092c2
report-signoff-owner = Eigentümer
# en: 736f10fe
report-signoff-name = Name
# en: dc6d98e2
report-signoff-company = Firma
# en: d5ae12cc
report-signoff-date = Datum
# en: 34da7302
report-signoff-signature = Unterschrift

## Appendices

# en: b43ff2a8
report-appendix-intro = Für Fachleute: die Fakten hinter jedem Befund und, wo ein Paket ihn belegt, die Rohdaten wie empfangen (hexadezimal, 16 Bytes pro Zeile, Offset zuerst).
# en: da426727
report-appendix-no-raw = Für diese Befunde gibt es kein Rohpaket: Die Fakten oben sind das, was die Prüfung bewertet hat.
# en: bf40a194
report-long-values-intro = Werte, die für eine Tabelle oder einen Satz zu lang sind, werden dort gekürzt und mit einem Verweis wie [L1] markiert; hier stehen sie vollständig.

## Words with values (built by audit-core/src/report/texts.rs)

# $version: the BAS Audit version, e.g. 0.1.0.
# en: 811dcd81
report-tool-version = BAS Audit { $version }
# en: 4142da01
report-kind-installer = Prüfung durch den Installateur
# en: 09fb2789
report-kind-homeowner = Selbsttest für Hausbesitzer
# en: 6a3ddfca
report-audience-owner = Zusammenfassung für den Eigentümer
# en: 941d5be8
report-audience-full = vollständiger Bericht
# A kind of audit and the audience, e.g. "Installer audit, full report".
# en: 6821b0ea
report-kind-and-audience = { $kind }, { $audience }

# en: ffbc0689
report-how-to-read-1 = Dieser Bericht ist das Ergebnis einer Sicherheitsprüfung des Gebäudeautomationsnetzes: der BACnet-Controller und KNX-Gateways, die Heizung, Lüftung, Licht und Jalousien steuern. Er sagt, was gefunden wurde, wie ernst jeder Befund ist und was genau dagegen zu tun ist.
# en: a318d5ab
report-how-to-read-2 = Beginnen Sie mit der Zusammenfassung für den Eigentümer auf der nächsten Seite: eine Ampel, was sie bedeutet, und die drei wichtigsten Maßnahmen, jeweils mit der Angabe, wer sie erledigt. Das Diagramm danach zählt die Befunde nach Schweregrad.
# en: 9189d76b
report-how-to-read-3 = Jeder Befund sagt dann, was festgestellt wurde, warum es wichtig ist, welche Schritte der Installateur unternimmt, was der Eigentümer tun kann und wie man prüft, ob die Behebung gewirkt hat. Kritisch heißt: aus dem Internet erreichbar oder schon jetzt von jedem änderbar; handeln Sie heute. Hoch und Mittel sollten diesen Monat behoben werden, Niedrig beim nächsten Besuch; Info ist ein wissenswerter Sachverhalt.
# en: 2ed2b5c0
report-how-to-read-4 = Der Maßnahmenplan bringt die Arbeiten in eine Reihenfolge. Die Bestandsaufnahme listet jedes gefundene Gerät auf; der Abschnitt zur Methode sagt, was im Netzwerk gesendet wurde, was erlaubt war und was nicht geprüft wurde. Die Begriffe des Glossars werden am Ende erklärt. Die Rohdaten hinter jedem Befund stehen für Fachleute im Anhang.

# en: ec193fdb
report-severity-critical = Kritisch
# en: 3b933e51
report-severity-high = Hoch
# en: ee9dbcff
report-severity-medium = Mittel
# en: 12761a03
report-severity-low = Niedrig
# en: 2fc83279
report-severity-info = Info
# en: 5fcd3681
report-severity-critical-meaning = heute handeln
# en: b21359d8
report-severity-high-meaning = diesen Monat beheben
# en: 50697a55
report-severity-medium-meaning = diesen Monat beheben
# en: 457795f3
report-severity-low-meaning = beim nächsten Besuch
# en: a25b2bc4
report-severity-info-meaning = zur Information

# The traffic light as one word, in capitals where the language writes signal words so.
# en: 6f9a4a5c
report-light-red = ROT
# en: 110b557c
report-light-amber = GELB
# en: 0885f0bc
report-light-green = GRÜN
# en: eec081f9
report-light-red-meaning = Jetzt handeln
# en: 2a3fe581
report-light-amber-meaning = Etwas ist zu beheben, oder nicht alles konnte geprüft werden
# en: eb485e19
report-light-green-meaning = Nichts Dringendes gefunden

# $total: number of findings; $groups: number of different causes (shown only when it differs).
# en: e54980c3
report-summary-counts = { $total ->
        [0] Die Prüfung hat keine Befunde ergeben.
        [one] Die Prüfung hat einen Befund ergeben.
       *[other] Die Prüfung hat { $total } Befunde ergeben.
    }
# en: 877fd8a4
report-summary-counts-causes = Die Prüfung hat { $total } Befunde aus { $groups } verschiedenen Ursachen ergeben.
# en: 84d2e838
report-when-today = Heute
# en: d23fa960
report-when-month = Diesen Monat
# en: 697b77ad
report-when-next-visit = Beim nächsten Besuch

# The chart's accessible label: "Number of findings per severity: Critical 1, High 2, ...".
# $counts: the parts, each a report-chart-count, joined by commas.
# en: 28982306
report-chart-label = { report-chart-caption }: { $counts }
# en: bf658809
report-chart-count = { $severity } { $count }

# $name: the earlier audit's name; $date: its date and time.
# en: 0d0b1536
report-changes-intro = Verglichen mit der Prüfung „{ $name }“ vom { $date }. Befunde werden über ihren Fingerabdruck zugeordnet: den Prüfpunkt und das Gerät oder die Adresse, die er betrifft.
# en: a2572971
report-changes-external-ip = Die öffentliche IP-Adresse des Routers hat sich von { $from } in { $to } geändert.
# $from, $to: report-light-* words.
# en: 7676b6bf
report-changes-light = Die Ampel ist von { $from } auf { $to } gewechselt.
# $forward: e.g. "UDP 3671 → 198.18.1.10:3671".
# en: 8ec02e92
report-changes-forward-added = Neue Portfreigabe am Router: { $forward }.
# en: b8a7e1ee
report-changes-forward-removed = Portfreigabe nicht mehr am Router: { $forward }.
# en: ece4acc0
report-changes-router-now-checked = Der Router konnte diesmal geprüft werden (beim letzten Mal nicht).
# en: f4775d23
report-changes-router-not-checked = Der Router konnte diesmal nicht geprüft werden (beim letzten Mal schon).

# en: cc618922
report-status-new = Neu seit dem letzten Besuch
# en: 348cc58f
report-status-still-open = Seit dem letzten Besuch weiterhin offen
# $previous: the earlier severity, a report-severity-* word.
# en: db929bc4
report-status-severity-changed = Seit dem letzten Besuch offen; Schweregrad war { $previous }
# en: 3a8c70cc
report-status-open = Seit dem letzten Besuch offen
# en: aa06a9c5
report-status-first-audit = Erste Prüfung: kein früherer Besuch zum Vergleich

# A finding's number in this report ("F1"); also used in the roadmap and the appendix.
# en: fdda9145
report-finding-number = B{ $number }
# en: 15321ad8
report-finding-affected-count = { $count ->
        [one] Eine Stelle hat diese Ursache; sie ist unten aufgeführt.
       *[other] { $count } Stellen haben dieselbe Ursache; jede ist unten aufgeführt.
    }
# $refs: appendix references, e.g. "A1, A2".
# en: e4cb74db
report-finding-raw-in-appendix = Rohdaten als Nachweis: Anhang { $refs }.
# en: 40fd871e
report-finding-more-facts = { $count ->
        [one] Eine weitere Angabe im Anhang.
       *[other] { $count } weitere Angaben im Anhang.
    }

# en: 83d6d0d3
report-finding-more-facts-json = { $count ->
        [one] eine weitere Angabe im JSON-Export
       *[other] { $count } weitere Angaben im JSON-Export
    }

# $what: something the audit could not check (a sentence of the verdict).
# en: 104c9928
report-roadmap-not-checked = Prüfen Sie nach, was diese Prüfung nicht prüfen konnte: { $what }.

# A foreign device registered at a BBMD. $seconds: its time to live.
# en: 346a0d3a
report-fdt-entry = { $address } (registriert für { $seconds } s)
# en: 33d337f4
report-secure-not-supported = nicht unterstützt
# $tunnelling, $routing: report-secure-required, report-secure-not-required or report-unknown.
# en: e0004800
report-secure-supported = unterstützt; Tunneling { $tunnelling }, Routing { $routing }
# en: efe0b699
report-secure-required = verpflichtend
# en: c166eb6a
report-secure-not-required = nicht verpflichtend
# en: 4d0bdb98
report-tunnels-none = keine Angabe
# en: 9d965c19
report-tunnels = { $total } ({ $free } frei)
# $ports: the open ports the index lists, e.g. "80, 3671".
# en: bd230699
report-internetdb-listed = aufgeführt, offene Ports: { $ports }
# en: be9269d0
report-internetdb-not-listed = nicht aufgeführt
# The router's UPnP list: "answered, 2 (complete)". $complete: report-full-list or report-partial-list.
# en: 9312ae5f
report-upnp-answered = { report-answered }, { $count } ({ $complete })

# en: a1fb5f12
report-watch-learned-counts = { $points } Wertebereiche von Datenpunkten, { $rates } Nachrichtenraten, { $hosts } kommunizierende Hosts, { $devices } BACnet-Geräte und { $management } Arten von Verwaltungsbefehlen.
# $first, $last: date and time; $hours: the length, already formatted (e.g. 1.5).
# en: 5e457da6
report-watch-period-words = { $first } bis { $last } ({ $hours } Stunden)

# en: c671772f
report-rate-cap = { $pps } Pakete pro Sekunde
# $seconds: already formatted (e.g. 2.4).
# en: 6190d750
report-seconds = { $seconds } s

# en: afb11a48
report-write-accepted = angenommen: Jeder kann schreiben (derselbe Wert zurückgeschrieben, unverändert)
# en: 626e2bce
report-write-refused = abgelehnt: Das Gerät schützt die Eigenschaft
# en: 1bd87bd0
report-write-differs = abgebrochen: Der Wert war beim Zurücklesen ein anderer
# en: 9376e038
report-write-no-answer = keine Antwort
# en: a5184c22
report-write-not-tried = nicht versucht
# en: f5b14991
report-write-other = sonstiges (siehe Nachweis)

# en: 092ad5af
report-limit-protocols = Untersucht wurden nur BACnet/IP (UDP 47808) und KNXnet/IP (UDP 3671); andere Gebäudeprotokolle (Modbus, LON, herstellereigene Weboberflächen) wurden nicht untersucht.
# en: 6142f834
report-limit-silent = Geräte, die auf die Gerätesuche nicht geantwortet haben (ausgeschaltet, in einem anderen Netz, hinter einer Firewall), stehen nicht in diesem Bericht.
# en: 00f9186e
report-limit-claims = Alles, was ein Gerät über sich selbst sagt, ist seine eigene Angabe; die Prüfung öffnet keine Geräte und liest keine Konfigurationsdateien.
# en: 35701ff3
report-limit-inside = Der Test von innen kann nicht beweisen, dass aus dem Internet nichts erreichbar ist; ein Test von außen (zum Beispiel mit einem Laptop über die mobilen Daten eines Handys) ist die letzte Kontrolle.

# References: a long value in full ("L1") and a finding's raw evidence ("A1") in the appendices.
# en: 6fa8df22
report-ref-long = L{ $number }
# en: 35b7e6da
report-ref-evidence = A{ $number }
# en: d1b57aaa
report-truncated-groups = … { $count ->
        [one] eine weitere Art von Befund steht
       *[other] { $count } weitere Arten von Befunden stehen
    } in den JSON- und CSV-Exporten.
# en: 4bf8bb4d
report-truncated-rows = … { $count ->
        [one] eine weitere Zeile steht
       *[other] { $count } weitere Zeilen stehen
    } in den JSON- und CSV-Exporten.
# en: 60eefe1c
report-truncated-tail = … { $count ->
        [one] ein weiteres Zeichen steht
       *[other] { $count } weitere Zeichen stehen
    } im JSON-Export.
# en: bc8ff784
report-truncated-findings = … { $count ->
        [one] ein weiterer Befund steht
       *[other] { $count } weitere Befunde stehen
    } im JSON-Export.
# en: 8689aae1
report-truncated-alerts = … { $count ->
        [one] eine weitere Warnung steht
       *[other] { $count } weitere Warnungen stehen
    } im JSON-Export.

## Labels of evidence facts (keys the checks write; other keys are shown as words)

# en: 8ce7c032
report-fact-ip = IP-Adresse
# en: eea5b99a
report-fact-mac = MAC-Adresse
# en: 1bf69532
report-fact-external-ip = Öffentliche IP-Adresse
# en: cc4308ce
report-fact-internal-client = Weiter an Adresse
# en: 2479bd59
report-fact-internal-port = Weiter an Port
# en: 4500b487
report-fact-external-port = Öffentlicher Port
# en: 6ac7be31
report-fact-remote-host = Erlaubter entfernter Host
# en: ce96ad4b
report-fact-lease-duration = Gültigkeitsdauer (Sekunden)
# en: 64899fe5
report-fact-device-instance = Geräteinstanz
# en: 0d148c30
report-fact-individual-address = Physikalische Adresse (KNX)
# en: 382f5483
report-fact-core-version = KNXnet/IP-Core-Version
# en: 9b781a91
report-fact-secure-supported = KNX IP Secure unterstützt
# en: 80a1b438
report-fact-tunnelling-requires-secure = Tunneling erfordert Secure
# en: 4b333914
report-fact-routing-requires-secure = Routing erfordert Secure
# en: 936561df
report-fact-device-management-requires-secure = Gerätemanagement erfordert Secure
# en: d85ab423
report-fact-service-families = Dienstfamilien
# en: ff3e8aa2
report-fact-secure-families = Gesicherte Dienstfamilien
# en: 4204d5b6
report-fact-value = Wert

## Glossary: each term and its explanation

# en: 235f6e2e
report-term-bacnet = BACnet
# en: b35ce144
report-term-bacnet-explained = Eine genormte Sprache (ISO 16484-5), in der Controller für Heizung, Lüftung und andere Gebäudetechnik miteinander kommunizieren. BACnet/IP überträgt sie über das normale Netzwerk, auf UDP-Port 47808.
# en: 5999d60d
report-term-instance = BACnet-Geräteinstanz
# en: d227142c
report-term-instance-explained = Die Nummer, die einen BACnet-Controller im Gebäude kennzeichnet; sie ist je Objekt eindeutig.
# en: 8636852c
report-term-bacnet-sc = BACnet/SC
# en: b15cf1ee
report-term-bacnet-sc-explained = BACnet Secure Connect: BACnet über verschlüsselte, authentifizierte Verbindungen.
# en: 157bd36e
report-term-bbmd = BBMD
# en: 527b895b
report-term-bbmd-explained = BACnet Broadcast Management Device: leitet BACnet-Broadcasts zwischen Netzsegmenten weiter. Seine Tabellen (BDT, FDT) zeigen, mit welchen anderen Stellen es kommuniziert.
# en: 521642d0
report-term-commandable = Kommandierbarer Datenpunkt
# en: 16c48ec8
report-term-commandable-explained = Ein BACnet-Ausgang oder -Sollwert, der über ein Prioritätsfeld mit 16 Stufen geschrieben wird; die Stufe mit der niedrigsten Nummer gewinnt.
# en: a42776ae
report-term-firmware = Firmware
# en: 243df11e
report-term-firmware-explained = Die Software in einem Gerät. Alte Firmware kann bekannte Schwachstellen haben.
# en: f21de346
report-term-fingerprint = Fingerabdruck
# en: 905ae13c
report-term-fingerprint-explained = Ein kurzer Code aus dem Prüfpunkt und dem Gerät oder der Adresse, die ein Befund betrifft; er bleibt von einer Prüfung zur nächsten gleich, sodass sich Befunde vergleichen lassen.
# en: 2b29a46e
report-term-hairpin = NAT-Loopback (Hairpin)
# en: 20f9ec73
report-term-hairpin-explained = Eine Testanfrage aus dem Gebäude an die öffentliche IP-Adresse des Routers: Antwortet ein Gerät, leitet der Router diesen Port aus dem Internet weiter.
# en: fcd05536
report-term-knx = KNX
# en: 092017c7
report-term-knx-explained = Ein genormter Bus (ISO/IEC 14543-3) für Licht, Jalousien und Heizung in Wohnungen und Gebäuden. KNXnet/IP überträgt ihn über das normale Netzwerk, auf UDP-Port 3671.
# en: 1c021566
report-term-knx-secure = KNX IP Secure
# en: 930b6adb
report-term-knx-secure-explained = Die Sicherheitserweiterung von KNX: Passwörter und Verschlüsselung für KNXnet/IP. Sie hilft nur, wenn das Gateway sie verlangt und nicht bloß unterstützt.
# en: 4a678efb
report-term-knx-gateway = KNX-Gateway
# en: a324c016
report-term-knx-gateway-explained = Eine KNX IP-Schnittstelle oder ein KNX IP-Router: verbindet den KNX-Bus mit dem Netzwerk. Wer mit dem Gateway sprechen kann, kann die KNX-Anlage steuern, außer KNX IP Secure ist verpflichtend.
# en: fb65336a
report-term-mac = MAC-Adresse
# en: 4f5ae0bb
report-term-mac-explained = Die Hardware-Adresse eines Netzwerkgeräts, ab Werk fest vergeben.
# en: b8285c34
report-term-nat-pmp = NAT-PMP / PCP
# en: 3d839f41
report-term-nat-pmp-explained = Protokolle, mit denen Geräte den Router selbst bitten, einen Port zum Internet zu öffnen.
# en: d310633b
report-term-port-forward = Portfreigabe
# en: bf6d5928
report-term-port-forward-explained = Eine Regel im Internetrouter, die Datenverkehr aus dem Internet an ein Gerät im Gebäude weiterleitet.
# en: f164c3ad
report-term-public-address = Öffentliche IP-Adresse
# en: f33522d9
report-term-public-address-explained = Eine Internetadresse, die von überall auf der Welt erreichbar ist, anders als die privaten Adressen im Gebäude (etwa 192.168.x.x).
# en: 21a41d4c
report-term-tunnelling = Tunneling
# en: c561c575
report-term-tunnelling-explained = Eine KNXnet/IP-Verbindung, über die ein Computer (zum Beispiel mit der ETS) den KNX-Bus liest und programmiert.
# en: d698f052
report-term-upnp = UPnP
# en: 9a77a491
report-term-upnp-explained = Universal Plug and Play: Damit richten Geräte selbst Portfreigaben im Router ein, ohne dass es jemand bemerkt.
# en: ec60c0b6
report-term-vpn = VPN
# en: 324432c3
report-term-vpn-explained = Eine private, verschlüsselte Verbindung ins Netzwerk des Gebäudes: der sichere Weg, es von außen zu erreichen.

## The `bas-audit report` command (app/src/cli/report.rs): lines it prints, in the program's
## language (not the report's)

# $lang: what was given; $known: the language codes there are, e.g. "en".
# en: 72334a15
report-cli-unknown-lang = keine Sprache „{ $lang }“ (Sprachen: { $known })
# en: 55564e6e
report-cli-out-is-session = { $file } ist die Prüfungssitzung selbst; wählen Sie ein anderes --out
# $problem: the operating system's reason.
# en: f227275e
report-cli-cannot-write = { $file } kann nicht geschrieben werden: { $problem }
# en: fddeb809
report-cli-wrote = { $file } geschrieben ({ $bytes } Bytes)
# Followed by one line per value: its kind, the value, its placeholder.
# en: 91fea13f
report-cli-redacted = { $count ->
        [one] ein Wert
       *[other] { $count } Werte
    } geschwärzt; diese Liste wird einmal angezeigt und nirgends gespeichert:
