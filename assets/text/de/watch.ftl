# The learning watch (audit-core/src/watch): alerts (what was seen, against which learned
# normal, what to do), the knowledge rules' titles, reasons and actions, and the labels alerts
# are built from. Read by installers during or after a visit. Protocol words (service names such
# as read-property, Who-Is, I-Am, A_Authorize_Request, CONNECT_REQUEST) are names, not words:
# keep them as they are. Arguments holding addresses, numbers and values are already formatted.

## The learning period, points and devices

# $minutes: length of the learning period in whole minutes.
# en: b99f3d82
watch-period-minutes = in der Lernphase ({ $minutes } min)
# $hours: length of the learning period in hours, one decimal.
# en: fa0be96a
watch-period-hours = in der Lernphase ({ $hours } h)
# $instance: BACnet device instance; $name: the device's own name (its text); $address: where it answers.
# en: 3309e125
watch-device-named = Gerät { $instance } „{ $name }“ ({ $address })
# en: 48a9c88c
watch-device = Gerät { $instance } ({ $address })
# $what: object (analog-value,3), with the property when it is not the present value; $device: watch-device(-named) or an address.
# en: 942b0049
watch-point-named = „{ $name }“ ({ $what } von { $device })
# en: 4421e5dd
watch-point = { $what } von { $device }
# A KNX group address without a name from the project.
# en: 95f683d9
watch-group = Gruppenadresse { $group }
# en: 1739cf92
watch-binary-active = aktiv
# en: dc951688
watch-binary-inactive = inaktiv
# Classes of points: how strictly their learned range is kept.
# en: 2ca7604d
watch-class-setpoint = Sollwert
# en: 0a2b616f
watch-class-output = Ausgang
# en: 41891f25
watch-class-sensor = Sensor
# en: 0b127f2b
watch-class-state = Zustand
# en: 7fe0b453
watch-class-other = Sonstiges

## Value ranges (detector value-range)

# $label: the point; $value: the value with its unit; $sender: who wrote it; $normal: watch-range-normal or watch-set-normal; $who: one of watch-value-writer-*.
# en: b2f9edd1
watch-value-written = { $label } von { $sender } auf { $value } geschrieben; { $normal }; { $who }
# en: 1c58d777
watch-value-writer-known = { $sender } hat hier schon früher geschrieben
# en: 709027bd
watch-value-writer-nobody = in der Lernphase hat niemand hier geschrieben
# en: 6ab7e09c
watch-value-writer-new = { $sender } hat hier noch nie geschrieben
# en: 18bde29b
watch-value-written-action = Fragen Sie den Betreiber, ob { $sender } diesen Wert setzen sollte. Falls nicht, setzen Sie den Datenpunkt auf seinen Normalwert zurück, finden Sie heraus, wer { $sender } benutzt hat, und schränken Sie ein, wer auf das Gerät schreiben darf (BACnet-Firewallregeln, Gerätepasswörter, ein eigenes Bedienernetz).
# $service: the message that carried it (read-property-ack, ...); $source: who sent that message.
# en: 0b311e32
watch-value-reported = { $label } meldete { $value } (gesehen in { $service } von { $source }); { $normal }
# en: 52ff1d12
watch-value-reported-action = Prüfen Sie die Anlage und die letzten Schreibzugriffe: Ein Wert außerhalb des gelernten Bereichs bedeutet eine Störung, eine Handübersteuerung, eine ungewöhnliche Jahreszeit oder die Folge eines Schreibzugriffs. Ist der neue Bereich richtig, lernen Sie neu oder erweitern Sie die Toleranz dieses Datenpunkts im Modell.
# en: f3bfa466
watch-value-observed-written = schrieb { $value } in { $service }
# en: 362c82b8
watch-value-observed-reported = meldete { $value } in { $service }
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
watch-set-normal = gelernte Werte { $values } aus { $samples } Werten { $period }
# $min, $max: learned range with units; $low, $high: the accepted range (numbers); $class: watch-class-*; $tolerance: the tolerance factor.
# en: ecf49d07
watch-range-normal = gelernter Bereich { $min }–{ $max } aus { $samples } Werten { $period } (akzeptiert { $low }–{ $high } mit Toleranz { $tolerance } für Klasse { $class })

## Message rates (detector message-rate)

