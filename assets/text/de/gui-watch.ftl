# The Learning watch screen and its jobs (app/src/gui/panels/watch.rs, flows/watch.rs): the
# traffic source, the parameters, learning and detecting, alerts, the model. Read by installers.
# The alerts' own texts come from the watch (not yet in the catalogue).

# en: 7c5495ff
gui-watch-title = Lernbeobachtung
# en: 68fa1a15
gui-watch-what = Lernt, wie normaler Datenverkehr aussieht, und meldet dann, was davon abweicht. Das Lesen einer Mitschnittdatei sendet nichts; vor dem Live-Mithören wird zuerst gefragt.

## Source

# en: 2cfecf13
gui-watch-source = Datenquelle
# en: ddce3956
gui-watch-source-file = Mitschnittdatei
# en: 17fc081c
gui-watch-source-live = Live: auf der Schnittstelle des Prüfbereichs mithören
# en: e64fe999
gui-watch-file-path = Pfad der Mitschnittdatei
# en: 64570bf5
gui-watch-listen-for = Mithördauer (Sekunden)
# en: b97d1280
gui-watch-live-what = Passiv: hört auf dem BACnet/IP-UDP-Port und der KNX-Multicast-Gruppe mit; sendet kein BACnet- oder KNX-Paket. Vor dem Start werden Sie gefragt.
# en: 58c1cf18
gui-watch-live-capture-permission = Um alles zu sehen, was der Spiegelport eines Switches liefert, schneiden Sie über die Kommandozeile auf der Schnittstelle mit: bas-audit watch learn --live SECONDS --interface NAME. Dafür ist die Mitschnitt-Berechtigung nötig (CAP_NET_RAW: Sie erlaubt einem Programm, den gesamten Datenverkehr auf den Schnittstellen dieses Computers zu lesen), die nie stillschweigend erteilt wird: Führen Sie beim Debian-Paket sudo dpkg-reconfigure bas-audit aus und antworten Sie mit „Ja“ (yes).

## Parameters (T and t are the names the method's description uses)

# en: 0062266a
gui-watch-parameters = Parameter
# en: 2ac15ee6
gui-watch-interval = T (Intervall, s)
# en: 6a0b5537
gui-watch-interval-what = Nachrichtenraten werden pro Intervall dieser Länge gezählt.
# en: aba2d0c0
gui-watch-tolerance-setpoint = t Sollwerte/Ausgänge
# en: 78980b64
gui-watch-tolerance-setpoint-what = Gelernte Bereiche kommandierbarer Werte werden auf jeder Seite um t × Spanne erweitert.
# en: d812fd19
gui-watch-tolerance-sensor = t Sensoren
# en: ead9da80
gui-watch-tolerance-sensor-what = Gelernte Bereiche von Sensoreingängen werden auf jeder Seite um t × Spanne erweitert.
# en: 4b62d43c
gui-watch-metric = Ratenmaß
# en: 1a034371
gui-watch-metric-what = Wie die normale Rate zusammengefasst wird: Maximum, Mittelwert + σ oder Median + MAD.
# en: 952ad39c
gui-watch-cutoff = Ratenschwelle
# en: ef041da3
gui-watch-cutoff-what = Wie weit eine Rate über dem Normalwert liegen darf, bevor gewarnt wird (Standard je Maß).
# en: da6fe71d
gui-watch-reset = Parameter auf Standard zurücksetzen
# en: 8b2d1cec
gui-watch-defaults = Alle Parameter stehen auf Standard.

## Run

# en: e4491100
gui-watch-run = Ausführen
# en: 9d445018
gui-watch-learn = Lernen
# en: 30046f74
gui-watch-learn-hint = Aus dieser Quelle ein Modell des normalen Datenverkehrs lernen
# en: 4e1fc018
gui-watch-detect = Erkennen
# en: b9abc5fe
gui-watch-detect-hint = Diese Quelle mit dem Modell vergleichen und Warnungen anzeigen
# en: 99d6a136
gui-watch-detect-disabled = Benötigt eine Quelle und ein Modell (lernen oder laden)
# $time: gui-watch-traffic-time, or nothing before the first message.
# en: 8bc13805
gui-watch-running-learn = Lernen: { $messages } Nachrichten, { $objects } Objekte, { $sources } Quellen{ $time }
# en: 130504ad
gui-watch-running-detect = Erkennen: { $messages } Nachrichten, { $objects } Objekte, { $sources } Quellen{ $time }
# $time: the time of the traffic read so far (a capture's own clock).
# en: e30f8f04
gui-watch-traffic-time = , Verkehrszeit { $time }
# $seconds: whole seconds since the job started.
# en: a9da2550
gui-watch-elapsed = { $seconds } s
# en: 3822588a
gui-watch-stopping = Wird gestoppt…
# en: 9b83e36e
gui-watch-stop = Stopp
# $seconds: whole seconds of traffic.
# en: 79fa29ca
gui-watch-learned-stats = Gelernt aus { $messages } Nachrichten über { $seconds } s: { $objects } Objekte, { $sources } Quellen.
# en: 5389ea81
gui-watch-detect-stats = { $messages } { $messages ->
        [one] Nachricht
       *[other] Nachrichten
    } über { $seconds } s geprüft: { $alerts } { $alerts ->
        [one] Warnung
       *[other] Warnungen
    }, { $unknown } { $unknown ->
        [one] Wert
       *[other] Werte
    } von Datenpunkten, die das Modell nicht kennt.
