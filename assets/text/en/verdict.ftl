# The homeowner's traffic light (audit-core/src/checks/verdict.rs): headline and explanation
# per light, the "what was checked" lists, and the request added when the router could not be
# checked. Plain words, no jargon: these are read by homeowners.

## Light words

verdict-light-green = Green
verdict-light-amber = Amber
verdict-light-red = Red

## Headlines and explanations

# Shown for a verdict without a headline (an audit saved by an early version).
verdict-fallback-green = Nothing reachable from the internet and nothing urgent was found.
verdict-fallback-amber = Something should be fixed, or not everything could be checked.
verdict-fallback-red = Reachable from the internet or writable by anyone: act now.

verdict-red-exposed-headline = Your building controls can be reached from the internet.
verdict-red-exposed-explanation = Anyone on the internet can find and use them, without a password. Ask your installer to close this today; until then, the list below says what to ask for.
verdict-red-headline = Act now: something needs checking today.
verdict-red-explanation = During the test a setting on one of your controllers changed, or something else needs urgent attention. Ask your installer to check it today.
verdict-amber-fix-headline = Nothing is open to the internet, but some things should be fixed.
# $to_fix: findings of high or medium severity (at least 1). $router_checked: yes or no.
verdict-amber-fix-explanation = We found { $to_fix ->
        [one] one thing
       *[other] { $to_fix } things
    } that your installer should fix. None of them makes your home reachable from the internet{ $router_checked ->
        [yes] {""}
       *[no] {" as far as we could see; we could not check your router fully"}
    }.
verdict-amber-unchecked-headline = Nothing urgent found, but we could not check your router.
verdict-amber-unchecked-explanation = The most common way building controls end up on the internet is a setting in the router. We could not look at it, so we cannot say that your home is closed. The list below says what was not checked.
verdict-green-headline = Nothing reachable from the internet was found.
verdict-green-explanation = We looked at your router and your building controls and found nothing open to the internet and nothing urgent to fix. Run this check again after changes to your network.

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
verdict-not-checked-router-not-run = your router: the router check did not run
verdict-not-checked-router-none = your router: none was found on this network
verdict-checked-mappings = your router's list of open doors to the internet ({ $entries } { $entries ->
        [one] entry
       *[other] entries
    })
verdict-not-checked-mappings-partial = part of your router's list of open doors to the internet: the router stopped answering
verdict-not-checked-mappings-unshared = your router's list of open doors to the internet: the router does not share it (the feature may be switched off)
verdict-checked-self-opening = whether devices can open doors in your router by themselves
verdict-checked-knock = a test knock on your home's internet address from inside
verdict-not-checked-knock-not-run = a test knock on your home's internet address: not run
verdict-not-checked-knock-no-hairpin = a test knock on your home's internet address: your router does not let us test from inside; test from outside, for example from a laptop connected through a phone on mobile data
verdict-checked-search = a public search engine for internet devices (Shodan)
verdict-not-checked-search-unreachable = a public search engine for internet devices: it could not be reached
verdict-not-checked-search-consent = a public search engine for internet devices: only asked with your permission
