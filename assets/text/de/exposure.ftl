# Exposure: what the router probes proved about reaching the building controls from the
# internet (audit-core/src/checks/exposure.rs, router.rs, internet.rs), and the probe's own
# log lines and facts (audit-core/src/exposure/). The state texts (headline, explanation,
# what to do, checked / not checked) are read by homeowners: plain words, no jargon. Finding
# titles and summaries are read by installers.
# $ip and $address hold IPv4 addresses; $port a port number; $server what the user typed.

## The exposure state (homeowner voice)

# en: 66e713c2
exposure-reachable-headline = Ihre Gebäudesteuerung ist aus dem Internet erreichbar.
# en: cd9bff26
exposure-reachable-explanation = Jeder im Internet kann sie finden und bedienen, ohne Passwort. Bitten Sie Ihren Installateur, das heute noch zu schließen; bis dahin steht in der Liste unten, worum Sie bitten sollten.
# en: 90307f45
exposure-behind-nat-headline = In Ihrem Router ist eine Tür zu Ihrer Gebäudesteuerung offen, aber das Netz Ihres Internetanbieters blockiert sie derzeit.
# $address: the router's internet address.
# en: 6c64a1f6
exposure-behind-shared-explanation = Die Internetadresse Ihres Routers ist { $address }: Sie teilen sie mit anderen Kunden Ihres Internetanbieters, deshalb erreicht das Internet die offene Tür heute nicht. Andere Kunden desselben Anbieters können sie aber möglicherweise erreichen. Und sobald Ihr Anbieter Ihnen eine eigene Adresse gibt (auf Wunsch, mit einem neuen Vertrag oder für einen Fernzugriffsdienst), ist Ihre Gebäudesteuerung aus dem ganzen Internet erreichbar, ohne dass sich bei Ihnen zu Hause etwas ändert.
# en: bffeb9d2
exposure-behind-router-headline = In Ihrem Router ist eine Tür zu Ihrer Gebäudesteuerung offen, aber ein weiterer Router davor entscheidet, ob das Internet durchkommt.
# $address: the router's internet address.
# en: 7eb44513
exposure-behind-private-explanation = Die Internetadresse Ihres Routers ist { $address }, eine private Adresse: Davor sitzt ein weiterer Router, oft das Modem Ihres Internetanbieters. Wenn dieser Router alles an Ihren weitergibt (eine Einstellung, die oft „Exposed Host“ oder „DMZ“ heißt), ist Ihre Gebäudesteuerung schon heute aus dem Internet erreichbar; diesen Router konnten wir nicht prüfen.
# en: bbbd45e3
exposure-address-unknown-headline = In Ihrem Router ist eine Tür zu Ihrer Gebäudesteuerung offen; ob das Internet sie erreicht, konnten wir nicht feststellen.
# en: 6fe24b67
exposure-address-unknown-explanation = Ihr Router hat seine Internetadresse nicht genannt, deshalb konnten wir nicht sehen, ob sie öffentlich ist. Die meisten Internetanschlüsse zu Hause haben eine öffentliche Adresse, und dann kann jeder im Internet Ihre Gebäudesteuerung durch diese Tür erreichen.
# en: e08277e9
exposure-undetermined-headline = Wir konnten nicht feststellen, ob Ihre Gebäudesteuerung aus dem Internet erreichbar ist.
# $why: one of the exposure-why-* messages.
# en: d9198d07
exposure-undetermined-explanation = Meist gelangt eine Gebäudesteuerung durch eine Einstellung im Router ins Internet. { $why } Deshalb können wir nicht sagen, dass Ihr Zuhause dicht ist. Die Listen unten zeigen, was nicht geprüft werden konnte und wie Sie es von Hand prüfen.
# en: 786a8625
exposure-why-not-run = Die Prüfung des Routers ist nicht gelaufen.
# en: 26a32aa4
exposure-why-no-router = In diesem Netzwerk wurde kein Router gefunden.
# en: 3ed8744f
exposure-why-no-list-no-address = Ihr Router gibt seine Liste offener Türen nicht heraus und hat seine Internetadresse nicht genannt, deshalb konnten wir auch nicht an diese Adresse anklopfen: Eine Tür, die von Hand im Routermenü eingerichtet wurde, lässt sich nicht ausschließen.
# en: 3293f531
exposure-why-unlistable = Ihr Router lässt Geräte auf eine Weise selbst Türen öffnen, die sich nicht auflisten lässt, und eine Testanfrage von innen an seine Internetadresse brachte kein eindeutiges Ergebnis.
# en: 8d8661cf
exposure-why-no-list-knock-inconclusive = Ihr Router gibt seine Liste offener Türen nicht heraus, und eine Testanfrage von innen an seine Internetadresse brachte kein eindeutiges Ergebnis.
# en: 9859be21
exposure-why-no-list-knock-not-run = Ihr Router gibt seine Liste offener Türen nicht heraus, und eine Testanfrage an seine Internetadresse wurde nicht gemacht.
# en: 4fac6821
exposure-nothing-headline = Soweit wir prüfen konnten, ist nichts zum Internet hin offen.
# $behind: exposure-nothing-shared, exposure-nothing-private or nothing.
# en: da40b5ed
exposure-nothing-explanation-listed = Wir haben die vollständige Liste der Türen gelesen, die Geräte in Ihrem Router selbst geöffnet haben, und keine führt zu Ihrer Gebäudesteuerung.{ $behind } Eine Tür, die von Hand im Routermenü eingerichtet wurde, erscheint nicht in dieser Liste, und unsere Testanfrage konnte sie nicht ausschließen; die Liste unten zeigt, wie Sie das prüfen. Führen Sie diese Prüfung nach Änderungen an Ihrem Netzwerk erneut durch.
# en: dd68c17f
exposure-nothing-explanation-proven = Wir haben keine offene Tür zu Ihrer Gebäudesteuerung gefunden: Eine Testanfrage von innen an die Internetadresse Ihres Zuhauses blieb ohne Antwort, und Ihr Router gibt solche Anfragen nachweislich weiter.{ $behind } Führen Sie diese Prüfung nach Änderungen an Ihrem Netzwerk erneut durch.
# en: e2ec4452
exposure-nothing-shared = {" "}Ihre Internetadresse teilen Sie mit anderen Kunden Ihres Internetanbieters, deshalb wäre selbst eine offene Tür heute nicht aus dem Internet erreichbar.
# en: 2990388b
exposure-nothing-private = {" "}Vor Ihrem Router sitzt ein weiterer Router, der ebenfalls mitentscheidet.

