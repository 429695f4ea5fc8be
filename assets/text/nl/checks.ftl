# Findings of the posture checks (audit-core/src/checks/: addresses.rs, knx.rs, bacnet.rs,
# writable.rs, write_test.rs, common.rs): targets, titles and evidence summaries. Read by
# installers; the remediation texts (assets/remediation/) speak to the homeowner too.
# Arguments named $address, $ip, $instance, $port hold addresses and numbers as shown; $name
# holds a name a device sent (already escaped).

## Targets: what a finding is about

# $network and $name: checks-target-network / checks-target-name, or nothing.
# en: 1efab720
checks-target-bacnet-device = BACnet-apparaat { $instance } op { $address }{ $network }{ $name }
# en: 23afcec3
checks-target-network = {" "}(netwerk { $network })
# en: de20915d
checks-target-name = {" "}({ $name })
# en: 827869bd
checks-target-bacnet-device-at = BACnet-apparaat { $instance } op { $address }
# en: efc8e3da
checks-target-bacnet-unknown-at = BACnet-apparaat op { $address }
# en: b2bc9c1b
checks-target-knx-gateway = KNX-gateway { $address }
# en: 9811da8f
checks-target-knx-gateway-named = KNX-gateway { $address } ({ $name })
# en: 57fa6c87
checks-target-router = router { $router }
# en: 3b98322d
checks-target-router-unknown = router
# $router: checks-target-router. $internal: "ip:port" inside.
# en: 2507e8ea
checks-target-router-mapping = { $router } (doorverwijzing naar { $internal })
# $target: "external-ip:port".
# en: c6d28ce3
checks-target-router-external = { $router } (extern adres { $target })
# en: 620819d7
checks-target-bbmd = BACnet-BBMD { $address }
# en: 56340bb9
checks-target-bacnet-router = BACnet-router { $address }
# en: 29d83d1b
checks-target-bacnet-network = BACnet-netwerk
# en: 5b9fbd99
checks-target-bacnet-address = BACnet-adres { $address }
# en: 34323792
checks-target-instance = BACnet-apparaatinstantie { $instance }
# $ip: an address, or exposure-index-the-site-address.
# en: ae405488
checks-target-internet-address = openbaar IP-adres { $ip }

## Lists inside sentences

# en: 01d148e1
checks-list-comma = { $head }, { $next }
# en: e58ca843
checks-list-and = { $head } en { $last }
# en: 95c0f4cb
checks-list-more = { $head } en nog { $more } andere
# en: 3a2d7043
checks-quoted = “{ $value }”
# en: 11c1856a
checks-colon-detail = : { $detail }

## Public addresses and BBMD tables (addresses.rs)

# $what: knx or bacnet.
# en: 25ff23ac
checks-title-public-address = { $what ->
        [knx] KNX-gateway
       *[bacnet] BACnet-apparaat
    } op een openbaar IP-adres
# en: bc3d5bfc
checks-summary-public-address = { $what ->
        [knx] De KNX-gateway
       *[bacnet] Het BACnet-apparaat
    } gebruikt { $ip }, een adres dat op internet routeerbaar is (geen privé-, gedeeld of gereserveerd bereik). Zonder firewall ervoor is het van overal bereikbaar.
# en: 8930dec3
checks-bbmd-row-peer = { $address } (peer-BBMD)
# en: 1bce3e3a
checks-bbmd-row-foreign-device = { $address } (foreign device, TTL { $ttl } s)
# $block: checks-bbmd-row-block or nothing.
# en: 1e77b2d0
checks-bbmd-row-foreign = { $address } (TTL { $ttl } s, nog { $remaining } s{ $block })
# en: f5d0daf5
checks-bbmd-row-block = , { $block }
# en: 345f4683
checks-title-bbmd-public-peer = BACnet-broadcastrelay gekoppeld aan een openbaar IP-adres
# en: 051b5bd6
checks-summary-bbmd-public-peer = De tabellen van de BBMD vermelden { $entries }: BACnet-broadcasts van dit netwerk gaan naar internet, en dat adres kan elk apparaat lezen en beschrijven.
# en: d697c45e
checks-title-bbmd-foreign-subnet = Foreign device aangemeld vanuit een ander netwerk
# en: 7bb3e47e
checks-summary-bbmd-foreign-subnet = De foreign-devicetabel van de BBMD vermeldt { $entries }, buiten de subnetten waarin de audit apparaten zag. Zo'n foreign device ontvangt alle BACnet-broadcasts van dit netwerk.