# $metric: minmax, mean or mad (names); the figures are numbers.
# en: 0204e2cc
watch-rate-figures = { $metric } über { $intervals } Intervalle: Max. { $max }, Mittel { $mean }, Median { $median }, MAD { $mad }
# en: 8602d1e0
watch-rate-no-intervals = keine Intervalle
# $upper: the learned upper bound; $interval: the interval in seconds; $figures: watch-rate-figures.
# en: cb6b5320
watch-rate-normal-own = höchstens { $upper } pro { $interval } s für diese Quelle ({ $figures })
# en: 94ab315c
watch-rate-normal-per-source = eine Quelle sendet etwa { $centre } pro { $interval } s, höchstens { $upper } ({ $sources } Quellen { $period }; { $figures })
# en: 667233c5
watch-rate-normal-unseen = { $service } wurde { $period } nie gesehen; bis zu { $upper } pro { $interval } s werden durchgelassen
# The sender of a rate alert that never sent this service while learning (the sentence goes on with watch-rate-summary).
# en: 3d9f5bd0
watch-rate-who-new = { $sender }, der { $period } nie { $service } gesendet hat,
# $who: the sender, or watch-rate-who-new.
# en: e808dcd2
watch-rate-summary = { $who } hat innerhalb von { $interval } s { $count } { $service }-Nachrichten gesendet, mehr als der gelernte Normalzustand von höchstens { $upper }
# en: 52a2ab7d
watch-rate-observed = { $count } { $service } in { $interval } s von { $sender }
# $hint: one of watch-rate-hint-*.
# en: 7d962a45
watch-rate-action = Finden Sie heraus, was { $sender } ist und warum es so viel { $service } sendet. { $hint } Ist es kein bekanntes, installiertes Werkzeug, trennen Sie es vom Netz; ist es eines, lernen Sie das Modell neu, während es läuft.
# en: 38570b7a
watch-rate-hint-reads = Viele Objekte in kurzer Zeit zu lesen ist die Art, wie ein Eindringling ein Gebäude auskundschaftet (Snooping).
# en: f71765d4
watch-rate-hint-who-is = Auf jedes Who-Is antwortet jedes Gerät: Eine Flut davon ist ein Reflexionsangriff auf die Adresse, die als Absender angegeben ist.
# en: 53cc07c0
watch-rate-hint-writes = Viele Schreibzugriffe in kurzer Zeit können Anlagen so ansteuern, dass sie Schaden nehmen.
# en: 147af1a6
watch-rate-hint-i-am = Ein Sturm von I-Am-Antworten überflutet das Netz und den Host, an den sie gehen.
# en: cf1df4b8
watch-rate-hint-other = Ein ungewöhnlicher Schub kann ein Scan, eine Flut oder ein falsch konfiguriertes Gerät sein.

## Knowledge rules: what each alert says ($window: seconds of the burst window; $period: watch-period-*)

