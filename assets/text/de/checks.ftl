# Findings of the posture checks (audit-core/src/checks/: addresses.rs, knx.rs, bacnet.rs,
# writable.rs, write_test.rs, common.rs): targets, titles and evidence summaries. Read by
# installers; the remediation texts (assets/remediation/) speak to the homeowner too.
# Arguments named $address, $ip, $instance, $port hold addresses and numbers as shown; $name
# holds a name a device sent (already escaped).

## Targets: what a finding is about

# $network and $name: checks-target-network / checks-target-name, or nothing.
# en: 1efab720
checks-target-bacnet-device = BACnet-Gerät { $instance } an { $address }{ $network }{ $name }
# en: 23afcec3
checks-target-network = {" "}(Netz { $network })
# en: de20915d
checks-target-name = {" "}({ $name })
# en: 827869bd
checks-target-bacnet-device-at = BACnet-Gerät { $instance } an { $address }
# en: efc8e3da
checks-target-bacnet-unknown-at = BACnet-Gerät an { $address }
# en: b2bc9c1b
checks-target-knx-gateway = KNX-Gateway { $address }
# en: 9811da8f
checks-target-knx-gateway-named = KNX-Gateway { $address } ({ $name })
# en: 57fa6c87
checks-target-router = Router { $router }
# en: 3b98322d
checks-target-router-unknown = Router
# $router: checks-target-router. $internal: "ip:port" inside.
# en: 2507e8ea
checks-target-router-mapping = { $router } (Portfreigabe an { $internal })
# $target: "external-ip:port".
# en: c6d28ce3
checks-target-router-external = { $router } (externe Adresse { $target })
# en: 620819d7
checks-target-bbmd = BACnet-BBMD { $address }
# en: 56340bb9
checks-target-bacnet-router = BACnet-Router { $address }
# en: 29d83d1b
checks-target-bacnet-network = BACnet-Netz
# en: 5b9fbd99
checks-target-bacnet-address = BACnet-Adresse { $address }
# en: 34323792
checks-target-instance = BACnet-Geräteinstanz { $instance }
# $ip: an address, or exposure-index-the-site-address.
# en: ae405488
checks-target-internet-address = öffentliche IP-Adresse { $ip }

## Lists inside sentences

# en: 01d148e1
checks-list-comma = { $head }, { $next }
# en: e58ca843
checks-list-and = { $head } und { $last }
# en: 95c0f4cb
checks-list-more = { $head } und { $more } weitere
# en: 3a2d7043
checks-quoted = „{ $value }“
# en: 11c1856a
checks-colon-detail = : { $detail }

## Public addresses and BBMD tables (addresses.rs)

# $what: knx or bacnet.
# en: 25ff23ac
checks-title-public-address = { $what ->
        [knx] KNX-Gateway
       *[bacnet] BACnet-Gerät
    } mit öffentlicher IP-Adresse
# en: bc3d5bfc
checks-summary-public-address = Das { $what ->
        [knx] KNX-Gateway
       *[bacnet] BACnet-Gerät
    } verwendet { $ip }, eine Adresse, die im Internet geroutet wird (kein privater, geteilter oder reservierter Bereich). Ohne vorgeschaltete Firewall ist es von überall erreichbar.
# en: 8930dec3
checks-bbmd-row-peer = { $address } (Peer-BBMD)
# en: 1bce3e3a
checks-bbmd-row-foreign-device = { $address } (Foreign Device, TTL { $ttl } s)
# $block: checks-bbmd-row-block or nothing.
# en: 1e77b2d0
checks-bbmd-row-foreign = { $address } (TTL { $ttl } s, noch { $remaining } s{ $block })
# en: f5d0daf5
checks-bbmd-row-block = , { $block }
# en: 345f4683
checks-title-bbmd-public-peer = BACnet-Broadcast-Weiterleitung mit einer öffentlichen IP-Adresse verknüpft
# en: 051b5bd6
checks-summary-bbmd-public-peer = Die Tabellen des BBMD enthalten { $entries }: BACnet-Broadcasts dieses Netzes gehen ins Internet, und diese Adresse kann jedes Gerät lesen und beschreiben.
# en: d697c45e
checks-title-bbmd-foreign-subnet = Foreign Device aus einem anderen Netz registriert
# en: 7bb3e47e
checks-summary-bbmd-foreign-subnet = Die Foreign-Device-Tabelle des BBMD enthält { $entries }, außerhalb der Subnetze, in denen die Prüfung Geräte gesehen hat. Ein solches Foreign Device empfängt alle BACnet-Broadcasts dieses Netzes.