## KNXnet/IP gateways (knx.rs)

# en: e9a87f84
checks-title-knx-secure-unsupported = KNX-gateway zonder KNX IP Secure
# $families: the offered service families ("core v2, tunnelling v2"), or checks-knx-no-families.
# $routing: yes when routing is offered.
# en: c9a055d7
checks-summary-knx-secure-unsupported = De gateway vermeldt de servicefamilie voor beveiliging niet (hij biedt { $families }). Iedereen op het netwerk kan tunneling{ $routing ->
        [yes] {" "}en routing
       *[no] {""}
    } gebruiken zonder wachtwoord of versleuteling.
# en: 4d06cbaf
checks-knx-no-families = geen families
# $family: tunnelling, routing or device management (the KNX service families).
# en: 52da0954
checks-knx-family = { $family ->
        [tunnelling] tunneling
        [routing] routing
       *[other] apparaatbeheer
    }
# en: fc5f65e6
checks-title-knx-secure-not-enforced = KNX IP Secure beschikbaar maar niet verplicht
# $parts: checks-knx-not-required-for and/or checks-knx-unknown-for, listed.
# en: a5d7ad1c
checks-summary-knx-secure-not-enforced = De gateway ondersteunt KNX IP Secure, maar beveiliging is { $parts }.
# en: 58272e98
checks-knx-not-required-for = niet verplicht voor { $families }
# en: d6259f0c
checks-knx-unknown-for = onbekend voor { $families } (de gateway stuurde geen lijst van beveiligde diensten)
# en: d881c0b0
checks-title-knx-core-v1 = Oudere KNX-gateway (Core v1)
# en: a5184ad6
checks-summary-knx-core-v1 = De gateway spreekt KNXnet/IP Core versie { $version } (geen uitgebreide zoekopdracht, geen beveiligde diensten); ontvangen antwoorden: { $answers }.
# en: af0bb0fa
checks-knx-no-answers-recorded = geen vastgelegd
# en: 6c64c2e0
checks-title-knx-routing-unsecured = KNX-routing open voor het hele netwerk
# $known: no when the gateway did not say whether routing requires security.
# en: 407a2270
checks-summary-knx-routing-unsecured = De gateway biedt routing{ $known ->
        [no] {" "}(onbekend of beveiliging vereist is)
       *[yes] {" "}zonder beveiliging
    } op multicastgroep { $group }: iedereen op het netwerk kan daar telegrammen naartoe sturen en die bereiken de hele KNX-installatie, zonder verbinding of wachtwoord.
# en: 779674e3
checks-title-knx-tunnel-slots = Tunnelverbindingen van de KNX-gateway
# en: feed6600
checks-summary-knx-tunnel-slots = { $used } { $used ->
        [one] tunnelverbinding
       *[other] tunnelverbindingen
    } van { $total } in gebruik, { $free } vrij.
# en: e383f397
checks-title-knx-answers-nat = KNX-gateway beantwoordt verzoeken uit andere netwerken
# en: e994c276
checks-summary-knx-answers-nat = De gateway beantwoordde een description-verzoek in NAT-modus (antwoord naar het adres van de afzender, 0.0.0.0:0), zoals een client aan de andere kant van een router of op internet het zou sturen. Met een poortdoorverwijzing ernaartoe zou hij ook vragen vanaf internet beantwoorden.

