# The learning watch (audit-core/src/watch): alerts (what was seen, against which learned
# normal, what to do), the knowledge rules' titles, reasons and actions, and the labels alerts
# are built from. Read by installers during or after a visit. Protocol words (service names such
# as read-property, Who-Is, I-Am, A_Authorize_Request, CONNECT_REQUEST) are names, not words:
# keep them as they are. Arguments holding addresses, numbers and values are already formatted.

## The learning period, points and devices

# $minutes: length of the learning period in whole minutes.
# en: b99f3d82
watch-period-minutes = tijdens het leren ({ $minutes } min)
# $hours: length of the learning period in hours, one decimal.
# en: fa0be96a
watch-period-hours = tijdens het leren ({ $hours } h)
# $instance: BACnet device instance; $name: the device's own name (its text); $address: where it answers.
# en: 3309e125
watch-device-named = apparaat { $instance } “{ $name }” ({ $address })
# en: 48a9c88c
watch-device = apparaat { $instance } ({ $address })
# $what: object (analog-value,3), with the property when it is not the present value; $device: watch-device(-named) or an address.
# en: 942b0049
watch-point-named = “{ $name }” ({ $what } van { $device })
# en: 4421e5dd
watch-point = { $what } van { $device }
# A KNX group address without a name from the project.
# en: 95f683d9
watch-group = groepsadres { $group }
# en: 1739cf92
watch-binary-active = actief
# en: dc951688
watch-binary-inactive = inactief
# Classes of points: how strictly their learned range is kept.
# en: 2ca7604d
watch-class-setpoint = setpoint
# en: 0a2b616f
watch-class-output = uitgang
# en: 41891f25
watch-class-sensor = sensor
# en: 0b127f2b
watch-class-state = status
# en: 7fe0b453
watch-class-other = overig

## Value ranges (detector value-range)

# $label: the point; $value: the value with its unit; $sender: who wrote it; $normal: watch-range-normal or watch-set-normal; $who: one of watch-value-writer-*.
# en: b2f9edd1
watch-value-written = { $label } door { $sender } op { $value } gezet; { $normal }; { $who }
# en: 1c58d777
watch-value-writer-known = { $sender } schreef het al eerder
# en: 709027bd
watch-value-writer-nobody = niemand schreef het tijdens het leren
# en: 6ab7e09c
watch-value-writer-new = { $sender } schreef het nooit eerder
# en: 18bde29b
watch-value-written-action = Vraag de beheerder of { $sender } deze waarde bewust heeft ingesteld. Zo niet, zet het punt terug op zijn normale waarde, zoek uit wie { $sender } heeft gebruikt en beperk wie naar het apparaat mag schrijven (BACnet-firewallregels, apparaatwachtwoorden, een apart beheernetwerk).
# $service: the message that carried it (read-property-ack, ...); $source: who sent that message.
# en: 0b311e32
watch-value-reported = { $label } meldde { $value } (gezien in { $service } van { $source }); { $normal }
# en: 52ff1d12
watch-value-reported-action = Controleer de installatie en recente schrijfacties: een waarde buiten het geleerde bereik wijst op een storing, een handmatige overbrugging, een ongewoon seizoen of het gevolg van een schrijfactie van iemand. Klopt het nieuwe bereik, leer dan opnieuw of verruim de tolerantie van dit punt in het model.
# en: f3bfa466
watch-value-observed-written = schreef { $value } in { $service }
# en: 362c82b8
watch-value-observed-reported = meldde { $value } in { $service }
# A figure of the watch (a value, a rate, a tolerance) with the language's decimal mark, which
# the code puts in; with the unit a device states ("degrees-celsius").
# en: ff9699ba
watch-number = { $number }
# en: 27aa59b3
watch-number-unit = { $number } { $unit }
# Two parts of a list of values (each a value or a shorter list): "on, off".
# en: e7eceafe
watch-list = { $first }, { $rest }
# $values: the learned values, listed; $samples: how many values were learned; $period: watch-period-*.
# en: eed6dc15
watch-set-normal = geleerde waarden { $values } uit { $samples } waarden { $period }
# $min, $max: learned range with units; $low, $high: the accepted range (numbers); $class: watch-class-*; $tolerance: the tolerance factor.
# en: ecf49d07
watch-range-normal = geleerd bereik { $min }–{ $max } uit { $samples } waarden { $period } (geaccepteerd { $low }–{ $high } met tolerantie { $tolerance } voor klasse { $class })

## Message rates (detector message-rate)

