# "Why nothing was found" after a discovery (audit-core/src/discovery/diagnosis.rs): per cause a
# title, the evidence and next steps, then one summary line. Read by installers on site.

## Summary

# en: b6768b88
diagnosis-summary-nothing = Nichts gefunden, und nichts deutet auf eine Ursache auf unserer Seite hin.
# $causes: the titles of the causes below, listed.
# en: adaa8ebf
diagnosis-summary-nothing-causes = Nichts gefunden. Wahrscheinliche Ursachen: { $causes }.
# en: 9e6e6c3c
diagnosis-summary-found = { $devices } BACnet-Gerät(e) und { $gateways } KNX-Gateway(s) gefunden.
# $notes: the titles of the causes below, listed.
# en: 352b27d4
diagnosis-summary-found-notes = { $devices } BACnet-Gerät(e) und { $gateways } KNX-Gateway(s) gefunden; Hinweis: { $notes }.

## The job stopped early

# en: 05764589
diagnosis-cancelled = Der Durchlauf wurde abgebrochen
# en: ebe9a941
diagnosis-cancelled-step = Starten Sie die Gerätesuche erneut und lassen Sie sie zu Ende laufen.
# en: 87974ddf
diagnosis-budget = Der Durchlauf wurde nach zu vielen unbeantworteten Anfragen beendet
# en: fa844fa1
diagnosis-budget-step-reachable = Prüfen Sie, ob die Ziele eingeschaltet und erreichbar sind (Ping, Kabel, VLAN).
# en: 5313ccae
diagnosis-budget-step-timeout = Erhöhen Sie das Timeout oder das Fehlerbudget, wenn das Netz langsam ist.
# en: ef34d106
diagnosis-time-budget = Der Durchlauf hat sein Zeitlimit erreicht und wurde beendet
# en: c73edf67
diagnosis-time-budget-step-raise = Starten Sie ihn bei einem großen Gebäude erneut mit einem größeren --time-budget (Sekunden).
# en: e0cd5274
diagnosis-time-budget-step-claims = Sehen Sie sich die Vertrauenshinweise an: Ein Gerät, das weit mehr meldet, als es hat, macht einen Durchlauf lang.
# $reason: cancelled, error-budget-exhausted or time-budget-exhausted.
# en: e547d710
diagnosis-stopped-evidence = beendet: { $reason }; bis dahin { $sent } Pakete gesendet

## Sockets

# en: 3cc20af0
diagnosis-bacnet-socket = BACnet/IP konnte nicht genutzt werden
# en: 21afd50b
diagnosis-bacnet-socket-step = Prüfen Sie die mit --bind angegebene Adresse, oder starten Sie das Programm mit den Rechten, UDP-Sockets zu öffnen.
# en: c5af68a5
diagnosis-knx-socket = KNXnet/IP konnte nicht genutzt werden
# en: 9ca0163f
diagnosis-knx-socket-step = Prüfen Sie die mit --bind angegebene Adresse.

## Broadcast and multicast

# en: 40e16c5d
diagnosis-no-broadcast = Die Schnittstelle hat keine Broadcast-Adresse
# $interface: its name, or diagnosis-the-chosen-interface.
# en: d1518cda
diagnosis-no-broadcast-evidence = { $interface } hat keine IPv4-Broadcast-Adresse, daher konnte kein Who-Is per Broadcast gesendet werden
# en: 492421cc
diagnosis-the-chosen-interface = die gewählte Schnittstelle
# en: 9f9f01db
diagnosis-no-broadcast-step-interface = Wählen Sie die Schnittstelle, die am Gebäudenetz angeschlossen ist (--interface).
# en: aa266486
diagnosis-no-broadcast-step-target = Oder geben Sie die Geräte direkt mit --target IP an.
# en: 9ca3f6f5
diagnosis-multicast = Die KNX-Multicast-Suche konnte nicht gesendet werden
# en: e3e723e2
diagnosis-multicast-evidence = keine Suchanfrage hat diese Schnittstelle verlassen
# en: 881df243
diagnosis-multicast-step-interface = Wählen Sie eine Schnittstelle mit aktiviertem Multicast.
# en: bed96efe
diagnosis-multicast-step-target = Oder geben Sie KNX-Gateways direkt mit --target IP:3671 an.

## The BACnet port was taken

