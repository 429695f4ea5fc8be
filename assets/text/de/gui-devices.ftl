# The Devices screen and its discovery (app/src/gui/panels/devices.rs, flows/discovery.rs): the
# live table, the device details, "why nothing was found", and the discovery's log lines. Read
# by installers. Protocol names (BACnet, KNXnet/IP), property names from the standards and
# acronyms (BBMD, MAC, APDU) stay as they are.

# en: 5a2f6011
gui-devices-title = Geräte
# en: 1d16d629
gui-devices-what = Findet BACnet/IP-Geräte und KNXnet/IP-Gateways im Prüfbereich. Sendet erst Pakete, wenn Sie es erlauben; liest nur, schreibt nie.
# $bacnet_port, $knx_port: UDP ports of the demo building on this computer.
# en: 20fb3d04
gui-devices-demo-scope = Prüfbereich: das eingebaute Demo-Gebäude auf Loopback (BACnet/IP-Port { $bacnet_port }, KNXnet/IP-Port { $knx_port }).
# en: 80dabf95
gui-devices-demo-contents = Was das Demo-Gebäude enthält

## The job

# en: 75926b7c
gui-devices-discover = Geräte suchen
# $phase: what the discovery does now; $seconds: whole seconds since it started.
# en: 8fa39cfc
gui-devices-running = Gerätesuche: { $phase } — { $sent } von etwa { $estimate } Paketen gesendet, { $seconds } s
# en: 443fae9c
gui-devices-cancel = Suche abbrechen
# $outcome: gui-devices-outcome-*; $seconds: with one decimal.
# en: 727a49ce
gui-devices-last = Letzte Gerätesuche { $outcome }: { $sent } Pakete gesendet, { $received } empfangen in { $seconds } s (geschätzt waren { $estimate }).
# en: 24c24ac8
gui-devices-outcome-cancelled = abgebrochen
# $reason: why it stopped (a code such as error-budget-exhausted).
# en: 163fb2a4
gui-devices-outcome-stopped = gestoppt ({ $reason })
# en: 98a79fcf
gui-devices-outcome-finished = abgeschlossen
# en: 62f7231c
gui-devices-why-nothing = Warum nichts gefunden wurde
# en: 9ee07906
gui-devices-why-little = Warum so wenig gefunden wurde

## The table

# $count: rows in the table.
# en: 37989932
gui-devices-found = Gefunden ({ $count })
# en: b80ce8a1
gui-devices-nothing-yet = Noch nichts. Geräte erscheinen hier, sobald sie antworten.
# en: fc5f5e35
gui-devices-col-protocol = Protokoll
# en: 954efb57
gui-devices-col-address = Adresse
# en: 240ea303
gui-devices-col-id = Instanz / physikalische Adresse
# en: ee9aa631
gui-devices-col-vendor = Hersteller
# en: 8dd3504b
gui-devices-col-model = Modell
# en: c85d92cb
gui-devices-col-firmware = Firmware
# en: 6244f6fb
gui-devices-col-objects = Objekte
# en: 2f00b36b
gui-devices-col-flags = Merkmale
# en: 8ae63856
gui-devices-click-row = Klicken Sie auf eine Zeile für alle Eigenschaften und die Objektliste.
# Flags: short words in the Flags column, joined by commas.
# en: ce3f8aa9
gui-devices-flag-network = Netzwerk { $network }
# en: 6fb1581f
gui-devices-flag-reading = wird gelesen…
# en: 82964d40
gui-devices-flag-duplicate = doppelte Instanz
# en: ed41aacf
gui-devices-flag-routed-network = geroutet (Netzwerk { $network })
# en: 6634c5f1
gui-devices-flag-routed = geroutet
# en: c9a8a811
gui-devices-flag-bbmd = BBMD
# en: 16d481ed
gui-devices-flag-router = Router
# en: 3103debf
gui-devices-flag-sc = BACnet/SC
# en: b9771861
gui-devices-flag-shared = gemeinsame Adresse
# en: 31de0ba5
gui-devices-flag-secure = gesichert
# en: f40378fa
gui-devices-flag-plain-allowed = ungesicherter Zugriff erlaubt
# en: 92d52550
gui-devices-flag-programming = Programmiermodus
# en: 22ff5eba
gui-devices-flag-disagree = Antworten widersprüchlich
# $id: the vendor identifier a device reported (no name known for it).
# en: 254cd649
gui-devices-vendor-id = Hersteller { $id }
# en: 4a95b537
gui-devices-manufacturer = Hersteller { $id }
# $version: the KNXnet/IP core version (1, 2).
# en: b6cdba69
gui-devices-core-version = Core v{ $version }