## KNXnet/IP gateways (knx.rs)

# en: e9a87f84
checks-title-knx-secure-unsupported = KNX-Gateway ohne KNX IP Secure
# $families: the offered service families ("core v2, tunnelling v2"), or checks-knx-no-families.
# $routing: yes when routing is offered.
# en: c9a055d7
checks-summary-knx-secure-unsupported = Das Gateway führt die Dienstfamilie für Sicherheit nicht auf (es bietet { $families } an). Jeder im Netz kann Tunneling{ $routing ->
        [yes] {" "}und Routing
       *[no] {""}
    } ohne Passwort und ohne Verschlüsselung nutzen.
# en: 4d06cbaf
checks-knx-no-families = keine Dienstfamilien
# $family: tunnelling, routing or device management (the KNX service families).
# en: 52da0954
checks-knx-family = { $family ->
        [tunnelling] Tunneling
        [routing] Routing
       *[other] Gerätemanagement
    }
# en: fc5f65e6
checks-title-knx-secure-not-enforced = KNX IP Secure verfügbar, aber nicht verpflichtend
# $parts: checks-knx-not-required-for and/or checks-knx-unknown-for, listed.
# en: a5d7ad1c
checks-summary-knx-secure-not-enforced = Das Gateway unterstützt KNX IP Secure, aber die Sicherheit ist { $parts }.
# en: 58272e98
checks-knx-not-required-for = nicht verpflichtend für { $families }
# en: d6259f0c
checks-knx-unknown-for = unbekannt für { $families } (das Gateway hat keine Liste der gesicherten Dienste gesendet)
# en: d881c0b0
checks-title-knx-core-v1 = Älteres KNX-Gateway (Core v1)
# en: a5184ad6
checks-summary-knx-core-v1 = Das Gateway spricht KNXnet/IP Core Version { $version } (keine erweiterte Suche, keine Secure-Dienste); empfangene Antworten: { $answers }.
# en: af0bb0fa
checks-knx-no-answers-recorded = keine aufgezeichnet
# en: 6c64c2e0
checks-title-knx-routing-unsecured = KNX-Routing für das ganze Netz offen
# $known: no when the gateway did not say whether routing requires security.
# en: 407a2270
checks-summary-knx-routing-unsecured = Das Gateway bietet Routing{ $known ->
        [no] {" "}(Sicherheitsanforderung unbekannt)
       *[yes] {" "}ohne Sicherheit
    } auf der Multicast-Gruppe { $group } an: Jeder im Netz kann dorthin Telegramme senden, und sie erreichen die ganze KNX-Anlage, ohne Verbindung und ohne Passwort.
# en: 779674e3
checks-title-knx-tunnel-slots = Tunneling-Verbindungen des KNX-Gateways
# en: feed6600
checks-summary-knx-tunnel-slots = { $used } { $used ->
        [one] Tunneling-Verbindung ist
       *[other] Tunneling-Verbindungen sind
    } von { $total } belegt, { $free } frei.
# en: e383f397
checks-title-knx-answers-nat = KNX-Gateway beantwortet Anfragen aus anderen Netzen
# en: e994c276
checks-summary-knx-answers-nat = Das Gateway hat eine Description-Anfrage im NAT-Modus beantwortet (Antwort an die Absenderadresse, 0.0.0.0:0), so wie sie ein Client über einen Router hinweg oder aus dem Internet senden würde. Mit einer Portfreigabe auf das Gateway würde es dem Internet antworten.

