# The homeowner self-check (app/src/gui/panels/self_check.rs, widgets/severity_badge.rs): one
# button, a traffic light, what to ask the installer. Read by homeowners: plain words, no jargon.

# en: f1222cf5
gui-self-check-title = Selbsttest für Hausbesitzer
# en: 4fd30dde
gui-self-check-what = Ist Ihre Haussteuerung aus dem Internet erreichbar? Ein Knopf, eine klare Antwort.
# en: fa3aa64e
gui-self-check-looks-at = Was geprüft wird
# en: b2f44d0f
gui-self-check-looks-router = Die Liste offener Türen (Portfreigaben) Ihres Routers, die aus dem Internet zu Geräten in Ihrem Zuhause führen.
# en: 7780284f
gui-self-check-looks-outside = Ob Ihr Router auf seiner Internetadresse so antwortet, wie ein Fremder von außen es sehen würde.
# en: 9888c985
gui-self-check-looks-devices = Gebäudesteuerungen und KNX-Gateways in Ihrem Heimnetz, und ob sie geschützt sind.
# en: fdb2ee15
gui-self-check-nothing-changed = An keinem Gerät und an Ihrem Router wird etwas verändert. Sie werden gefragt, bevor etwas gesendet wird, und das Protokoll zeigt jede Nachricht.
# en: 9087644c
gui-self-check-demo = Demo: Geprüft wird das eingebaute Demo-Zuhause (simulierte Geräte und Router, nur auf diesem Computer).
# en: 365ecde3
gui-self-check-start = Mein Zuhause prüfen
# en: 8ed0105a
gui-self-check-again = Erneut prüfen
# en: 34fbda42
gui-self-check-start-hint = Zeigt, was passieren wird, und fragt nach, bevor etwas gesendet wird
# en: e2cd0b8d
gui-self-check-pick-first = Wählen Sie zuerst die Verbindung zu Ihrem Heimnetz
# en: 76fbc8e8
gui-self-check-which = Welche Verbindung dieses Computers ist mit Ihrem Heimnetz verbunden?
# en: 4493c43f
gui-self-check-looking = Verbindungen dieses Computers werden ermittelt…
# en: 70126003
gui-self-check-no-connection = Dieser Computer hat keine funktionierende Netzwerkverbindung.
# $name: the connection's name (eth0, wlan0); $address: its IPv4 address.
# en: 8ee005bc
gui-self-check-connection = { $name } (Adresse { $address })

## The answer

# $light: the light's word (Green, Amber, Red).
# en: 9c892b6d
gui-self-check-light-hint = Ampel: { $light }
# en: f442bd88
gui-self-check-ask = Was Sie Ihren Installateur fragen sollten
# en: 53b0a4c9
gui-self-check-copy = Für meinen Installateur kopieren
# en: 3656f6be
gui-self-check-copy-hint = Kopiert die Antwort, die Fragen und das Gefundene als Text
# en: 3d572c43
gui-self-check-copied = Kopiert. Fügen Sie es in eine E-Mail oder Nachricht an Ihren Installateur ein.
# en: 80c59067
gui-self-check-saved = Das Ergebnis wird auch mit diesem Test gespeichert.
# en: 7e260964
gui-self-check-found = Was wir gefunden haben
# en: 013d3487
gui-self-check-nothing-to-fix = Nichts, was behoben werden muss.
# $count: findings not listed here (less urgent ones). "Copy for my installer" is the button above.
# en: 67bab754
gui-self-check-also = Außerdem { $count ->
        [one] ein kleinerer Hinweis für Ihren Installateur; „Für meinen Installateur kopieren“ enthält ihn.
       *[other] { $count } kleinere Verbesserungen und Hinweise für Ihren Installateur; „Für meinen Installateur kopieren“ enthält sie alle.
    }
# en: 26ba6c10
gui-self-check-checked = Was wir geprüft haben
# en: f9774d71
gui-self-check-not-checked = Was wir nicht prüfen konnten

## Severity in the homeowner's words (the badges)

# en: 9e0a463b
gui-severity-plain-critical = Dringend
# en: f071f045
gui-severity-plain-high = Wichtig
# en: 7c4263a2
gui-severity-plain-medium = Sollte behoben werden
# en: 09e5f5e3
gui-severity-plain-low = Kann verbessert werden
# en: 6c8f3f2d
gui-severity-plain-info = Hinweis
