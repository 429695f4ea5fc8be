# The homeowner's traffic light (audit-core/src/checks/verdict.rs): the light words, the
# headlines that are not about the internet (the exposure state's own are in exposure.ftl),
# the building-controls item of "what was checked", and the request added when the router
# could not be checked. Plain words, no jargon: these are read by homeowners.

## Light words

# en: 57d57725
verdict-light-green = Grün
# en: 87cc7135
verdict-light-amber = Gelb
# en: 6f99fd75
verdict-light-red = Rot

## Headlines and explanations

# Shown for a verdict without a headline (an audit saved by an early version).
# en: 5baf61ba
verdict-fallback-green = Nichts ist aus dem Internet erreichbar, und es wurde nichts Dringendes gefunden.
# en: 6ba1c7ae
verdict-fallback-amber = Etwas sollte behoben werden, oder es konnte nicht alles geprüft werden.
# en: 3378d037
verdict-fallback-red = Aus dem Internet erreichbar oder für jeden beschreibbar: Handeln Sie jetzt.

# en: 51babc8a
verdict-red-headline = Handeln Sie jetzt: Etwas muss heute noch geprüft werden.
# en: 460cc987
verdict-red-explanation = Während der Prüfung hat sich eine Einstellung an einer Ihrer Steuerungen geändert, oder etwas anderes braucht dringend Aufmerksamkeit. Bitten Sie Ihren Installateur, das heute noch zu prüfen.
# en: f182494d
verdict-amber-fix-headline = Nichts ist zum Internet hin offen, aber einiges sollte behoben werden.
# $to_fix: findings of high or medium severity (at least 1). $router_checked: yes or no.
# en: 706db2a0
verdict-amber-fix-explanation = Wir haben { $to_fix ->
        [one] eine Sache
       *[other] { $to_fix } Dinge
    } gefunden, die Ihr Installateur beheben sollte. Keine davon macht Ihr Zuhause aus dem Internet erreichbar{ $router_checked ->
        [yes] {""}
       *[no] {", soweit wir sehen konnten; Ihren Router konnten wir nicht vollständig prüfen"}
    }.
# Another state's explanation (exposure.ftl), then what else to fix. $to_fix: findings of high
# or medium severity that are not about the internet (at least 1).
# en: fb034535
verdict-explanation-also-fix = { $explanation } Außerdem haben wir { $to_fix ->
        [one] eine weitere Sache
       *[other] { $to_fix } weitere Dinge
    } gefunden, die Ihr Installateur beheben sollte.

## Requests for the installer

# en: db99865c
verdict-ask-router = Bitte prüfen Sie unseren Router auf Portfreigaben, DMZ- und UPnP-Einstellungen, über die unsere Gebäudesteuerung erreichbar ist.

## What was checked, and what was not (list items, lower-case start)

# en: f9d5555d
verdict-checked-inventory = die Gebäudesteuerung in Ihrem Netzwerk ({ $devices } { $devices ->
        [one] BACnet-Gerät
       *[other] BACnet-Geräte
    } und { $gateways } { $gateways ->
        [one] KNX-Gateway
       *[other] KNX-Gateways
    })

# A check's request to the installer (checks/verdict.rs): the text comes from the check's
# remediation file in the reader's language (text/catalogue.rs); this is only the fallback
# when no file exists. $check: the check id; $stored: the request as it was stored.
# en: d8a676a8
remediation-ask = { $stored }
