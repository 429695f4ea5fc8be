# The consent dialog shown before any job that sends or listens (app/src/gui/dialogs/): its
# frame, and what it says for each job: where, how much, what is sent, and the opt-ins. Read by
# installers, and by homeowners in the self-check (plain words, no jargon there).

## The dialog

# $title: the job (gui-consent-discovery-title, ...).
# en: 361372b7
gui-consent-heading = Toestaan: { $title }?
# en: 0bf0058f
gui-consent-intro = BAS Audit gaat pakketten op het netwerk versturen. Er wordt niets verstuurd tenzij u het hier toestaat.
# en: 05dc80bf
gui-consent-cancel = Annuleren
# en: ef01cfde
gui-consent-allow = Toestaan en versturen
# en: 6c0235d9
gui-consent-scope = Controlebereik
# en: b7fb8719
gui-consent-budget = Pakketbudget
# en: 2786294b
gui-consent-will-send = Wat er wordt verstuurd
# en: 17cc4468
gui-consent-choices = Uw keuzes
# The same three headings in the homeowner's words.
# en: 156b056f
gui-consent-plain-scope = Waar
# en: 0a68e3ca
gui-consent-plain-budget = Hoeveel
# en: b1c12dbc
gui-consent-plain-will-send = Wat er gebeurt

## Discovery

# en: ee6f0822
gui-consent-discovery-title = Apparaten zoeken
# $broadcast: an IPv4 broadcast address.
# en: 5a66bebb
gui-consent-discovery-broadcast = Broadcast { $broadcast }, BACnet/IP UDP-poort { $port }
# en: 9e1e382f
gui-consent-discovery-multicast = Multicast { $group }:{ $port } (KNXnet/IP)
# en: 68cff729
gui-consent-discovery-target = Doel { $target }
# $first: packets sent before any device answers; $per_device, $per_gateway: about how many more per device found; $rate: the cap per second.
# en: 348604dd
gui-consent-discovery-budget = { $first } pakketten voordat een apparaat antwoordt, daarna ongeveer { $per_device } per gevonden BACnet-apparaat en { $per_gateway } per gevonden KNX-gateway; hoogstens { $rate } pakketten per seconde, één verzoek tegelijk per apparaat.
# en: 0883903e
gui-consent-discovery-who-is = BACnet Who-Is per netwerk (alleen lezen)
# en: b8db186a
gui-consent-discovery-network = BACnet What-Is-Network-Number en Who-Is-Router-To-Network
# en: a0a313bd
gui-consent-discovery-read = BACnet ReadPropertyMultiple / ReadProperty naar elk gevonden apparaat (alleen lezen, geen schrijfacties)
# en: 458b4bc9
gui-consent-discovery-bbmd = BACnet Read-Broadcast-Distribution-Table / Read-Foreign-Device-Table naar BBMD's
# en: 6f25a21b
gui-consent-discovery-knx = KNXnet/IP SEARCH- (en extended SEARCH-) en DESCRIPTION-verzoeken

## Checks (installer)

# en: 09baee27
gui-consent-checks-title = Controles starten
# en: a649f30a
gui-consent-checks-router-default = de router (de standaardgateway van dit netwerk)
# $router: the router's IPv4 address.
# en: 36a51aef
gui-consent-checks-router-at = de router { $router }
# $router: gui-consent-checks-router-default or gui-consent-checks-router-at; $hairpin: yes when the router's public address is knocked on too.
# en: 6046a77c
gui-consent-checks-router-scope = Routertests gaan naar { $router }{ $hairpin ->
        [yes] {" en naar zijn openbaar IP-adres"}
       *[no] {""}
    }
