# The homeowner's traffic light (audit-core/src/checks/verdict.rs): the light words, the
# headlines that are not about the internet (the exposure state's own are in exposure.ftl),
# the building-controls item of "what was checked", and the request added when the router
# could not be checked. Plain words, no jargon: these are read by homeowners.

## Light words

verdict-light-green = Green
verdict-light-amber = Amber
verdict-light-red = Red

## Headlines and explanations

# Shown for a verdict without a headline (an audit saved by an early version).
verdict-fallback-green = Nothing reachable from the internet and nothing urgent was found.
verdict-fallback-amber = Something should be fixed, or not everything could be checked.
verdict-fallback-red = Reachable from the internet or writable by anyone: act now.

verdict-red-headline = Act now: something needs checking today.
verdict-red-explanation = During the test a setting on one of your controllers changed, or something else needs urgent attention. Ask your installer to check it today.
verdict-amber-fix-headline = Nothing open to the internet was found, but some things should be fixed.
# $to_fix: findings of high or medium severity (at least 1). $router_checked: yes or no.
verdict-amber-fix-explanation = We found { $to_fix ->
        [one] one thing
       *[other] { $to_fix } things
    } that your installer should fix. None of them makes your home reachable from the internet{ $router_checked ->
        [yes] {""}
       *[no] {" as far as we could see; we could not check your router fully"}
    }.
# Another state's explanation (exposure.ftl), then what else to fix. $to_fix: findings of high
# or medium severity that are not about the internet (at least 1).
verdict-explanation-also-fix = { $explanation } We also found { $to_fix ->
        [one] one more thing
       *[other] { $to_fix } more things
    } that your installer should fix.

## Requests for the installer

verdict-ask-router = Please check our router for port forwards, DMZ and UPnP settings that reach our building controls.

## What was checked, and what was not (list items, lower-case start)

verdict-checked-inventory = the building controls on your network ({ $devices } BACnet { $devices ->
        [one] device
       *[other] devices
    } and { $gateways } KNX { $gateways ->
        [one] gateway
       *[other] gateways
    })

# A check's request to the installer (checks/verdict.rs): the text comes from the check's
# remediation file in the reader's language (text/catalogue.rs); this is only the fallback
# when no file exists. $check: the check id; $stored: the request as it was stored.
remediation-ask = { $stored }
