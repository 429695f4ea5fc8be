# What a running job says while it works: the steps it takes (the phase's detail, shown in the
# event log, the progress line and by `--verbose`) and the notes the user must see (a port that
# was taken, a packet that was not sent). The notes' codes (bacnet-port-fallback, send-failed
# …) stay English for scripts; these are their words. Addresses look like 198.18.1.66:47808;
# counts are numbers; { $error } is the operating system's own message.

## Steps

# en: d6ad610a
job-phase-bacnet-routers = routers vragen via { $address }
# en: 20254bde
job-phase-who-is-local = lokaal netwerk via { $address }
# en: 472a4528
job-phase-who-is-target = doel { $address }
# en: be062d44
job-phase-who-is-network = netwerk { $network } via router { $router }
# en: e3436556
job-phase-who-is-split = { $count } antwoorden op Who-Is { $low }-{ $high }: opnieuw vragen in twee helften
# en: fcc6e075
job-phase-interrogation = { $count ->
    [one] 1 apparaat gevonden; uitvragen wordt afgerond
   *[other] { $count } apparaten gevonden; uitvragen wordt afgerond
}
# en: def270f8
job-phase-interrogation-vouched = { $count ->
    [one] 1 apparaat waarvoor een BBMD instaat
   *[other] { $count } apparaten waarvoor een BBMD instaat
}
# en: 987f9822
job-phase-bbmd = { $count ->
    [one] 1 adres
   *[other] { $count } adressen
}
# en: ddcabf8a
job-phase-knx-search = multicast { $group } vanaf { $local }
# en: b2cca496
job-phase-knx-description = { $count ->
    [one] 1 eindpunt
   *[other] { $count } eindpunten
}
# en: 278ac086
job-phase-knx-nat-description = { $count ->
    [one] 1 gateway, antwoordadres 0.0.0.0:0
   *[other] { $count } gateways, antwoordadres 0.0.0.0:0
}
# en: 4863c0b9
job-phase-router = de router { $router } vragen welke poorten hij doorverwijst
# en: b03c59f1
job-phase-router-default = de standaardrouter vragen welke poorten hij doorverwijst
# en: 5e54f916
job-phase-write-test = { $count ->
    [one] dezelfde waarde terugschrijven naar een onschuldige eigenschap van 1 BACnet-apparaat
   *[other] dezelfde waarde terugschrijven naar een onschuldige eigenschap van { $count } BACnet-apparaten
}
# en: ef00a1b4
job-phase-write-test-devices = { $count ->
    [one] 1 apparaat: lezen, dezelfde waarde terugschrijven, opnieuw lezen
   *[other] { $count } apparaten: lezen, dezelfde waarde terugschrijven, opnieuw lezen
}
# en: e1f29701
job-phase-write-test-device = apparaat { $instance } op { $address }
# en: 3d39e214
job-phase-checks = beoordelen wat is verzameld

## Notes

# en: 361c1c13
job-note-bacnet-port-fallback = UDP-poort { $port } op { $bind } wordt gebruikt door een ander programma (YABE, ETS, BAC0 of een BACnet-dienst); er wordt in plaats daarvan verzonden vanaf { $local }. Apparaten beantwoorden verzoeken aan deze poort rechtstreeks; antwoorden die ze als broadcast naar poort { $port } sturen, komen alleen binnen via de broadcast-ontvanger.
# en: d36081f5
job-note-bacnet-broadcast-listener = kan niet luisteren naar BACnet-broadcasts op { $address } ({ $error }); apparaten die Who-Is met een broadcast-I-Am beantwoorden, worden gemist
# en: 1cbe19e2
job-note-bacnet-broadcast-replies-missed = met uitwijkpoort en zonder broadcast-ontvanger worden alleen apparaten gevonden die via unicast antwoorden
# en: d861a1c5
job-note-bacnet-socket = kan geen BACnet/IP-socket openen op { $address }: { $error }
# en: 5fa4e2e4
job-note-bacnet-global-broadcast = globale broadcast-Who-Is verzonden zoals gevraagd: elk apparaat op elk netwerk antwoordt, via elke router
# en: 5287bba5
job-note-bacnet-i-am-storm = { $count } I-Am boven de opslaglimiet zijn alleen geteld
# en: 9fbc143a
job-note-knx-multicast = multicast niet mogelijk op { $address }: { $error }
# en: d43eb848
job-note-knx-socket = kan geen KNXnet/IP-socket openen op { $address }: { $error }
# en: 04cb2bd3
job-note-knx-socket-unicast = kan geen KNXnet/IP-socket openen: { $error }
# en: 31d719ba
job-note-knx-socket-no-address = de KNXnet/IP-socket heeft geen IPv4-adres
# en: f4af53c2
job-note-send-refused = { $service } naar { $destination } niet verzonden: de vertrouwensregels weigeren dit adres ({ $rule })
# en: 94562cd8
job-note-send-failed = { $service } naar { $destination } niet verzonden: { $error }
# en: 56109f7a
job-note-time-budget = het tijdbudget van { $seconds } s was na het zoeken naar apparaten op: de routercontroles of de schrijftest zijn niet afgerond, en wat ze niet bereikten, wordt niet beoordeeld