## BACnet posture (bacnet.rs)

# en: 8355254f
checks-title-bacnet-unauthenticated = BACnet-apparaten accepteren verzoeken zonder inloggen
# en: 65bab418
checks-summary-bacnet-unauthenticated = { $devices } { $devices ->
        [one] BACnet-apparaat beantwoordde
       *[other] BACnet-apparaten beantwoordden
    } onze verzoeken zonder authenticatie. BACnet/IP kent geen inloggen: wat ze beschermt, is wie het netwerk kan bereiken.
# en: 1b293c73
checks-fd-reason-accepted = een korte Register-Foreign-Device-test werd geaccepteerd
# en: 9a3e2e90
checks-fd-reason-fdt = hij beantwoordde Read-FDT ({ $entries } { $entries ->
        [one] aangemeld foreign device
       *[other] aangemelde foreign devices
    })
# en: 952778f1
checks-fd-reason-setting = apparaat { $device } Network Port { $port } heeft BBMD_Accept_FD_Registrations = true
# en: 34b82da8
checks-title-accepts-fd = BACnet-broadcastrelay accepteert foreign devices
# en: 91d6c010
checks-title-accepts-fd-confirmed = BACnet-broadcastrelay accepteert foreign devices (bevestigd)
# en: 52192f53
checks-summary-accepts-fd = Elke computer die { $address } kan bereiken, kan zich aanmelden en deelnemen aan het BACnet-netwerk: { $reasons }.
# en: 235c9012
checks-title-sc-not-used = BACnet Secure Connect wordt niet gebruikt
# $read: devices whose Network Port objects were read; $unread: the others.
# en: cbe25002
checks-summary-sc-not-used = Geen van de { $read } { $read ->
        [one] apparaat
       *[other] apparaten
    } waarvan de Network Port-objecten zijn gelezen, heeft een BACnet/SC-poort (Network_Type 11){ $unread ->
        [0] {""}
        [one] ; 1 apparaat liet het niet weten
       *[other] ; { $unread } apparaten lieten het niet weten
    }.
# en: 7a77f842
checks-title-sc-legacy-open = BACnet/SC in gebruik, maar gewoon BACnet/IP nog open
# en: 174baf93
checks-summary-sc-legacy-open = Het apparaat heeft een BACnet/SC-poort en ook een gewone BACnet/IP-poort; de gewone staat open voor iedereen op het netwerk.
# en: ae787b3d
checks-title-duplicate-instance = Twee BACnet-apparaten claimen dezelfde identiteit
# en: b216869b
checks-summary-duplicate-instance = Apparaatinstantie { $instance } antwoordde vanaf { $addresses }.
# en: 12dbb439
checks-title-several-instances = Eén adres antwoordt als meerdere BACnet-apparaten
# en: 547b22e5
checks-summary-several-instances = { $address } antwoordde als apparaatinstanties { $instances } zonder routeringsinformatie.
# $service: the standard service name; $why: one of the three messages below.
# en: d8baab61
checks-management-service = { $service } ({ $why })
# en: ddbb356f
checks-management-device-communication-control = het apparaat tot zwijgen brengen
# en: ee2c5bae
checks-management-reinitialize-device = het apparaat herstarten of resetten
# en: b616da43
checks-management-atomic-write-file = bestanden of programma's vervangen
# en: acacc574
checks-title-management-services = Apparaat accepteert opdrachten op afstand om te herstarten of uit te schakelen
# en: 4ebab461
checks-summary-management-services = Het apparaat vermeldt { $services } bij de ondersteunde diensten; zonder wachtwoord kan iedereen op het netwerk ze gebruiken.

## Writable points and observed writes (writable.rs)