# en: 4095dc12
gui-watch-rates = Nachrichtenrate pro Dienst (Nachrichten pro Sekunde)
# en: 6f53baf0
gui-watch-rates-axis = Sekunden Datenverkehr

## Alerts

# en: 3ef1d542
gui-watch-alerts = Warnungen ({ $count })
# en: e004ea81
gui-watch-no-alerts-yet = Bisher keine Warnungen: Warnungen erscheinen hier, sobald sie ausgelöst werden.
# en: 8ba3ebc3
gui-watch-no-alerts = Keine Warnungen: Der Datenverkehr entsprach dem Modell.
# en: 1a7bd332
gui-watch-click-alert = Klicken Sie auf eine Warnung, um sie vollständig zu lesen: was gesehen wurde, der gelernte Normalzustand und was zu tun ist.
# en: 20c7251f
gui-watch-col-severity = Schweregrad
# en: c7e65c2f
gui-watch-col-time = Zeit
# en: 98d1f7ad
gui-watch-col-detector = Detektor
# en: df589469
gui-watch-col-what = Was
# en: f47abec9
gui-watch-col-observed = Beobachtet
# en: 2f5c7667
gui-watch-col-normal = Normal
# After an alert's summary when it was raised several times.
# en: 529af210
gui-watch-repeated = { $summary } (×{ $count })
# en: aa407d06
gui-watch-show-alert = Ganze Warnung unten anzeigen
# en: 891b5099
gui-watch-alert-details = Details der Warnung
# $rule: the knowledge rule's name (new-writer, ...).
# en: 9f117b52
gui-watch-rule = Regel { $rule }
# en: 2fa1d18a
gui-watch-when = Wann
# en: 0999710a
gui-watch-from = Von
# en: cf6c355c
gui-watch-to = An
# en: e3651114
gui-watch-message = Nachricht
# en: ec6375e7
gui-watch-seen = Was gesehen wurde
# en: 6ef39585
gui-watch-normal = Gelernter Normalzustand
# en: b1e6fa7c
gui-watch-action = Was zu tun ist
# $first, $last: times; $count: how many times.
# en: 92eefe04
gui-watch-when-repeated = { $first } bis { $last } ({ $count }-mal)

## Model

# en: 93e202ac
gui-watch-model = Modell
# $origin: where the model came from (gui-watch-origin-*); $seconds: whole seconds of traffic.
# en: d32f36c3
gui-watch-model-line = { $points } Datenpunkte, { $rates } Nachrichtenraten-Schlüssel, { $hosts } Hosts; { $origin } ({ $messages } Nachrichten über { $seconds } s).
# en: b96b5a45
gui-watch-origin-learned = gelernt
# $source: a capture file's path or gui-watch-source-live-words.
# en: b8cbcb0b
gui-watch-origin-learned-from = gelernt aus { $source }
# en: 9caef887
gui-watch-origin-loaded-from = geladen aus { $path }
# en: e818f052
gui-watch-source-live-words = { $seconds } s Live-Datenverkehr
# en: 8fadc0ef
gui-watch-no-model = Noch kein Modell: Lernen Sie eines oder laden Sie ein gespeichertes Modell.
# en: 513ed459
gui-watch-model-file = Modelldatei
# en: 54a7e915
gui-watch-save-model = Modell speichern
# en: f579ec5b
gui-watch-load-model = Modell laden
# en: 7b7c3c87
gui-watch-ranges = Gelernte Bereiche ({ $count })
# en: 5689eb6f
gui-watch-col-point = Datenpunkt
# en: 8af38b37
gui-watch-col-class = Klasse
# en: ac471e6b
gui-watch-col-min = Min
# en: f72ebba7
gui-watch-col-max = Max
# en: 57e6ef73
gui-watch-col-allowed = Erlaubt
# en: 09ccf607
gui-watch-col-samples = Stichproben
# A point without a name: a KNX group address, or a BACnet device's object.
# en: c09c0972
gui-watch-point-group = Gruppe { $group }
# en: 719804bd
gui-watch-point-device = Gerät { $device }

## The jobs' log lines and errors

