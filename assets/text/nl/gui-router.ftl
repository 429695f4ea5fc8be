## The router's internet address on the Findings screen and the homeowner self-check
## (app/src/gui/widgets/router_inputs.rs, app/src/gui/flows/checks.rs): a typed address, an
## opt-in STUN server, and the demo building's choice of home router.

# en: 0078aede
gui-router-section = Internetadres van de router (optioneel)
# en: 3488f44f
gui-router-section-why = Als de router zijn internetadres niet doorgeeft (geen UPnP of NAT-PMP), kan een met de hand in zijn menu ingestelde poortdoorverwijzing niet worden getest. Typ het adres dat zijn statuspagina toont, of laat een STUN-server het vertellen.
# en: 67902946
gui-router-ip-label = Internetadres van de router:
# en: dde8848d
gui-router-ip-hint = zoals de statuspagina van de router het toont
# $ip: what the user typed (shown safely).
# en: 2f027379
gui-router-ip-bad = “{ $ip }” is geen internetadres: typ vier getallen met punten, zoals de statuspagina van de router het toont. Er is niets verzonden.
# en: 18ba5f40
gui-router-stun-label = STUN-server:
# en: 35e3449a
gui-router-stun-hint = HOST of HOST:POORT (leeg: geen)
# en: c7cb3e75
gui-router-stun-note = Een STUN-server wordt alleen gevraagd als u dat in de volgende stap aanvinkt; daarvoor wordt er niets naartoe gestuurd.
# $problem: why the server name cannot be used (exposure-stun-server-bad).
# en: 13572253
gui-router-stun-bad = { $problem }. Er is niets verzonden.
# $server: the STUN server as typed.
# en: ca10aec1
gui-router-stun-option = De STUN-server { $server } vragen naar het openbare adres van dit netwerk (internet nodig)
# $ip: the typed address.
# en: a48dc6d6
gui-router-typed-scope = Het internetadres van de router zoals u het typte: { $ip } (van binnenuit getest als de router zijn eigen adres niet doorgeeft)
# $server: the STUN server as typed.
# en: 04e415d8
gui-router-log-stun = STUN toegestaan: { $server } wordt gevraagd naar het openbare adres van dit netwerk.
# $ip: the typed address.
# en: 3265e015
gui-router-log-typed = Het internetadres van de router zoals getypt: { $ip }.

# en: fc2961bd
gui-router-demo-label = Demo-thuisrouter:
# en: eb242812
gui-router-demo-why = Elke demo-router toont een andere internetsituatie; voer de controles opnieuw uit na het wisselen.
# en: 0055c510
gui-router-demo-public = Openbaar adres, deur open
# en: a3c78fac
gui-router-demo-cgnat = Achter de NAT van de provider, deur open
# en: d469fa7e
gui-router-demo-none = Openbaar adres, geen deur open
# $kind: the demo router's name (gui-router-demo-public, ...).
# en: 9daa0d41
gui-router-demo-switched = Demogebouw: de thuisrouter is nu “{ $kind }”.
# en: 9ecc7f5f
gui-router-demo-busy = De demo-router kan worden gewisseld zodra de lopende taak klaar is.