# en: c949fadd
checks-object-named = { $object } “{ $name }”
# $count: how often the write was seen.
# en: 0967afbe
checks-write-words = { $object } { $property } van { $source } ({ $count }×)
# en: 28a7d9a1
checks-writable-point = { $object } { $properties }
# en: f72da804
checks-title-writes-confirmed = Schrijfacties zonder authenticatie bevestigd
# $more: checks-writes-confirmed-more or nothing.
# en: 8b577e3e
checks-summary-writes-confirmed = Er zijn schrijfacties gezien die het apparaat zonder enige login heeft bevestigd: { $writes }. Afzenders: { $writers }.{ $more }
# en: dd72dd2d
checks-writes-confirmed-more = {" "}Het apparaat heeft nog { $points } { $points ->
        [one] datapunt dat
       *[other] datapunten die
    } iedereen op het netwerk kan beschrijven.
# $slots: "priority = value" pairs.
# en: 5811abf7
checks-life-safety-point = { $object } (prioriteit { $slots })
# en: de4e371b
checks-title-life-safety = Datapunt vastgehouden op een prioriteitsniveau voor levensveiligheid
# en: 958b7c3b
checks-summary-life-safety = { $count ->
        [one] 1 datapunt wordt
       *[other] { $count } datapunten worden
    } vastgehouden op prioriteit 1 (handmatige levensveiligheid) of 2 (automatische levensveiligheid): { $points }. Die waarde gaat boven elke normale opdracht.
# en: f1f28bae
checks-title-writable-points = { $points } { $points ->
        [one] datapunt dat
       *[other] datapunten die
    } iedereen op het netwerk kan wijzigen (niet getest)
# $services: write-property / write-property-multiple. $seen: checks-writable-seen-unanswered or nothing.
# en: 1e418afc
checks-summary-writable-points = Het apparaat ondersteunt { $services } en heeft { $count } { $count ->
        [one] datapunt dat volgens de BACnet-standaard beschrijfbaar is
       *[other] datapunten die volgens de BACnet-standaard beschrijfbaar zijn
    }: { $points }. Er is niets geschreven om dit te bevestigen.{ $seen }
# en: fa09742a
checks-writable-seen-unanswered = {" "}{ $writes ->
        [one] 1 schrijfactie ernaartoe werd
       *[other] { $writes } schrijfacties ernaartoe werden
    } gezien zonder zichtbaar antwoord.

## The opt-in write test (write_test.rs)

# en: d2368b0e
checks-write-test-what = { $property } van { $object }
# en: 6eb0c4cb
checks-write-test-what-property = de eigenschap van { $object }
# en: 3837121b
checks-write-test-not-read = (niet gelezen)
# en: daeb53d0
checks-write-test-no-result = geen resultaat
# en: 7ab2b362
checks-title-write-test-accepted = Apparaat accepteert schrijfacties zonder authenticatie (getest)
# en: 9d7d7232
checks-summary-write-test-accepted = We hebben de net gelezen waarde zonder enige login teruggeschreven naar { $what } en het apparaat heeft die geaccepteerd. Voor: { $before }; na: { $after }.
# en: e9b83bd8
checks-title-write-test-changed = Waarde veranderd tijdens de schrijftest; test afgebroken
# en: 9347a0c3
checks-summary-write-test-changed = De teruggelezen waarde van { $what } was niet de eerder gelezen waarde: voor { $before }, na { $after }. De test is meteen gestopt. Controleer nu de waarde op het apparaat.
# en: 9f3b19d2
checks-title-write-test-refused = Apparaat weigerde een schrijfactie zonder authenticatie (goed)
# $error: checks-colon-detail or nothing.
# en: 0d5923b5
checks-summary-write-test-refused = Het terugschrijven van dezelfde waarde naar { $what } werd geweigerd{ $error }.
# en: e50c50f0
checks-title-write-test-not-completed = Schrijftest niet voltooid
# en: 24302ffb
checks-summary-write-test-not-completed = De schrijftest op { $what } eindigde met “{ $outcome }”{ $detail }.
