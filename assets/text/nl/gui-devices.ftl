# The Devices screen and its discovery (app/src/gui/panels/devices.rs, flows/discovery.rs): the
# live table, the device details, "why nothing was found", and the discovery's log lines. Read
# by installers. Protocol names (BACnet, KNXnet/IP), property names from the standards and
# acronyms (BBMD, MAC, APDU) stay as they are.

# en: 5a2f6011
gui-devices-title = Apparaten
# en: 1d16d629
gui-devices-what = Zoekt BACnet/IP-apparaten en KNXnet/IP-gateways binnen het controlebereik. Verstuurt pas pakketten nadat u toestemming geeft; leest alleen, schrijft nooit.
# $bacnet_port, $knx_port: UDP ports of the demo building on this computer.
# en: 20fb3d04
gui-devices-demo-scope = Controlebereik: het ingebouwde demogebouw op loopback (BACnet/IP-poort { $bacnet_port }, KNXnet/IP-poort { $knx_port }).
# en: 80dabf95
gui-devices-demo-contents = Wat het demogebouw bevat

## The job

# en: 75926b7c
gui-devices-discover = Apparaten zoeken
# $phase: what the discovery does now; $seconds: whole seconds since it started.
# en: 8fa39cfc
gui-devices-running = Zoeken: { $phase } — { $sent } van ongeveer { $estimate } pakketten verstuurd, { $seconds } s
# en: 443fae9c
gui-devices-cancel = Zoeken annuleren
# $outcome: gui-devices-outcome-*; $seconds: with one decimal.
# en: 727a49ce
gui-devices-last = Laatste zoekactie { $outcome }: { $sent } pakketten verstuurd, { $received } ontvangen in { $seconds } s (schatting was { $estimate }).
# en: 24c24ac8
gui-devices-outcome-cancelled = geannuleerd
# $reason: why it stopped (a code such as error-budget-exhausted).
# en: 163fb2a4
gui-devices-outcome-stopped = gestopt ({ $reason })
# en: 98a79fcf
gui-devices-outcome-finished = voltooid
# en: 62f7231c
gui-devices-why-nothing = Waarom er niets is gevonden
# en: 9ee07906
gui-devices-why-little = Waarom er zo weinig is gevonden

## The table

# $count: rows in the table.
# en: 37989932
gui-devices-found = Gevonden ({ $count })
# en: b80ce8a1
gui-devices-nothing-yet = Nog niets. Apparaten verschijnen hier zodra ze antwoorden.
# en: fc5f5e35
gui-devices-col-protocol = Protocol
# en: 954efb57
gui-devices-col-address = Adres
# en: 240ea303
gui-devices-col-id = Instantie / fysiek adres
# en: ee9aa631
gui-devices-col-vendor = Fabrikant
# en: 8dd3504b
gui-devices-col-model = Model
# en: c85d92cb
gui-devices-col-firmware = Firmware
# en: 6244f6fb
gui-devices-col-objects = Objecten
# en: 2f00b36b
gui-devices-col-flags = Kenmerken
# en: 8ae63856
gui-devices-click-row = Klik op een rij voor alle eigenschappen en de objectlijst.
# Flags: short words in the Flags column, joined by commas.
# en: ce3f8aa9
gui-devices-flag-network = netwerk { $network }
# en: 6fb1581f
gui-devices-flag-reading = lezen…
# en: 82964d40
gui-devices-flag-duplicate = dubbele instantie
# en: ed41aacf
gui-devices-flag-routed-network = gerouteerd (netwerk { $network })
# en: 6634c5f1
gui-devices-flag-routed = gerouteerd
# en: c9a8a811
gui-devices-flag-bbmd = BBMD
# en: 16d481ed
gui-devices-flag-router = router
# en: 3103debf
gui-devices-flag-sc = BACnet/SC
# en: b9771861
gui-devices-flag-shared = gedeeld adres
# en: 31de0ba5
gui-devices-flag-secure = beveiligd
# en: f40378fa
gui-devices-flag-plain-allowed = onbeveiligd toegestaan
# en: 92d52550
gui-devices-flag-programming = programmeermodus
# en: 22ff5eba
gui-devices-flag-disagree = antwoorden verschillen
# $id: the vendor identifier a device reported (no name known for it).
# en: 254cd649
gui-devices-vendor-id = fabrikant { $id }
# en: 4a95b537
gui-devices-manufacturer = fabrikant { $id }
# $version: the KNXnet/IP core version (1, 2).
# en: b6cdba69
gui-devices-core-version = Core v{ $version }