# $metric: minmax, mean or mad (names); the figures are numbers.
# en: 0204e2cc
watch-rate-figures = { $metric } over { $intervals } intervallen: max { $max }, gemiddeld { $mean }, mediaan { $median }, MAD { $mad }
# en: 8602d1e0
watch-rate-no-intervals = geen intervallen
# $upper: the learned upper bound; $interval: the interval in seconds; $figures: watch-rate-figures.
# en: cb6b5320
watch-rate-normal-own = maximaal { $upper } per { $interval } s voor deze bron ({ $figures })
# en: 94ab315c
watch-rate-normal-per-source = een bron verstuurt ongeveer { $centre } per { $interval } s, maximaal { $upper } ({ $sources } bronnen { $period }; { $figures })
# en: 667233c5
watch-rate-normal-unseen = { $service } is { $period } nooit gezien; maximaal { $upper } per { $interval } s wordt doorgelaten
# The sender of a rate alert that never sent this service while learning (the sentence goes on with watch-rate-summary).
# en: 3d9f5bd0
watch-rate-who-new = { $sender }, dat { $period } nooit { $service } verstuurde,
# $who: the sender, or watch-rate-who-new.
# en: e808dcd2
watch-rate-summary = { $who } verstuurde { $count } { $service }-berichten binnen { $interval } s, meer dan het geleerde normaal van maximaal { $upper }
# en: 52a2ab7d
watch-rate-observed = { $count } { $service } in { $interval } s van { $sender }
# $hint: one of watch-rate-hint-*.
# en: 7d962a45
watch-rate-action = Zoek uit wat { $sender } is en waarom het zoveel { $service } verstuurt. { $hint } Is het geen bekend, geïnstalleerd hulpmiddel, koppel het dan los; is het dat wel, leer het model dan opnieuw terwijl het draait.
# en: 38570b7a
watch-rate-hint-reads = Veel objecten in korte tijd uitlezen is de manier waarop een indringer een gebouw in kaart brengt (snooping).
# en: f71765d4
watch-rate-hint-who-is = Elke Who-Is laat alle apparaten antwoorden: een vloed ervan is een reflectieaanval op het adres dat als afzender wordt opgegeven.
# en: 53cc07c0
watch-rate-hint-writes = Veel schrijfacties in korte tijd kunnen installaties zo aansturen dat er schade ontstaat.
# en: 147af1a6
watch-rate-hint-i-am = Een storm van I-Am-antwoorden overspoelt het netwerk en de host waarnaar ze worden gestuurd.
# en: cf1df4b8
watch-rate-hint-other = Een ongewone piek kan een scan zijn, een vloed of een verkeerd geconfigureerd apparaat.

## Knowledge rules: what each alert says ($window: seconds of the burst window; $period: watch-period-*)

