# The desktop app's frame (app/src/gui/: app.rs, nav.rs, panels/shell.rs, flows/mod.rs, mod.rs):
# the navigation, the top bar, the save status, and what the app logs about itself. Read by
# installers and homeowners.

## Kinds of audit (the start screen's two flows; a new audit is named after its kind and date)

# en: 01e7dac8
gui-kind-installer = Installateur-Prüfung
# en: 02fb699e
gui-kind-homeowner = Selbsttest für Hausbesitzer

## Navigation: each screen's name and tooltip (say whether the screen can send anything)

# en: 070d3452
gui-nav-self-check = Selbsttest
# en: 00bb0fad
gui-nav-self-check-hint = Ist Ihre Haussteuerung aus dem Internet erreichbar? Fragt nach, bevor etwas gesendet wird.
# en: 3e7d857e
gui-nav-scope = Prüfbereich
# en: 6900bc6f
gui-nav-scope-hint = Welches Netzwerk und welche Adressen diese Prüfung ansprechen darf. Sendet nichts.
# en: 453362ee
gui-nav-devices = Geräte
# en: e2291573
gui-nav-devices-hint = BACnet/IP-Geräte und KNXnet/IP-Gateways finden. Sendet Pakete erst, wenn Sie es erlauben.
# en: 30d49508
gui-nav-findings = Befunde
# en: 46dd7764
gui-nav-findings-hint = Prüfen, was der Router freigibt und was die Gerätesuche gefunden hat; jeder Befund mit Nachweis und Abhilfe. Sendet Pakete erst, wenn Sie es erlauben.
# en: a94f13cc
gui-nav-capture = Mitschnitt-Analyse
# en: a3dc11ec
gui-nav-capture-hint = Eine gespeicherte Mitschnitt-Datei lesen (pcap, pcapng). Sendet nichts.
# en: 08bdd786
gui-nav-watch = Lernbeobachtung
# en: 0c6e60c8
gui-nav-watch-hint = Den normalen Verkehr aus einem Mitschnitt oder durch Mithören lernen und Abweichungen melden. Das Lesen einer Datei sendet nichts.
# en: bef44a42
gui-nav-log = Protokoll
# en: 30249e54
gui-nav-log-hint = Was die App getan und gesendet hat, mit Uhrzeit.
# en: 248f0b4a
gui-nav-about = Über
# en: 380c562a
gui-nav-about-hint = Version und Lizenzen.

## Top bar

# en: 937be9c0
gui-top-home = Start
# en: d9644a36
gui-top-home-hint = Speichern und zurück zum Startbildschirm
# en: 02604d06
gui-dismiss = Schließen
# en: ad1ba94e
gui-save-not-yet = Noch nicht gespeichert
# A new audit is saved only once it holds something (a result, notes, a scope) or is named.
# en: 44278150
gui-save-waiting = Wird gespeichert, sobald etwas eingetragen ist
# en: d9b28969
gui-save-no-changes = Keine Änderungen
# en: 928b056a
gui-save-saving = Speichern…
# $time: the time of the last save (HH:MM:SS).
# en: 064aa77a
gui-save-saved-pending = Gespeichert { $time } · Änderungen ausstehend
# en: d6d70303
gui-save-saved = Gespeichert { $time }
# $error: why the audit could not be written.
# en: bf13a9b1
gui-save-failed = Nicht gespeichert: { $error }

## Log lines of the app itself

