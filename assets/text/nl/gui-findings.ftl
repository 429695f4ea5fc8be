# The Findings screen and the check run (app/src/gui/panels/findings.rs, flows/checks.rs): the
# job, the verdict card, the filter, the table, a finding's evidence and fix, and the run's log
# lines. Read by installers.

# en: d899376d
gui-findings-title = Bevindingen
# en: 21fb9e38
gui-findings-what = Zoekt apparaten, vraagt de router welke poorten hij naar het internet doorverwijst en beoordeelt wat er gezien is. Verstuurt pas pakketten nadat u toestemming geeft; de schrijftest en de opzoeking via internet alleen als u ze aanvinkt.
# en: f0041ba8
gui-findings-demo-scope = Controlebereik: het ingebouwde demogebouw op loopback (BACnet/IP-poort { $bacnet_port }, KNXnet/IP-poort { $knx_port }) en de gesimuleerde thuisrouter.
# en: a1d0ab4e
gui-findings-none-yet = In deze audit zijn nog geen controles uitgevoerd. Bevindingen verschijnen hier, de ernstigste eerst, elk met wat er gezien is en hoe u het oplost.
# en: a1a00bc8
gui-findings-previous = Resultaten van de vorige controle:
# en: a17b0a48
gui-findings-count-zero = Bevindingen (0)
# en: 65f923e3
gui-findings-nothing-seen = Niets gezien waar de controles naar zoeken. Het oordeel hierboven vermeldt wat wel en niet gecontroleerd is.
# $shown: findings that pass the filter; $total: all findings.
# en: 02ba7691
gui-findings-count = Bevindingen ({ $shown } van { $total })
# en: f4269694
gui-findings-no-match = Geen bevinding past bij het filter. Zet ernstniveaus weer aan of wis de zoekopdracht.

## Severities (the installer's words; the homeowner's are in gui-self-check.ftl)

# en: 1efc915e
gui-severity-critical = kritiek
# en: b40cb0d8
gui-severity-high = hoog
# en: 85f9fc66
gui-severity-medium = middel
# en: 35fda5c2
gui-severity-low = laag
# en: 63ec6ef0
gui-severity-info = info

## The job

# en: b0b8d818
gui-findings-run = Controles starten
# $phase: what the run does now; $seconds: whole seconds since it started.
# en: 04afc672
gui-findings-running = { $phase } — { $sent } pakketten verstuurd, { $seconds } s
# en: 342e79dd
gui-findings-stop = Stoppen
# en: f37b70ce
gui-findings-cancel = Controles annuleren
# en: a7807fde
gui-findings-last-cancelled = De laatste controle is geannuleerd; wat tot dan verzameld was, is beoordeeld.
# $reason: why it stopped (a code such as error-budget-exhausted).
# en: cd4c0709
gui-findings-last-stopped = De laatste controle stopte voortijdig ({ $reason }); wat tot dan verzameld was, is beoordeeld.

## Verdict card, filter, table

# $time: date and time of the run.
# en: 899d05b8
gui-findings-checked = Gecontroleerd op { $time }
# $items: what could not be checked, listed.
# en: af4f6814
gui-findings-not-checked = Niet gecontroleerd: { $items }
# en: 73444aab
gui-findings-show = Tonen
# $severity: gui-severity-*; $count: findings of that severity.
# en: e22d1962
gui-findings-filter = { $severity } ({ $count })
# en: 1e58cc61
gui-findings-hidden-hint = Verborgen: klik om te tonen
# en: 233a74b4
gui-findings-shown-hint = Zichtbaar: klik om te verbergen
# en: 2a88b67d
gui-findings-search = Zoeken
# en: 4bbe2d6c
gui-findings-search-hint = titel, doel, controle of bewijs
# en: a301f074
gui-findings-sort-severity = Ernstigste eerst
# en: cb782ab7
gui-findings-sort-target = Op doel
# en: da3a99f3
gui-findings-sort-title = Op titel
# en: 434ce7a3
gui-findings-sort-check = Op controle
# en: fccc6894
gui-findings-col-severity = Ernst
# en: 3eddb4dc
gui-findings-col-finding = Bevinding
# en: 0ae53a00
gui-findings-col-target = Doel
# en: 26db2010
gui-findings-col-check = Controle
# en: 567fc297
gui-findings-click-row = Klik op een bevinding voor het bewijs en de oplossing stap voor stap.

