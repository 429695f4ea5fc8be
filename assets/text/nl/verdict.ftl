# The homeowner's traffic light (audit-core/src/checks/verdict.rs): the light words, the
# headlines that are not about the internet (the exposure state's own are in exposure.ftl),
# the building-controls item of "what was checked", and the request added when the router
# could not be checked. Plain words, no jargon: these are read by homeowners.

## Light words

# en: 57d57725
verdict-light-green = Groen
# en: 87cc7135
verdict-light-amber = Oranje
# en: 6f99fd75
verdict-light-red = Rood

## Headlines and explanations

# Shown for a verdict without a headline (an audit saved by an early version).
# en: 5baf61ba
verdict-fallback-green = Niets bereikbaar vanaf het internet en niets dringends gevonden.
# en: 6ba1c7ae
verdict-fallback-amber = Er moet iets worden verholpen, of niet alles kon worden gecontroleerd.
# en: 3378d037
verdict-fallback-red = Bereikbaar vanaf het internet of door iedereen te wijzigen: kom nu in actie.

# en: 51babc8a
verdict-red-headline = Kom nu in actie: er moet vandaag iets worden nagekeken.
# en: 460cc987
verdict-red-explanation = Tijdens de test is een instelling op een van uw regelapparaten veranderd, of iets anders vraagt dringend aandacht. Vraag uw installateur om het vandaag na te kijken.
# en: f182494d
verdict-amber-fix-headline = Er is niets gevonden dat openstaat naar het internet, maar sommige dingen moeten worden verholpen.
# $to_fix: findings of high or medium severity (at least 1). $router_checked: yes or no.
# en: 706db2a0
verdict-amber-fix-explanation = We vonden { $to_fix ->
        [one] één punt dat
       *[other] { $to_fix } punten die
    } uw installateur moet verhelpen. Geen daarvan maakt uw woning bereikbaar vanaf het internet{ $router_checked ->
        [yes] {""}
       *[no] {" voor zover we konden zien; we konden uw router niet volledig controleren"}
    }.
# Another state's explanation (exposure.ftl), then what else to fix. $to_fix: findings of high
# or medium severity that are not about the internet (at least 1).
# en: fb034535
verdict-explanation-also-fix = { $explanation } We vonden ook nog { $to_fix ->
        [one] één ander punt dat
       *[other] { $to_fix } andere punten die
    } uw installateur moet verhelpen.

## Requests for the installer

# en: db99865c
verdict-ask-router = Wilt u onze router nakijken op poortdoorverwijzingen, DMZ- en UPnP-instellingen die onze gebouwbesturing bereikbaar maken?

## What was checked, and what was not (list items, lower-case start)

# en: f9d5555d
verdict-checked-inventory = de gebouwbesturing in uw netwerk ({ $devices } BACnet-{ $devices ->
        [one] apparaat
       *[other] apparaten
    } en { $gateways } KNX-{ $gateways ->
        [one] gateway
       *[other] gateways
    })

# A check's request to the installer (checks/verdict.rs): the text comes from the check's
# remediation file in the reader's language (text/catalogue.rs); this is only the fallback
# when no file exists. $check: the check id; $stored: the request as it was stored.
# en: d8a676a8
remediation-ask = { $stored }