# en: 7a622367
diagnosis-port-in-use = Der BACnet-Port war von einem anderen Programm belegt
# $listener: yes when a broadcast listener still runs on the standard port.
# en: f1c19628
diagnosis-port-in-use-evidence = UDP { $port } war belegt (YABE, ETS, BAC0 oder ein BACnet-Dienst?); die Anfragen wurden von einem dynamischen Port gesendet, und { $listener ->
        [yes] Broadcast-Antworten werden über den Broadcast-Empfänger weiterhin gehört
       *[no] Antworten, die per Broadcast an diesen Port gehen, werden verpasst
    }
# en: af0f2708
diagnosis-port-in-use-step-close = Schließen Sie das andere BACnet-Programm und starten Sie die Gerätesuche erneut, um ein vollständiges Bild zu erhalten.
# en: 7fb6209d
diagnosis-port-in-use-step-unicast = Geräte, die per Unicast antworten, wurden trotzdem gefunden.

## Answers from elsewhere, silent targets

# en: eb12fe31
diagnosis-unexpected-sources = Antworten kamen von Adressen außerhalb des gewählten Netzes
# en: 4b964ea0
diagnosis-unexpected-sources-evidence = von { $sources }
# en: e272ca3e
diagnosis-unexpected-sources-step-vlan = Der Laptop ist vielleicht in einem anderen VLAN oder Subnetz als erwartet: Prüfen Sie die Schnittstelle.
# en: d540de98
diagnosis-unexpected-sources-step-nat = Ein NAT oder ein BBMD leitet eventuell weiter; für KNX-Gateways hinter NAT verwenden Sie --nat.
# en: fdf87fd5
diagnosis-firewall = Kein Ziel hat überhaupt geantwortet
# en: 9eba33c7
diagnosis-firewall-evidence = von { $targets } kam nichts zurück, nicht einmal ein Fehler: So sieht es aus, wenn eine Firewall UDP verwirft
# en: 82dbbb26
diagnosis-firewall-step-laptop = Prüfen Sie die eigene Firewall des Laptops für UDP 47808 und 3671 (die Antworten kommen zu uns zurück).
# en: f66ee8f0
diagnosis-firewall-step-ports = Prüfen Sie, ob die Zieladressen und Ports stimmen (BACnet kann 47808-47823 verwenden).
# en: 5d2a831e
diagnosis-firewall-step-site = Eine Firewall oder ein Router der Anlage zwischen uns und den Zielen verwirft eventuell UDP: Testen Sie aus dem Subnetz der Geräte.
# en: 5fc1852e
diagnosis-targets-silent = Einige Ziele haben nicht geantwortet
# en: 079b2eab
diagnosis-targets-silent-evidence = keine Antwort von { $targets }
# en: 64fb69bc
diagnosis-targets-silent-step = Prüfen Sie diese Adressen und Ports und ob die Geräte eingeschaltet sind.

## Routed networks

# en: a0284173
diagnosis-behind-router = Router haben geantwortet, aber kein Gerät dahinter
# en: 35721e06
diagnosis-behind-router-evidence = { $routers } Router haben { $networks } entfernte(s) Netz(e) gemeldet; ein dorthin gesendetes Who-Is erhielt kein I-Am
# en: 11efaab7
diagnosis-behind-router-step-bbmd = Die entfernten Netze sind vielleicht andere IP-Subnetze, die über BBMDs verbunden sind: Geben Sie den BBMD oder die Geräte mit --target an.
# en: b68d4bce
diagnosis-behind-router-step-timeout = MS/TP-Stränge sind vielleicht langsam oder ausgefallen: Erhöhen Sie --timeout.

## Nothing answered, nothing sent

# en: 46ef1654
diagnosis-no-answer = Nichts hat geantwortet
# en: 1c0fa07d
diagnosis-no-answer-evidence = { $sent } Pakete gesendet, keines empfangen auf { $scope }
# en: 93625b9b
diagnosis-no-answer-step-cable = Prüfen Sie Kabel oder WLAN und ob diese Schnittstelle am Gebäudenetz hängt.
# en: 5c154935
diagnosis-no-answer-step-firewall = Prüfen Sie die Firewall des Laptops: Antworten auf unsere Anfragen müssen durchgelassen werden.
# en: 1f350b99
diagnosis-no-answer-step-target = Wenn die Geräte in einem anderen Subnetz sind, geben Sie sie mit --target an.
# en: 3be20b92
diagnosis-nothing-sent = Nichts wurde gesendet
# en: e9e892a1
diagnosis-nothing-sent-evidence = der Prüfbereich erlaubte keinen Broadcast, keinen Multicast und kein Ziel
# en: 3e70cb7c
diagnosis-nothing-sent-step = Wählen Sie eine Schnittstelle (--interface), eine Adresse (--bind) oder Ziele (--target).