## The states in a few words (a label beside the light)

# en: 24d91eae
exposure-state-reachable = aus dem Internet erreichbar
# en: 7322caeb
exposure-state-forwarded-behind-nat = freigegeben, hinter dem Netz des Anbieters
# en: b4da0d2f
exposure-state-forwarded-address-unknown = freigegeben, Internetadresse unbekannt
# en: 472b8668
exposure-state-undetermined = nicht feststellbar
# en: 70f76135
exposure-state-nothing-found = nichts offen, soweit geprüft

## What to do (homeowner voice)

# en: ad7c44c6
exposure-do-remove-forward-today = Bitten Sie Ihren Installateur, die offene Tür (die Portfreigabe) im Router heute noch zu schließen.
# en: f85358a9
exposure-do-remove-forward = Bitten Sie Ihren Installateur, die offene Tür (die Portfreigabe) im Router zu schließen.
# en: fa50f535
exposure-do-remove-forward-anyway = Bitten Sie Ihren Installateur, die offene Tür im Router trotzdem zu schließen: Sie wird für nichts gebraucht, was heute funktioniert, und sie wird gefährlich, sobald sich das Netz davor ändert.
# en: 01dc46ad
exposure-do-before-public-address = Falls Sie Ihren Internetanbieter einmal um eine eigene Adresse bitten (zum Beispiel für den Fernzugriff), lassen Sie die Tür vorher schließen.
# en: 33ade980
exposure-do-check-router-in-front = Lassen Sie den Router davor (oft das Modem des Internetanbieters) auf Einstellungen wie „Exposed Host“ oder „DMZ“ prüfen, die alles weitergeben.
# en: c4d7d269
exposure-do-vpn = Für den Zugriff von unterwegs fragen Sie nach einem VPN (einer privaten, verschlossenen Verbindung) statt einer offenen Tür.
# en: d0082369
exposure-do-check-router-by-hand = Lassen Sie die Einstellungen des Routers von Hand prüfen: die Seiten „Portfreigaben“, „Exposed Host“ oder „DMZ“ sowie UPnP (die automatische Portöffnung), für die Ports 3671 und 47808.
# en: ad706014
exposure-do-test-from-outside = Oder testen Sie von außerhalb Ihres Zuhauses: zum Beispiel mit einem Laptop, der über ein Handy mit mobilen Daten verbunden ist (nicht über Ihr WLAN).
# en: 6899a542
exposure-do-give-address = Um das herauszufinden, führen Sie die Prüfung erneut mit der Internetadresse Ihres Routers durch (sie steht auf der Statusseite des Routers), oder erlauben Sie die Anfrage an einen öffentlichen Adressdienst.

## What was checked, and what was not (list items, lower-case start)

# en: 8355fa6d
exposure-checked-mappings = die Liste der Türen, die Geräte in Ihrem Router selbst geöffnet haben ({ $entries } { $entries ->
        [one] Eintrag
       *[other] Einträge
    })
# en: d3b8a941
exposure-not-checked-mappings-partial = ein Teil der Liste offener Türen Ihres Routers zum Internet: Der Router hat aufgehört zu antworten
# en: 93d9da4d
exposure-not-checked-mappings-unshared = die Liste offener Türen Ihres Routers zum Internet: Der Router gibt sie nicht heraus (die Funktion ist vielleicht ausgeschaltet)
# en: 13204818
exposure-checked-self-opening = ob Geräte in Ihrem Router selbst Türen öffnen können
# en: de25099c
exposure-not-checked-port-control = Türen, die Geräte auf eine Weise selbst geöffnet haben, die Ihr Router nicht auflisten kann
# $server: the address service asked; $ip: what it answered.
# en: e9b225a0
exposure-checked-internet-view = wie das Internet Ihr Zuhause sieht: { $ip } (gefragt: { $server })
# $error: why there was no usable answer.
# en: 2e369957
exposure-not-checked-internet-view = wie das Internet Ihr Zuhause sieht ({ $server }): { $error }
# en: 2e67b419
exposure-checked-knock = eine Testanfrage von innen an die Internetadresse Ihres Zuhauses
# $why: one of the exposure-knock-why-* messages.
# en: 764f09f2
exposure-not-checked-by-hand = eine von Hand im Routermenü eingerichtete Tür: { $why }
# en: 785a347f
exposure-knock-why-no-address = Ihr Router hat seine Internetadresse nicht genannt, daher war keine Testanfrage möglich; führen Sie die Prüfung erneut mit der Adresse von der Statusseite des Routers durch, oder prüfen Sie den Router von Hand
# en: a583ff99
exposure-knock-why-not-run = es wurde keine Testanfrage an die Internetadresse Ihres Zuhauses gemacht; prüfen Sie den Router von Hand
# en: 06af11cb
exposure-knock-why-no-loopback = Ihr Router lässt keinen Test von innen zu; prüfen Sie den Router von Hand, oder testen Sie von außen, zum Beispiel mit einem Laptop, der über ein Handy mit mobilen Daten verbunden ist
# en: 32d16261
exposure-checked-search = eine öffentliche Suchmaschine für Geräte im Internet (Shodan)
# en: ab843204
exposure-not-checked-search-unreachable = eine öffentliche Suchmaschine für Geräte im Internet: Sie war nicht erreichbar
# en: 151a4f58
exposure-not-checked-search-consent = eine öffentliche Suchmaschine für Geräte im Internet: wird nur mit Ihrer Erlaubnis gefragt
# en: 8418ba12
exposure-not-checked-router-not-run = Ihr Router: Die Prüfung des Routers ist nicht gelaufen
# en: 68d2da00
exposure-not-checked-router-none = Ihr Router: In diesem Netzwerk wurde keiner gefunden