# en: c1c1a758
watch-who-is-flood = { $sender } verstuurde meer dan { $limit } Who-Is binnen { $window } s (als { $sender } ze niet verstuurde, is zijn adres vervalst zodat de antwoorden van alle apparaten het overspoelen: een reflectieaanval)
# en: 97d8e903
watch-who-is-flood-observed = { $count } Who-Is binnen { $window } s
# en: e8fab8e5
watch-who-is-flood-normal = maximaal { $max } per { $window } s van één bron { $period }; drempel voor een vloed { $limit }
# en: f0bfe027
watch-i-am-storm = meer dan { $limit } I-Am binnen { $window } s
# en: d4f9f6e5
watch-i-am-storm-observed = { $count } I-Am binnen { $window } s, de laatste van { $sender }
# en: ce72986b
watch-i-am-storm-normal = maximaal { $max } per { $window } s { $period } ({ $devices } apparaten bekend)
# $state: the standard name of the requested state (enable, disable, coldstart, ...) or watch-unknown-state; $device: watch-device(-named) or an address; $duration: watch-dcc-duration or nothing; $password: watch-with(out)-password.
# en: dfc1a224
watch-dcc = DeviceCommunicationControl { $state } naar { $device }{ $duration }{ $password }
# en: 19e4aa4f
watch-dcc-duration = {" "}voor { $minutes } min
# en: e521ba71
watch-reinitialize = ReinitializeDevice { $state } naar { $device }{ $password }
# en: a76e621a
watch-unknown-state = (onbekende status)
# en: fea4f3b0
watch-with-password = {", "}met een wachtwoord
# en: 654188fa
watch-without-password = {", "}zonder wachtwoord
# en: 9467d5cf
watch-write-bdt = Write-BDT met { $entries } vermeldingen verstuurd naar de BBMD op { $bbmd }
# en: 068fd85a
watch-delete-fdt-entry = Delete-FDT-Entry voor { $entry } verstuurd naar de BBMD op { $bbmd }
# $what: one of watch-dcc, watch-reinitialize, watch-write-bdt, watch-delete-fdt-entry.
# en: d974b4b6
watch-management = { $sender } verstuurde { $what }
# en: 8d6a8c98
watch-management-normal-unseen = { $service } is { $period } nooit gezien
# $others: the sources that sent it while learning, listed.
# en: b82f9c7c
watch-management-normal = { $service } kwam { $period } alleen van { $others }
# en: 30567f45
watch-bbmd = BBMD { $bbmd }
# en: 5fbc6502
watch-new-foreign-device = { $sender } registreerde zich als foreign device (TTL { $ttl } s) bij de BBMD op { $bbmd }; dat deed het { $period } nooit
# en: 45014005
watch-new-foreign-device-observed = Register-Foreign-Device, TTL { $ttl } s
# en: 99c1c790
watch-new-foreign-device-normal = foreign-device-registraties alleen gezien van de bronnen in het model
# en: 9cfec699
watch-knx-write-burst = { $sender } verstuurde meer dan { $limit } schrijftelegrammen naar groepen binnen { $window } s
# en: 96252f0f
watch-knx-write-burst-observed = { $count } schrijftelegrammen naar groepen binnen { $window } s
# en: d0a90f82
watch-knx-write-burst-normal = maximaal { $max } per { $window } s van één bron { $period }
# $key: the 4-octet key tried, in hex.
# en: 23d0ff6c
watch-knx-authorize = { $sender } verstuurde A_Authorize_Request (sleutel { $key })
# en: 704006f4
watch-knx-authorize-observed = A_Authorize_Request met sleutel { $key } via { $source }
# en: e8322256
watch-knx-authorize-normal = autorisatieverzoeken zijn alleen bedoeld voor inbedrijfstelling
# en: f5ee6a1f
watch-knx-key-guessing = { $sender } probeerde { $count } sleutels binnen { $window } s: iemand probeert KNX-apparaatsleutels te raden
# en: 50293167
watch-knx-device = KNX-apparaat { $device }
# en: 045e9d48
watch-knx-management = { $sender } verstuurde { $service } naar KNX-apparaat { $device }; het deed { $period } nooit aan apparaatbeheer
# en: 1e1fb37d
watch-knx-management-observed = { $service } naar { $device } via { $source }
# en: 8147f7e0
watch-knx-management-normal = apparaatbeheer alleen vanaf de bronnen in het model
# en: 74f54290
watch-broadcast-source-limited = het beperkte broadcastadres 255.255.255.255
# en: 36008247
watch-broadcast-source-unspecified = het niet-gespecificeerde adres 0.0.0.0
# en: b1e9f4f9
watch-broadcast-source-multicast = een multicastadres
# en: 43513583
watch-broadcast-source-subnet = een adres dat dit netwerk als broadcastadres gebruikt
# en: b674adca
watch-broadcast-source-network = een bron op de BACnet-netwerklaag die geen station kan zijn (SNET 0xFFFF of lege SADR)
# $reason: one of watch-broadcast-source-*.
# en: 8aec8a25
watch-broadcast-source = { $service } verstuurd vanaf { $source }: { $reason }
# en: 6aacf351
watch-broadcast-source-observed = { $service } met bron { $source }
# en: 02e88aa3
watch-broadcast-source-normal = stations versturen vanaf hun eigen unicastadres
# $protocol: BACnet or KNXnet/IP.
# en: 4fe17ea4
watch-new-host = { $host } verstuurt { $protocol }-verkeer (eerst { $service }); deze host is { $period } nooit gezien
# en: a234dfea
watch-new-host-observed = { $service } van { $source }
# $list: the first hosts, listed; $more: watch-hosts-more or nothing.
# en: f2d73d58
watch-known-hosts = { $hosts } hosts gezien { $period }: { $list }{ $more }
# en: 1946694e
watch-hosts-more = {" "}en nog { $more }
# en: 9d582abe
watch-new-conversation = { $host } verstuurt { $service } naar { $partner }, een host waarmee het { $period } nooit communiceerde
# en: 8e2513ee
watch-new-conversation-observed = { $service } van { $source } naar { $destination }
# en: baa10507
watch-new-conversation-normal = { $conversations } communicatieparen bekend
# Pieces of the writer alerts, each starting with a space: the value written, the command priority.
# en: 0595fc25
watch-writer-value = {" "}met waarde { $value }
# en: f8bdfe91
watch-writer-value-seen = {" "}met waarde { $value } (een waarde die ook bij normaal gebruik voorkomt)
# en: 5d1dfe4b
watch-writer-text = {" "}met tekst “{ $text }”
# en: 87329c9a
watch-writer-other = {" "}(relinquish of een samengestelde waarde)
# en: 48811e43
watch-writer-priority = {" "}op prioriteitsniveau { $priority }
# $writers: the hosts that wrote it while learning, listed.
# en: 97304f9a
watch-writer-normal = { $writes } keer geschreven { $period }, alleen door { $writers }
# en: 759451a5
watch-writer-normal-read = gelezen maar nooit geschreven { $period }
# en: efe013fa
watch-writer-normal-unseen = nooit gezien { $period }
# $value: watch-writer-value(-seen), -text or -other; $priority: watch-writer-priority or nothing; $normal: watch-writer-normal*.
# en: b63bf9af
watch-new-writer = { $sender } schreef naar { $label }{ $value }{ $priority }; deze bron schreef nooit eerder naar dit punt ({ $normal })
# en: 1262af18
watch-knx-new-group-writer = { $sender } schreef naar { $label }{ $value }; deze bron schreef nooit eerder naar deze groep ({ $normal })
# en: 9611ba63
watch-writer-observed = { $service }{ $value }{ $priority } van { $source }
# en: 19e5b583
watch-device-instance = apparaat { $instance }
# en: c46bd76a
watch-device-spoofing-observed = I-Am apparaat { $instance } van { $device }
# $known: the addresses the instance answers at (or the instances at the address), listed.
# en: eddc8624
watch-device-spoofing-address = I-Am van { $device } claimt apparaatinstantie { $instance }, die antwoordt op { $known }
# en: 10a6d4e7
watch-device-spoofing-address-normal = apparaat { $instance } antwoordt op { $known }
# en: 6b082883
watch-device-spoofing-instance = { $device } meldt apparaatinstantie { $instance }, maar is apparaat { $known }
# en: 05608631
watch-device-spoofing-instance-normal = { $device } is apparaat { $known }
# en: 023ad970
watch-network = netwerk { $network }
# $others: the routers that serve the network, listed.
# en: 14a1e3a8
watch-router-spoofing-taken = { $router } beweert te routeren naar netwerk { $network }, dat door { $others } wordt bediend
# en: 9e502685
watch-router-spoofing-taken-normal = netwerk { $network } wordt bereikt via { $others }
# en: f5ade395
watch-router-spoofing-grown = router { $router } claimt nu ook netwerk { $network }
# en: 7bc0ae71
watch-router-spoofing-grown-normal = { $router } routeerde { $period } naar netwerken { $networks }
# en: 153edceb
watch-router-spoofing-new = { $router }, nooit als router gezien, claimt netwerk { $network }
# en: 025f4ac9
watch-router-spoofing-no-routers = geen enkele router meldde zich { $period }
# en: 4ef2d9b1
watch-router-spoofing-known-routers = bekende routers: { $routers }
# en: 9258a99f
watch-router-spoofing-observed = I-Am-Router-To-Network { $networks } van { $router }
# en: 78e9a192
watch-knx-tunnel = tunnel
# en: eb536f03
watch-knx-management-connection = beheerverbinding
# en: c44e4890
watch-knx-gateway = KNXnet/IP-gateway { $gateway }
# $kind: watch-knx-tunnel or watch-knx-management-connection.
# en: b6e22c95
watch-knx-tunnel-outside = { $client } opende een KNXnet/IP-{ $kind } naar de gateway { $gateway } van buiten het subnet van die gateway
# en: f20fb40a
watch-knx-tunnel-outside-observed = CONNECT_REQUEST van { $client } (control endpoint { $control })
# en: f1fd67d1
watch-knx-tunnel-outside-normal = clients in het eigen /24-subnet van de gateway
# en: b182174f
watch-knx-new-tunnel-client = { $client } opende een KNXnet/IP-{ $kind } naar { $gateway }; dat deed het { $period } nooit
# en: 0b8d0257
watch-knx-new-tunnel-client-observed = CONNECT_REQUEST van { $client }
# $clients: the tunnel clients seen while learning, listed, or watch-none.
# en: 5072c26c
watch-knx-new-tunnel-client-normal = tunnelclients { $period }: { $clients }
# en: e313e554
watch-none = geen