# en: c1c1a758
watch-who-is-flood = { $sender } hat innerhalb von { $window } s mehr als { $limit } Who-Is gesendet (falls { $sender } sie nicht gesendet hat, wurde seine Adresse gefälscht, damit die Antworten aller Geräte ihn überfluten: ein Reflexionsangriff)
# en: 97d8e903
watch-who-is-flood-observed = { $count } Who-Is innerhalb von { $window } s
# en: e8fab8e5
watch-who-is-flood-normal = höchstens { $max } pro { $window } s von einer Quelle { $period }; Flut-Schwelle { $limit }
# en: f0bfe027
watch-i-am-storm = mehr als { $limit } I-Am innerhalb von { $window } s
# en: d4f9f6e5
watch-i-am-storm-observed = { $count } I-Am innerhalb von { $window } s, das letzte von { $sender }
# en: ce72986b
watch-i-am-storm-normal = höchstens { $max } pro { $window } s { $period } ({ $devices } Geräte bekannt)
# $state: the standard name of the requested state (enable, disable, coldstart, ...) or watch-unknown-state; $device: watch-device(-named) or an address; $duration: watch-dcc-duration or nothing; $password: watch-with(out)-password.
# en: dfc1a224
watch-dcc = DeviceCommunicationControl { $state } an { $device }{ $duration }{ $password }
# en: 19e4aa4f
watch-dcc-duration = {" "}für { $minutes } min
# en: e521ba71
watch-reinitialize = ReinitializeDevice { $state } an { $device }{ $password }
# en: a76e621a
watch-unknown-state = (unbekannter Zustand)
# en: fea4f3b0
watch-with-password = {", "}mit Passwort
# en: 654188fa
watch-without-password = {", "}ohne Passwort
# en: 9467d5cf
watch-write-bdt = Write-BDT mit { $entries } Einträgen an das BBMD unter { $bbmd }
# en: 068fd85a
watch-delete-fdt-entry = Delete-FDT-Entry für { $entry } an das BBMD unter { $bbmd }
# $what: one of watch-dcc, watch-reinitialize, watch-write-bdt, watch-delete-fdt-entry.
# en: d974b4b6
watch-management = { $sender } hat { $what } gesendet
# en: 8d6a8c98
watch-management-normal-unseen = { $service } wurde { $period } nie gesehen
# $others: the sources that sent it while learning, listed.
# en: b82f9c7c
watch-management-normal = { $service } kam { $period } nur von { $others }
# en: 30567f45
watch-bbmd = BBMD { $bbmd }
# en: 5fbc6502
watch-new-foreign-device = { $sender } hat sich beim BBMD unter { $bbmd } als Foreign Device registriert (TTL { $ttl } s); das hat es { $period } nie getan
# en: 45014005
watch-new-foreign-device-observed = Register-Foreign-Device, TTL { $ttl } s
# en: 99c1c790
watch-new-foreign-device-normal = Foreign-Device-Registrierungen nur von den Quellen im Modell gesehen
# en: 9cfec699
watch-knx-write-burst = { $sender } hat innerhalb von { $window } s mehr als { $limit } Schreibtelegramme an Gruppenadressen gesendet
# en: 96252f0f
watch-knx-write-burst-observed = { $count } Schreibtelegramme an Gruppenadressen innerhalb von { $window } s
# en: d0a90f82
watch-knx-write-burst-normal = höchstens { $max } pro { $window } s von einer Quelle { $period }
# $key: the 4-octet key tried, in hex.
# en: 23d0ff6c
watch-knx-authorize = { $sender } hat A_Authorize_Request gesendet (Schlüssel { $key })
# en: 704006f4
watch-knx-authorize-observed = A_Authorize_Request mit Schlüssel { $key } über { $source }
# en: e8322256
watch-knx-authorize-normal = Autorisierungsanfragen gehören nur zur Inbetriebnahme
# en: f5ee6a1f
watch-knx-key-guessing = { $sender } hat innerhalb von { $window } s { $count } Schlüssel probiert: Jemand versucht, KNX-Geräteschlüssel zu erraten
# en: 50293167
watch-knx-device = KNX-Gerät { $device }
# en: 045e9d48
watch-knx-management = { $sender } hat { $service } an KNX-Gerät { $device } gesendet; Gerätemanagement kam von dieser Quelle { $period } nie
# en: 1e1fb37d
watch-knx-management-observed = { $service } an { $device } über { $source }
# en: 8147f7e0
watch-knx-management-normal = Gerätemanagement nur von den Quellen im Modell
# en: 74f54290
watch-broadcast-source-limited = die begrenzte Broadcast-Adresse 255.255.255.255
# en: 36008247
watch-broadcast-source-unspecified = die unspezifizierte Adresse 0.0.0.0
# en: b1e9f4f9
watch-broadcast-source-multicast = eine Multicast-Adresse
# en: 43513583
watch-broadcast-source-subnet = eine Adresse, die dieses Netz als Broadcast-Adresse nutzt
# en: b674adca
watch-broadcast-source-network = eine Quelle der BACnet-Netzwerkschicht, die keine Station sein kann (SNET 0xFFFF oder leere SADR)
# $reason: one of watch-broadcast-source-*.
# en: 8aec8a25
watch-broadcast-source = { $service } gesendet von { $source }: { $reason }
# en: 6aacf351
watch-broadcast-source-observed = { $service } mit Quelle { $source }
# en: 02e88aa3
watch-broadcast-source-normal = Stationen senden von ihrer eigenen Unicast-Adresse
# $protocol: BACnet or KNXnet/IP.
# en: 4fe17ea4
watch-new-host = { $host } sendet { $protocol }-Verkehr (zuerst { $service }); der Host wurde { $period } nie gesehen
# en: a234dfea
watch-new-host-observed = { $service } von { $source }
# $list: the first hosts, listed; $more: watch-hosts-more or nothing.
# en: f2d73d58
watch-known-hosts = { $hosts } Hosts { $period } gesehen: { $list }{ $more }
# en: 1946694e
watch-hosts-more = {" "}und { $more } weitere
# en: 9d582abe
watch-new-conversation = { $host } sendet { $service } an { $partner }, einen Host, mit dem er { $period } nie kommuniziert hat
# en: 8e2513ee
watch-new-conversation-observed = { $service } von { $source } an { $destination }
# en: baa10507
watch-new-conversation-normal = { $conversations } Kommunikationsbeziehungen bekannt
# Pieces of the writer alerts, each starting with a space: the value written, the command priority.
# en: 0595fc25
watch-writer-value = {" "}auf { $value }
# en: f8bdfe91
watch-writer-value-seen = {" "}auf { $value } (ein Wert, der auch im Normalbetrieb vorkommt)
# en: 5d1dfe4b
watch-writer-text = {" "}auf „{ $text }“
# en: 87329c9a
watch-writer-other = {" "}(Relinquish oder ein konstruierter Wert)
# en: 48811e43
watch-writer-priority = {" "}mit Priorität { $priority }
# $writers: the hosts that wrote it while learning, listed.
# en: 97304f9a
watch-writer-normal = { $writes }-mal { $period } geschrieben, nur von { $writers }
# en: 759451a5
watch-writer-normal-read = { $period } gelesen, aber nie geschrieben
# en: efe013fa
watch-writer-normal-unseen = { $period } nie gesehen
# $value: watch-writer-value(-seen), -text or -other; $priority: watch-writer-priority or nothing; $normal: watch-writer-normal*.
# en: b63bf9af
watch-new-writer = { $sender } hat { $label }{ $value }{ $priority } geschrieben; diese Quelle hat diesen Datenpunkt noch nie geschrieben ({ $normal })
# en: 1262af18
watch-knx-new-group-writer = { $sender } hat { $label }{ $value } geschrieben; diese Quelle hat diese Gruppenadresse noch nie geschrieben ({ $normal })
# en: 9611ba63
watch-writer-observed = { $service }{ $value }{ $priority } von { $source }
# en: 19e5b583
watch-device-instance = Gerät { $instance }
# en: c46bd76a
watch-device-spoofing-observed = I-Am Gerät { $instance } von { $device }
# $known: the addresses the instance answers at (or the instances at the address), listed.
# en: eddc8624
watch-device-spoofing-address = I-Am von { $device } beansprucht Geräteinstanz { $instance }, die unter { $known } antwortet
# en: 10a6d4e7
watch-device-spoofing-address-normal = Gerät { $instance } antwortet unter { $known }
# en: 6b082883
watch-device-spoofing-instance = { $device } meldet Geräteinstanz { $instance }, ist aber Gerät { $known }
# en: 05608631
watch-device-spoofing-instance-normal = { $device } ist Gerät { $known }
# en: 023ad970
watch-network = Netzwerk { $network }
# $others: the routers that serve the network, listed.
# en: 14a1e3a8
watch-router-spoofing-taken = { $router } gibt an, zu Netzwerk { $network } zu routen, das { $others } bedient
# en: 9e502685
watch-router-spoofing-taken-normal = Netzwerk { $network } wird über { $others } erreicht
# en: f5ade395
watch-router-spoofing-grown = Router { $router } beansprucht jetzt auch Netzwerk { $network }
# en: 7bc0ae71
watch-router-spoofing-grown-normal = { $router } routete { $period } zu den Netzwerken { $networks }
# en: 153edceb
watch-router-spoofing-new = { $router }, nie als Router gesehen, beansprucht Netzwerk { $network }
# en: 025f4ac9
watch-router-spoofing-no-routers = { $period } hat sich kein Router gemeldet
# en: 4ef2d9b1
watch-router-spoofing-known-routers = bekannte Router: { $routers }
# en: 9258a99f
watch-router-spoofing-observed = I-Am-Router-To-Network { $networks } von { $router }
# en: 78e9a192
watch-knx-tunnel = Tunneling-Verbindung
# en: eb536f03
watch-knx-management-connection = Management-Verbindung
# en: c44e4890
watch-knx-gateway = KNXnet/IP-Gateway { $gateway }
# $kind: watch-knx-tunnel or watch-knx-management-connection.
# en: b6e22c95
watch-knx-tunnel-outside = { $client } hat von außerhalb des Gateway-Subnetzes eine KNXnet/IP-{ $kind } zum Gateway { $gateway } geöffnet
# en: f20fb40a
watch-knx-tunnel-outside-observed = CONNECT_REQUEST von { $client } (Control-Endpunkt { $control })
# en: f1fd67d1
watch-knx-tunnel-outside-normal = Clients im eigenen /24 des Gateways
# en: b182174f
watch-knx-new-tunnel-client = { $client } hat eine KNXnet/IP-{ $kind } zu { $gateway } geöffnet; das hat er { $period } nie getan
# en: 0b8d0257
watch-knx-new-tunnel-client-observed = CONNECT_REQUEST von { $client }
# $clients: the tunnel clients seen while learning, listed, or watch-none.
# en: 5072c26c
watch-knx-new-tunnel-client-normal = Tunneling-Clients { $period }: { $clients }
# en: e313e554
watch-none = keine