## Proof, one sentence per forward (shown to both readers)

# $what: what it reaches (a device name, or exposure-reaches-*); $how: exposure-mechanism-*.
# en: 17f12f7c
exposure-proof-listed = Die Liste des Routers enthält { $protocol }-Port { $port } → { $internal } ({ $what }), { $how }.
# en: 4f0e9ffc
exposure-proof-listed-answered = Die Liste des Routers enthält { $protocol }-Port { $port } → { $internal } ({ $what }), { $how }; { $address } hat darüber geantwortet: { $answer }.
# en: cf16a38b
exposure-proof-answered = Eine Anfrage an { $address }:{ $port } ({ $protocol }) wurde beantwortet: { $answer }. Keine aufgelistete Tür erklärt das: { $how }.
# $ports: building-automation ports, comma-separated.
# en: ca1e9dc5
exposure-proof-indexed = Eine öffentliche Suchmaschine für Geräte im Internet (Shodan) führt Port { $ports } unter Ihrer Adresse.
# en: c1813caa
exposure-reaches-knx = der KNX-Port
# en: 2c52ba38
exposure-reaches-bacnet = ein BACnet-Port
# en: d7858d47
exposure-reaches-device = ein Gerät der Gebäudeautomation
# en: baafd993
exposure-mechanism-upnp = von einem Gerät über UPnP geöffnet (die automatische Portöffnung des Routers)
# en: a27c9313
exposure-mechanism-by-hand = von Hand im Routermenü eingerichtet (eine Portfreigabe oder ein „Exposed Host“ / eine „DMZ“)
# en: c418950d
exposure-mechanism-port-control = von einem Gerät über NAT-PMP oder PCP geöffnet (Wege der Portöffnung, die der Router nicht auflisten kann) oder von Hand eingerichtet
# en: b73b52ca
exposure-mechanism-unknown = über UPnP (im Teil der Liste, der nicht gelesen werden konnte), über NAT-PMP oder PCP oder von Hand
# en: 82fa43b1
exposure-an-answer = eine Antwort

## Addresses in words

# en: 0affc9ee
exposure-address-public = { $ip }, eine öffentliche IP-Adresse
# en: 63ca6783
exposure-address-public-simulated = { $ip }, die in diesem Demo- oder Testnetz für eine öffentliche IP-Adresse steht
# en: 74c0eaac
exposure-address-shared = { $ip }, eine vom Anbieter mit anderen Kunden geteilte Adresse (CGNAT, 100.64.0.0/10)
# en: 162875ff
exposure-address-shared-simulated = { $ip }, die in dieser Demo für eine vom Anbieter mit anderen Kunden geteilte Adresse (CGNAT) steht
# $block: the special-purpose block ("private (RFC 1918)").
# en: 0af2b9eb
exposure-address-private = { $ip }, eine private Adresse ({ $block })

## Findings about forwards (installer voice)