## The knowledge rules (detector rule): title, why it matters, what to do

# en: 004c42cd
watch-rule-broadcast-source-title = Broadcastadres als bron gebruikt
# en: 7274ba6a
watch-rule-broadcast-source-why = Geen enkel station verstuurt vanaf een broadcast-, multicast- of niet-gespecificeerd adres (IP), of vanaf SNET 0xFFFF of een lege SADR (BACnet-netwerklaag): zulke pakketten zijn vervalst, meestal om apparaten iedereen te laten antwoorden (amplificatie) of om de afzender te verbergen.
# en: a1b9a299
watch-rule-broadcast-source-action = Zoek de switchpoort waarop de pakketten binnenkomen (mirrorpoort, MAC-adrestabel) en koppel de afzender los; filter vervalste bronadressen op de router (BCP 38).

# en: e130e81d
watch-rule-device-spoofing-title = Apparaatinstantie op een tweede adres, of een adres met een tweede instantie
# en: ace3940a
watch-rule-device-spoofing-why = Een apparaatinstantie is uniek binnen een BACnet-internetwerk. Een I-Am die een bekende instantie op een ander adres plaatst (of een tweede instantie op een bekend adres), doet zich ofwel voor als een apparaat, zodat lees- en schrijfopdrachten bij de aanvaller terechtkomen, ofwel is het een dubbele instantie die de routering van verzoeken verstoort.
# en: e9896c26
watch-rule-device-spoofing-action = Vergelijk het MAC-adres en de fabrikant van beide afzenders met de inventaris; is een van beide niet het geïnstalleerde apparaat, koppel dat dan los. Gaat het om een vervangend apparaat, leer dan opnieuw.

# en: a73e7563
watch-rule-router-spoofing-title = Router claimt een netwerk dat een andere router bedient, of een nieuwe of gewijzigde router
# en: a5c217d0
watch-rule-router-spoofing-why = I-Am-Router-To-Network leidt al het verkeer voor de genoemde netwerken om. Een tweede router voor een netwerk, een nooit geziene router of een router waarvan de netwerklijst groeit, kan elk verzoek naar de aanvaller omleiden (man in the middle) of laten verdwijnen (black hole).
# en: e36598b3
watch-rule-router-spoofing-action = Vergelijk het adres van de router met de geïnstalleerde routers; hoort hij daar niet bij, koppel hem dan los en herstart de routering van de werkstations (die onthouden het pad).

# en: 5427b435
watch-rule-who-is-flood-title = Who-Is-vloed
# en: 6c7d9644
watch-rule-who-is-flood-why = Elk apparaat beantwoordt een Who-Is. Veel Who-Is binnen enkele seconden belasten elke controller en kaatsen, met een vervalste bron, een vloed van I-Am terug op een slachtoffer (reflected DDoS).
# en: 58421352
watch-rule-who-is-flood-action = Zoek de afzender (bij een vervalste bron: de switchpoort waarop het verkeer binnenkomt); blokkeer hem; begrens BACnet-broadcasts op BBMD’s en routers.

