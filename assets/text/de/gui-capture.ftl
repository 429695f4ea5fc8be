# The Capture analysis screen and its job (app/src/gui/panels/capture.rs, flows/analysis.rs,
# the file dialog in jobs.rs): open a pcap/pcapng file, progress, the counts. Reads files only.
# Read by installers. Protocol and service names in the tables come from the capture.

# en: ec27b575
gui-capture-title = Mitschnittanalyse
# en: ab827c22
gui-capture-what = Liest eine gespeicherte Mitschnittdatei (pcap oder pcapng) und zählt, was sie enthält. Sendet nichts ins Netzwerk.
# en: 7114b9c3
gui-capture-open = Mitschnitt öffnen…
# en: 82b44f46
gui-capture-waiting-dialog = Warten auf den Dateidialog…
# en: 9d916d99
gui-capture-path = Pfad der Mitschnittdatei:
# en: deb995fd
gui-capture-analyse = Analysieren
# en: f9d7a967
gui-capture-no-dialog-hint = Falls kein Dateidialog erscheint (manche Desktops haben keinen), geben Sie den Pfad hier ein oder fügen Sie ihn ein.
# $name: the file's name; $read, $total: sizes such as "12.3 MB".
# en: cd008ceb
gui-capture-reading-of = { $name } wird gelesen: { $read } von { $total }
# en: bf8465c4
gui-capture-reading = { $name } wird gelesen: { $read }
# en: bb456fdf
gui-capture-cancel = Abbrechen
# $file: the capture's path; $message: why (the file is missing, not a capture, ...).
# en: f7093d4c
gui-capture-failed = { $file } konnte nicht analysiert werden: { $message }

## Results

# en: 87711cf1
gui-capture-complete = Vollständig
# en: 41247c89
gui-capture-cancelled = Abgebrochen
# en: 44634485
gui-capture-cancelled-what = Die Zahlen unten umfassen nur den Teil, der vor dem Abbruch gelesen wurde.
# $offset: a byte position in the file.
# en: b2a21a54
gui-capture-read-error = Lesefehler bei Byte { $offset }
# $message: what was wrong at that point.
# en: ceba5766
gui-capture-read-error-what = { $message }. Alles vor dieser Stelle ist unten gezählt.
# en: 924262f3
gui-capture-file = Datei
# en: 693950b1
gui-capture-format = Format
# en: b3425b79
gui-capture-packets = Pakete
# en: 75891eda
gui-capture-first-packet = Erstes Paket
# en: e23537fe
gui-capture-last-packet = Letztes Paket
# en: 747243af
gui-capture-duration = Dauer
# en: 747a6ada
gui-capture-bacnet-messages = BACnet-Nachrichten
# en: 8d01d6ab
gui-capture-knx-messages = KNXnet/IP-Nachrichten
# $messages: all messages of a protocol; $malformed: those that could not be decoded.
# en: ab0dfd2e
gui-capture-messages-malformed = { $messages } ({ $malformed } fehlerhaft)
# en: a2515680
gui-capture-fragments = IP-Fragmente
# en: 2b91b2e8
gui-capture-cut-short = Beim Mitschnitt gekürzt
# en: 0c249e02
gui-capture-link-errors = Link-Layer-Fehler
# en: 8a1d05d4
gui-capture-other-packets = Andere Pakete
# $protocol: BACnet or KNXnet/IP.
# en: cac2a45a
gui-capture-by-service = { $protocol }-Nachrichten nach Dienst
# en: 01f42ae7
gui-capture-no-messages = Keine { $protocol }-Nachrichten in diesem Mitschnitt.
# en: 9c3e31e5
gui-capture-malformed-by-reason = Fehlerhafte { $protocol }-Nachrichten nach Ursache
# en: 4cf54fd2
gui-capture-col-service = Dienst
# en: 362d3fbc
gui-capture-col-reason = Ursache
# en: b74255da
gui-capture-col-count = Anzahl
# en: 793657eb
gui-capture-sort-name = Nach Name sortieren
# en: b4a36b79
gui-capture-sort-count = Nach Anzahl sortieren
# en: d52087f7
gui-capture-bacnet-devices = Gesehene BACnet-Geräte
# en: 5c3b463d
gui-capture-knx-gateways = Gesehene KNX-Gateways
# en: 89cac960
gui-capture-none-seen = Keine gesehen.
# en: bbe20cb5
gui-capture-gateways-not-listed = { $count } { $count ->
        [one] weiteres Gateway wurde
       *[other] weitere Gateways wurden
    } gesehen, aber nicht aufgeführt (Speichergrenze).