# en: ea971e81
exposure-what-knx = KNX-Gateway
# en: 4ec3a13f
exposure-what-bacnet = BACnet-Gerät
# en: b6386071
exposure-what-device = Gerät der Gebäudeautomation
# en: 9e67e361
exposure-title-knx-forwarded = KNX-Gateway-Port ist ins Internet freigegeben
# en: f532baa1
exposure-title-bacnet-forwarded = BACnet-Port ist ins Internet freigegeben
# en: 21072e41
exposure-title-mapping-to-device = Router leitet Port { $port } an ein Gerät der Gebäudeautomation weiter
# en: 4c0a780e
exposure-title-static-forward = { $what } antwortet auf der Internetadresse des Routers
# en: 6c931604
exposure-title-unlisted-forward = { $what } antwortet auf der Internetadresse des Routers (Portfreigabe in keiner Liste)
# en: 606cd540
exposure-title-behind-shared = Portfreigabe zu einem { $what }, hinter der geteilten Adresse des Anbieters
# en: 23c89891
exposure-title-behind-router = Portfreigabe zu einem { $what }, hinter einem weiteren Router
# en: 7946c876
exposure-title-address-unknown = Portfreigabe zu einem { $what }; die Internetadresse des Routers ist unbekannt
# $proof: exposure-proof-*; $reach: exposure-reach-*.
# en: 82abbb17
exposure-forward-summary = { $proof } { $reach }
# $rule: exposure-mapping-words; $device: exposure-device-not-found or nothing.
# en: a8ad3f88
exposure-forward-summary-listed = { $proof } Die Regel: { $rule }.{ $device } { $reach }
# en: 9b7c8544
exposure-device-not-found = {" "}Die Gerätesuche hat unter dieser Adresse kein Gerät gefunden (es ist vielleicht ausgeschaltet, in einem anderen Netz oder antwortet nicht auf die Gerätesuche).
# en: 04e07f4e
exposure-reach-public = Die Internetadresse des Routers ist { $address }: Jeder im Internet kann dieselbe Anfrage senden.
# en: a3ab69d4
exposure-reach-shared = Die Internetadresse des Routers ist { $address }: Das NAT des Anbieters blockiert derzeit das Internet, aber andere Kunden des Anbieters erreichen sie möglicherweise, und eine öffentliche Adresse vom Anbieter würde sie für alle öffnen.
# en: f97020b8
exposure-reach-private = Die Internetadresse des Routers ist { $address }: Ein weiterer Router davor entscheidet; gibt er alles weiter (Exposed Host / DMZ), ist sie aus dem Internet erreichbar.
# en: 1588ae18
exposure-reach-unknown = Die Internetadresse des Routers ist unbekannt, daher ist nicht nachgewiesen, ob das Internet sie erreicht; führen Sie die Prüfung erneut mit --external-ip (von der Statusseite des Routers) oder --stun durch.
# en: a6cc1275
exposure-mapping-words = { $protocol } externer Port { $port } → { $internal } ({ $from }, { $description }, { $lease })
# en: 6ae49072
exposure-mapping-from-anywhere = von überall
# en: 6c6d6416
exposure-mapping-from-only = nur von { $host }
# en: 9d12bd26
exposure-mapping-no-description = keine Beschreibung
# en: 79f51061
exposure-mapping-description = Beschreibung „{ $description }“
# en: 7dc2eb65
exposure-mapping-permanent = dauerhaft
# en: bc446907
exposure-mapping-lease = Laufzeit { $seconds } s
# en: d10132a8
exposure-title-mapping-disabled = Ausgeschaltete Portfreigabe zur Gebäudeautomation
# en: 66ed0116
exposure-summary-mapping-disabled = Der Router enthält { $count } { $count ->
        [one] Regel
       *[other] Regeln
    } zur Gebäudeautomation, die { $count ->
        [one] ausgeschaltet ist
       *[other] ausgeschaltet sind
    }: { $rules }.
# en: de89898e
exposure-title-inconclusive = Test der Internetadresse des Routers ohne eindeutiges Ergebnis
# en: 2b094931
exposure-inconclusive-probe = { $protocol } { $target } ({ $outcome })
# en: f3c3c30e
exposure-inconclusive-no-loopback = dieser Router leitet Verkehr von innen nicht an seine eigene Internetadresse zurück (kein NAT-Loopback)
# en: 09d52769
exposure-inconclusive-unknown-loopback = wir konnten nicht feststellen, ob dieser Router Verkehr von innen an seine eigene Internetadresse zurückleitet (NAT-Loopback)
# en: 393c36f6
exposure-summary-inconclusive = Keine Antwort von { $probes }; { $why }, daher beweist Schweigen nicht, dass nichts freigegeben ist. Testen Sie von außen: zum Beispiel mit einem Laptop, der über ein Handy mit mobilen Daten verbunden ist (nicht über das WLAN des Hauses).

## Findings about the router's services and address (installer voice)

# en: 0a1acf3d
exposure-the-router = der Router
# en: afda9751
exposure-title-upnp-enabled = UPnP ist aktiv: Geräte können selbst Ports am Router öffnen
# en: 3f9f990c
exposure-summary-upnp-enabled = { $name } beantwortet UPnP-Anfragen für Portfreigaben (derzeit { $count } { $count ->
        [one] Portfreigabe
       *[other] Portfreigaben
    } gelistet). Jedes Gerät im Netzwerk kann unbemerkt einen Port aus dem Internet öffnen.
# en: c20923ee
exposure-title-list-incomplete = Portfreigabe-Liste des Routers nur teilweise gelesen
# en: 72bd5607
exposure-summary-list-incomplete = Das Lesen der UPnP-Liste des Routers brach nach { $count } { $count ->
        [one] Eintrag
       *[other] Einträgen
    } ab. Eine Portfreigabe zur Gebäudesteuerung könnte im nicht gesehenen Teil stehen.
# en: 495921d3
exposure-summary-list-incomplete-error = Das Lesen der UPnP-Liste des Routers brach nach { $count } { $count ->
        [one] Eintrag
       *[other] Einträgen
    } ab ({ $error }). Eine Portfreigabe zur Gebäudesteuerung könnte im nicht gesehenen Teil stehen.
