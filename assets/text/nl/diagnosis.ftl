# "Why nothing was found" after a discovery (audit-core/src/discovery/diagnosis.rs): per cause a
# title, the evidence and next steps, then one summary line. Read by installers on site.

## Summary

# en: b6768b88
diagnosis-summary-nothing = Niets gevonden, en niets wijst op een oorzaak aan onze kant.
# $causes: the titles of the causes below, listed.
# en: adaa8ebf
diagnosis-summary-nothing-causes = Niets gevonden. Waarschijnlijke oorzaken: { $causes }.
# en: 9e6e6c3c
diagnosis-summary-found = { $devices } BACnet-apparaat/apparaten en { $gateways } KNX-gateway(s) gevonden.
# $notes: the titles of the causes below, listed.
# en: 352b27d4
diagnosis-summary-found-notes = { $devices } BACnet-apparaat/apparaten en { $gateways } KNX-gateway(s) gevonden; let op: { $notes }.

## The job stopped early

# en: 05764589
diagnosis-cancelled = De taak is afgebroken
# en: ebe9a941
diagnosis-cancelled-step = Zoek opnieuw naar apparaten en laat de zoekopdracht afmaken.
# en: 87974ddf
diagnosis-budget = De taak is gestopt na te veel onbeantwoorde verzoeken
# en: fa844fa1
diagnosis-budget-step-reachable = Controleer of de doelen aanstaan en bereikbaar zijn (ping, kabel, VLAN).
# en: 5313ccae
diagnosis-budget-step-timeout = Verhoog de time-out of het foutenbudget als het netwerk traag is.
# en: ef34d106
diagnosis-time-budget = De taak had geen tijd meer en is gestopt
# en: c73edf67
diagnosis-time-budget-step-raise = Voer hem opnieuw uit met een grotere --time-budget (seconden) als het gebouw groot is.
# en: e0cd5274
diagnosis-time-budget-step-claims = Bekijk de opmerkingen over vertrouwen: een apparaat dat veel meer claimt dan het heeft, maakt een taak lang.
# $reason: cancelled, error-budget-exhausted or time-budget-exhausted.
# en: e547d710
diagnosis-stopped-evidence = gestopt: { $reason }; daarvoor { $sent } pakketten verstuurd

## Sockets

# en: 3cc20af0
diagnosis-bacnet-socket = BACnet/IP kon niet worden gebruikt
# en: 21afd50b
diagnosis-bacnet-socket-step = Controleer het adres dat met --bind is opgegeven, of start met de rechten om UDP-sockets te openen.
# en: c5af68a5
diagnosis-knx-socket = KNXnet/IP kon niet worden gebruikt
# en: 9ca0163f
diagnosis-knx-socket-step = Controleer het adres dat met --bind is opgegeven.

## Broadcast and multicast

# en: 40e16c5d
diagnosis-no-broadcast = De interface heeft geen broadcastadres
# $interface: its name, or diagnosis-the-chosen-interface.
# en: d1518cda
diagnosis-no-broadcast-evidence = { $interface } heeft geen IPv4-broadcastadres, dus er kon geen Who-Is worden gebroadcast
# en: 492421cc
diagnosis-the-chosen-interface = de gekozen interface
# en: 9f9f01db
diagnosis-no-broadcast-step-interface = Kies de interface die op het gebouwnetwerk is aangesloten (--interface).
# en: aa266486
diagnosis-no-broadcast-step-target = Of geef de apparaten direct op met --target IP.
# en: 9ca3f6f5
diagnosis-multicast = De KNX-multicastzoekopdracht kon niet worden verstuurd
# en: e3e723e2
diagnosis-multicast-evidence = er is geen zoekverzoek via deze interface verstuurd
# en: 881df243
diagnosis-multicast-step-interface = Kies een interface waarop multicast is ingeschakeld.
# en: bed96efe
diagnosis-multicast-step-target = Of geef KNX-gateways direct op met --target IP:3671.

## The BACnet port was taken