# $max_mappings: the most forwarding rules read.
# en: dd2a4b0c
gui-consent-checks-budget = Apparaten zoeken: { $first } pakketten voordat een apparaat antwoordt, daarna ongeveer { $per_device } per BACnet-apparaat en { $per_gateway } per KNX-gateway. Router: ongeveer 6 vragen plus één per doorverwijzingsregel (hoogstens { $max_mappings }). Hoogstens { $rate } pakketten per seconde.
# en: e13ff425
gui-consent-checks-discovery = Apparaten zoeken (alleen lezen): BACnet Who-Is, netwerk- en routervragen, ReadProperty (Multiple) naar elk gevonden apparaat, uitlezen van BBMD-tabellen; KNXnet/IP SEARCH en DESCRIPTION
# en: 7493847f
gui-consent-checks-router = Router (alleen lezen): UPnP-zoekopdracht en de lijst met poorttoewijzingen, NAT-PMP/PCP-verzoek om het externe adres; er wordt niets geopend of gesloten
# en: 5874e5d7
gui-consent-checks-opt-ins = Alleen wat u hierboven onder “Uw keuzes” hebt aangevinkt: de opzoeking via internet, de schrijftest
# en: 0aac59e3
gui-consent-router-option = De router vragen welke poorten hij doorverwijst
# en: 3717095b
gui-consent-router-option-why = Aan: UPnP- en NAT-PMP-vragen aan de router, en een klop op zijn openbaar IP-adres van binnenuit. Zo wordt een open deur naar het internet gevonden.
# en: ab7b1ff5
gui-consent-internet-option = Mijn openbaar IP-adres opzoeken in Shodan InternetDB (internet nodig)
# $url: the lookup service's address.
# en: 7ed33345
gui-consent-internet-option-why = Stuurt uw openbaar IP-adres naar { $url } om te zien of internetscanners al open deuren hebben vastgelegd. Uit, tenzij u het aanvinkt.
# en: 950364af
gui-consent-write-option = Schrijftest: dezelfde waarde terugschrijven naar een onschuldige eigenschap
# en: 8579a7f9
gui-consent-write-option-why = Op elk gevonden BACnet-apparaat: de Description (of Location) lezen, precies dezelfde waarde terugschrijven en opnieuw lezen. Toont aan of iedereen op het netwerk mag schrijven. Nooit een setpoint of uitgang.

## Checks (homeowner self-check, plain words)

# en: c72c3234
gui-consent-home-title = Mijn woning controleren
# en: fe94fe3e
gui-consent-home-connection = De netwerkverbinding van deze computer
# en: e23e88bb
gui-consent-home-router-at = Alleen uw router ({ $router }) en apparaten op dit netwerk
# en: ca5084f1
gui-consent-home-router = Alleen uw router en apparaten op dit netwerk
# $messages: about how many messages before devices answer; $rate: the cap per second.
# en: 00c1b4d5
gui-consent-home-budget = Ongeveer { $messages } kleine berichten, plus een paar voor elk apparaat dat antwoordt; nooit meer dan { $rate } per seconde.
# en: 4abd440e
gui-consent-home-ask-router = Uw router vragen welke deuren (poortdoorverwijzingen) hij naar het internet heeft geopend
# en: d55e264e
gui-consent-home-look = Zoeken naar gebouwcontrollers en KNX-gateways op dit netwerk (alleen lezen)
# en: 1f4dbc1b
gui-consent-home-nothing-changed = Er wordt niets veranderd aan apparaten of aan uw router
# en: 9749c799
gui-consent-home-intro = We vragen uw router welke deuren hij naar het internet heeft geopend en zoeken naar gebouwcontrollers op dit netwerk. Er wordt niets veranderd.
# en: 69782f7e
gui-consent-home-allow = Nu controleren

## Live listening (learning watch)

# en: 2651c8f3
gui-consent-live-title = Live meeluisteren
# $address: the one IPv4 address and UDP port listened on.
# en: e3fc98b7
gui-consent-live-bind = { $seconds } s luisteren op UDP { $address } (BACnet/IP)
# en: 4e6d1c13
gui-consent-live-ports = { $seconds } s luisteren op UDP-poort { $port } (BACnet/IP) en op de KNX-multicastgroep 224.0.23.12:3671
# en: eb2e4e7d
gui-consent-live-interface = Multicast aangemeld op interface { $interface }
# en: b129fb6e
gui-consent-live-default-route = Multicast aangemeld op de interface van de standaardroute
# en: 616f8482
gui-consent-live-budget = Er wordt geen BACnet- of KNX-pakket verstuurd. Door aan te melden bij de KNX-multicastgroep stuurt de computer een of twee IGMP-lidmaatschapsberichten.
# en: a8752bbb
gui-consent-live-igmp = IGMP-lidmaatschapsbericht voor 224.0.23.12 (naar het lokale netwerk)