# en: 6efbe15b
gui-log-started = BAS Audit gestartet. Im Netzwerk wird nichts gesendet, solange Sie keinen Vorgang starten, der das ankündigt.
# $simulators: how many simulated devices, gateways and routers run.
# en: aba5208a
gui-log-demo-started = Demo-Gebäude auf Loopback gestartet ({ $simulators } Simulatoren; BACnet/IP-Port { $bacnet_port }, KNXnet/IP-Port { $knx_port }). Es wurde nichts gesendet.
# en: 686a4c8f
gui-demo-failed = Das Demo-Gebäude konnte nicht gestartet werden: { $error }
# en: c19b650f
gui-log-interfaces-listed = { $count } IPv4-Schnittstellenadressen aufgelistet (von diesem Computer gelesen; nichts gesendet).
# en: 1cfbc4b6
gui-interfaces-failed = Netzwerkschnittstellen konnten nicht aufgelistet werden: { $error }
# en: bb9912be
gui-store-busy = Die gespeicherten Prüfungen sind belegt (die Festplatte antwortet langsam); versuchen Sie es erneut.
# en: d9b40c88
gui-consent-refused = Zustimmung verweigert: Der Vorgang wurde abgebrochen, es wurde nichts gesendet.

## Why a job cannot start

# en: d36b169c
gui-no-audit-open = Keine Prüfung geöffnet.
# en: 2e4e7e4d
gui-no-scope = Noch kein Prüfbereich: Wählen Sie zuerst auf der Seite „Prüfbereich“ eine Netzwerkschnittstelle oder fügen Sie Zieladressen hinzu.

## The window could not open (printed on the terminal)

# $error: what the window system said.
# en: 94c7b3ac
gui-window-stopped = Die App wurde mit einem Fehler beendet: { $error }
# en: 7893e4fb
gui-window-failed = Es konnte kein Fenster geöffnet werden ({ $error }). Ohne Bildschirm nutzen Sie die Kommandozeile: bas-audit --help
# en: 096bd404
gui-window-no-renderer = kein Renderer einkompiliert
# $renderer, $next: the names of two renderers (Wgpu, Glow).
# en: d01082aa
gui-window-renderer-failed = der Renderer { $renderer } ist fehlgeschlagen ({ $error }); nächster Versuch: { $next }

## Shared by the screens that start jobs

# en: fec01917
gui-job-asks-hint = Zeigt, was gesendet wird, und fragt nach, bevor etwas gesendet wird
# en: e3bcd633
gui-job-asks = Sie werden gefragt, bevor etwas gesendet wird.
# en: f2973fde
gui-job-cancelling = Wird abgebrochen…
# The scope line of the Devices and Findings screens. $interface: the interface's name or gui-scope-no-interface; $targets: how many target addresses; $rate: the packet cap per second.
# en: 19d19bb2
gui-job-scope = Prüfbereich: Schnittstelle { $interface }; { $targets } Zieladresse(n); höchstens { $rate } Pakete pro Sekunde.
# en: dd0ea5b6
gui-job-scope-no-interface = keine

## The demo marker (widgets/demo_marker.rs): on every screen while the demo building runs, and on
## demo audits in Recent audits.

# en: db16ee51
gui-demo-marker = DEMO
# en: b89a4b1b
gui-demo-marker-long = DEMO · simuliertes Gebäude
# en: d26e93d8
gui-demo-marker-hint = Das eingebaute Demo-Gebäude auf diesem Computer (Loopback): simulierte Geräte und Router, keine echte Anlage. Nichts verlässt diesen Computer.

## The installer's steps across the top of the work area (gui/steps.rs, panels/shell.rs)

# en: 1264f7dc
gui-step-scope = Anlage & Prüfbereich
# en: fd2fff97
gui-step-devices = Geräte
# en: 6d2e396f
gui-step-checks = Prüfungen
# en: eb468ee4
gui-step-watch = Lernbeobachtung (optional)
# en: f80bedd1
gui-step-findings = Befunde
# en: b5521a4d
gui-step-report = Bericht
# $n: the step's number; $step: its name (gui-step-*). One button each.
# en: 7d1bbbe8
gui-step-done = { $n }. { $step } ✓
# en: 95c33312
gui-step-next = { $n }. { $step } · als Nächstes
# en: 0126fa1e
gui-step-skipped = { $n }. { $step } · übersprungen
# en: 7943eddd
gui-step-later = { $n }. { $step }