# en: 9bda5295
watch-rule-i-am-storm-title = I-Am-storm
# en: 2238bf36
watch-rule-i-am-storm-why = Veel meer I-Am binnen enkele seconden dan het gebouw ooit verstuurt: de echo van een Who-Is-vloed of een apparaat dat zich misdraagt; beide vertragen het hele netwerk.
# en: 90607cf8
watch-rule-i-am-storm-action = Zoek de Who-Is die dit veroorzaakte (waarschuwing who-is-flood) of het apparaat dat zichzelf herhaalt; repareer het of koppel het los.

# en: 30b8f9fa
watch-rule-new-writer-title = Schrijfactie vanaf een bron die nooit naar dat object schreef
# en: 5511690d
watch-rule-new-writer-why = Wie naar welk punt schrijft, is in een gebouw stabiel: het bedienstation van de beheerder en de onderlinge schrijfacties van de controllers. Een WriteProperty van iemand anders verandert het gebouw, ook als de waarde normaal lijkt (Tampering1 van Fauri et al.).
# en: f89b2d63
watch-rule-new-writer-action = Ga na of de schrijver een hulpmiddel is dat iemand heeft geïnstalleerd. Zo niet, herstel de waarde, geef het prioriteitsniveau vrij (relinquish) en beperk schrijfrechten (BACnet-firewall, wachtwoorden).

# en: 14301dff
watch-rule-device-control-title = DeviceCommunicationControl of ReinitializeDevice
# en: f7b769a4
watch-rule-device-control-why = Deze leggen een apparaat het zwijgen op (het antwoordt en meldt niets meer) of herstarten het. Nodig voor onderhoud, verder zeldzaam, en een klassieke denial of service.
# en: 01f8bdd9
watch-rule-device-control-action = Ga bij de systeemintegrator na of er onderhoud plaatsvindt; zo niet, controleer of het apparaat weer antwoordt, wijzig het wachtwoord en zoek de afzender.

# en: da46d3c1
watch-rule-bbmd-table-change-title = Write-BDT of Delete-FDT-Entry
# en: cf60aa6d
watch-rule-bbmd-table-change-why = Het wijzigen van de broadcast distribution table van een BBMD of het verwijderen van foreign devices leidt de broadcasts van hele locaties om of snijdt ze af.
# en: 40587201
watch-rule-bbmd-table-change-action = Lees de BDT van elke BBMD terug (bas-audit check) en vergelijk die met het ontwerp; beperk het beheer van BBMD’s tot het adres van de systeemintegrator.

# en: 1623b7b7
watch-rule-new-foreign-device-title = Foreign-device-registratie vanaf een nieuw adres
# en: 7a3d2a8d
watch-rule-new-foreign-device-why = Een geregistreerd foreign device ontvangt elke broadcast van de locatie en kan zelf broadcasts versturen: de gebruikelijke weg naar binnen van buitenaf.
# en: 1d086bf3
watch-rule-new-foreign-device-action = Ga na van wie het adres is; mag niemand het gebruiken, weiger dan foreign-device-registraties op de BBMD of beperk ze tot bekende adressen.

# en: a0aa69f2
watch-rule-new-host-title = Een nooit geziene host spreekt BACnet of KNXnet/IP
# en: ea70988d
watch-rule-new-host-why = Een nieuwe laptop, een nieuw hulpmiddel of apparaat op het gebouwnetwerk: zo zien de eerste pakketten van een indringer eruit (Snooping en Spoofing van Fauri et al. beginnen hier).
# en: 3570204b
watch-rule-new-host-action = Identificeer de host (switchpoort, MAC-fabrikant, wie hem heeft aangesloten). Hoort hij erbij, leer dan opnieuw, zodat hij deel wordt van het geleerde normale patroon.

# en: e14123ca
watch-rule-new-conversation-title = Een bekende host stuurt verzoeken naar een host waarmee hij nooit communiceerde
# en: 094ebd62
watch-rule-new-conversation-why = Wie met wie communiceert, is stabiel. Een werkstation dat zijn leesopdrachten plotseling naar een ander adres stuurt: zo ziet geslaagde router- of apparaatspoofing eruit.
# en: 22ea7396
watch-rule-new-conversation-action = Controleer of de nieuwe partner een echt apparaat van het gebouw is; kijk of er kort daarvoor waarschuwingen device-spoofing of router-spoofing waren.

# en: 6b69151e
watch-rule-knx-new-group-writer-title = KNX-groepsadres beschreven door een nieuw fysiek adres
# en: 589b033e
watch-rule-knx-new-group-writer-why = Welk apparaat (drukknop, aanwezigheidsmelder, visualisatie) naar welk groepsadres schrijft, ligt vast in het ETS-project. Een nieuwe schrijver schakelt verlichting, zonwering of verwarming van buiten het project.
# en: 1faff354
watch-rule-knx-new-group-writer-action = Zoek het fysieke adres op in het ETS-project; staat het daar niet in, zoek dan de tunnel of router waarlangs het binnenkwam en sluit die (KNX Secure, firewall).