## The knowledge rules (detector rule): title, why it matters, what to do

# en: 004c42cd
watch-rule-broadcast-source-title = Broadcast-Adresse als Quelle verwendet
# en: 7274ba6a
watch-rule-broadcast-source-why = Keine Station sendet von einer Broadcast-, Multicast- oder unspezifizierten Adresse (IP), auch nicht von SNET 0xFFFF oder mit leerer SADR (BACnet-Netzwerkschicht): Solche Pakete sind gefälscht, meist um Geräte dazu zu bringen, allen zu antworten (Verstärkung), oder um den Absender zu verbergen.
# en: a1b9a299
watch-rule-broadcast-source-action = Finden Sie den Switch-Port, über den die Pakete hereinkommen (Mirror-Port, MAC-Adresstabelle), und trennen Sie den Absender; filtern Sie gefälschte Quelladressen am Router (BCP 38).

# en: e130e81d
watch-rule-device-spoofing-title = Geräteinstanz unter einer zweiten Adresse oder Adresse mit einer zweiten Instanz
# en: ace3940a
watch-rule-device-spoofing-why = Eine Geräteinstanz ist in einem BACnet-Internetwork eindeutig. Ein I-Am, das eine bekannte Instanz unter einer anderen Adresse meldet (oder eine zweite Instanz unter einer bekannten Adresse), gibt sich entweder als Gerät aus, damit Lese- und Schreibzugriffe beim Angreifer landen, oder ist eine doppelte Instanz, die das Routing von Anfragen stört.
# en: e9896c26
watch-rule-device-spoofing-action = Vergleichen Sie MAC-Adresse und Hersteller beider Absender mit dem Bestand; ist einer nicht das installierte Gerät, trennen Sie ihn. Handelt es sich um ein Ersatzgerät, lernen Sie neu.

# en: a73e7563
watch-rule-router-spoofing-title = Router beansprucht ein Netzwerk, das ein anderer Router bedient, oder neuer bzw. veränderter Router
# en: a5c217d0
watch-rule-router-spoofing-why = I-Am-Router-To-Network leitet den gesamten Verkehr für die genannten Netzwerke um. Ein zweiter Router für ein Netzwerk, ein nie gesehener Router oder ein Router, dessen Netzwerkliste wächst, kann jede Anfrage zum Angreifer umleiten (Man in the Middle) oder ins Leere laufen lassen.
# en: e36598b3
watch-rule-router-spoofing-action = Gleichen Sie die Adresse des Routers mit den installierten Routern ab; ist er keiner davon, trennen Sie ihn und starten Sie das Routing der Arbeitsplätze neu (sie speichern den Pfad zwischen).

# en: 5427b435
watch-rule-who-is-flood-title = Who-Is-Flut
# en: 6c7d9644
watch-rule-who-is-flood-why = Jedes Gerät beantwortet ein Who-Is. Viele Who-Is in wenigen Sekunden belasten jeden Controller und werfen, mit gefälschter Quelle, eine Flut von I-Am auf ein Opfer zurück (reflektierter DDoS).
# en: 58421352
watch-rule-who-is-flood-action = Finden Sie den Absender (bei gefälschter Quelle den Switch-Port, über den er hereinkommt) und sperren Sie ihn; begrenzen Sie BACnet-Broadcasts an BBMDs und Routern.

# en: 9bda5295
watch-rule-i-am-storm-title = I-Am-Sturm
# en: 2238bf36
watch-rule-i-am-storm-why = Weit mehr I-Am in wenigen Sekunden, als das Gebäude je sendet: das Echo einer Who-Is-Flut oder ein fehlerhaftes Gerät; beides verlangsamt das ganze Netz.
# en: 90607cf8
watch-rule-i-am-storm-action = Suchen Sie das auslösende Who-Is (Warnung „Who-Is-Flut“) oder das Gerät, das sich ständig wiederholt; beheben Sie den Fehler oder trennen Sie das Gerät.