# $which: NAT-PMP, PCP, or NAT-PMP and PCP (protocol names).
# en: 25d9f72c
exposure-title-port-control = Router nimmt Port-Anfragen über { $which } an
# $listed: exposure-port-control-listed or exposure-port-control-unlisted.
# en: 97ff666b
exposure-summary-port-control = Der Router hat auf { $which } geantwortet: Geräte im Netzwerk können ihn bitten, Ports zum Internet zu öffnen. Über { $which } lassen sich die so geöffneten Ports nicht auflisten{ $listed }
# en: 1de39ee2
exposure-port-control-listed = ; bei den meisten Routern erscheinen sie auch in der UPnP-Liste, die vollständig gelesen wurde.
# en: f13fb63b
exposure-port-control-unlisted = , und die UPnP-Liste war nicht verfügbar, um sie zu zeigen: Eine so angelegte Portfreigabe wird nur gefunden, wenn der Router auf einen Test seiner Internetadresse antwortet.
# en: 1693a98a
exposure-title-external-ip = Internetadresse des Routers
# $address: exposure-address-*; $source: exposure-source-*; $meaning and $view: the messages below or nothing.
# en: e5a33b48
exposure-summary-external-ip = Die Internetadresse (WAN-Adresse) des Routers ist { $address } ({ $source }).{ $meaning }{ $view }
# en: 4808e3ab
exposure-source-upnp = vom Router über UPnP mitgeteilt
# en: 651a415d
exposure-source-nat-pmp = vom Router über NAT-PMP mitgeteilt
# en: 63cbcb24
exposure-source-typed = von der Statusseite des Routers eingegeben
# en: b8b1e44c
exposure-source-stun = so, wie der STUN-Server sie sah
# en: 096214c8
exposure-external-means-shared = {" "}Der Anbieter setzt die Anlage hinter sein eigenes NAT (CGNAT): Portfreigaben an diesem Router erreichen das Internet derzeit nicht, wohl aber an dem Tag, an dem der Anbieter eine öffentliche Adresse vergibt.
# en: 166a2b71
exposure-external-means-private = {" "}Davor sitzt ein weiterer Router (oft das Modem des Anbieters): Portfreigaben an diesem Router erreichen das Internet nur, wenn jener Router den Verkehr weitergibt.
# en: 307ff2c0
exposure-external-view-differs = {" "}Der STUN-Server { $server } sieht die Anlage als { $ip }: Zwischen diesem Router und dem Internet sitzt ein NAT.
# en: bf5fce26
exposure-external-view-same = {" "}Der STUN-Server { $server } sieht dieselbe Adresse.
# en: 044993e9
exposure-summary-internet-view-only = Der Router hat seine Internetadresse nicht genannt; der STUN-Server { $server } sieht die Anlage als { $address }.
# en: d87eb9d3
exposure-title-not-checked-at-all = Router nicht geprüft
# en: 344e04e3
exposure-summary-not-checked-at-all = Die Router-Tests sind nicht gelaufen, daher wurden die Portfreigabe-Liste des Routers, seine Internetadresse und ein Test dieser Adresse nicht geprüft.
# en: 101b37ce
exposure-title-not-fully-checked = Router nicht vollständig geprüft
# $missing: the exposure-missing-* items, listed.
# en: 27e1857a
exposure-summary-not-checked = Nicht geprüft: { $missing }.
# en: a1f4bc25
exposure-missing-no-router = Kein Router gefunden (kein Standard-Gateway an der Schnittstelle)
# en: dcbb8d4f
exposure-missing-list-error = Die Portfreigabe-Liste des Routers (UPnP hat nicht geantwortet: { $error })
# en: 5f323092
exposure-missing-list-off = Die Portfreigabe-Liste des Routers (der Router bietet kein UPnP an, oder es ist ausgeschaltet)
# en: 29e3144f
exposure-missing-list-not-asked = Die Portfreigabe-Liste des Routers (UPnP wurde nicht gefragt)
# en: 63a98cc9
exposure-missing-port-control = Über { $which } geöffnete Portfreigaben, die sich nicht auflisten lassen
# en: c28a8dba
exposure-missing-address = Die Internetadresse des Routers (weder UPnP noch NAT-PMP hat sie genannt; geben Sie sie mit --external-ip von der Statusseite des Routers an, oder erlauben Sie --stun)
# en: 34512854
exposure-missing-own-address = Die eigene Internetadresse des Routers (bekannt ist nur die Sicht des STUN-Servers; geben Sie sie mit --external-ip an)
# en: 92c19532
exposure-missing-knock-no-address = Ein Test der Internetadresse des Routers von innen (keine Adresse zum Testen): Eine von Hand eingerichtete Portfreigabe lässt sich nicht ausschließen
# en: 82f08439
exposure-missing-knock-not-run = Ein Test der Internetadresse des Routers von innen (nicht ausgeführt)

## Public index lookup (InternetDB; installer voice)

# en: b11e52ae
exposure-index-the-site-address = die Internetadresse der Anlage
# en: eb4d82af
exposure-index-title-not-checked = Öffentlicher Internet-Index nicht geprüft
# en: 15b54d1c
exposure-index-summary-not-checked = Die Abfrage von { $ip } in Shodan InternetDB ist fehlgeschlagen: { $error }.
# en: 97e6e9ef
exposure-index-title-not-listed = Nicht im öffentlichen Internet-Index gelistet
# en: 3ccf8fb4
exposure-index-summary-not-listed = Shodan InternetDB hat keinen Eintrag für { $ip } (die Daten sind etwa eine Woche alt).
# en: 2745be6c
exposure-index-title-bas-ports = Öffentlicher Internet-Index listet Ports der Gebäudeautomation unter Ihrer Adresse
# en: 83b36feb
exposure-index-summary-bas-ports = Shodan InternetDB listet { $ip } mit offenem Port { $ports } (KNX 3671 / BACnet 47808–47823). Seine Scanner haben innerhalb etwa der letzten Woche Gebäudesteuerung aus dem Internet erreicht.
# en: e605dbfa
exposure-index-summary-bas-ports-and-others = Shodan InternetDB listet { $ip } mit offenem Port { $ports } (KNX 3671 / BACnet 47808–47823) und außerdem { $others }. Seine Scanner haben innerhalb etwa der letzten Woche Gebäudesteuerung aus dem Internet erreicht.
# en: 49aa50d2
exposure-index-title-other-ports = Öffentlicher Internet-Index listet andere offene Ports unter Ihrer Adresse
# en: a85cdcde
exposure-index-summary-listed-no-ports = Shodan InternetDB listet { $ip }, ohne offene Ports.
# en: dd60fab4
exposure-index-summary-other-ports = Shodan InternetDB listet { $ip } mit offenem Port { $ports }; kein KNX- oder BACnet-Port.

