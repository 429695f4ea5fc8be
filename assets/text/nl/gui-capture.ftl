# The Capture analysis screen and its job (app/src/gui/panels/capture.rs, flows/analysis.rs,
# the file dialog in jobs.rs): open a pcap/pcapng file, progress, the counts. Reads files only.
# Read by installers. Protocol and service names in the tables come from the capture.

# en: ec27b575
gui-capture-title = Analyse van opname
# en: ab827c22
gui-capture-what = Leest een opgeslagen opnamebestand (pcap of pcapng) en telt wat erin staat. Verstuurt niets op het netwerk.
# en: 7114b9c3
gui-capture-open = Opname openen…
# en: 82b44f46
gui-capture-waiting-dialog = Wachten op het bestandsvenster…
# en: 9d916d99
gui-capture-path = Pad van het opnamebestand:
# en: deb995fd
gui-capture-analyse = Analyseren
# en: f9d7a967
gui-capture-no-dialog-hint = Verschijnt er geen bestandsvenster (sommige desktops hebben er geen), typ of plak het pad dan hier.
# $name: the file's name; $read, $total: sizes such as "12.3 MB".
# en: cd008ceb
gui-capture-reading-of = { $name } lezen: { $read } van { $total }
# en: bf8465c4
gui-capture-reading = { $name } lezen: { $read }
# en: bb456fdf
gui-capture-cancel = Annuleren
# $file: the capture's path; $message: why (the file is missing, not a capture, ...).
# en: f7093d4c
gui-capture-failed = Kon { $file } niet analyseren: { $message }

## Results

# en: 87711cf1
gui-capture-complete = Voltooid
# en: 41247c89
gui-capture-cancelled = Geannuleerd
# en: 44634485
gui-capture-cancelled-what = De tellingen hieronder gelden alleen voor het deel dat gelezen was voordat u annuleerde.
# $offset: a byte position in the file.
# en: b2a21a54
gui-capture-read-error = Leesfout bij byte { $offset }
# $message: what was wrong at that point.
# en: ceba5766
gui-capture-read-error-what = { $message }. Alles vóór dat punt is hieronder meegeteld.
# en: 924262f3
gui-capture-file = Bestand
# en: 693950b1
gui-capture-format = Formaat
# en: b3425b79
gui-capture-packets = Pakketten
# en: 75891eda
gui-capture-first-packet = Eerste pakket
# en: e23537fe
gui-capture-last-packet = Laatste pakket
# en: 747243af
gui-capture-duration = Duur
# en: 747a6ada
gui-capture-bacnet-messages = BACnet-berichten
# en: 8d01d6ab
gui-capture-knx-messages = KNXnet/IP-berichten
# $messages: all messages of a protocol; $malformed: those that could not be decoded.
# en: ab0dfd2e
gui-capture-messages-malformed = { $messages } ({ $malformed } misvormd)
# en: a2515680
gui-capture-fragments = IP-fragmenten
# en: 2b91b2e8
gui-capture-cut-short = Afgekapt door de opname
# en: 0c249e02
gui-capture-link-errors = Fouten in de linklaag
# en: 8a1d05d4
gui-capture-other-packets = Overige pakketten
# $protocol: BACnet or KNXnet/IP.
# en: cac2a45a
gui-capture-by-service = { $protocol }-berichten per dienst
# en: 01f42ae7
gui-capture-no-messages = Geen { $protocol }-berichten in deze opname.
# en: 9c3e31e5
gui-capture-malformed-by-reason = Misvormde { $protocol }-berichten per oorzaak
# en: 4cf54fd2
gui-capture-col-service = Dienst
# en: 362d3fbc
gui-capture-col-reason = Oorzaak
# en: b74255da
gui-capture-col-count = Aantal
# en: 793657eb
gui-capture-sort-name = Sorteren op naam
# en: b4a36b79
gui-capture-sort-count = Sorteren op aantal
# en: d52087f7
gui-capture-bacnet-devices = Geziene BACnet-apparaten
# en: 5c3b463d
gui-capture-knx-gateways = Geziene KNX-gateways
# en: 89cac960
gui-capture-none-seen = Geen gezien.
# en: bbe20cb5
gui-capture-gateways-not-listed = Er { $count ->
        [one] is nog { $count } gateway
       *[other] zijn nog { $count } gateways
    } gezien maar niet vermeld (geheugenlimiet).
# en: a92dd2f0
gui-capture-link-errors-by-reason = Fouten in de linklaag per oorzaak
# en: 484749bf
gui-capture-earlier = Analyses in deze audit

## Table columns (devices and gateways seen)

# en: 85a84599
gui-capture-col-device-instance = Apparaatinstantie
# en: 11e8cdce
gui-capture-col-address = Adres
# en: c8fe6a4a
gui-capture-col-network = Netwerk
# en: 9caedbd4
gui-capture-col-vendor = Fabrikant
# en: a43b8949
gui-capture-col-vendor-id = Fabrikant-id
# en: 8404b97d
gui-capture-col-max-apdu = Max. APDU
# en: 31d4e13c
gui-capture-col-segmentation = Segmentatie
# en: 6340ffb1
gui-capture-col-i-am-count = Aantal I-Am
# en: b5077aa7
gui-capture-col-first-seen = Eerst gezien
# en: ecf2536d
gui-capture-col-last-seen = Laatst gezien
# en: 63778996
gui-capture-col-name = Naam
# en: 322ddd0b
gui-capture-col-knx-address = KNX-adres
# en: 5d33fc68
gui-capture-col-services = Diensten
# en: 9aa5c56d
gui-capture-col-secure-services = Beveiligde diensten
# en: 4a87ec62
gui-capture-col-mac = MAC
# en: 9d55b8d4
gui-capture-col-serial = Serienummer
# en: 6af87526
gui-capture-col-responses = Antwoorden

## The job's log lines and the file dialog

# en: 8c70b3f9
gui-capture-dialog-opened = Bestandsvenster geopend.
# en: 907e3b74
gui-capture-dialog-title = Opname openen
# en: 2d74d3f6
gui-capture-dialog-captures = Opnamen (pcap, pcapng)
# en: f9745693
gui-capture-dialog-all = Alle bestanden
# $seconds: with one decimal; $quick: yes when it came back too fast for a person to have chosen.
# en: 72cba4c7
gui-capture-dialog-none = Het bestandsvenster gaf na { $seconds } s geen bestand terug{ $quick ->
        [yes] {" (waarschijnlijk is er geen bestandsvenster beschikbaar)"}
       *[no] {""}
    }.
# en: 4fcca0ec
gui-capture-dialog-unavailable = Op deze desktop kon geen bestandsvenster worden getoond. Typ of plak hieronder het pad van de opname.
# en: 56ad2735
gui-capture-dialog-nothing-chosen = Er is geen bestand gekozen. Verscheen er geen venster, typ of plak dan hieronder het pad van de opname.
# en: 2acfdc7b
gui-capture-cancelling = Analyse van { $file } wordt geannuleerd.
# en: c00f27e3
gui-capture-analysing = { $file } wordt geanalyseerd (leest het bestand; verstuurt niets).
# $cancelled: yes when the user stopped it before the end of the file.
# en: 51842b2a
gui-capture-analysed = { $file } { $cancelled ->
        [yes] gedeeltelijk geanalyseerd (geannuleerd)
       *[no] geanalyseerd
    }: { $packets } pakketten, { $bacnet } BACnet- en { $knx } KNXnet/IP-berichten.
# en: aefe99dd
gui-capture-crashed = de analyse stopte onverwacht (interne fout)