# en: 30b8f9fa
watch-rule-new-writer-title = Schreibzugriff von einer Quelle, die dieses Objekt nie geschrieben hat
# en: 5511690d
watch-rule-new-writer-why = Wer welchen Datenpunkt schreibt, ist in einem Gebäude stabil: der Bedienarbeitsplatz und die Schreibzugriffe der Controller untereinander. Ein WriteProperty von jemand anderem verändert das Gebäude, auch wenn der Wert normal aussieht (Tampering1 bei Fauri et al.).
# en: f89b2d63
watch-rule-new-writer-action = Klären Sie, ob der Schreibende ein Werkzeug ist, das jemand installiert hat. Falls nicht, stellen Sie den Wert wieder her, geben Sie seine Prioritätsstufe frei (Relinquish) und schränken Sie Schreibzugriffe ein (BACnet-Firewall, Passwörter).

# en: 14301dff
watch-rule-device-control-title = DeviceCommunicationControl oder ReinitializeDevice
# en: f7b769a4
watch-rule-device-control-why = Diese Dienste bringen ein Gerät zum Schweigen (es antwortet und meldet nicht mehr) oder starten es neu. Für die Wartung nötig, sonst selten, und ein klassischer Denial of Service.
# en: 01f8bdd9
watch-rule-device-control-action = Klären Sie mit dem Systemintegrator, ob gerade gewartet wird; falls nicht, prüfen Sie, ob das Gerät wieder antwortet, ändern Sie sein Passwort und finden Sie den Absender.

# en: da46d3c1
watch-rule-bbmd-table-change-title = Write-BDT oder Delete-FDT-Entry
# en: cf60aa6d
watch-rule-bbmd-table-change-why = Wer die Broadcast-Verteiltabelle (BDT) eines BBMD ändert oder Foreign Devices löscht, leitet die Broadcasts ganzer Standorte um oder unterbricht sie.
# en: 40587201
watch-rule-bbmd-table-change-action = Lesen Sie die BDT jedes BBMD zurück (bas-audit check) und vergleichen Sie sie mit der Planung; beschränken Sie die BBMD-Verwaltung auf die Adresse des Systemintegrators.

# en: 1623b7b7
watch-rule-new-foreign-device-title = Foreign-Device-Registrierung von einer neuen Adresse
# en: 7a3d2a8d
watch-rule-new-foreign-device-why = Ein registriertes Foreign Device empfängt jeden Broadcast des Standorts und kann eigene senden: der übliche Weg von außen hinein.
# en: 1d086bf3
watch-rule-new-foreign-device-action = Prüfen Sie, wem die Adresse gehört; sollte sie niemandem gehören, lehnen Sie Foreign-Device-Registrierungen am BBMD ab oder beschränken Sie sie auf bekannte Adressen.

# en: a0aa69f2
watch-rule-new-host-title = Ein nie gesehener Host spricht BACnet oder KNXnet/IP
# en: ea70988d
watch-rule-new-host-why = Ein neuer Laptop, ein Werkzeug oder ein Gerät im Gebäudenetz: So sehen die ersten Pakete eines Eindringlings aus (Snooping und Spoofing bei Fauri et al. beginnen hier).
# en: 3570204b
watch-rule-new-host-action = Identifizieren Sie den Host (Switch-Port, MAC-Hersteller, wer ihn angeschlossen hat). Gehört er dazu, lernen Sie neu, damit er Teil des Normalzustands wird.

# en: e14123ca
watch-rule-new-conversation-title = Ein bekannter Host sendet Anfragen an einen Host, mit dem er nie kommuniziert hat
# en: 094ebd62
watch-rule-new-conversation-why = Wer mit wem kommuniziert, ist stabil. Ein Arbeitsplatz, der seine Leseanfragen plötzlich an eine andere Adresse schickt, ist das Bild eines erfolgreichen Router- oder Geräte-Spoofings.
# en: 22ea7396
watch-rule-new-conversation-action = Prüfen Sie, ob der neue Partner ein echtes Gerät des Gebäudes ist; suchen Sie kurz davor nach Warnungen zu Geräte- oder Router-Spoofing.

# en: 6b69151e
watch-rule-knx-new-group-writer-title = KNX-Gruppenadresse von einer neuen physikalischen Adresse geschrieben
# en: 589b033e
watch-rule-knx-new-group-writer-why = Welches Gerät (Taster, Präsenzmelder, Visualisierung) welche Gruppenadresse schreibt, legt das ETS-Projekt fest. Ein neuer Schreibender schaltet Licht, Jalousien oder Heizung von außerhalb des Projekts.
# en: 1faff354
watch-rule-knx-new-group-writer-action = Suchen Sie die physikalische Adresse im ETS-Projekt; steht sie nicht darin, finden Sie die Tunneling-Verbindung oder den Router, über den sie kam, und schließen Sie den Zugang (KNX Secure, Firewall).

# en: 2b9b8ad3
watch-rule-knx-write-burst-title = Schub von KNX-Schreibtelegrammen
# en: 296f5cb6
watch-rule-knx-write-burst-why = Weit mehr Schreibtelegramme in wenigen Sekunden als normal überfluten die Linie (KNX TP überträgt etwa 50 Telegramme/s) und können Lasten so schnell schalten, dass sie Schaden nehmen.
# en: d2c61df4
watch-rule-knx-write-burst-action = Finden Sie den Absender und stoppen Sie ihn; prüfen Sie die geschalteten Lasten.

