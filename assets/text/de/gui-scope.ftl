# The Scope screen (app/src/gui/panels/scope.rs): which interface, which addresses and how many
# packets per second an audit may use. Nothing is sent from it. Read by installers.

# en: 237a570d
gui-scope-title = Prüfbereich
# en: 04ac6243
gui-scope-what = Legen Sie fest, was diese Prüfung ansprechen darf. Von dieser Seite wird nichts gesendet.
# en: 5b346b39
gui-scope-footer = Vorgänge, die Pakete senden, zeigen diesen Prüfbereich und das Paketbudget an und fragen nach, bevor etwas gesendet wird.

## Site

# en: 92120c97
gui-scope-name = Anlage
# en: 334fa8c3
gui-scope-name-label = Name der Anlage oder Prüfung
# en: 95f7a9d8
gui-scope-name-what = Wird unter „Letzte Prüfungen“ angezeigt; die Prüfungsdatei wird danach benannt. Drücken Sie Enter oder verlassen Sie das Feld, um den Namen zu übernehmen.

## The demo building (bas-audit --demo), in place of the interface and the targets

# en: 0eb0abd5
gui-scope-demo = Demo-Gebäude
# $bacnet_port, $knx_port: the UDP ports the demo building's simulators listen on.
# en: 53c78c2a
gui-scope-demo-line = Jeder Vorgang dieser Prüfung geht an das eingebaute Demo-Gebäude auf Loopback (BACnet/IP-Port { $bacnet_port }, KNXnet/IP-Port { $knx_port }) und seinen simulierten Heimrouter. Die Netzwerkschnittstellen dieses Computers werden nicht verwendet.
# en: 593a8d16
gui-scope-demo-contents = Was das Demo-Gebäude enthält

## Network interface

# en: 2fa6c8bd
gui-scope-interface = Netzwerkschnittstelle
# en: 7cec21d9
gui-scope-interface-what = Wählen Sie die Schnittstelle, die mit dem Gebäudenetz verbunden ist. Nur IPv4: BACnet/IP und KNXnet/IP verwenden IPv4.
# en: 2dba30a9
gui-scope-refresh = Liste aktualisieren
# en: 7ba0bb2f
gui-scope-listing = Schnittstellen werden aufgelistet…
# en: b99fd845
gui-scope-no-interface = Keine Schnittstelle mit IPv4-Adresse gefunden.
# en: 2ac369f8
gui-scope-col-interface = Schnittstelle
# en: 1c2325ac
gui-scope-col-address = Adresse
# en: da5964b2
gui-scope-col-prefix = Präfix
# en: 36a74f60
gui-scope-col-broadcast = Broadcast
# en: 6df73550
gui-scope-col-notes = Hinweise
# en: d0f717c4
gui-scope-loopback = Loopback: nur dieser Computer
# An interface the operating system reports as not working.
# en: 9e34a819
gui-scope-down = inaktiv
# en: f3681a6a
gui-scope-interface-gone = Die gewählte Schnittstelle „{ $name }“ ist auf diesem Computer derzeit nicht vorhanden.
# Log lines when the interface changes.
# en: ee8b62d0
gui-scope-interface-set = Prüfbereich: Schnittstelle auf { $name } gesetzt.
# en: 5c495098
gui-scope-interface-cleared = Prüfbereich: Schnittstelle entfernt.

## Devices to ask directly

# en: aafe499b
gui-scope-targets = Direkt abzufragende Geräte (optional)
# en: df8ff1a2
gui-scope-targets-what = IPv4-Adressen, eine pro Zeile, optional mit UDP-Port: 192.0.2.10 oder 192.0.2.10:47808. Leer lassen, um sich auf die Gerätesuche im gewählten Netzwerk zu verlassen.
# $entry: what the user typed; $why: one of the gui-scope-target-* reasons.
# en: 02ff4500
gui-scope-target-error = „{ $entry }“: { $why }
# en: 9b26bf89
gui-scope-target-port-zero = Port 0 ist kein gültiger Port
# en: 3e467a96
gui-scope-target-bad-port = keine IPv4-Adresse mit Port (1–65535)
# en: 8de2f9fb
gui-scope-target-not-ipv4 = keine IPv4-Adresse
# en: 5f2e8981
gui-scope-target-not-one-device = nicht die Adresse eines einzelnen Geräts (Broadcast, Multicast oder 0.0.0.0)

## Packet budget

# en: cdefcbcb
gui-scope-budget = Paketbudget
# Read as one line with the field between: "At most [20] packets per second (1–200)".
# en: 4df39284
gui-scope-at-most = Höchstens
# en: a8784c65
gui-scope-per-second = Pakete pro Sekunde ({ $min }–{ $max })
# en: 2fbe062b
gui-scope-budget-error = Das Paketbudget muss eine ganze Zahl von { $min } bis { $max } sein.
# en: 26ca20ef
gui-scope-budget-what = Eine Obergrenze für alle Vorgänge dieser Prüfung zusammen. Kleine Gebäudesteuerungen können durch Paketschübe gestört werden; der Standardwert 20 ist schonend.

## Notes

# en: 67fd8407
gui-scope-notes = Notizen
# en: 59eb4373
gui-scope-notes-what = Alles, was man sich zu dieser Anlage merken sollte: wer Sie hereingelassen hat, welcher Switch-Port, was der Eigentümer wünscht. Wird mit der Prüfung gespeichert.

## ETS project

# en: fd5b029e
gui-scope-ets = ETS-Projekt
# $summary: gui-watch-ets-summary (file, kind, group addresses).
# en: f5f4dae1
gui-scope-ets-in-audit = ETS-Export in dieser Prüfung: { $summary }
# en: 5b240f29
gui-scope-ets-none = Noch kein ETS-Export in dieser Prüfung.
# en: 139d6137
gui-scope-ets-open-watch = Auf der Seite „Lernbeobachtung“ importieren oder ändern
# en: c543c447
gui-scope-ets-open-watch-hint = Der ETS-Export der Gruppenadressen benennt und typisiert die KNX-Gruppenadressen, die die Lernbeobachtung lernt