# en: a92dd2f0
gui-capture-link-errors-by-reason = Link-Layer-Fehler nach Ursache
# en: 484749bf
gui-capture-earlier = Analysen in dieser Prüfung

## Table columns (devices and gateways seen)

# en: 85a84599
gui-capture-col-device-instance = Geräteinstanz
# en: 11e8cdce
gui-capture-col-address = Adresse
# en: c8fe6a4a
gui-capture-col-network = Netzwerk
# en: 9caedbd4
gui-capture-col-vendor = Hersteller
# en: a43b8949
gui-capture-col-vendor-id = Hersteller-ID
# en: 8404b97d
gui-capture-col-max-apdu = Max. APDU
# en: 31d4e13c
gui-capture-col-segmentation = Segmentierung
# en: 6340ffb1
gui-capture-col-i-am-count = Anzahl I-Am
# en: b5077aa7
gui-capture-col-first-seen = Zuerst gesehen
# en: ecf2536d
gui-capture-col-last-seen = Zuletzt gesehen
# en: 63778996
gui-capture-col-name = Name
# en: 322ddd0b
gui-capture-col-knx-address = KNX-Adresse
# en: 5d33fc68
gui-capture-col-services = Dienste
# en: 9aa5c56d
gui-capture-col-secure-services = Secure-Dienste
# en: 4a87ec62
gui-capture-col-mac = MAC
# en: 9d55b8d4
gui-capture-col-serial = Seriennr.
# en: 6af87526
gui-capture-col-responses = Antworten

## The job's log lines and the file dialog

# en: 8c70b3f9
gui-capture-dialog-opened = Dateidialog geöffnet.
# en: 907e3b74
gui-capture-dialog-title = Mitschnitt öffnen
# en: 2d74d3f6
gui-capture-dialog-captures = Mitschnitte (pcap, pcapng)
# en: f9745693
gui-capture-dialog-all = Alle Dateien
# $seconds: with one decimal; $quick: yes when it came back too fast for a person to have chosen.
# en: 72cba4c7
gui-capture-dialog-none = Der Dateidialog hat nach { $seconds } s keine Datei geliefert{ $quick ->
        [yes] {" (wahrscheinlich ist kein Dialog verfügbar)"}
       *[no] {""}
    }.
# en: 4fcca0ec
gui-capture-dialog-unavailable = Auf diesem Desktop kann kein Dateidialog angezeigt werden. Geben Sie den Pfad des Mitschnitts unten ein oder fügen Sie ihn ein.
# en: 56ad2735
gui-capture-dialog-nothing-chosen = Es wurde keine Datei ausgewählt. Falls kein Dialog erschienen ist, geben Sie den Pfad des Mitschnitts unten ein oder fügen Sie ihn ein.
# en: 2acfdc7b
gui-capture-cancelling = Analyse von { $file } wird abgebrochen.
# en: c00f27e3
gui-capture-analysing = { $file } wird analysiert (liest die Datei, sendet nichts).
# $cancelled: yes when the user stopped it before the end of the file.
# en: 51842b2a
gui-capture-analysed = { $cancelled ->
        [yes] Analyse abgebrochen
       *[no] Analyse fertig
    } – { $file }: { $packets } Pakete, { $bacnet } BACnet- und { $knx } KNXnet/IP-Nachrichten.
# en: aefe99dd
gui-capture-crashed = die Analyse wurde unerwartet beendet (interner Fehler)