## Device details

# en: 39173b7a
gui-devices-details = Gerätedetails
# en: dd5d7551
gui-devices-back = Zurück zu allen Geräten
# en: e533f9a3
gui-devices-device-gone = Dieses Gerät ist im neuesten Ergebnis nicht enthalten.
# en: e86a4ef5
gui-devices-gateway-gone = Dieses Gateway ist im neuesten Ergebnis nicht enthalten.
# $instance: the BACnet device instance; $name: its object name (may be empty).
# en: 686ce345
gui-devices-bacnet-heading = BACnet-Gerät { $instance } { $name }
# en: abc82ac1
gui-devices-knx-heading = KNXnet/IP-Gateway { $name }
# en: 94c38172
gui-devices-prop-address = Adresse
# en: 68f8e91e
gui-devices-prop-network = Netzwerk
# en: c7b57936
gui-devices-prop-mac = MAC
# en: ce14adb8
gui-devices-prop-vendor = Hersteller
# $name: the vendor's name (or gui-devices-vendor-unknown); $id: its identifier.
# en: a6c19ac3
gui-devices-vendor = { $name } ({ $id })
# en: 8674e1b1
gui-devices-vendor-unknown = unbekannt
# en: a79034d6
gui-devices-prop-model = Modell
# en: 8ac15a4e
gui-devices-prop-firmware = Firmware
# en: 266c75e0
gui-devices-prop-software = Anwendungssoftware
# en: 221e830e
gui-devices-prop-description = Beschreibung
# en: db34455e
gui-devices-prop-location = Standort
# en: 8818df9a
gui-devices-prop-protocol = Protokollversion / -revision
# en: 90b0a679
gui-devices-prop-max-apdu = Max. APDU
# en: 0a5464a0
gui-devices-prop-segmentation = Segmentierung
# en: ce741073
gui-devices-prop-database = Datenbankrevision
# en: cd0e259a
gui-devices-prop-services = Unterstützte Dienste
# en: d4dd5bb1
gui-devices-prop-object-types = Unterstützte Objekttypen
# en: 46b0e6a6
gui-devices-prop-objects = Objekte
# en: ae2a34c5
gui-devices-prop-read-with = Gelesen mit
# en: e8755b06
gui-devices-prop-fallbacks = Ausweichverfahren
# en: 083f8e5e
gui-devices-prop-flags = Merkmale
# en: be0de14a
gui-devices-prop-errors = Fehler
# en: 90b8ebd1
gui-devices-network-ports = Netzwerkports
# Parts of a network port's line: its type by number, its BACnet/IP mode, foreign devices.
# en: b863c378
gui-devices-port-type = Typ { $type }
# en: 11003555
gui-devices-port-mode = , Modus { $mode }
# en: 9f6bac4a
gui-devices-port-accepts-fd = , nimmt Foreign Devices an
# en: 757e578b
gui-devices-object-list = Objektliste ({ $count })
# en: c33dd623
gui-devices-col-name = Name
# en: 0f982759
gui-devices-col-type = Typ
# en: e3bcc7f3
gui-devices-col-units = Einheit
# en: bc61f1c4
gui-devices-col-value = Present Value
# en: 32be5267
gui-devices-col-commandable = Kommandierbar
# en: 8f01f220
gui-devices-yes = ja
# en: 1d7006b0
gui-devices-no = nein
# en: 9de996d2
gui-devices-prop-individual = Physikalische Adresse
# en: 49c25778
gui-devices-prop-serial = Seriennummer
# en: 0b18aa2e
gui-devices-prop-answered = Geantwortet
# en: 8baa7cd9
gui-devices-prop-families = Dienstfamilien
# en: 53fd45d1
gui-devices-prop-core-version = Core-Version
# en: b1d39f30
gui-devices-prop-secure = KNX IP Secure
# en: 140a933a
gui-devices-secure-supported = unterstützt
# en: bfe76ae3
gui-devices-secure-not-supported = nicht unterstützt
# en: 160078ad
gui-devices-prop-tunnelling-secure = Tunneling nur gesichert
# en: cd9a4de7
gui-devices-prop-routing-secure = Routing nur gesichert
# en: b1beda6d
gui-devices-prop-management-secure = Geräteverwaltung nur gesichert
# en: 8bc40faa
gui-devices-prop-tcp = Tunneling über TCP
# en: 140d164e
gui-devices-prop-slots = Tunneling-Verbindungen
# $address: a tunnelling slot's individual address.
# en: 67fd7a78
gui-devices-slot-free = { $address } (frei)
# en: 0700bfa9
gui-devices-slot-in-use = { $address } (belegt)
# en: 95764a3b
gui-devices-prop-medium = KNX-Medium
# en: a52256d5
gui-devices-prop-programming = Programmiermodus
# en: 141473c0
gui-devices-on = ein
# en: 64848b78
gui-devices-off = aus
# en: 9b776989
gui-devices-prop-project = Projekt / Installation
# en: 9e852c44
gui-devices-prop-multicast = Routing-Multicast
# en: 48f80b0e
gui-devices-prop-manufacturer = Hersteller
# en: 158e48e5
gui-devices-prop-disagree = Antworten widersprüchlich

