# The start screen and saved audits (app/src/gui/panels/start.rs, flows/session.rs): the two
# flows, opening a capture, the recent audits with rename and delete, and what the store said.

## Start screen

# en: 9234c5c6
gui-start-tagline = Prüfen Sie, wie offen und wie beschreibbar das Automationsnetz eines Gebäudes ist (BACnet/IP und KNXnet/IP), und was zu beheben ist.
# en: 5d303aea
gui-start-installer-what = Für Installateure vor Ort: Prüfbereich festlegen, Geräte suchen, prüfen, was der Router zum Internet hin freigibt, und jeden Befund mit Abhilfe erhalten; Mitschnitte des Gebäudeverkehrs analysieren.
# en: ce870cb1
gui-start-installer-traffic = Netzwerkverkehr: keiner. Nichts wird gesendet, bevor Sie einen Vorgang starten, und jeder Vorgang, der sendet, fragt vorher nach.
# en: 316990b8
gui-start-homeowner-what = Eine Frage in einfachen Worten: Ist Ihre Haussteuerung aus dem Internet erreichbar, und was sollten Sie Ihren Installateur fragen?
# "Check my home" is the self-check's button (gui-self-check-start).
# en: e535e0c0
gui-start-homeowner-traffic = Netzwerkverkehr: keiner, bis Sie auf „Mein Zuhause prüfen“ klicken und es erlauben.
# en: cf108ad2
gui-start-open-capture = Mitschnitt öffnen…
# en: 6795a7f8
gui-start-capture-what = Eine gespeicherte Mitschnitt-Datei (pcap oder pcapng) lesen und ihre BACnet- und KNX-Telegramme zählen.
# en: 237c909f
gui-start-capture-traffic = Netzwerkverkehr: keiner. Es wird nur die Datei gelesen.

## Recent audits

# en: 9763f931
gui-start-recent = Letzte Prüfungen
# en: cf888787
gui-start-refresh = Aktualisieren
# en: 32d097ad
gui-start-no-recent = Noch keine gespeicherten Prüfungen. Prüfungen werden beim Arbeiten automatisch gespeichert.
# $folder: where the audit files are.
# en: 2201955b
gui-start-kept-in = Gespeicherte Prüfungen liegen in { $folder }
# $kind: the kind of audit (gui-kind-installer, ...); $changed: date and time.
# en: 010cee3e
gui-start-recent-line = { $kind } · zuletzt geändert { $changed }
# $devices: devices and gateways found; $findings: findings of the latest check run.
# en: 9cf1734e
gui-start-recent-counts = { $devices } { $devices ->
        [one] Gerät
       *[other] Geräte
    } · { $findings } { $findings ->
        [one] Befund
       *[other] Befunde
    }
# The verdict light of a saved audit (its latest check run), read out by screen readers.
# en: c92281f1
gui-start-recent-light-red = Ergebnis: Rot, jetzt handeln
# en: cd84db39
gui-start-recent-light-amber = Ergebnis: Gelb, etwas ist zu beheben
# en: 7a8f5c27
gui-start-recent-light-green = Ergebnis: Grün
# en: 550423e8
gui-start-new-name = Neuer Name:
# en: 49250c98
gui-start-save-name = Name speichern
# en: bdb503fd
gui-start-cancel = Abbrechen
# en: fbca4931
gui-start-delete = Löschen…
# $name: the audit's name.
# en: 6f85fd7e
gui-start-delete-hint = „{ $name }“ löschen (fragt vorher nach)
# en: efd1d979
gui-start-rename = Umbenennen
# en: 5a1deacb
gui-start-rename-hint = „{ $name }“ umbenennen
# en: d65b19a1
gui-start-open = Öffnen
# en: e145cb8b
gui-start-open-hint = „{ $name }“ öffnen
# en: 477318b7
gui-start-delete-heading = „{ $name }“ löschen?
# en: ba8727c4
gui-start-delete-what = Damit wird die gespeicherte Prüfungsdatei von diesem Computer entfernt. Das kann nicht rückgängig gemacht werden.
# en: 352c20ac
gui-start-keep = Behalten
# en: c95623c7
gui-start-delete-confirm = Prüfung löschen

## Saving, opening, renaming, deleting (log lines and notices)

# en: cb30ea8b
gui-session-started = „{ $name }“ begonnen.
# $old, $name: the audit's name before and after.
# en: 4b35a16c
gui-session-renamed = „{ $old }“ in „{ $name }“ umbenannt.
# en: 1ee0f99e
gui-session-renamed-saved = Eine Prüfung in „{ $name }“ umbenannt.
# en: 9c54c7b7
gui-session-opened = „{ $name }“ geöffnet.
# en: 4341c8db
gui-session-deleted = Gespeicherte Prüfung { $id } gelöscht.
# en: a2ff1bc8
gui-session-close-not-saved = „{ $name }“ konnte nicht gespeichert werden: Die Festplatte antwortet nicht. Die letzten Änderungen gehen möglicherweise verloren.
# $error: what the store or the disk said.
# en: 03b1f91e
gui-session-cannot-save-any = Prüfungen können nicht gespeichert werden: { $error }
# en: 914157d7
gui-session-save-failed = Die Prüfung konnte nicht gespeichert werden: { $error }
# en: 84e688a7
gui-session-open-failed = Die Prüfung konnte nicht geöffnet werden: { $error }
# en: 059fb99f
gui-session-rename-failed = Die Prüfung konnte nicht umbenannt werden: { $error }
# en: 30c87b37
gui-session-delete-failed = Die Prüfung konnte nicht gelöscht werden: { $error }
# en: 70388a65
gui-store-unavailable = gespeicherte Prüfungen sind nicht verfügbar: { $error }