## Device details

# en: 39173b7a
gui-devices-details = Apparaatgegevens
# en: dd5d7551
gui-devices-back = Terug naar alle apparaten
# en: e533f9a3
gui-devices-device-gone = Dit apparaat staat niet in het laatste resultaat.
# en: e86a4ef5
gui-devices-gateway-gone = Deze gateway staat niet in het laatste resultaat.
# $instance: the BACnet device instance; $name: its object name (may be empty).
# en: 686ce345
gui-devices-bacnet-heading = BACnet-apparaat { $instance } { $name }
# en: abc82ac1
gui-devices-knx-heading = KNXnet/IP-gateway { $name }
# en: 94c38172
gui-devices-prop-address = Adres
# en: 68f8e91e
gui-devices-prop-network = Netwerk
# en: c7b57936
gui-devices-prop-mac = MAC
# en: ce14adb8
gui-devices-prop-vendor = Fabrikant
# $name: the vendor's name (or gui-devices-vendor-unknown); $id: its identifier.
# en: a6c19ac3
gui-devices-vendor = { $name } ({ $id })
# en: 8674e1b1
gui-devices-vendor-unknown = onbekend
# en: a79034d6
gui-devices-prop-model = Model
# en: 8ac15a4e
gui-devices-prop-firmware = Firmware
# en: 266c75e0
gui-devices-prop-software = Applicatiesoftware
# en: 221e830e
gui-devices-prop-description = Beschrijving
# en: db34455e
gui-devices-prop-location = Locatie
# en: 8818df9a
gui-devices-prop-protocol = Protocolversie / -revisie
# en: 90b0a679
gui-devices-prop-max-apdu = Max. APDU
# en: 0a5464a0
gui-devices-prop-segmentation = Segmentatie
# en: ce741073
gui-devices-prop-database = Databaserevisie
# en: cd0e259a
gui-devices-prop-services = Ondersteunde diensten
# en: d4dd5bb1
gui-devices-prop-object-types = Ondersteunde objecttypen
# en: 46b0e6a6
gui-devices-prop-objects = Objecten
# en: ae2a34c5
gui-devices-prop-read-with = Gelezen met
# en: e8755b06
gui-devices-prop-fallbacks = Terugvalopties
# en: 083f8e5e
gui-devices-prop-flags = Kenmerken
# en: be0de14a
gui-devices-prop-errors = Fouten
# en: 90b8ebd1
gui-devices-network-ports = Netwerkpoorten
# Parts of a network port's line: its type by number, its BACnet/IP mode, foreign devices.
# en: b863c378
gui-devices-port-type = type { $type }
# en: 11003555
gui-devices-port-mode = , modus { $mode }
# en: 9f6bac4a
gui-devices-port-accepts-fd = , accepteert foreign devices
# en: 757e578b
gui-devices-object-list = Objectlijst ({ $count })
# en: c33dd623
gui-devices-col-name = Naam
# en: 0f982759
gui-devices-col-type = Type
# en: e3bcc7f3
gui-devices-col-units = Eenheid
# en: bc61f1c4
gui-devices-col-value = Actuele waarde
# en: 32be5267
gui-devices-col-commandable = Commandeerbaar
# en: 8f01f220
gui-devices-yes = ja
# en: 1d7006b0
gui-devices-no = nee
# en: 9de996d2
gui-devices-prop-individual = Fysiek adres
# en: 49c25778
gui-devices-prop-serial = Serienummer
# en: 0b18aa2e
gui-devices-prop-answered = Geantwoord
# en: 8baa7cd9
gui-devices-prop-families = Dienstfamilies
# en: 53fd45d1
gui-devices-prop-core-version = Core-versie
# en: b1d39f30
gui-devices-prop-secure = KNX IP Secure
# en: 140a933a
gui-devices-secure-supported = ondersteund
# en: bfe76ae3
gui-devices-secure-not-supported = niet ondersteund
# en: 160078ad
gui-devices-prop-tunnelling-secure = Tunnelverbinding alleen beveiligd
# en: cd9a4de7
gui-devices-prop-routing-secure = Routing alleen beveiligd
# en: b1beda6d
gui-devices-prop-management-secure = Apparaatbeheer alleen beveiligd
# en: 8bc40faa
gui-devices-prop-tcp = Tunnelverbinding via TCP
# en: 140d164e
gui-devices-prop-slots = Tunnelverbindingen
# $address: a tunnelling slot's individual address.
# en: 67fd7a78
gui-devices-slot-free = { $address } (vrij)
# en: 0700bfa9
gui-devices-slot-in-use = { $address } (in gebruik)
# en: 95764a3b
gui-devices-prop-medium = KNX-medium
# en: a52256d5
gui-devices-prop-programming = Programmeermodus
# en: 141473c0
gui-devices-on = aan
# en: 64848b78
gui-devices-off = uit
# en: 9b776989
gui-devices-prop-project = Project / installatie
# en: 9e852c44
gui-devices-prop-multicast = Routing-multicast
# en: 48f80b0e
gui-devices-prop-manufacturer = Fabrikant
# en: 158e48e5
gui-devices-prop-disagree = Antwoorden verschillen

