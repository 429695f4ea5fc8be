# The Report screen (app/src/gui/panels/report.rs, flows/report.rs) and the homeowner's
# summary PDF (panels/self_check.rs). The report's own words are in report.ftl.

# en: accf108c
gui-nav-report = Bericht
# en: 3855a175
gui-nav-report-hint = Der Übergabebericht dieser Prüfung: Vorschau ansehen, dann als PDF, HTML, JSON, CSV oder EDE speichern. Sendet nichts.
# en: ff9ca4c5
gui-report-title = Bericht
# en: 900c4149
gui-report-what = Das Dokument für die Übergabe: eine Zusammenfassung für den Eigentümer, jeder Befund mit seinen Maßnahmen, die Bestandsliste und die Methode. Es wird nichts gesendet.
# en: 9945a393
gui-report-no-checks = Die Checks sind in dieser Prüfung noch nicht gelaufen, daher enthält der Bericht keine Befunde. Starten Sie sie zuerst auf der Seite „Befunde“.
# en: fa6a6e08
gui-report-options = Was erstellt wird
# en: f5595179
gui-report-audience = Für wen
# en: b4cb9f5a
gui-report-audience-full = Vollständiger Bericht
# en: 84052b8e
gui-report-audience-full-hint = Alles: die Zusammenfassung für den Eigentümer, jeder Befund mit den Schritten für Installateur und Eigentümer, die Bestandsliste, die Methode, ein Glossar und die Rohdaten als Nachweis.
# en: 73a63002
gui-report-audience-owner = Nur Zusammenfassung
# en: dece93ce
gui-report-audience-owner-hint = Das Deckblatt, die einseitige Zusammenfassung, das Diagramm, die Änderungen seit dem letzten Besuch und die Unterschriften.
# en: cc0a1493
gui-report-format = Format
# en: ac88f260
gui-report-format-pdf = A4-Dokument zum Drucken oder Versenden (die Erstellung dauert einige Sekunden)
# en: 7185b73f
gui-report-format-html = Eine einzelne Webseiten-Datei, die sich in jedem Browser öffnen lässt, mit allen Daten darin
# en: a3740f48
gui-report-format-json = Alles als Daten, für Skripte und Ticketsysteme
# en: f7f6339e
gui-report-format-csv = Drei Tabellendateien: Geräte, Gateways und Befunde (benannt nach der gewählten Datei)
# en: 1f9982ed
gui-report-format-ede = Die BACnet-Datenpunkte im Format EDE 2.3, das YABE und Gebäudeleittechnik-Software importieren
# en: 5ac19bf7
gui-report-redaction = Schwärzen
# en: 6cee1f23
gui-report-redact = Adressen, Namen und Seriennummern verbergen
# en: ec964b5a
gui-report-redact-hint = Öffentliche IP-Adressen, MAC-Adressen, Seriennummern, Name und Anschrift des Objekts, Personennamen sowie alle Schlüssel und Passwörter werden durch Platzhalter ersetzt. Die Liste der Ersetzungen wird nur hier angezeigt und in keine Datei geschrieben.
# en: 07d6fba5
gui-report-compare = Vergleichen mit
# en: 8255bfa5
gui-report-compare-none = Keine frühere Prüfung
# en: 03eda183
gui-report-compare-hint = Eine frühere Prüfung desselben Objekts: Der Bericht zeigt dann, was neu ist, was behoben wurde und was sich geändert hat.
# en: a59ad107
gui-report-compare-empty = Es gibt keine frühere gespeicherte Prüfung dieses Objekts zum Vergleich.
# en: 92af1b71
gui-report-cover = Namen auf dem Deckblatt
# en: 2ef7c2be
gui-report-site-name = Objektname:
# en: 4f3f083a
gui-report-site-address = Objektanschrift:
# en: 93125bda
gui-report-site-owner = Erstellt für:
# en: ea51bb7d
gui-report-site-auditor = Prüfer:
# en: 54e12cd9
gui-report-site-company = Firma:
# en: 30cb6fa3
gui-report-save = Speichern
# en: 5d09e720
gui-report-save-as = Speichern unter…
# en: 6a0de5b8
gui-report-save-as-hint = Speicherort des Berichts in einem Dateidialog wählen
# en: 83836001
gui-report-path = Oder Dateipfad eingeben:
# en: d1ae6894
gui-report-save-here = Unter diesem Pfad speichern
# en: a56071f8
gui-report-dialog-title = Bericht speichern
# en: 1b932d67
gui-report-dialog-open = Warten auf den Dateidialog…
# $format: PDF, HTML, ...; $seconds: whole seconds since it started.
# en: fa82c14a
gui-report-saving = { $format }-Datei wird erstellt… { $seconds } s
# $file: the path; $bytes: its size; $seconds: how long it took, one decimal.
# en: 47dfa550
gui-report-saved = { $file } gespeichert ({ $bytes } Bytes, { $seconds } s).
# en: a1fdfe4d
gui-report-open = Öffnen
# en: 87ee2851
gui-report-open-hint = Die gespeicherte Datei im Standardprogramm dieses Computers öffnen
# $file: the path; $error: the system's reason.
# en: 99a66f45
gui-report-open-failed = { $file } konnte nicht in einem Anzeigeprogramm geöffnet werden: { $error }
# $error: why the earlier audit could not be read.
# en: 7372aded
gui-report-compare-failed = Die frühere Prüfung für den Vergleich konnte nicht gelesen werden: { $error }
# $error: what went wrong while making the file.
# en: 7303aad2
gui-report-render-failed = Der Bericht konnte nicht erstellt werden: { $error }
# $file: the path; $problem: why (the folder does not exist, no permission, the disk is full...).
# en: 0b9eff2b
gui-report-cannot-write = { $file } konnte nicht gespeichert werden: { $problem }. Dort wurde nichts geschrieben; wählen Sie einen anderen Ort.
# en: 365a509b
gui-report-crashed = Die Erstellung des Berichts ist wegen eines Fehlers in BAS Audit gescheitert. Es wurde nichts geschrieben. Bitte melden Sie den Fehler und fügen Sie das Protokoll bei.
# en: 3e6a303c
gui-report-log-saving = Bericht wird als { $format } gespeichert.
# en: dd16fc81
gui-report-log-saved = Bericht gespeichert: { $file } ({ $bytes } Bytes).
# en: f96b01be
gui-report-replaced = Was geschwärzt wurde
# $count: how many values were replaced.
# en: b28e5265
gui-report-replaced-what = { $count ->
        [one] Ein Wert ist
       *[other] { $count } Werte sind
    } in der gespeicherten Datei ersetzt. Diese Liste wird nur hier angezeigt: Bewahren Sie sie auf, wenn Sie die Platzhalter später zuordnen müssen; sie wird in keine Datei geschrieben.
# en: 3daafebf
gui-report-preview = Vorschau
# en: fa5cf6d1
gui-report-preview-building = Vorschau wird erstellt…
# The homeowner self-check: the summary for the installer as a PDF.
# en: 9da5e6bd
gui-report-owner-summary-title = Eine Zusammenfassung für Ihren Installateur
# en: dc6e3697
gui-report-owner-summary-what = Ein Dokument mit dem Ergebnis oben, dem, was zuerst zu tun ist, und dem, was nicht geprüft wurde. Schicken Sie es Ihrem Installateur.
# en: 3cce1441
gui-report-owner-summary = Zusammenfassung für meinen Installateur speichern (PDF)