# en: a9527376
watch-rule-knx-authorize-title = KNX A_Authorize_Request (Schlüsselraten, wenn wiederholt)
# en: 5a5cdec7
watch-rule-knx-authorize-why = Autorisierungsanfragen schalten die Gerätekonfiguration frei; mehrere hintereinander bedeuten, dass jemand Schlüssel durchprobiert (Brute Force wie bei KNXmap).
# en: b3eca5c4
watch-rule-knx-authorize-action = Finden Sie die Tunneling-Verbindung oder den Router, über den die Anfragen kamen, und schließen Sie den Zugang; setzen Sie an den Geräten eigene statt der Standardschlüssel.

# en: 7f100d55
watch-rule-knx-tunnel-outside-title = KNXnet/IP-Verbindung von außerhalb des Gateway-Subnetzes
# en: 345c25eb
watch-rule-knx-tunnel-outside-why = Tunneling-Verbindungen aus einem anderen Netz (oft dem Internet, über eine Portfreigabe) geben ohne KNX Secure vollen Buszugriff.
# en: 606e29a3
watch-rule-knx-tunnel-outside-action = Entfernen Sie die Portfreigabe oder Firewallregel für UDP/TCP 3671; verwenden Sie für den Fernzugriff ein VPN und KNX IP Secure.

# en: c0bac532
watch-rule-knx-new-tunnel-client-title = KNXnet/IP-Verbindung von einem nie gesehenen Client
# en: de0565e5
watch-rule-knx-new-tunnel-client-why = Eine neue ETS, eine Visualisierung oder ein Angreifer hat eine Tunneling-Verbindung geöffnet.
# en: 18417389
watch-rule-knx-new-tunnel-client-action = Identifizieren Sie den Client; soll er keinen Buszugriff haben, verlangen Sie KNX Secure Tunneling oder beschränken Sie das Gateway auf bekannte Clients.

# en: 9b970e11
watch-rule-knx-device-management-title = KNX-Gerätemanagement von einer Quelle, die es nie zuvor betrieben hat
# en: 964223cb
watch-rule-knx-device-management-why = Schreibzugriffe auf Speicher, Eigenschaften, Schlüssel oder physikalische Adressen sowie Neustarts programmieren Geräte um; außerhalb der Inbetriebnahme sollte nur die ETS sie senden.
# en: 5105f030
watch-rule-knx-device-management-action = Klären Sie, ob gerade in Betrieb genommen wird; andernfalls finden Sie den Absender und laden Sie das ETS-Projekt erneut in die betroffenen Geräte.

## KNX group values (detectors value-range and value-implausible)

