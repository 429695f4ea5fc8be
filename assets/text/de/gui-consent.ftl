# The consent dialog shown before any job that sends or listens (app/src/gui/dialogs/): its
# frame, and what it says for each job: where, how much, what is sent, and the opt-ins. Read by
# installers, and by homeowners in the self-check (plain words, no jargon there).

## The dialog

# $title: the job (gui-consent-discovery-title, ...).
# en: 361372b7
gui-consent-heading = Erlauben: { $title }?
# en: 0bf0058f
gui-consent-intro = BAS Audit wird gleich Pakete ins Netzwerk senden. Es wird nichts gesendet, solange Sie es hier nicht erlauben.
# en: 05dc80bf
gui-consent-cancel = Abbrechen
# en: ef01cfde
gui-consent-allow = Erlauben und senden
# en: 6c0235d9
gui-consent-scope = Prüfbereich
# en: b7fb8719
gui-consent-budget = Paketbudget
# en: 2786294b
gui-consent-will-send = Was gesendet wird
# en: 17cc4468
gui-consent-choices = Ihre Auswahl
# The same three headings in the homeowner's words.
# en: 156b056f
gui-consent-plain-scope = Wo
# en: 0a68e3ca
gui-consent-plain-budget = Wie viel
# en: b1c12dbc
gui-consent-plain-will-send = Was passiert

## Discovery

# en: ee6f0822
gui-consent-discovery-title = Gerätesuche
# $broadcast: an IPv4 broadcast address.
# en: 5a66bebb
gui-consent-discovery-broadcast = Broadcast { $broadcast }, BACnet/IP UDP-Port { $port }
# en: 9e1e382f
gui-consent-discovery-multicast = Multicast { $group }:{ $port } (KNXnet/IP)
# en: 68cff729
gui-consent-discovery-target = Ziel { $target }
# $first: packets sent before any device answers; $per_device, $per_gateway: about how many more per device found; $rate: the cap per second.
# en: 348604dd
gui-consent-discovery-budget = { $first } Pakete, bevor ein Gerät antwortet, danach etwa { $per_device } pro gefundenem BACnet-Gerät und { $per_gateway } pro gefundenem KNX-Gateway; höchstens { $rate } Pakete pro Sekunde, pro Gerät immer nur eine Anfrage gleichzeitig.
# en: 0883903e
gui-consent-discovery-who-is = BACnet Who-Is pro Netzwerk (nur lesend)
# en: b8db186a
gui-consent-discovery-network = BACnet What-Is-Network-Number und Who-Is-Router-To-Network
# en: a0a313bd
gui-consent-discovery-read = BACnet ReadPropertyMultiple / ReadProperty an jedes gefundene Gerät (nur lesen, kein Schreiben)
# en: 458b4bc9
gui-consent-discovery-bbmd = BACnet Read-Broadcast-Distribution-Table / Read-Foreign-Device-Table an BBMDs
# en: 6f25a21b
gui-consent-discovery-knx = KNXnet/IP-SEARCH- (und erweiterte SEARCH-) sowie DESCRIPTION-Anfragen

## Checks (installer)

# en: 09baee27
gui-consent-checks-title = Checks starten
# en: a649f30a
gui-consent-checks-router-default = der Router (Standard-Gateway dieses Netzwerks)
# $router: the router's IPv4 address.
# en: 36a51aef
gui-consent-checks-router-at = der Router { $router }
# $router: gui-consent-checks-router-default or gui-consent-checks-router-at; $hairpin: yes when the router's public address is knocked on too.
# en: 6046a77c
gui-consent-checks-router-scope = Router-Abfragen gehen an { $router }{ $hairpin ->
        [yes] {" und an seine öffentliche IP-Adresse"}
       *[no] {""}
    }