## STUN (the opt-in question to a public address service)

# Shown before the request (CLI preamble, GUI consent dialog). $server: as the user typed it.
# en: 2dc40e24
exposure-stun-consent = Den STUN-Server { $server } fragen, unter welcher Adresse diese Anlage im Internet erscheint. Dieser Server wird von einem Dritten betrieben: Er erfährt die öffentliche IP-Adresse und den Port dieser Anlage und den Zeitpunkt der Prüfung. Gesendet wird eine einzige Anfrage von 20 Byte (bis zu dreimal), ohne weiteren Inhalt.
# en: 6b53e76d
exposure-stun-server-bad = „{ $server }“ ist kein STUN-Server: Geben Sie HOST oder HOST:PORT an (eine IPv4-Adresse oder einen DNS-Namen, Port 1-65535)
# en: 51f98d20
exposure-stun-resolve-timeout = der Name { $server } konnte nicht rechtzeitig aufgelöst werden
# en: 12371950
exposure-stun-resolve-failed = der Name { $server } konnte nicht aufgelöst werden: { $error }
# en: 0222b8f9
exposure-stun-no-ipv4 = der Name { $server } hat keine IPv4-Adresse
# en: 43182f5f
exposure-stun-server-unusable = { $ip } kann kein STUN-Server sein
# en: 41a57a02
exposure-stun-no-answer = keine Antwort von { $server } ({ $tries } Versuche)
# en: f497047a
exposure-stun-undecodable = die Antwort ist kein STUN ({ $error })
# en: 4512f0f4
exposure-stun-not-ours = die Antwort galt nicht unserer Anfrage
# en: ff511814
exposure-stun-refused = der Server hat die Anfrage abgelehnt (Fehler { $code } { $reason })
# en: 5f6cddb0
exposure-stun-bad-fingerprint = die Prüfsumme der Antwort (FINGERPRINT) stimmt nicht: beschädigt oder gefälscht
# en: 12535776
exposure-stun-ipv6-only = der Server hat nur eine IPv6-Adresse genannt ({ $ip }); diese Prüfung verwendet IPv4
# en: de9013b2
exposure-stun-no-address = die Antwort nannte keine Adresse
# en: 0022147f
exposure-stun-names-lan = der Server hat { $ip } genannt, eine Adresse auf dieser Seite des Routers: Das ist nicht die Sicht des Internets, daher wird sie nicht verwendet
# en: 32f6e6d0
exposure-stun-rewritten = die beiden Adressfelder der STUN-Antwort stimmen nicht überein (etwas auf dem Weg schreibt Adressen in Paketen um); das geschützte Feld wird verwendet
# en: ebb2fd98
exposure-stun-not-used = laut STUN-Server ist diese Anlage { $ip }; das ist keine öffentliche Adresse (oder eine auf dieser Seite des Routers), daher wird sie nicht als Internetadresse der Anlage verwendet
# en: 6ef60695
exposure-stun-same = der STUN-Server sieht diese Anlage als { $ip }, die eigene Adresse des Routers: kein weiteres NAT davor
# en: 65b25a05
exposure-stun-differs = der STUN-Server sieht diese Anlage als { $ip }, die eigene Adresse des Routers ist aber { $router }: Davor sitzt ein weiteres NAT (das des Anbieters oder eines anderen Routers)
# en: 6b9c8c1f
exposure-stun-only = der STUN-Server sieht diese Anlage als { $ip }; der Router hat seine eigene Adresse nicht genannt, daher wird diese getestet

## The probe's log lines and facts (installer voice)

# en: afad0876
exposure-cancelled = abgebrochen
# en: 63a04836
exposure-stopped = beendet: vom Benutzer abgebrochen
# en: 361bf1f2
exposure-router-from-routes = der Router ist { $router }, das Standard-Gateway von { $interface }
# en: 87790e1b
exposure-router-from-routes-here = der Router ist { $router }, das Standard-Gateway dieses Computers
# en: 571a2ff5
exposure-no-router = kein Router gefunden (die Schnittstelle hat kein Standard-Gateway); Router-Tests übersprungen
# en: b915d419
exposure-bad-router = { $router } kann kein Router sein; Router-Tests übersprungen
# en: 996e4279
exposure-phase-ssdp-unicast = Unicast-M-SEARCH an { $target }
# en: 987316fb
exposure-phase-ssdp-multicast = Multicast-M-SEARCH über { $bind }
# en: 52c578a8
exposure-phase-pcp = ANNOUNCE an { $target }
# en: 892dfdfa
exposure-phase-hairpin = { $probes } Tests an { $addresses }
# en: 68c16ebd
exposure-external-disagree = UPnP nennt als externe Adresse { $upnp }, NAT-PMP nennt { $nat_pmp }; { $upnp } wird verwendet, ohne NAT-Loopback-Tests (den Antworten des Routers zur eigenen Adresse ist nicht zu trauen)
# en: 51c5b3ca
exposure-typed-unusable = die eingegebene Adresse ({ $ip }) kann keine Internetadresse eines Routers sein; nicht verwendet
# en: 0cb4735c
exposure-typed-differs = laut Router ist seine externe Adresse { $router }, eingegeben wurde { $typed }; die des Routers wird verwendet
# en: 2e68e21b
exposure-external-shared = die externe Adresse { $ip } des Routers ist geteilt (CGNAT, 100.64.0.0/10): Das NAT des Anbieters bestimmt die Sicht des Internets, und Portfreigaben an diesem Router erreichen das Internet derzeit nicht
# en: 0f0e9d9c
exposure-external-private = die externe Adresse { $ip } des Routers ist keine öffentliche Adresse: Ein weiterer Router sitzt davor und bestimmt die Sicht des Internets
# en: 0860ffb3
exposure-no-external-ip = der Router hat seine externe Adresse nicht genannt
# en: ed3fb095
exposure-hairpin-answered = { $protocol }-Test der externen Adresse { $target } wurde beantwortet: { $answer }
# $hairpins: yes (the router loops back), no, or unknown.
# en: 6b4603e5
exposure-hairpin-silent = { $protocol }-Test der externen Adresse { $target }: keine Antwort ({ $hairpins ->
        [yes] der Router unterstützt NAT-Loopback, eine Portfreigabe ist also unwahrscheinlich
        [no] nicht eindeutig: Auch eine gelistete Portfreigabe hat nicht geantwortet
       *[unknown] nicht eindeutig: keine gelistete Portfreigabe zum Vergleich
    })