## BACnet posture (bacnet.rs)

# en: 8355254f
checks-title-bacnet-unauthenticated = BACnet-Geräte nehmen Anfragen ohne Anmeldung an
# en: 65bab418
checks-summary-bacnet-unauthenticated = { $devices } BACnet-{ $devices ->
        [one] Gerät hat
       *[other] Geräte haben
    } unsere Anfragen ohne Authentifizierung beantwortet. BACnet/IP kennt keine Anmeldung: Geschützt sind die Geräte nur dadurch, wer das Netz erreichen kann.
# en: 1b293c73
checks-fd-reason-accepted = ein kurzer Register-Foreign-Device-Test wurde angenommen
# en: 9a3e2e90
checks-fd-reason-fdt = er hat auf Read-FDT geantwortet ({ $entries } { $entries ->
        [one] registriertes Foreign Device
       *[other] registrierte Foreign Devices
    })
# en: 952778f1
checks-fd-reason-setting = Gerät { $device }, Network Port { $port }, hat BBMD_Accept_FD_Registrations = true
# en: 34b82da8
checks-title-accepts-fd = BACnet-Broadcast-Weiterleitung nimmt Foreign Devices an
# en: 91d6c010
checks-title-accepts-fd-confirmed = BACnet-Broadcast-Weiterleitung nimmt Foreign Devices an (bestätigt)
# en: 52192f53
checks-summary-accepts-fd = Jeder Computer, der { $address } erreicht, kann sich registrieren und dem BACnet-Netz beitreten: { $reasons }.
# en: 235c9012
checks-title-sc-not-used = BACnet Secure Connect wird nicht verwendet
# $read: devices whose Network Port objects were read; $unread: the others.
# en: cbe25002
checks-summary-sc-not-used = Von { $read } { $read ->
        [one] Gerät, dessen
       *[other] Geräten, deren
    } Network-Port-Objekte gelesen wurden, hat keines einen BACnet/SC-Port (Network_Type 11){ $unread ->
        [0] {""}
        [one] ; 1 Gerät hat keine Auskunft gegeben
       *[other] ; { $unread } Geräte haben keine Auskunft gegeben
    }.
# en: 7a77f842
checks-title-sc-legacy-open = BACnet/SC in Betrieb, aber einfaches BACnet/IP noch offen
# en: 174baf93
checks-summary-sc-legacy-open = Das Gerät hat einen BACnet/SC-Port und zusätzlich einen einfachen BACnet/IP-Port; der einfache ist für jeden im Netz offen.
# en: ae787b3d
checks-title-duplicate-instance = Zwei BACnet-Geräte geben dieselbe Identität an
# en: b216869b
checks-summary-duplicate-instance = Geräteinstanz { $instance } hat von { $addresses } geantwortet.
# en: 12dbb439
checks-title-several-instances = Eine Adresse antwortet als mehrere BACnet-Geräte
# en: 547b22e5
checks-summary-several-instances = { $address } hat als Geräteinstanzen { $instances } geantwortet, ohne Routing-Informationen.
# $service: the standard service name; $why: one of the three messages below.
# en: d8baab61
checks-management-service = { $service } ({ $why })
# en: ddbb356f
checks-management-device-communication-control = das Gerät stummschalten
# en: ee2c5bae
checks-management-reinitialize-device = es neu starten oder zurücksetzen
# en: b616da43
checks-management-atomic-write-file = Dateien oder Programme ersetzen
# en: acacc574
checks-title-management-services = Gerät nimmt Befehle zum Neustart oder Abschalten aus der Ferne an
# en: 4ebab461
checks-summary-management-services = Das Gerät führt { $services } unter seinen unterstützten Diensten auf; ohne Passwort kann jeder im Netz sie nutzen.

## Writable points and observed writes (writable.rs)

