# What a running job says while it works: the steps it takes (the phase's detail, shown in the
# event log, the progress line and by `--verbose`) and the notes the user must see (a port that
# was taken, a packet that was not sent). The notes' codes (bacnet-port-fallback, send-failed
# …) stay English for scripts; these are their words. Addresses look like 198.18.1.66:47808;
# counts are numbers; { $error } is the operating system's own message.

## Steps

# en: d6ad610a
job-phase-bacnet-routers = frage Router über { $address }
# en: 20254bde
job-phase-who-is-local = lokales Netz über { $address }
# en: 472a4528
job-phase-who-is-target = Ziel { $address }
# en: be062d44
job-phase-who-is-network = Netz { $network } über Router { $router }
# en: e3436556
job-phase-who-is-split = { $count } Antworten auf Who-Is { $low }-{ $high }: frage erneut in zwei Hälften
# en: fcc6e075
job-phase-interrogation = { $count ->
    [one] 1 Gerät gefunden; Abfrage wird abgeschlossen
   *[other] { $count } Geräte gefunden; Abfrage wird abgeschlossen
}
# en: def270f8
job-phase-interrogation-vouched = { $count ->
    [one] 1 Gerät, für das ein BBMD bürgt
   *[other] { $count } Geräte, für die ein BBMD bürgt
}
# en: 987f9822
job-phase-bbmd = { $count ->
    [one] 1 Adresse
   *[other] { $count } Adressen
}
# en: ddcabf8a
job-phase-knx-search = Multicast { $group } von { $local }
# en: b2cca496
job-phase-knx-description = { $count ->
    [one] 1 Endpunkt
   *[other] { $count } Endpunkte
}
# en: 278ac086
job-phase-knx-nat-description = { $count ->
    [one] 1 Gateway, Antwortadresse 0.0.0.0:0
   *[other] { $count } Gateways, Antwortadresse 0.0.0.0:0
}
# en: 4863c0b9
job-phase-router = frage den Router { $router }, welche Ports er weiterleitet
# en: b03c59f1
job-phase-router-default = frage den Standard-Router, welche Ports er weiterleitet
# en: 5e54f916
job-phase-write-test = { $count ->
    [one] schreibe denselben Wert in eine harmlose Eigenschaft von 1 BACnet-Gerät zurück
   *[other] schreibe denselben Wert in eine harmlose Eigenschaft von { $count } BACnet-Geräten zurück
}
# en: ef00a1b4
job-phase-write-test-devices = { $count ->
    [one] 1 Gerät: lesen, denselben Wert zurückschreiben, erneut lesen
   *[other] { $count } Geräte: lesen, denselben Wert zurückschreiben, erneut lesen
}
# en: e1f29701
job-phase-write-test-device = Gerät { $instance } unter { $address }
# en: 3d39e214
job-phase-checks = bewerte das Gesammelte

## Notes

# en: 361c1c13
job-note-bacnet-port-fallback = UDP-Port { $port } auf { $bind } wird von einem anderen Programm belegt (YABE, ETS, BAC0 oder ein BACnet-Dienst); gesendet wird stattdessen von { $local }. Geräte beantworten Anfragen an diesen Port direkt; Antworten, die sie als Broadcast an Port { $port } senden, kommen nur über den Broadcast-Empfänger an.
# en: d36081f5
job-note-bacnet-broadcast-listener = BACnet-Broadcasts auf { $address } können nicht empfangen werden ({ $error }); Geräte, die Who-Is mit einem Broadcast-I-Am beantworten, werden übersehen
# en: 1cbe19e2
job-note-bacnet-broadcast-replies-missed = mit Ausweich-Port und ohne Broadcast-Empfänger werden nur Geräte gefunden, die per Unicast antworten
# en: d861a1c5
job-note-bacnet-socket = auf { $address } kann kein BACnet/IP-Socket geöffnet werden: { $error }
# en: 5fa4e2e4
job-note-bacnet-global-broadcast = globales Broadcast-Who-Is wie gewünscht gesendet: jedes Gerät in jedem Netz antwortet, über jeden Router
# en: 5287bba5
job-note-bacnet-i-am-storm = { $count } I-Am über der Speichergrenze wurden nur gezählt
# en: 9fbc143a
job-note-knx-multicast = Multicast auf { $address } nicht möglich: { $error }
# en: d43eb848
job-note-knx-socket = auf { $address } kann kein KNXnet/IP-Socket geöffnet werden: { $error }
# en: 04cb2bd3
job-note-knx-socket-unicast = es kann kein KNXnet/IP-Socket geöffnet werden: { $error }
# en: 31d719ba
job-note-knx-socket-no-address = der KNXnet/IP-Socket hat keine IPv4-Adresse
# en: f4af53c2
job-note-send-refused = { $service } an { $destination } nicht gesendet: die Vertrauensregeln verbieten diese Adresse ({ $rule })
# en: 94562cd8
job-note-send-failed = { $service } an { $destination } nicht gesendet: { $error }
# en: 56109f7a
job-note-time-budget = das Zeitbudget von { $seconds } s war nach der Gerätesuche aufgebraucht: die Router-Abfragen oder der Schreibtest wurden nicht fertig, und was sie nicht erreicht haben, wird nicht bewertet