# en: 697351a0
exposure-hairpin-other = { $protocol }-Test von { $target }: { $outcome } ({ $detail })
# en: 9fac3aa5
exposure-hairpin-skipped = NAT-Loopback-Tests übersprungen: externe Adresse unbekannt
# en: 73f90531
exposure-hairpin-other-source = { $count } Antworten auf den { $protocol }-Test von { $target } kamen von einer anderen Adresse und wurden ignoriert
# en: e2f4cef8
exposure-hairpin-no-answer-within = keine Antwort innerhalb von { $seconds } s
# en: 46d55430
exposure-hairpin-knx-gateway = KNX-Gateway „{ $name }“ (physikalische Adresse { $individual_address }, MAC { $mac })
# en: 95956ea5
exposure-hairpin-knx-other = KNXnet/IP { $service }
# en: a5538ebf
exposure-hairpin-knx-undecodable = nicht dekodierbare KNXnet/IP-Antwort ({ $error })
# en: 56d71d96
exposure-hairpin-bacnet-device = BACnet-Gerät { $instance }
# en: 3877ebdd
exposure-hairpin-bacnet-device-named = BACnet-Gerät { $instance } „{ $name }“
# en: cc04d3c1
exposure-hairpin-bacnet-unnamed = ein BACnet-Gerät hat geantwortet, aber nicht gesagt, welches ({ $error })
# en: 92d4be73
exposure-hairpin-bacnet-no-identifier = eine BACnet-Antwort ohne Gerätekennung
# en: 123cfd0e
exposure-known-knx-gateway = KNX-Gateway „{ $name }“
# en: 38fb5306
exposure-known-bacnet-device = BACnet-Gerät { $instance }
# en: d8bacc3d
exposure-known-bbmd = ein BACnet-Broadcast-Verteiler (BBMD)
# en: 0e0602ec
exposure-known-bacnet-router = ein BACnet-Router
# en: b144fd52
exposure-ssdp-others = { $count } Suchantworten kamen von anderen Hosts als dem Router ({ $sources }); ignoriert: Nur die eigene Portfreigabe-Tabelle des Routers zählt
# en: a51b667b
exposure-ssdp-malformed = unbrauchbare Suchantwort: { $answer }
# en: ed5314c8
exposure-ssdp-no-interface = keine Schnittstellenadresse, von der die Multicast-Suche gesendet werden kann; geben Sie die Schnittstelle an oder verwenden Sie Unicast an den Router
# en: f1e2da21
exposure-ssdp-socket = der SSDP-Socket auf { $bind } kann nicht geöffnet werden: { $error }
# $location: yes or no.
# en: 74310708
exposure-ssdp-unusable-answer = Antwort von { $source } mit Status { $status } und { $location ->
        [yes] mit
       *[no] ohne
    } LOCATION
# en: ae14f196
exposure-ssdp-bad-answer = Antwort von { $source }: { $error }
# en: 0d55ad4d
exposure-igd-none = keine UPnP-Antwort vom Router { $router } ({ $searches } Suchanfragen gesendet); UPnP ist aus oder blockiert
# en: 30f878cd
exposure-igd-location-elsewhere = die Antwort des Routers (von { $source }) verweist auf { $url }, das nicht der Router ist; nicht kontaktiert
# en: 7bae78a4
exposure-igd-location-bad = die LOCATION des Routers ist unbrauchbar: { $error }
# en: 53c9a52a
exposure-igd-found = UPnP-Gateway gefunden unter { $url }
# en: 23b1ea28
exposure-igd-error = UPnP: { $error }
# $complete: yes or no.
# en: 245da898
exposure-igd-mappings = der Router listet { $count } { $count ->
        [one] Portfreigabe
       *[other] Portfreigaben
    } (Liste { $complete ->
        [yes] vollständig
       *[no] unvollständig
    })
# $enabled: yes or no.
# en: ffc7246b
exposure-igd-mapping = Portfreigabe { $protocol } { $port } → { $internal }{ $enabled ->
        [yes] {""}
       *[no] {" "}(deaktiviert)
    }