# en: c949fadd
checks-object-named = { $object } „{ $name }“
# $count: how often the write was seen.
# en: 0967afbe
checks-write-words = { $object } { $property } von { $source } ({ $count }×)
# en: 28a7d9a1
checks-writable-point = { $object } { $properties }
# en: f72da804
checks-title-writes-confirmed = Schreibzugriffe ohne Anmeldung bestätigt
# $more: checks-writes-confirmed-more or nothing.
# en: 8b577e3e
checks-summary-writes-confirmed = Schreibzugriffe wurden beobachtet und vom Gerät bestätigt, ohne jede Anmeldung: { $writes }. Absender: { $writers }.{ $more }
# en: dd72dd2d
checks-writes-confirmed-more = {" "}Das Gerät hat { $points } { $points ->
        [one] weiteren Datenpunkt, den
       *[other] weitere Datenpunkte, die
    } jeder im Netz beschreiben kann.
# $slots: "priority = value" pairs.
# en: 5811abf7
checks-life-safety-point = { $object } (Priorität { $slots })
# en: de4e371b
checks-title-life-safety = Datenpunkt auf einer Prioritätsstufe für Lebenssicherheit festgehalten
# en: 958b7c3b
checks-summary-life-safety = { $count ->
        [one] 1 Datenpunkt wird
       *[other] { $count } Datenpunkte werden
    } auf Priorität 1 (manuelle Lebenssicherheit) oder 2 (automatische Lebenssicherheit) gehalten: { $points }. Dieser Wert übersteuert jeden normalen Befehl.
# en: f1f28bae
checks-title-writable-points = { $points } { $points ->
        [one] Datenpunkt, den
       *[other] Datenpunkte, die
    } jeder im Netz ändern kann (nicht getestet)
# $services: write-property / write-property-multiple. $seen: checks-writable-seen-unanswered or nothing.
# en: 1e418afc
checks-summary-writable-points = Das Gerät unterstützt { $services } und hat { $count } { $count ->
        [one] Datenpunkt, der laut BACnet-Norm beschreibbar ist
       *[other] Datenpunkte, die laut BACnet-Norm beschreibbar sind
    }: { $points }. Zur Bestätigung wurde nichts geschrieben.{ $seen }
# en: fa09742a
checks-writable-seen-unanswered = {" "}{ $writes ->
        [one] 1 Schreibzugriff darauf wurde
       *[other] { $writes } Schreibzugriffe darauf wurden
    } ohne sichtbare Antwort beobachtet.

## The opt-in write test (write_test.rs)

# en: d2368b0e
checks-write-test-what = { $property } von { $object }
# en: 6eb0c4cb
checks-write-test-what-property = die Eigenschaft von { $object }
# en: 3837121b
checks-write-test-not-read = (nicht gelesen)
# en: daeb53d0
checks-write-test-no-result = kein Ergebnis
# en: 7ab2b362
checks-title-write-test-accepted = Gerät nimmt Schreibzugriffe ohne Anmeldung an (getestet)
# en: 9d7d7232
checks-summary-write-test-accepted = Wir haben den gerade gelesenen Wert ohne jede Anmeldung in { $what } zurückgeschrieben, und das Gerät hat ihn angenommen. Vorher: { $before }; nachher: { $after }.
# en: e9b83bd8
checks-title-write-test-changed = Wert hat sich während des Schreibtests geändert; Test abgebrochen
# en: 9347a0c3
checks-summary-write-test-changed = Der zurückgelesene Wert von { $what } war nicht der zuvor gelesene: vorher { $before }, nachher { $after }. Der Test wurde sofort beendet. Prüfen Sie den Wert jetzt am Gerät.
# en: 9f3b19d2
checks-title-write-test-refused = Gerät hat einen Schreibzugriff ohne Anmeldung abgelehnt (gut)
# $error: checks-colon-detail or nothing.
# en: 0d5923b5
checks-summary-write-test-refused = Das Zurückschreiben desselben Werts in { $what } wurde abgelehnt{ $error }.
# en: e50c50f0
checks-title-write-test-not-completed = Schreibtest nicht abgeschlossen
# en: 24302ffb
checks-summary-write-test-not-completed = Der Schreibtest an { $what } endete mit „{ $outcome }“{ $detail }.