# en: 7a622367
diagnosis-port-in-use = De BACnet-poort was in gebruik door een ander programma
# $listener: yes when a broadcast listener still runs on the standard port.
# en: f1c19628
diagnosis-port-in-use-evidence = UDP { $port } was bezet (YABE, ETS, BAC0 of een BACnet-dienst?); verzoeken zijn vanaf een tijdelijke poort verstuurd en { $listener ->
        [yes] broadcastantwoorden worden nog wel opgevangen via de broadcastlistener
       *[no] antwoorden die naar die poort worden gebroadcast, worden gemist
    }
# en: af0f2708
diagnosis-port-in-use-step-close = Sluit het andere BACnet-programma en zoek opnieuw naar apparaten voor een volledig beeld.
# en: 7fb6209d
diagnosis-port-in-use-step-unicast = Apparaten die via unicast antwoorden, zijn toch gevonden.

## Answers from elsewhere, silent targets

# en: eb12fe31
diagnosis-unexpected-sources = Er kwamen antwoorden van adressen buiten het gekozen netwerk
# en: 4b964ea0
diagnosis-unexpected-sources-evidence = van { $sources }
# en: e272ca3e
diagnosis-unexpected-sources-step-vlan = De laptop zit misschien in een ander VLAN of subnet dan verwacht: controleer de interface.
# en: d540de98
diagnosis-unexpected-sources-step-nat = Mogelijk stuurt een NAT of een BBMD verkeer door; gebruik voor KNX-gateways achter NAT --nat.
# en: fdf87fd5
diagnosis-firewall = Geen enkel doel heeft geantwoord
# en: 9eba33c7
diagnosis-firewall-evidence = van { $targets } kwam niets terug: zelfs geen foutmelding, en zo ziet het eruit als een firewall UDP weggooit
# en: 82dbbb26
diagnosis-firewall-step-laptop = Controleer de eigen firewall van de laptop voor UDP 47808 en 3671 (de antwoorden komen naar ons terug).
# en: f66ee8f0
diagnosis-firewall-step-ports = Controleer of de doeladressen en poorten kloppen (BACnet kan 47808-47823 gebruiken).
# en: 5d2a831e
diagnosis-firewall-step-site = Een firewall of router van het gebouw tussen ons en de doelen kan UDP weggooien: test vanuit het subnet van de apparaten.
# en: 5fc1852e
diagnosis-targets-silent = Sommige doelen hebben niet geantwoord
# en: 079b2eab
diagnosis-targets-silent-evidence = geen antwoord van { $targets }
# en: 64fb69bc
diagnosis-targets-silent-step = Controleer die adressen en poorten, en of de apparaten aanstaan.

## Routed networks

# en: a0284173
diagnosis-behind-router = Routers antwoordden, maar geen apparaat erachter
# en: 35721e06
diagnosis-behind-router-evidence = { $routers } router(s) meldden { $networks } netwerk(en) op afstand; Who-Is daarheen kreeg geen I-Am terug
# en: 11efaab7
diagnosis-behind-router-step-bbmd = De netwerken op afstand zijn misschien andere IP-subnetten die via BBMD's zijn gekoppeld: geef de BBMD of de apparaten op met --target.
# en: b68d4bce
diagnosis-behind-router-step-timeout = MS/TP-trunks kunnen traag zijn of uitgevallen: verhoog --timeout.

## Nothing answered, nothing sent

# en: 46ef1654
diagnosis-no-answer = Niets heeft geantwoord
# en: 1c0fa07d
diagnosis-no-answer-evidence = { $sent } pakketten verstuurd, niets ontvangen op { $scope }
# en: 93625b9b
diagnosis-no-answer-step-cable = Controleer de kabel of wifi en of deze interface op het gebouwnetwerk zit.
# en: 5c154935
diagnosis-no-answer-step-firewall = Controleer de firewall van de laptop: antwoorden op onze verzoeken moeten worden doorgelaten.
# en: 1f350b99
diagnosis-no-answer-step-target = Geef de apparaten op met --target als ze in een ander subnet zitten.
# en: 3be20b92
diagnosis-nothing-sent = Er is niets verstuurd
# en: e9e892a1
diagnosis-nothing-sent-evidence = het controlebereik stond geen broadcast, geen multicast en geen doel toe
# en: 3e70cb7c
diagnosis-nothing-sent-step = Kies een interface (--interface), een adres (--bind) of doelen (--target).