# en: 2b9b8ad3
watch-rule-knx-write-burst-title = Piek in KNX-schrijftelegrammen naar groepen
# en: 296f5cb6
watch-rule-knx-write-burst-why = Veel meer schrijftelegrammen binnen enkele seconden dan normaal overspoelen de lijn (KNX TP verwerkt ongeveer 50 telegrammen/s) en kunnen verbruikers zo snel schakelen dat ze beschadigd raken.
# en: d2c61df4
watch-rule-knx-write-burst-action = Zoek de afzender en stop hem; controleer de verbruikers die zijn geschakeld.

# en: a9527376
watch-rule-knx-authorize-title = KNX A_Authorize_Request (bij herhaling: sleutels raden)
# en: 5a5cdec7
watch-rule-knx-authorize-why = Autorisatieverzoeken ontgrendelen de apparaatconfiguratie; meerdere achter elkaar betekent dat iemand sleutels uitprobeert (de brute force van KNXmap).
# en: b3eca5c4
watch-rule-knx-authorize-action = Zoek de tunnel of router waarlangs de verzoeken binnenkwamen en sluit die; stel op de apparaten sleutels in die afwijken van de standaardwaarde.

# en: 7f100d55
watch-rule-knx-tunnel-outside-title = KNXnet/IP-verbinding van buiten het subnet van de gateway
# en: 345c25eb
watch-rule-knx-tunnel-outside-why = Tunnels vanaf een ander netwerk (vaak het internet, via een poortdoorverwijzing) geven zonder KNX Secure volledige toegang tot de bus.
# en: 606e29a3
watch-rule-knx-tunnel-outside-action = Verwijder de poortdoorverwijzing of firewallregel voor UDP/TCP 3671; gebruik een VPN en KNX IP Secure voor toegang op afstand.

# en: c0bac532
watch-rule-knx-new-tunnel-client-title = KNXnet/IP-verbinding van een nooit geziene client
# en: de0565e5
watch-rule-knx-new-tunnel-client-why = Een nieuwe ETS, visualisatie of aanvaller heeft een tunnel geopend.
# en: 18417389
watch-rule-knx-new-tunnel-client-action = Identificeer de client; mag die geen toegang tot de bus hebben, vereis dan beveiligde tunnelverbindingen (KNX Secure) of beperk de gateway tot bekende clients.

# en: 9b970e11
watch-rule-knx-device-management-title = KNX-apparaatbeheer vanaf een bron die dat nooit deed
# en: 964223cb
watch-rule-knx-device-management-why = Schrijfacties naar geheugen, eigenschappen, sleutels of fysieke adressen en herstarts programmeren apparaten opnieuw; buiten de inbedrijfstelling hoort alleen ETS ze te versturen.
# en: 5105f030
watch-rule-knx-device-management-action = Ga na of er een inbedrijfstelling plaatsvindt; zo niet, zoek de afzender en download het ETS-project opnieuw naar de betrokken apparaten.

## KNX group values (detectors value-range and value-implausible)