# A KNX group with its name from the ETS project: $name (the project's text), $group (3/1/1).
# en: a5600c16
watch-group-named = { $name } ({ $group })
# $dpt: the datapoint type with its title (9.001 temperature).
# en: 45fb8457
watch-knx-type-ets = { $dpt }, aus dem ETS-Projekt
# en: 8e327189
watch-knx-type-inferred = { $dpt }, ein aus dem Verkehr abgeleiteter Typ
# en: 40e9a237
watch-knx-inferred-note = ; ihr Typ { $dpt } ist aus dem Verkehr abgeleitet, nicht aus einem ETS-Projekt übernommen
# $min, $max: the learned range with units; $class: watch-class-*; $tolerance: percent.
# en: 066ea1ec
watch-knx-normal-range = { $min }–{ $max } ({ $class }, ±{ $tolerance } %)
# en: 29ee582e
watch-knx-never-learned = { $period } nie gesehen
# $value: the value with its unit (84.96 °C, on); $normal: watch-knx-normal-range, a list of values or watch-knx-never-learned; $note: watch-knx-inferred-note or nothing; $who: watch-value-writer-*.
# en: 1d44bca1
watch-knx-reported = { $label }: { $sender } meldete { $value }; normal { $normal }{ $note }
# en: 985f0c24
watch-knx-written = { $label } von { $sender } auf { $value } geschrieben; normal { $normal }; { $who }{ $note }
# $why: one of watch-knx-why-*.
# en: a814f963
watch-knx-implausible-reported = { $label }: { $sender } meldete { $value }, einen Wert, { $why }; normal { $normal }{ $note }
# en: bdfacb77
watch-knx-implausible-written = { $label } von { $sender } auf { $value } geschrieben, einen Wert, { $why }; normal { $normal }{ $note }
# $low, $high: the range the value left, with units.
# en: 52c50de8
watch-knx-why-room = den ein Raum nicht erreicht ({ $low } bis { $high })
# en: 06a48a33
watch-knx-why-setpoint = auf den kein Raum eingestellt wird ({ $low } bis { $high })
# en: f70613e5
watch-knx-why-outdoor = den Außenluft nicht erreicht ({ $low } bis { $high })
# en: 1e55137f
watch-knx-why-water = den Heizung oder Warmwasser nicht erreichen ({ $low } bis { $high })
# en: 6a256472
watch-knx-why-physics = den kein Sensor messen kann ({ $low } bis { $high })
# en: c51238bf
watch-knx-why-specification = der außerhalb dessen liegt, was Datenpunkttyp { $dpt } definiert ({ $low } bis { $high })
# $learned: watch-knx-normal-range or watch-knx-never-learned; $datatype: watch-knx-type-*.
# en: 24fb607f
watch-knx-implausible-normal = ein Wert, { $why }; gelernt { $learned }; Typ { $datatype }
# en: e2620ad1
watch-knx-range-normal = { $min }–{ $max } aus { $samples } Werten { $period }; akzeptiert { $low } bis { $high } (Toleranz ±{ $tolerance } % für Klasse { $class }); Typ { $datatype }
# en: b7bac61f
watch-knx-observed-written = schrieb { $value } in { $service } von { $source }
# en: fc0ba00d
watch-knx-observed-reported = meldete { $value } in { $service } von { $source }
# en: 2de519ae
watch-knx-value-reported-action = Prüfen Sie das Gerät und die letzten Befehle: Ein Wert außerhalb des gelernten Bereichs bedeutet eine Störung, eine Handübersteuerung, eine ungewöhnliche Jahreszeit oder die Folge eines Befehls. Ist der neue Bereich richtig, lernen Sie neu oder erweitern Sie die Toleranz dieser Gruppenadresse im Modell.
# en: e04168fc
watch-knx-value-written-action = Fragen Sie, wer { $sender } benutzt (eine Visualisierung, einen Taster, eine Steuerung), ob dieser Wert gewollt war. Falls nicht, setzen Sie ihn zurück, finden Sie heraus, wer { $sender } benutzt hat, und schränken Sie den Zugang zum Bus ein (KNX Secure, Firewallregeln für UDP 3671).
# en: 0d99d173
watch-knx-implausible-action = Ein funktionierendes Gerät sendet diesen Wert nicht: Das Gerät { $sender } ist defekt, oder jemand sendet Telegramme in seinem Namen. Prüfen Sie das Gerät vor Ort; funktioniert es, finden Sie die Tunneling-Verbindung oder den Router, über den die Telegramme kamen, und schließen Sie den Zugang (KNX Secure, Firewallregeln für UDP 3671).
# en: 082d1989
watch-knx-implausible-command-action = Setzen Sie den Wert jetzt auf normal zurück (was diese Gruppenadresse steuert, wird womöglich weit außerhalb des Normalen betrieben) und finden Sie dann heraus, wer ihn über { $source } gesendet hat; war es kein Bediener, schließen Sie diesen Zugang (KNX Secure Tunneling, Firewallregeln für UDP 3671, das Passwort der Visualisierung).
# $last, $value: two consecutive meter readings with units; $step: the largest step learned.
# en: dbb33cfa
watch-knx-counter-back = { $label } ging von { $last } auf { $value } zurück (von { $sender }): Ein Zähler zählt nur aufwärts{ $note }
# en: 4bc2af57
watch-knx-counter-jump = { $label } sprang von { $last } auf { $value } (von { $sender }), mehr als das 5-Fache seines größten Schritts in der Lernphase ({ $step }){ $note }
# en: ee3a20ba
watch-knx-counter-normal = ein Zähler, der { $period } zwischen zwei Ablesungen um höchstens { $step } hochzählt; Typ { $datatype }
# en: 7519b0f6
watch-knx-counter-action = Prüfen Sie den Zähler: Ein Zurücksetzen oder ein Sprung bedeutet einen getauschten oder defekten Zähler oder Zählerstände, die in seinem Namen gesendet wurden. Wurde der Zähler getauscht, lernen Sie neu.
# en: 9ef43116
watch-knx-undefined = { $label } enthielt { $value } (von { $sender }), einen Wert, den Datenpunkttyp { $dpt } nicht definiert (reservierte Bits oder ein undefinierter Code){ $note }
# $size: watch-knx-size-bits or watch-knx-size-octets.
# en: 1c64443a
watch-knx-mismatch = { $label } enthielt { $size } (von { $sender }), was nicht zu ihrem Datenpunkttyp { $dpt } passt{ $note }
# en: 06392e6b
watch-knx-size-bits = einen Wert von höchstens 6 Bit
# en: 9739feaf
watch-knx-size-octets = { $octets ->
        [one] 1 Oktett
       *[other] { $octets } Oktette
    }
# en: eb0f6a3a
watch-knx-type-normal = Typ { $datatype }
# en: d606ebfc
watch-knx-mismatch-action = Der Absender ist nicht das Gerät, das das Projekt für diese Gruppenadresse vorsieht, oder das Projekt ist falsch. Suchen Sie { $sender } im ETS-Projekt; sollte es nicht an diese Gruppenadresse senden, finden Sie die Tunneling-Verbindung oder den Router, über den das Telegramm kam, und schließen Sie den Zugang (KNX Secure, Firewallregeln für UDP 3671).

## Folding

# $summary: the alert; $shown: the value the earlier alert showed; $at: its time (UTC).
# en: ab611414
watch-escalated = { $summary }; weiter außerhalb als { $shown }, angezeigt um { $at }
# $count: values folded into the alert; $lowest, $highest: their range; $until: the last one's time.
# en: 25c12888
watch-folded-values = und { $count } { $count ->
        [one] weiterer Wert
       *[other] weitere Werte
    } zwischen { $lowest } und { $highest } bis { $until }

## The command line (bas-audit watch learn|detect)

