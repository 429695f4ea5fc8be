# The homeowner self-check (app/src/gui/panels/self_check.rs, widgets/severity_badge.rs): one
# button, a traffic light, what to ask the installer. Read by homeowners: plain words, no jargon.

# en: f1222cf5
gui-self-check-title = Zelfcontrole voor bewoners
# en: 4fd30dde
gui-self-check-what = Is uw domotica bereikbaar vanaf het internet? Eén knop, een duidelijk antwoord.
# en: fa3aa64e
gui-self-check-looks-at = Wat er wordt bekeken
# en: b2f44d0f
gui-self-check-looks-router = De lijst van uw router met open deuren (poortdoorverwijzingen) vanaf het internet naar apparaten in uw woning.
# en: 7780284f
gui-self-check-looks-outside = Of uw router op zijn internetadres antwoordt, zoals een buitenstaander dat zou zien.
# en: 9888c985
gui-self-check-looks-devices = Regelapparaten en KNX-gateways in uw thuisnetwerk, en of ze beveiligd zijn.
# en: fdb2ee15
gui-self-check-nothing-changed = Er wordt niets veranderd aan uw apparaten of uw router. U wordt eerst om toestemming gevraagd voordat er iets wordt verzonden, en het Logboek toont elk bericht.
# en: 9087644c
gui-self-check-demo = Demo: dit controleert de ingebouwde demowoning (gesimuleerde apparaten en router, alleen op deze computer).
# en: 365ecde3
gui-self-check-start = Controleer mijn woning
# en: 8ed0105a
gui-self-check-again = Opnieuw controleren
# en: 34fbda42
gui-self-check-start-hint = Toont wat er gaat gebeuren en vraagt eerst toestemming voordat er iets wordt verzonden
# en: e2cd0b8d
gui-self-check-pick-first = Kies eerst de verbinding met uw thuisnetwerk
# en: 76fbc8e8
gui-self-check-which = Welke verbinding van deze computer zit op uw thuisnetwerk?
# en: 4493c43f
gui-self-check-looking = Verbindingen van deze computer bekijken…
# en: 70126003
gui-self-check-no-connection = Deze computer heeft geen werkende netwerkverbinding.
# $name: the connection's name (eth0, wlan0); $address: its IPv4 address.
# en: 8ee005bc
gui-self-check-connection = { $name } (adres { $address })

## The answer

# $light: the light's word (Green, Amber, Red).
# en: 9c892b6d
gui-self-check-light-hint = Stoplicht: { $light }
# en: f442bd88
gui-self-check-ask = Wat u aan uw installateur kunt vragen
# en: 53b0a4c9
gui-self-check-copy = Kopiëren voor installateur
# en: 3656f6be
gui-self-check-copy-hint = Kopieert het antwoord, de vragen en wat er is gevonden als tekst
# en: 3d572c43
gui-self-check-copied = Gekopieerd. Plak het in een e-mail of bericht aan uw installateur.
# en: 80c59067
gui-self-check-saved = Het resultaat wordt ook bij deze controle bewaard.
# en: 7e260964
gui-self-check-found = Wat we hebben gevonden
# en: 013d3487
gui-self-check-nothing-to-fix = Niets dat verholpen moet worden.
# $count: findings not listed here (less urgent ones). "Copy for my installer" is the button above.
# en: 67bab754
gui-self-check-also = Daarnaast { $count } { $count ->
        [one] kleinere opmerking voor uw installateur; “Kopiëren voor installateur” neemt die mee.
       *[other] kleinere verbeteringen en opmerkingen voor uw installateur; “Kopiëren voor installateur” neemt ze allemaal mee.
    }
# en: 26ba6c10
gui-self-check-checked = Wat we hebben gecontroleerd
# en: f9774d71
gui-self-check-not-checked = Wat we niet konden controleren

## Severity in the homeowner's words (the badges)

# en: 9e0a463b
gui-severity-plain-critical = Dringend
# en: f071f045
gui-severity-plain-high = Belangrijk
# en: 7c4263a2
gui-severity-plain-medium = Moet worden verholpen
# en: 09e5f5e3
gui-severity-plain-low = Goed om te verbeteren
# en: 6c8f3f2d
gui-severity-plain-info = Opmerking