## The discovery's log lines and errors

# en: c90511d9
gui-discovery-cancelling = Gerätesuche wird abgebrochen: Es werden keine neuen Pakete gesendet.
# en: eb31676a
gui-discovery-checks-running = Die Checks laufen (sie enthalten eine Gerätesuche); bitte warten Sie, bis sie fertig sind.
# $scope: where (an interface, the demo building); $budget: the packet budget as the consent dialog says it.
# en: 0096a6a4
gui-discovery-asking = Zustimmung für die Gerätesuche in { $scope } wird eingeholt ({ $budget }). Bevor Sie zustimmen, wird nichts gesendet.
# en: 770b01ba
gui-discovery-allowed = Gerätesuche erlaubt: Start in { $scope } (etwa { $estimate } Pakete, höchstens { $rate } pro Sekunde).
# en: cf4fdedf
gui-discovery-starting = Start
# $phase: the step's code name (bacnet-who-is, ...); $detail: what it does.
# en: 3e478844
gui-discovery-phase = Gerätesuche: { $phase } — { $detail }
# $protocol, $service: what was sent; $destination: to whom; $seconds: with three decimals.
# en: f4ed2bc1
gui-discovery-sent = { $protocol } { $service } an { $destination } gesendet ({ $bytes } Bytes, { $seconds } s nach Beginn der Gerätesuche).
# $note: what the discovery noted (not yet translated).
# en: 50cb4ffd
gui-discovery-note = Gerätesuche: { $note }
# en: a476820f
gui-discovery-failed = Gerätesuche fehlgeschlagen: { $error }
# $outcome: gui-discovery-outcome-*; $seconds: with one decimal; $summary: the diagnosis's summary.
# en: 6d62a5b6
gui-discovery-done = Gerätesuche { $outcome }: { $devices } { $devices ->
        [one] BACnet-Gerät
       *[other] BACnet-Geräte
    }, { $gateways } { $gateways ->
        [one] KNXnet/IP-Gateway
       *[other] KNXnet/IP-Gateways
    }; { $sent } { $sent ->
        [one] Paket
       *[other] Pakete
    } gesendet, { $received } empfangen in { $seconds } s. { $summary }
# en: 3c52bbfd
gui-discovery-outcome-stopped = gestoppt ({ $reason })
# en: fa76d342
gui-discovery-outcome-finished = abgeschlossen
# en: c59a5bce
gui-discovery-crashed = die Gerätesuche wurde unerwartet beendet (interner Fehler: { $error })
