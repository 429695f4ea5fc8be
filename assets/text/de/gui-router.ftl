## The router's internet address on the Findings screen and the homeowner self-check
## (app/src/gui/widgets/router_inputs.rs, app/src/gui/flows/checks.rs): a typed address, an
## opt-in STUN server, and the demo building's choice of home router.

# en: 0078aede
gui-router-section = Internetadresse des Routers (optional)
# en: 3488f44f
gui-router-section-why = Wenn der Router seine Internetadresse nicht nennt (kein UPnP oder NAT-PMP), lässt sich eine von Hand in seinem Menü eingerichtete Portfreigabe nicht testen. Geben Sie die Adresse ein, die seine Statusseite zeigt, oder lassen Sie sie von einem STUN-Server nennen.
# en: 67902946
gui-router-ip-label = Internetadresse des Routers:
# en: dde8848d
gui-router-ip-hint = wie sie die Statusseite des Routers zeigt
# $ip: what the user typed (shown safely).
# en: 2f027379
gui-router-ip-bad = „{ $ip }“ ist keine Internetadresse: Geben Sie vier Zahlen mit Punkten ein, wie sie die Statusseite des Routers zeigt. Es wurde nichts gesendet.
# en: 18ba5f40
gui-router-stun-label = STUN-Server:
# en: 35e3449a
gui-router-stun-hint = HOST oder HOST:PORT (leer: keiner)
# en: c7cb3e75
gui-router-stun-note = Ein STUN-Server wird nur gefragt, wenn Sie das im nächsten Schritt ankreuzen; vorher wird nichts an ihn gesendet.
# $problem: why the server name cannot be used (exposure-stun-server-bad).
# en: 13572253
gui-router-stun-bad = { $problem }. Es wurde nichts gesendet.
# $server: the STUN server as typed.
# en: ca10aec1
gui-router-stun-option = Den STUN-Server { $server } nach der öffentlichen Adresse dieses Netzwerks fragen (braucht Internet)
# $ip: the typed address.
# en: a48dc6d6
gui-router-typed-scope = Die Internetadresse des Routers, wie Sie sie eingegeben haben: { $ip } (von innen getestet, wenn der Router seine eigene nicht nennt)
# $server: the STUN server as typed.
# en: 04e415d8
gui-router-log-stun = STUN erlaubt: { $server } wird nach der öffentlichen Adresse dieses Netzwerks gefragt.
# $ip: the typed address.
# en: 3265e015
gui-router-log-typed = Die Internetadresse des Routers, wie eingegeben: { $ip }.

# en: fc2961bd
gui-router-demo-label = Demo-Heimrouter:
# en: eb242812
gui-router-demo-why = Jeder Demo-Router zeigt einen anderen Internetzustand; führen Sie die Checks nach dem Wechsel erneut aus.
# en: 0055c510
gui-router-demo-public = Öffentliche Adresse, Tür offen
# en: a3c78fac
gui-router-demo-cgnat = Hinter dem NAT des Anbieters, Tür offen
# en: d469fa7e
gui-router-demo-none = Öffentliche Adresse, keine Tür offen
# $kind: the demo router's name (gui-router-demo-public, ...).
# en: 9daa0d41
gui-router-demo-switched = Demo-Gebäude: Der Heimrouter ist jetzt „{ $kind }“.
# en: 9ecc7f5f
gui-router-demo-busy = Der Demo-Router kann gewechselt werden, sobald der laufende Vorgang beendet ist.