# en: 191eadf7
exposure-igd-mapping-known = Portfreigabe { $protocol } { $port } → { $internal } ({ $known }){ $enabled ->
        [yes] {""}
       *[no] {" "}(deaktiviert)
    }
# en: 6569f37d
exposure-igd-description-failed = Gerätebeschreibung: { $error }
# en: 4b3d307c
exposure-igd-no-wan-service = die Gerätebeschreibung enthält keinen WAN-Verbindungsdienst ({ $services } Dienste)
# en: 0a85ba66
exposure-igd-control-elsewhere = die Control-URL { $url } liegt nicht auf dem Router { $router }; nicht kontaktiert
# en: 103fe818
exposure-igd-control-bad = Control-URL: { $error }
# en: 99e89c0d
exposure-igd-external-zero = der Router meldet keine externe Adresse (0.0.0.0): Er ist nicht verbunden, oder seine WAN-Adresse ist privat
# en: bdd9fad2
exposure-igd-external-bad = die externe Adresse des Routers (UPnP) ist leer oder keine IPv4-Adresse
# en: 04ec5a95
exposure-igd-external-missing = der Router hat seine externe Adresse nicht genannt (UPnP)
# en: 10a970fb
exposure-igd-external-failed = GetExternalIPAddress fehlgeschlagen: { $error }
# en: 4879e9b1
exposure-igd-list-cancelled = beim Auflisten der Portfreigaben abgebrochen
# en: f0df528b
exposure-igd-list-bad-entry = Portfreigabe-Liste: { $error }
# en: 93d49167
exposure-igd-list-end-quirk = der Router hat seine Portfreigabe-Liste bei Eintrag { $index } mit UPnP-Fehler { $code } ({ $description }) statt 713 beendet; wie bei manchen Routern als Listenende gewertet
# en: 26ca756e
exposure-igd-list-stopped = Portfreigabe-Liste bei Eintrag { $index } abgebrochen: { $error }
# en: 0af8f588
exposure-igd-mapping-cap = der Router listet mehr als { $max } Portfreigaben; nur die ersten { $max } wurden gelesen
# en: 2a04918e
exposure-socket-failed = auf { $bind } kann kein Socket geöffnet werden: { $error }
# en: cb625c7e
exposure-nat-pmp-none = keine NAT-PMP-Antwort von { $target } (3 Versuche)
# en: aed87cf3
exposure-nat-pmp-on = NAT-PMP ist aktiv: externe Adresse { $ip }
# en: ca95cf89
exposure-nat-pmp-on-no-address = NAT-PMP ist aktiv: externe Adresse nicht angegeben
# en: ac079610
exposure-nat-pmp-result = NAT-PMP hat mit { $result } geantwortet
# en: 0f973cd6
exposure-pcp-none = keine PCP-Antwort von { $target } (3 Versuche)
# en: 95953357
exposure-pcp-undecodable = nicht dekodierbare PCP-Antwort: { $error }
# en: 2b61268c
exposure-pcp-nat-pmp-only = der Router spricht nur NAT-PMP (antwortete mit Version 0, Ergebnis { $result })
# en: da4e0892
exposure-pcp-answered = PCP hat geantwortet: Version { $version }, { $result }
# en: d4d275d1
exposure-internetdb-skipped-unknown = InternetDB-Abfrage übersprungen: externe Adresse unbekannt
# en: 39aa8003
exposure-internetdb-skipped-private = InternetDB-Abfrage übersprungen: { $ip } ist keine öffentliche Adresse
# en: 8ed341a2
exposure-internetdb-failed = Abfrage fehlgeschlagen: { $error }
# en: 8975a8b0
exposure-internetdb-note-failed = InternetDB-Abfrage von { $ip } fehlgeschlagen: { $error }
# en: a094b9af
exposure-internetdb-note-listed = InternetDB listet { $ip } mit offenen Ports { $ports }
# en: 97d91f49
exposure-internetdb-note-unlisted = InternetDB hat keine Informationen zu { $ip }
# en: 8610bed3
exposure-internetdb-not-json = InternetDB-Antwort ist nicht das erwartete JSON: { $error }
# en: b6ab2077
exposure-internetdb-http-status = InternetDB hat mit HTTP { $status } geantwortet
# en: 4e63238a
exposure-internetdb-unreadable = InternetDB-Antwort unlesbar oder größer als { $kib } KiB: { $error }
# en: 6b8977b8
exposure-internetdb-not-reached = InternetDB nicht erreicht: { $error }

## The check command's preamble (installer voice; aligned under "Router    ")

# en: 821dcc96
exposure-preamble-typed = Adresse   die eingegebene Internetadresse des Routers: { $ip } (von innen getestet, wenn der Router seine eigene nicht nennt)
# $consent: exposure-stun-consent.
# en: e0e95b9e
exposure-preamble-stun = STUN      { $consent } (von Ihnen mit --stun erlaubt)

## The desktop app (app/src/gui/widgets/exposure.rs): the exposure state with its proof on the
## Findings screen and the homeowner self-check.

# $state: one of the exposure-state-* messages.
# en: 378b7269
gui-exposure-state = Internet: { $state }
# $address: one of the exposure-address-* messages.
# en: 0ca19151
gui-exposure-address = Internetadresse Ihres Routers: { $address }
# $server: the STUN server as the user named it; $address: one of the exposure-address-* messages.
# en: aa5aaefe
gui-exposure-internet-view = Der Adressdienst { $server } sieht Ihr Zuhause als { $address }
# en: 8960ed77
gui-exposure-proof = Woher wir das wissen
# en: ca5d72c1
gui-exposure-do = Was zu tun ist