## The discovery's log lines and errors

# en: c90511d9
gui-discovery-cancelling = Zoeken wordt geannuleerd: er worden geen nieuwe pakketten verstuurd.
# en: eb31676a
gui-discovery-checks-running = De controles lopen (ze zoeken zelf ook apparaten); wacht tot ze klaar zijn.
# $scope: where (an interface, the demo building); $budget: the packet budget as the consent dialog says it.
# en: 0096a6a4
gui-discovery-asking = Toestemming gevraagd om apparaten te zoeken in { $scope } ({ $budget }). Er wordt niets verstuurd voordat u toestemming geeft.
# en: 770b01ba
gui-discovery-allowed = Apparaten zoeken toegestaan: start in { $scope } (ongeveer { $estimate } pakketten, hoogstens { $rate } per seconde).
# en: cf4fdedf
gui-discovery-starting = starten
# $phase: the step's code name (bacnet-who-is, ...); $detail: what it does.
# en: 3e478844
gui-discovery-phase = Apparaten zoeken: { $phase } — { $detail }
# $protocol, $service: what was sent; $destination: to whom; $seconds: with three decimals.
# en: f4ed2bc1
gui-discovery-sent = { $protocol } { $service } verstuurd naar { $destination } ({ $bytes } bytes, { $seconds } s na de start van het zoeken).
# $note: what the discovery noted (not yet translated).
# en: 50cb4ffd
gui-discovery-note = Apparaten zoeken: { $note }
# en: a476820f
gui-discovery-failed = Apparaten zoeken mislukt: { $error }
# $outcome: gui-discovery-outcome-*; $seconds: with one decimal; $summary: the diagnosis's summary.
# en: 6d62a5b6
gui-discovery-done = Apparaten zoeken { $outcome }: { $devices } { $devices ->
        [one] BACnet-apparaat
       *[other] BACnet-apparaten
    }, { $gateways } { $gateways ->
        [one] KNXnet/IP-gateway
       *[other] KNXnet/IP-gateways
    }; { $sent } { $sent ->
        [one] pakket
       *[other] pakketten
    } verstuurd, { $received } ontvangen in { $seconds } s. { $summary }
# en: 3c52bbfd
gui-discovery-outcome-stopped = gestopt ({ $reason })
# en: fa76d342
gui-discovery-outcome-finished = voltooid
# en: c59a5bce
gui-discovery-crashed = het zoeken stopte onverwacht (interne fout: { $error })