# A KNX group with its name from the ETS project: $name (the project's text), $group (3/1/1).
# en: a5600c16
watch-group-named = { $name } ({ $group })
# $dpt: the datapoint type with its title (9.001 temperature).
# en: 45fb8457
watch-knx-type-ets = { $dpt }, uit het ETS-project
# en: 8e327189
watch-knx-type-inferred = { $dpt }, een type afgeleid uit het verkeer
# en: 40e9a237
watch-knx-inferred-note = ; het type { $dpt } is afgeleid uit het verkeer, niet overgenomen uit een ETS-project
# $min, $max: the learned range with units; $class: watch-class-*; $tolerance: percent.
# en: 066ea1ec
watch-knx-normal-range = { $min }–{ $max } ({ $class }, ±{ $tolerance } %)
# en: 29ee582e
watch-knx-never-learned = nooit gezien { $period }
# $value: the value with its unit (84.96 °C, on); $normal: watch-knx-normal-range, a list of values or watch-knx-never-learned; $note: watch-knx-inferred-note or nothing; $who: watch-value-writer-*.
# en: 1d44bca1
watch-knx-reported = { $label } meldde { $value } vanaf { $sender }; normaal { $normal }{ $note }
# en: 985f0c24
watch-knx-written = { $label } door { $sender } op { $value } gezet; normaal { $normal }; { $who }{ $note }
# $why: one of watch-knx-why-*.
# en: a814f963
watch-knx-implausible-reported = { $label } meldde { $value } vanaf { $sender }, { $why }; normaal { $normal }{ $note }
# en: bdfacb77
watch-knx-implausible-written = { $label } door { $sender } op { $value } gezet, { $why }; normaal { $normal }{ $note }
# $low, $high: the range the value left, with units.
# en: 52c50de8
watch-knx-why-room = die een ruimte niet bereikt ({ $low } tot { $high })
# en: 06a48a33
watch-knx-why-setpoint = waarop geen ruimte wordt ingesteld ({ $low } tot { $high })
# en: f70613e5
watch-knx-why-outdoor = die buitenlucht niet bereikt ({ $low } tot { $high })
# en: 1e55137f
watch-knx-why-water = die verwarming of warm water niet bereikt ({ $low } tot { $high })
# en: 6a256472
watch-knx-why-physics = die geen sensor kan meten ({ $low } tot { $high })
# en: c51238bf
watch-knx-why-specification = buiten wat datapunttype { $dpt } definieert ({ $low } tot { $high })
# $learned: watch-knx-normal-range or watch-knx-never-learned; $datatype: watch-knx-type-*.
# en: 24fb607f
watch-knx-implausible-normal = een waarde { $why }; geleerd { $learned }; type { $datatype }
# en: e2620ad1
watch-knx-range-normal = { $min }–{ $max } uit { $samples } waarden { $period }; geaccepteerd { $low } tot { $high } (tolerantie ±{ $tolerance } % voor klasse { $class }); type { $datatype }
# en: b7bac61f
watch-knx-observed-written = schreef { $value } in { $service } vanaf { $source }
# en: fc0ba00d
watch-knx-observed-reported = meldde { $value } in { $service } vanaf { $source }
# en: 2de519ae
watch-knx-value-reported-action = Controleer het apparaat en recente commando’s: een waarde buiten het geleerde bereik wijst op een storing, een handmatige overbrugging, een ongewoon seizoen of het gevolg van een commando. Klopt het nieuwe bereik, leer dan opnieuw of verruim de tolerantie van deze groep in het model.
# en: e04168fc
watch-knx-value-written-action = Vraag wie { $sender } gebruikt (een visualisatie, een drukknop, een regelaar) of deze waarde zo bedoeld was. Zo niet, zet haar terug, zoek uit wie { $sender } heeft gebruikt en beperk de toegang tot de bus (KNX Secure, firewallregels voor UDP 3671).
# en: 0d99d173
watch-knx-implausible-action = Een werkend apparaat verstuurt deze waarde niet: het apparaat { $sender } is defect, of iemand verstuurt telegrammen in zijn naam. Controleer het apparaat ter plaatse; werkt het, zoek dan de tunnel of router waarlangs de telegrammen binnenkwamen en sluit die (KNX Secure, firewallregels voor UDP 3671).
# en: 082d1989
watch-knx-implausible-command-action = Zet de waarde nu terug naar normaal (wat deze groep aanstuurt, kan ver buiten het normale worden gedreven) en zoek daarna uit wie haar via { $source } heeft verstuurd; was dat geen beheerder, sluit die toegang dan af (beveiligde tunnelverbindingen met KNX Secure, firewallregels voor UDP 3671, het wachtwoord van de visualisatie).
# $last, $value: two consecutive meter readings with units; $step: the largest step learned.
# en: dbb33cfa
watch-knx-counter-back = { $label } ging terug van { $last } naar { $value } (vanaf { $sender }): een meter telt alleen op{ $note }
# en: 4bc2af57
watch-knx-counter-jump = { $label } sprong van { $last } naar { $value } (vanaf { $sender }), meer dan 5 keer de grootste stap tijdens het leren ({ $step }){ $note }
# en: ee3a20ba
watch-knx-counter-normal = een meter die { $period } tussen twee meterstanden met maximaal { $step } oploopt; type { $datatype }
# en: 7519b0f6
watch-knx-counter-action = Controleer de meter: een reset of een sprong wijst op een vervangen of defecte meter, of op meterstanden die in zijn naam zijn verstuurd. Is de meter vervangen, leer dan opnieuw.
# en: 9ef43116
watch-knx-undefined = { $label } bevatte { $value } vanaf { $sender }, wat datapunttype { $dpt } niet definieert (gereserveerde bits of een ongedefinieerde code){ $note }
# $size: watch-knx-size-bits or watch-knx-size-octets.
# en: 1c64443a
watch-knx-mismatch = { $label } bevatte { $size } vanaf { $sender }, wat niet past bij het datapunttype { $dpt }{ $note }
# en: 06392e6b
watch-knx-size-bits = een waarde van maximaal 6 bits
# en: 9739feaf
watch-knx-size-octets = { $octets ->
        [one] 1 octet
       *[other] { $octets } octetten
    }
# en: eb0f6a3a
watch-knx-type-normal = type { $datatype }
# en: d606ebfc
watch-knx-mismatch-action = De afzender is niet het apparaat dat het project voor deze groep noemt, of het project klopt niet. Zoek { $sender } op in het ETS-project; hoort het niet naar deze groep te sturen, zoek dan de tunnel of router waarlangs het telegram binnenkwam en sluit die (KNX Secure, firewallregels voor UDP 3671).

## Folding

# $summary: the alert; $shown: the value the earlier alert showed; $at: its time (UTC).
# en: ab611414
watch-escalated = { $summary }; verder buiten het normale dan { $shown }, getoond om { $at }
# $count: values folded into the alert; $lowest, $highest: their range; $until: the last one's time.
# en: 25c12888
watch-folded-values = en nog { $count } { $count ->
        [one] waarde
       *[other] waarden
    } tussen { $lowest } en { $highest }, tot { $until }

## The command line (bas-audit watch learn|detect)