# en: 39c7199d
gui-watch-stopping-log = Lernbeobachtung wird gestoppt.
# en: 324b0bae
gui-watch-saving = Modell wird in { $path } gespeichert.
# en: 98c42c65
gui-watch-no-model-to-save = Es gibt noch kein Modell zum Speichern: Lernen Sie zuerst.
# en: 30e58b33
gui-watch-loading = Modell wird aus { $path } geladen.
# en: 12d506c8
gui-watch-needs-model = Die Erkennung braucht ein Modell: Lernen oder laden Sie zuerst eines.
# en: d378ec48
gui-watch-learning-file = Lernen aus { $path } (liest die Datei, sendet nichts).
# en: ef1a8a35
gui-watch-detecting-file = Erkennen in { $path } (liest die Datei, sendet nichts).
# en: 23a9fa4d
gui-watch-listening = Mithören für { $seconds } s (passiv; sendet kein BACnet- oder KNX-Paket).
# en: dc9e0a6c
gui-watch-saved = Modell in { $path } gespeichert.
# en: 4fac2f58
gui-watch-loaded = Modell mit { $points } Datenpunkten aus { $path } geladen.
# en: 308c68fc
gui-watch-failed = Lernbeobachtung: { $error }
# $cancelled: yes when the user stopped it early.
# en: 8359c483
gui-watch-learned = Modell mit { $points } Datenpunkten und { $rates } Nachrichtenraten-Schlüsseln aus { $source } gelernt ({ $messages } Nachrichten{ $cancelled ->
        [yes] {", vorzeitig gestoppt"}
       *[no] {""}
    }).
# en: 3ad6027c
gui-watch-detected = { $source } mit dem Modell verglichen: { $alerts } Warnungen aus { $messages } Nachrichten{ $cancelled ->
        [yes] {" (vorzeitig gestoppt)"}
       *[no] {""}
    }.
# en: fad0e069
gui-watch-crashed = die Lernbeobachtung wurde unerwartet beendet (interner Fehler)
# The ETS group-address export section of the Learning watch screen.
# en: e89020a9
gui-watch-ets = ETS-Projekt
# en: 66711414
gui-watch-ets-what = Der Gruppenadressen-Export aus der ETS (CSV oder XML) oder eine ungeschützte .knxproj-Datei benennt jede KNX-Gruppenadresse und gibt an, welche Art von Wert sie überträgt, sodass Lernen und Warnungen Namen und Einheiten verwenden. Das Lesen der Datei sendet nichts.
# en: c2a01454
gui-watch-ets-none = Kein ETS-Export in dieser Prüfung: KNX-Werte werden ohne Namen oder Typen gelernt.
# en: 147b64b3
gui-watch-ets-pick = ETS-Export importieren…
# en: 072e8b7b
gui-watch-ets-pick-hint = Den Gruppenadressen-Export (CSV oder XML) oder die .knxproj-Datei in einem Dateidialog wählen
# en: 082cf69b
gui-watch-ets-path = Pfad des ETS-Exports
# en: 0d862d93
gui-watch-ets-import = Importieren
# en: e9c85661
gui-watch-ets-remove = Entfernen
# What is imported. $file: the file's name; $format: one of watch-cli-ets-* (e.g. "ETS XML export").
# en: a343ac6d
gui-watch-ets-summary = { $file } ({ $format }): { $groups } Gruppenadressen, { $typed } mit Datenpunkttyp
# Appended to gui-watch-ets-summary. $warnings: lines the import skipped or imported without a type.
# en: cb085c4c
gui-watch-ets-summary-warnings = ; { $warnings } Zeilen übersprungen oder ohne Typ importiert
# en: a8077e26
gui-watch-ets-after-learning = Das Modell wurde ohne diesen Export gelernt: seine Namen gelten ab sofort, seine Datenpunkttypen erst nach erneutem Lernen.
# Log lines. $path: the file; $summary: gui-watch-ets-summary.
# en: e190a0d5
gui-watch-ets-importing = ETS-Export { $path } wird importiert
# en: effdd4d6
gui-watch-ets-imported-log = ETS-Export importiert: { $summary }
# en: e7ee6fff
gui-watch-ets-removed = ETS-Export aus der Prüfung entfernt
# $error: the file's name and what is wrong with it, in plain words.
# en: f4def796
gui-watch-ets-failed = Nicht importiert, die bisherige Tabelle (falls vorhanden) bleibt erhalten: { $error }
# en: 90103c82
gui-watch-ets-crashed = der ETS-Import wurde unerwartet beendet (interner Fehler)
# en: 7164c96e
gui-watch-ets-dialog-title = ETS-Gruppenadressen-Export importieren
# en: a8f9bfea
gui-watch-ets-dialog-exports = ETS-Exporte (CSV, XML, .knxproj)
# en: 8e22f5c9
gui-watch-ets-dialog-all = Alle Dateien