## One finding

# en: 4811d1bf
gui-findings-back = Terug naar alle bevindingen
# en: c0ee96e7
gui-findings-target = Doel
# en: d5b49a1f
gui-findings-check = Controle
# en: 6af782ba
gui-findings-seen = Wat er gezien is
# en: 743f8cf0
gui-findings-raw = Ruwe bytes (hex)
# en: c823f4e2
gui-findings-why = Waarom het ertoe doet
# en: 3593da32
gui-findings-installer = Wat te doen (installateur)
# en: fb3d0cc3
gui-findings-owner = Voor de eigenaar
# en: 686fce72
gui-findings-verify = Zo controleert u de oplossing
# en: 6c18471b
gui-findings-no-text = Nog geen tekst voor deze controle.

## The check run's log lines and errors

# en: 9e03dca1
gui-checks-cancelling = Controles worden geannuleerd: er worden geen nieuwe pakketten verstuurd.
# en: 86d497d9
gui-checks-pick-connection = Kies eerst de netwerkverbinding van uw woning.
# $scope: where (an interface, the demo building); $budget: the packet budget as the consent dialog says it.
# en: 80c9ca45
gui-checks-asking = Toestemming gevraagd voor de controles in { $scope } ({ $budget }). Er wordt niets verstuurd voordat u toestemming geeft.
# $router, $internet, $write: gui-checks-on or gui-checks-off.
# en: 10326011
gui-checks-allowed = Controles toegestaan: start in { $scope } (routertests { $router }, opzoeking via internet { $internet }, schrijftest { $write }; hoogstens { $rate } pakketten per seconde).
# en: d27a1c94
gui-checks-on = aan
# en: 5b9199dc
gui-checks-off = uit
# What the run does now (the progress line).
# en: 8ebb47fb
gui-checks-stage-discovery-start = Gebouwcontrollers zoeken
# en: 68400ab5
gui-checks-stage-router = De router vragen welke deuren hij heeft geopend
# en: 21cf26ca
gui-checks-stage-write-test = Schrijftest
# en: 64bfc006
gui-checks-stage-judging = Beoordelen wat er gevonden is
# en: 0bbe3b38
gui-checks-stage-looking = Gebouwcontrollers zoeken op dit netwerk
# $step: what discovery does now.
# en: 922b46b3
gui-checks-stage-discovery = Apparaten zoeken: { $step }
# en: 6b4324a0
gui-checks-phase = Controles: { $phase } — { $detail }
# en: 6d0e4f5d
gui-checks-sent = { $protocol } { $service } verstuurd naar { $destination } ({ $bytes } bytes, { $seconds } s na de start van de controles).
# en: fb235f09
gui-checks-note = Controles: { $note }
# en: 696454ca
gui-checks-failed = De controles zijn mislukt: { $error }
# $outcome: gui-checks-outcome-*; $counts: findings per severity ("1 critical, 7 medium") or gui-checks-no-findings; $light: the traffic light's word.
# en: a750c07a
gui-checks-done = Controles { $outcome }: { $findings } { $findings ->
        [one] bevinding
       *[other] bevindingen
    } ({ $counts }); oordeel { $light }; { $sent } { $sent ->
        [one] pakket
       *[other] pakketten
    } verstuurd in { $seconds } s.
# en: de965af8
gui-checks-outcome-stopped = gestopt ({ $reason })
# en: d187e6eb
gui-checks-outcome-finished = voltooid
# One part of $counts above.
# en: b0827af7
gui-checks-severity-count = { $count } { $severity }
# en: 5ff9fcee
gui-checks-no-findings = geen
# $note: what the router probes noted (not yet translated).
# en: 7ea569cb
gui-checks-router-note = Router: { $note }
# en: 16383e4e
gui-checks-crashed = de controle stopte onverwacht (interne fout: { $error })