# en: 513130f5
watch-cli-no-source = geef --pcap FILE of --live SECONDS op
# The progress line on a terminal, rewritten in place.
# en: 6a39acfc
watch-cli-progress = { $messages } berichten, { $points } punten, { $sources } bronnen, { $alerts } waarschuwingen
# en: bf8f801b
watch-cli-alert = WAARSCHUWING { $summary }
# $error: what the JSON encoder said.
# en: 3ebbf9b8
watch-cli-json-error = kan het rapport niet als JSON coderen: { $error }
# After "Learned ..." and "Model ...": the ETS table the model was learned with. $format: one of watch-cli-ets-*.
# en: 413d7ebf
watch-cli-ets = ETS       { $file } ({ $format }): { $groups } groepsadressen, { $typed } met een datapunttype
# en: d8cd9ad8
watch-cli-ets-warnings = ; { $warnings } regels overgeslagen of zonder type geïmporteerd (zie knx_project.warnings in het model)
# en: c9e90a40
watch-cli-ets-csv-one = ETS-CSV-export, één naamkolom
# en: f7dbe6e9
watch-cli-ets-csv-three = ETS-CSV-export, drie naamkolommen
# en: 5bb353fe
watch-cli-ets-xml = ETS-XML-export
# en: 220b1611
watch-cli-ets-knxproj = ETS-project
# en: 18923d7f
watch-cli-ets-inferred = afgeleid uit het verkeer
# The name of an audit session the watch creates; $date: local date and time.
# en: b53ee480
watch-cli-session-name = Leerbewaking { $date }
# Where a session's model came from ($source: the capture file, or watch-cli-live-source).
# en: f6336233
watch-cli-learned-from = geleerd uit { $source }
# en: 014e734b
watch-cli-loaded-from = geladen uit { $model }
# en: e172699b
watch-cli-live-source = live verkeer ({ $seconds } s)

## What `watch learn` prints about the model

# After the network line: the KNX groups learned. $ets: with types from the ETS project ($file); $inferred: with types inferred from traffic.
# en: 1eae94cf
watch-summary-knx = KNX       { $groups } groepen: { $ets ->
        [0] {""}
       *[other] { $ets } met type uit het ETS-project { $file }{ $inferred ->
            [0] {""}
           *[other] {", "}
        }
    }{ $inferred ->
        [0] {""}
       *[other] { $inferred } met type afgeleid uit het verkeer (geef --ets op om ze een naam en type te geven)
    }
# After a written KNX point whose type was inferred.
# en: f63df26c
watch-summary-inferred = {" "}(type afgeleid)

## Importing an ETS export (audit-core/src/knx_project): why a file was refused. $file: the
## file's name; $problem: one of the watch-ets-import-* sentences below; $error: what the reader
## or the system said (left in its words); $header, $root, $element, $member: from the file.

# en: c5d919ca
watch-ets-import-error = { $file }: { $problem }
# en: 06e6917d
watch-ets-import-error-line = { $file }, regel { $line }: { $problem }
# en: f6dd334f
watch-ets-import-error-element = { $file }, regel { $line }, <{ $element }>: { $problem }
# en: 6dd38417
watch-ets-import-error-member = { $file }, { $member }: { $problem }
# en: 90945208
watch-ets-import-io = kan het bestand niet lezen ({ $error })
# en: c9cad0cc
watch-ets-import-empty = het bestand is leeg
# en: 8ec5ab12
watch-ets-import-too-large = het bestand is groter dan { $mb } MB, groter dan welke groepsadres-export ook; is het het juiste bestand?
# en: 65a478ef
watch-ets-import-encoding = de tekst kan niet worden gelezen ({ $error })
# en: b19d00e6
watch-ets-import-not-an-export = geen ETS-groepsadres-export: de eerste regel heeft geen kolom "Address" (wel: { $header }). Exporteer de groepsadressen uit ETS als CSV of XML.
# en: 3206d6e3
watch-ets-import-xml = de XML kan niet worden gelezen ({ $error })
# en: 64acf89e
watch-ets-import-unknown-xml = een XML-bestand, maar geen ETS-groepsadres-export (het begint met <{ $root }>, niet met <GroupAddress-Export>)
# en: f730e93c
watch-ets-import-no-groups = het bestand bevat geen groepsadres
# en: e8fa4114
watch-ets-import-protected = het project is met een wachtwoord beveiligd, en deze tool opent het niet. Exporteer in ETS de groepsadressen (venster Groepsadressen, Exporteren, CSV of XML) en importeer in plaats daarvan dat bestand.
# en: 7a69bbf7
watch-ets-import-not-a-project = een ZIP-archief, maar geen ETS-project (er zit geen P-xxxx/0.xml in)
# en: 70a96a3b
watch-ets-import-zip = het projectarchief kan niet worden gelezen ({ $error })
# en: 21d15ace
watch-ets-import-section-too-large = het groepsadresgedeelte van het project is te groot; exporteer in plaats daarvan de groepsadressen uit ETS

## Detectors, as the text output and the app name them (the JSON keeps the codes value-range,
## value-implausible, message-rate, rule). $rule: a knowledge rule's id (new-writer), a code.

# en: a878a22a
watch-detector-value-range = waardebereik
# en: 885f4a5a
watch-detector-value-implausible = onwaarschijnlijke waarde
# en: bda54c12
watch-detector-message-rate = berichtsnelheid
# en: 3cb60b79
watch-detector-rule = regel
# en: 6acc00e5
watch-detector-rule-named = regel { $rule }
