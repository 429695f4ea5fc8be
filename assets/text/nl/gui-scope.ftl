# The Scope screen (app/src/gui/panels/scope.rs): which interface, which addresses and how many
# packets per second an audit may use. Nothing is sent from it. Read by installers.

# en: 237a570d
gui-scope-title = Controlebereik
# en: 04ac6243
gui-scope-what = Bepaal wat deze audit mag benaderen. Vanuit dit scherm wordt niets verzonden.
# en: 5b346b39
gui-scope-footer = Taken die pakketten verzenden tonen dit controlebereik en het pakketbudget, en vragen eerst toestemming voordat er iets wordt verzonden.

## Site

# en: 92120c97
gui-scope-name = Locatie
# en: 334fa8c3
gui-scope-name-label = Naam van locatie of audit
# en: 95f7a9d8
gui-scope-name-what = Wordt getoond bij Recente audits; het auditbestand krijgt deze naam. Druk op Enter of verlaat het veld om de naam te bewaren.

## The demo building (bas-audit --demo), in place of the interface and the targets

# en: 0eb0abd5
gui-scope-demo = Demogebouw
# $bacnet_port, $knx_port: the UDP ports the demo building's simulators listen on.
# en: 53c78c2a
gui-scope-demo-line = Elke taak van deze audit gaat naar het ingebouwde demogebouw op loopback (BACnet/IP-poort { $bacnet_port }, KNXnet/IP-poort { $knx_port }) en de gesimuleerde thuisrouter ervan. De netwerkinterfaces van deze computer worden niet gebruikt.
# en: 593a8d16
gui-scope-demo-contents = Wat het demogebouw bevat

## Network interface

# en: 2fa6c8bd
gui-scope-interface = Netwerkinterface
# en: 7cec21d9
gui-scope-interface-what = Kies de interface die op het gebouwnetwerk is aangesloten. Alleen IPv4: BACnet/IP en KNXnet/IP gebruiken IPv4.
# en: 2dba30a9
gui-scope-refresh = Lijst vernieuwen
# en: 7ba0bb2f
gui-scope-listing = Interfaces opsommen…
# en: b99fd845
gui-scope-no-interface = Er is geen interface met een IPv4-adres gevonden.
# en: 2ac369f8
gui-scope-col-interface = Interface
# en: 1c2325ac
gui-scope-col-address = Adres
# en: da5964b2
gui-scope-col-prefix = Prefix
# en: 36a74f60
gui-scope-col-broadcast = Broadcast
# en: 6df73550
gui-scope-col-notes = Notities
# en: d0f717c4
gui-scope-loopback = loopback: alleen deze computer
# An interface the operating system reports as not working.
# en: 9e34a819
gui-scope-down = uit
# en: f3681a6a
gui-scope-interface-gone = De gekozen interface “{ $name }” is nu niet aanwezig op deze computer.
# Log lines when the interface changes.
# en: ee8b62d0
gui-scope-interface-set = Controlebereik: interface ingesteld op { $name }.
# en: 5c495098
gui-scope-interface-cleared = Controlebereik: interface gewist.

## Devices to ask directly

# en: aafe499b
gui-scope-targets = Apparaten om direct te bevragen (optioneel)
# en: df8ff1a2
gui-scope-targets-what = IPv4-adressen, één per regel, eventueel met een UDP-poort: 192.0.2.10 of 192.0.2.10:47808. Laat leeg om te vertrouwen op het zoeken naar apparaten in het gekozen netwerk.
# $entry: what the user typed; $why: one of the gui-scope-target-* reasons.
# en: 02ff4500
gui-scope-target-error = “{ $entry }”: { $why }
# en: 9b26bf89
gui-scope-target-port-zero = poort 0 is geen geldige poort
# en: 3e467a96
gui-scope-target-bad-port = geen IPv4-adres met een poort (1–65535)
# en: 8de2f9fb
gui-scope-target-not-ipv4 = geen IPv4-adres
# en: 5f2e8981
gui-scope-target-not-one-device = geen adres van één apparaat (broadcast, multicast of 0.0.0.0)

## Packet budget

# en: cdefcbcb
gui-scope-budget = Pakketbudget
# Read as one line with the field between: "At most [20] packets per second (1–200)".
# en: 4df39284
gui-scope-at-most = Maximaal
# en: a8784c65
gui-scope-per-second = pakketten per seconde ({ $min }–{ $max })
# en: 2fbe062b
gui-scope-budget-error = Het pakketbudget moet een geheel getal van { $min } tot { $max } zijn.
# en: 26ca20ef
gui-scope-budget-what = Een maximum voor alle taken van deze audit samen. Kleine gebouwcontrollers kunnen door pieken in het verkeer worden verstoord; de standaardwaarde van 20 is voorzichtig.

## Notes

# en: 67fd8407
gui-scope-notes = Notities
# en: 59eb4373
gui-scope-notes-what = Alles wat het onthouden waard is over deze locatie: wie u binnenliet, welke switchpoort, waar de eigenaar om vroeg. Wordt met de audit opgeslagen.

## ETS project

# en: fd5b029e
gui-scope-ets = ETS-project
# $summary: gui-watch-ets-summary (file, kind, group addresses).
# en: f5f4dae1
gui-scope-ets-in-audit = ETS-export in deze audit: { $summary }
# en: 5b240f29
gui-scope-ets-none = Nog geen ETS-export in deze audit.
# en: 139d6137
gui-scope-ets-open-watch = Importeren of wijzigen op het scherm Leerbewaking
# en: c543c447
gui-scope-ets-open-watch-hint = De ETS-export van de groepsadressen geeft de KNX-groepsadressen die de leerbewaking leert hun namen en typen