# en: 513130f5
watch-cli-no-source = geben Sie --pcap FILE oder --live SECONDS an
# The progress line on a terminal, rewritten in place.
# en: 6a39acfc
watch-cli-progress = { $messages } Nachrichten, { $points } Datenpunkte, { $sources } Quellen, { $alerts } Warnungen
# en: bf8f801b
watch-cli-alert = WARNUNG { $summary }
# $error: what the JSON encoder said.
# en: 3ebbf9b8
watch-cli-json-error = der Bericht kann nicht als JSON kodiert werden: { $error }
# After "Learned ..." and "Model ...": the ETS table the model was learned with. $format: one of watch-cli-ets-*.
# en: 413d7ebf
watch-cli-ets = ETS       { $file } ({ $format }): { $groups } Gruppenadressen, { $typed } mit Datenpunkttyp
# en: d8cd9ad8
watch-cli-ets-warnings = ; { $warnings } Zeilen übersprungen oder ohne Typ importiert (siehe knx_project.warnings im Modell)
# en: c9e90a40
watch-cli-ets-csv-one = ETS-CSV-Export, eine Namensspalte
# en: f7dbe6e9
watch-cli-ets-csv-three = ETS-CSV-Export, drei Namensspalten
# en: 5bb353fe
watch-cli-ets-xml = ETS-XML-Export
# en: 220b1611
watch-cli-ets-knxproj = ETS-Projekt
# en: 18923d7f
watch-cli-ets-inferred = aus dem Verkehr abgeleitet
# The name of an audit session the watch creates; $date: local date and time.
# en: b53ee480
watch-cli-session-name = Lernbeobachtung { $date }
# Where a session's model came from ($source: the capture file, or watch-cli-live-source).
# en: f6336233
watch-cli-learned-from = gelernt aus { $source }
# en: 014e734b
watch-cli-loaded-from = geladen aus { $model }
# en: e172699b
watch-cli-live-source = Live-Verkehr ({ $seconds } s)

## What `watch learn` prints about the model

# After the network line: the KNX groups learned. $ets: with types from the ETS project ($file); $inferred: with types inferred from traffic.
# en: 1eae94cf
watch-summary-knx = KNX       { $groups } Gruppenadressen: { $ets ->
        [0] {""}
       *[other] { $ets } mit Typ aus dem ETS-Projekt { $file }{ $inferred ->
            [0] {""}
           *[other] {", "}
        }
    }{ $inferred ->
        [0] {""}
       *[other] { $inferred } mit aus dem Verkehr abgeleitetem Typ (mit --ets benennen und typisieren)
    }
# After a written KNX point whose type was inferred.
# en: f63df26c
watch-summary-inferred = {" "}(Typ abgeleitet)

## Importing an ETS export (audit-core/src/knx_project): why a file was refused. $file: the
## file's name; $problem: one of the watch-ets-import-* sentences below; $error: what the reader
## or the system said (left in its words); $header, $root, $element, $member: from the file.

# en: c5d919ca
watch-ets-import-error = { $file }: { $problem }
# en: 06e6917d
watch-ets-import-error-line = { $file }, Zeile { $line }: { $problem }
# en: f6dd334f
watch-ets-import-error-element = { $file }, Zeile { $line }, <{ $element }>: { $problem }
# en: 6dd38417
watch-ets-import-error-member = { $file }, { $member }: { $problem }
# en: 90945208
watch-ets-import-io = die Datei kann nicht gelesen werden ({ $error })
# en: c9cad0cc
watch-ets-import-empty = die Datei ist leer
# en: 8ec5ab12
watch-ets-import-too-large = die Datei ist größer als { $mb } MB, größer als jeder Gruppenadressen-Export; ist es die richtige Datei?
# en: 65a478ef
watch-ets-import-encoding = der Text kann nicht gelesen werden ({ $error })
# en: b19d00e6
watch-ets-import-not-an-export = kein ETS-Gruppenadressen-Export: die erste Zeile hat keine Spalte „Address“ (sie hat: { $header }). Exportieren Sie die Gruppenadressen aus der ETS als CSV oder XML.
# en: 3206d6e3
watch-ets-import-xml = das XML kann nicht gelesen werden ({ $error })
# en: 64acf89e
watch-ets-import-unknown-xml = eine XML-Datei, aber kein ETS-Gruppenadressen-Export (sie beginnt mit <{ $root }>, nicht mit <GroupAddress-Export>)
# en: f730e93c
watch-ets-import-no-groups = die Datei enthält keine Gruppenadresse
# en: e8fa4114
watch-ets-import-protected = das Projekt ist passwortgeschützt, und dieses Werkzeug öffnet es nicht. Exportieren Sie in der ETS die Gruppenadressen (Fenster Gruppenadressen, Exportieren, CSV oder XML) und importieren Sie stattdessen diese Datei.
# en: 7a69bbf7
watch-ets-import-not-a-project = ein ZIP-Archiv, aber kein ETS-Projekt (kein P-xxxx/0.xml darin)
# en: 70a96a3b
watch-ets-import-zip = das Projektarchiv kann nicht gelesen werden ({ $error })
# en: 21d15ace
watch-ets-import-section-too-large = der Gruppenadressen-Teil des Projekts ist zu groß; exportieren Sie stattdessen die Gruppenadressen aus der ETS

## Detectors, as the text output and the app name them (the JSON keeps the codes value-range,
## value-implausible, message-rate, rule). $rule: a knowledge rule's id (new-writer), a code.

# en: a878a22a
watch-detector-value-range = Wertebereich
# en: 885f4a5a
watch-detector-value-implausible = unplausibler Wert
# en: bda54c12
watch-detector-message-rate = Nachrichtenrate
# en: 3cb60b79
watch-detector-rule = Regel
# en: 6acc00e5
watch-detector-rule-named = Regel { $rule }
