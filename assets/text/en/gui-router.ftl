## The router's internet address on the Findings screen and the homeowner self-check
## (app/src/gui/widgets/router_inputs.rs, app/src/gui/flows/checks.rs): a typed address, an
## opt-in STUN server, and the demo building's choice of home router.

gui-router-section = Router's internet address (optional)
gui-router-section-why = When the router does not tell its internet address (no UPnP or NAT-PMP), a door set by hand in its menu cannot be tested. Type the address its status page shows, or let a STUN server tell it.
gui-router-ip-label = Router's internet address:
gui-router-ip-hint = as the router's status page shows it
# $ip: what the user typed (shown safely).
gui-router-ip-bad = "{ $ip }" is not an internet address: type four numbers with dots, as the router's status page shows it. Nothing was sent.
gui-router-stun-label = STUN server:
gui-router-stun-hint = HOST or HOST:PORT (empty: none)
gui-router-stun-note = A STUN server is only asked if you tick it in the next step; nothing is sent to it before.
# $problem: why the server name cannot be used (exposure-stun-server-bad).
gui-router-stun-bad = { $problem }. Nothing was sent.
# $server: the STUN server as typed.
gui-router-stun-option = Ask the STUN server { $server } for this network's public address (needs internet)
# $ip: the typed address.
gui-router-typed-scope = The router's internet address as you typed it: { $ip } (tested from inside when the router does not tell its own)
# $server: the STUN server as typed.
gui-router-log-stun = STUN allowed: { $server } is asked for this network's public address.
# $ip: the typed address.
gui-router-log-typed = The router's internet address as typed: { $ip }.

gui-router-demo-label = Demo home router:
gui-router-demo-why = Each demo router shows another internet state; run the checks again after changing it.
gui-router-demo-public = Public address, door open
gui-router-demo-cgnat = Behind the provider's NAT, door open
gui-router-demo-none = Public address, no door open
# $kind: the demo router's name (gui-router-demo-public, ...).
gui-router-demo-switched = Demo building: the home router is now "{ $kind }".
gui-router-demo-busy = The demo router can be changed once the running job has ended.