# $max_mappings: the most forwarding rules read.
# en: dd2a4b0c
gui-consent-checks-budget = Gerätesuche: { $first } Pakete, bevor ein Gerät antwortet, danach etwa { $per_device } pro BACnet-Gerät und { $per_gateway } pro KNX-Gateway. Router: etwa 6 Anfragen plus eine pro Portfreigabe-Regel (höchstens { $max_mappings }). Höchstens { $rate } Pakete pro Sekunde.
# en: e13ff425
gui-consent-checks-discovery = Gerätesuche (nur lesend): BACnet Who-Is, Netzwerk- und Router-Abfragen, ReadProperty (Multiple) an jedes gefundene Gerät, Lesen der BBMD-Tabellen; KNXnet/IP SEARCH und DESCRIPTION
# en: 7493847f
gui-consent-checks-router = Router (nur lesend): UPnP-Suche und die Liste der Portfreigaben, NAT-PMP/PCP-Abfrage der externen Adresse; nichts wird geöffnet oder geschlossen
# en: 5874e5d7
gui-consent-checks-opt-ins = Nur, was Sie oben unter „Ihre Auswahl“ angekreuzt haben: die Internetabfrage, den Schreibtest
# en: 0aac59e3
gui-consent-router-option = Router fragen, welche Ports er freigibt
# en: 3717095b
gui-consent-router-option-why = Ein: UPnP- und NAT-PMP-Anfragen an den Router und ein Anklopfen an seiner öffentlichen IP-Adresse von innen. So wird eine offene Tür ins Internet gefunden.
# en: ab7b1ff5
gui-consent-internet-option = Meine öffentliche IP-Adresse in Shodan InternetDB nachschlagen (braucht Internet)
# $url: the lookup service's address.
# en: 7ed33345
gui-consent-internet-option-why = Sendet Ihre öffentliche IP-Adresse an { $url }, um zu sehen, ob Internet-Scanner bereits offene Türen erfasst haben. Aus, solange Sie es nicht ankreuzen.
# en: 950364af
gui-consent-write-option = Schreibtest: denselben Wert in eine harmlose Eigenschaft zurückschreiben
# en: 8579a7f9
gui-consent-write-option-why = Auf jedem gefundenen BACnet-Gerät: Description (oder Location) lesen, genau denselben Wert zurückschreiben, erneut lesen. Zeigt, ob jeder im Netzwerk schreiben darf. Nie ein Sollwert oder Ausgang.

## Checks (homeowner self-check, plain words)

# en: c72c3234
gui-consent-home-title = Mein Zuhause prüfen
# en: fe94fe3e
gui-consent-home-connection = Die Netzwerkverbindung dieses Computers
# en: e23e88bb
gui-consent-home-router-at = Nur Ihr Router ({ $router }) und Geräte in diesem Netzwerk
# en: ca5084f1
gui-consent-home-router = Nur Ihr Router und Geräte in diesem Netzwerk
# $messages: about how many messages before devices answer; $rate: the cap per second.
# en: 00c1b4d5
gui-consent-home-budget = Etwa { $messages } kleine Nachrichten, dazu einige für jedes Gerät, das antwortet; nie mehr als { $rate } pro Sekunde.
# en: 4abd440e
gui-consent-home-ask-router = Ihren Router fragen, welche Türen (Portfreigaben) er ins Internet geöffnet hat
# en: d55e264e
gui-consent-home-look = Nach Gebäudesteuerungen und KNX-Gateways in diesem Netzwerk suchen (nur lesen)
# en: 1f4dbc1b
gui-consent-home-nothing-changed = Weder an Geräten noch an Ihrem Router wird etwas verändert
# en: 9749c799
gui-consent-home-intro = Wir fragen Ihren Router, welche Türen er ins Internet geöffnet hat, und suchen nach Gebäudesteuerungen in diesem Netzwerk. Es wird nichts verändert.
# en: 69782f7e
gui-consent-home-allow = Jetzt prüfen

## Live listening (learning watch)

# en: 2651c8f3
gui-consent-live-title = Live-Mithören
# $address: the one IPv4 address and UDP port listened on.
# en: e3fc98b7
gui-consent-live-bind = { $seconds } s lang auf UDP { $address } mithören (BACnet/IP)
# en: 4e6d1c13
gui-consent-live-ports = { $seconds } s lang auf UDP-Port { $port } (BACnet/IP) und der KNX-Multicast-Gruppe 224.0.23.12:3671 mithören
# en: eb2e4e7d
gui-consent-live-interface = Multicast-Beitritt über Schnittstelle { $interface }
# en: b129fb6e
gui-consent-live-default-route = Multicast-Beitritt über die Schnittstelle der Standardroute
# en: 616f8482
gui-consent-live-budget = Es wird kein BACnet- oder KNX-Paket gesendet. Durch den Beitritt zur KNX-Multicast-Gruppe sendet der Computer ein oder zwei IGMP-Mitgliedschaftsberichte.
# en: a8752bbb
gui-consent-live-igmp = IGMP-Mitgliedschaftsbericht für 224.0.23.12 (ins lokale Netzwerk)
