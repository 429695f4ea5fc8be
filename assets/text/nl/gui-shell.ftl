# The desktop app's frame (app/src/gui/: app.rs, nav.rs, panels/shell.rs, flows/mod.rs, mod.rs):
# the navigation, the top bar, the save status, and what the app logs about itself. Read by
# installers and homeowners.

## Kinds of audit (the start screen's two flows; a new audit is named after its kind and date)

# en: 01e7dac8
gui-kind-installer = Audit door installateur
# en: 02fb699e
gui-kind-homeowner = Zelfcontrole voor bewoners

## Navigation: each screen's name and tooltip (say whether the screen can send anything)

# en: 070d3452
gui-nav-self-check = Zelfcontrole
# en: 00bb0fad
gui-nav-self-check-hint = Is uw domotica bereikbaar vanaf het internet? Vraagt eerst toestemming voordat er iets wordt verzonden.
# en: 3e7d857e
gui-nav-scope = Controlebereik
# en: 6900bc6f
gui-nav-scope-hint = Welk netwerk en welke adressen deze audit mag benaderen. Verzendt niets.
# en: 453362ee
gui-nav-devices = Apparaten
# en: e2291573
gui-nav-devices-hint = BACnet/IP-apparaten en KNXnet/IP-gateways zoeken. Verzendt pas pakketten nadat u dat toestaat.
# en: 30d49508
gui-nav-findings = Bevindingen
# en: 46dd7764
gui-nav-findings-hint = Controleer wat de router openstelt en wat het zoeken naar apparaten vond; elke bevinding met bewijs en oplossing. Verzendt pas pakketten nadat u dat toestaat.
# en: a94f13cc
gui-nav-capture = Opname-analyse
# en: a3dc11ec
gui-nav-capture-hint = Een opgeslagen opnamebestand (pcap, pcapng) lezen. Verzendt niets.
# en: 08bdd786
gui-nav-watch = Leerbewaking
# en: 0c6e60c8
gui-nav-watch-hint = Normaal verkeer leren uit een opname of door te luisteren, en daarna afwijkingen melden. Een bestand lezen verzendt niets.
# en: bef44a42
gui-nav-log = Logboek
# en: 30249e54
gui-nav-log-hint = Wat de app deed en verzond, met tijden.
# en: 248f0b4a
gui-nav-about = Over
# en: 380c562a
gui-nav-about-hint = Versie en licenties.

## Top bar

# en: 937be9c0
gui-top-home = Start
# en: d9644a36
gui-top-home-hint = Opslaan en terug naar het startscherm
# en: 02604d06
gui-dismiss = Sluiten
# en: ad1ba94e
gui-save-not-yet = Nog niet opgeslagen
# A new audit is saved only once it holds something (a result, notes, a scope) or is named.
# en: 44278150
gui-save-waiting = Wordt opgeslagen zodra er iets in staat
# en: d9b28969
gui-save-no-changes = Geen wijzigingen
# en: 928b056a
gui-save-saving = Opslaan…
# $time: the time of the last save (HH:MM:SS).
# en: 064aa77a
gui-save-saved-pending = Opgeslagen { $time } · wijzigingen nog niet opgeslagen
# en: d6d70303
gui-save-saved = Opgeslagen { $time }
# $error: why the audit could not be written.
# en: bf13a9b1
gui-save-failed = Niet opgeslagen: { $error }

## Log lines of the app itself

# en: 6efbe15b
gui-log-started = BAS Audit gestart. Er wordt niets op het netwerk verzonden, tenzij u een taak start die dat aangeeft.
# $simulators: how many simulated devices, gateways and routers run.
# en: aba5208a
gui-log-demo-started = Demogebouw gestart op loopback ({ $simulators } simulators; BACnet/IP-poort { $bacnet_port }, KNXnet/IP-poort { $knx_port }). Er is niets verzonden.
# en: 686a4c8f
gui-demo-failed = Kon het demogebouw niet starten: { $error }
# en: c19b650f
gui-log-interfaces-listed = { $count } IPv4-interfaceadressen opgesomd (gelezen van deze computer; niets verzonden).
# en: 1cfbc4b6
gui-interfaces-failed = kon de netwerkinterfaces niet opsommen: { $error }
# en: bb9912be
gui-store-busy = De opgeslagen audits zijn bezet (de schijf reageert traag); probeer het opnieuw.
# en: d9b40c88
gui-consent-refused = Toestemming geweigerd: de taak is geannuleerd en er is niets verzonden.

## Why a job cannot start

# en: d36b169c
gui-no-audit-open = Er is geen audit geopend.
# en: 2e4e7e4d
gui-no-scope = Nog geen controlebereik: kies eerst een netwerkinterface of voeg doeladressen toe op het scherm Controlebereik.

## The window could not open (printed on the terminal)

# $error: what the window system said.
# en: 94c7b3ac
gui-window-stopped = de app is gestopt met een fout: { $error }
# en: 7893e4fb
gui-window-failed = kon geen venster openen ({ $error }). Zonder beeldscherm gebruikt u de opdrachtregel: bas-audit --help
# en: 096bd404
gui-window-no-renderer = geen renderer meegecompileerd
# $renderer, $next: the names of two renderers (Wgpu, Glow).
# en: d01082aa
gui-window-renderer-failed = de renderer { $renderer } is mislukt ({ $error }); { $next } wordt geprobeerd

## Shared by the screens that start jobs

# en: fec01917
gui-job-asks-hint = Toont wat er verzonden wordt en vraagt eerst toestemming voordat er iets wordt verzonden
# en: e3bcd633
gui-job-asks = U wordt om toestemming gevraagd voordat er iets wordt verzonden.
# en: f2973fde
gui-job-cancelling = Annuleren…
# The scope line of the Devices and Findings screens. $interface: the interface's name or gui-scope-no-interface; $targets: how many target addresses; $rate: the packet cap per second.
# en: 19d19bb2
gui-job-scope = Controlebereik: interface { $interface }; { $targets } doeladres(sen); maximaal { $rate } pakketten per seconde.
# en: dd0ea5b6
gui-job-scope-no-interface = geen

## The demo marker (widgets/demo_marker.rs): on every screen while the demo building runs, and on
## demo audits in Recent audits.

# en: db16ee51
gui-demo-marker = DEMO
# en: b89a4b1b
gui-demo-marker-long = DEMO · gesimuleerd gebouw
# en: d26e93d8
gui-demo-marker-hint = Het ingebouwde demogebouw op deze computer (loopback): gesimuleerde apparaten en router, geen echte locatie. Er verlaat niets deze computer.

## The installer's steps across the top of the work area (gui/steps.rs, panels/shell.rs)

# en: 1264f7dc
gui-step-scope = Locatie & bereik
# en: fd2fff97
gui-step-devices = Apparaten
# en: 6d2e396f
gui-step-checks = Controles
# en: eb468ee4
gui-step-watch = Leerbewaking (optioneel)
# en: f80bedd1
gui-step-findings = Bevindingen
# en: b5521a4d
gui-step-report = Rapport
# $n: the step's number; $step: its name (gui-step-*). One button each.
# en: 7d1bbbe8
gui-step-done = { $n }. { $step } ✓
# en: 95c33312
gui-step-next = { $n }. { $step } · volgende
# en: 0126fa1e
gui-step-skipped = { $n }. { $step } · overgeslagen
# en: 7943eddd
gui-step-later = { $n }. { $step }
