# The Learning watch screen and its jobs (app/src/gui/panels/watch.rs, flows/watch.rs): the
# traffic source, the parameters, learning and detecting, alerts, the model. Read by installers.
# The alerts' own texts come from the watch (not yet in the catalogue).

# en: 7c5495ff
gui-watch-title = Leerbewaking
# en: 68fa1a15
gui-watch-what = Leert hoe normaal verkeer eruitziet en markeert daarna wat daarvan afwijkt. Een opnamebestand lezen verstuurt niets; voor live meeluisteren wordt eerst toestemming gevraagd.

## Source

# en: 2cfecf13
gui-watch-source = Verkeersbron
# en: ddce3956
gui-watch-source-file = Opnamebestand
# en: 17fc081c
gui-watch-source-live = Live: luisteren op de interface van het controlebereik
# en: e64fe999
gui-watch-file-path = Pad van het opnamebestand
# en: 64570bf5
gui-watch-listen-for = Luisterduur (seconden)
# en: b97d1280
gui-watch-live-what = Passief: luistert op de BACnet/IP UDP-poort en de KNX-multicastgroep; verstuurt geen BACnet- of KNX-pakket. U wordt eerst om toestemming gevraagd.
# en: 58c1cf18
gui-watch-live-capture-permission = Om alles te zien wat de spiegelpoort van een switch aanlevert, neemt u op de interface op via de opdrachtregel: bas-audit watch learn --live SECONDS --interface NAME. Daarvoor is de opnamebevoegdheid nodig (CAP_NET_RAW: daarmee kan een programma al het verkeer op de interfaces van deze computer lezen), die nooit stilzwijgend wordt verleend: voer met het Debian-pakket sudo dpkg-reconfigure bas-audit uit en antwoord yes.

## Parameters (T and t are the names the method's description uses)

# en: 0062266a
gui-watch-parameters = Parameters
# en: 2ac15ee6
gui-watch-interval = T (interval, s)
# en: 6a0b5537
gui-watch-interval-what = Berichtfrequenties worden geteld per interval van deze lengte.
# en: aba2d0c0
gui-watch-tolerance-setpoint = t setpoints/uitgangen
# en: 78980b64
gui-watch-tolerance-setpoint-what = Geleerde bereiken van commandeerbare waarden worden aan elke kant verruimd met t × bereikbreedte.
# en: d812fd19
gui-watch-tolerance-sensor = t sensoren
# en: ead9da80
gui-watch-tolerance-sensor-what = Geleerde bereiken van sensoringangen worden aan elke kant verruimd met t × bereikbreedte.
# en: 4b62d43c
gui-watch-metric = Frequentiemaat
# en: 1a034371
gui-watch-metric-what = Hoe de normale frequentie wordt samengevat: maximum, gemiddelde + σ, of mediaan + MAD.
# en: 952ad39c
gui-watch-cutoff = Frequentiegrens
# en: ef041da3
gui-watch-cutoff-what = Hoe ver een frequentie boven normaal mag komen voordat er een waarschuwing volgt (standaard per maat).
# en: da6fe71d
gui-watch-reset = Parameters terugzetten naar standaard
# en: 8b2d1cec
gui-watch-defaults = Alle parameters staan op hun standaardwaarde.

## Run

# en: e4491100
gui-watch-run = Uitvoeren
# en: 9d445018
gui-watch-learn = Leren
# en: 30046f74
gui-watch-learn-hint = Een model van normaal verkeer leren uit deze bron
# en: 4e1fc018
gui-watch-detect = Detecteren
# en: b9abc5fe
gui-watch-detect-hint = Deze bron toetsen aan het model en waarschuwingen tonen
# en: 99d6a136
gui-watch-detect-disabled = Vereist een bron en een model (leer of laad er een)
# $time: gui-watch-traffic-time, or nothing before the first message.
# en: 8bc13805
gui-watch-running-learn = Leren: { $messages } berichten, { $objects } objecten, { $sources } bronnen{ $time }
# en: 130504ad
gui-watch-running-detect = Detecteren: { $messages } berichten, { $objects } objecten, { $sources } bronnen{ $time }
# $time: the time of the traffic read so far (a capture's own clock).
# en: e30f8f04
gui-watch-traffic-time = , verkeerstijd { $time }
# $seconds: whole seconds since the job started.
# en: a9da2550
gui-watch-elapsed = { $seconds } s
# en: 3822588a
gui-watch-stopping = Stoppen…
# en: 9b83e36e
gui-watch-stop = Stoppen
# $seconds: whole seconds of traffic.
# en: 79fa29ca
gui-watch-learned-stats = Geleerd uit { $messages } berichten over { $seconds } s: { $objects } objecten, { $sources } bronnen.
# en: 5389ea81
gui-watch-detect-stats = { $messages } { $messages ->
        [one] bericht
       *[other] berichten
    } over { $seconds } s getoetst: { $alerts } { $alerts ->
        [one] waarschuwing
       *[other] waarschuwingen
    }, { $unknown } { $unknown ->
        [one] waarde
       *[other] waarden
    } van punten die het model niet kent.
# en: 4095dc12
gui-watch-rates = Berichtfrequentie per dienst (berichten per seconde)
# en: 6f53baf0
gui-watch-rates-axis = seconden verkeer

## Alerts

# en: 3ef1d542
gui-watch-alerts = Waarschuwingen ({ $count })
# en: e004ea81
gui-watch-no-alerts-yet = Nog geen waarschuwingen: ze verschijnen hier zodra ze worden gegeven.
# en: 8ba3ebc3
gui-watch-no-alerts = Geen waarschuwingen: het verkeer kwam overeen met het model.
# en: 1a7bd332
gui-watch-click-alert = Klik op een waarschuwing om hem volledig te lezen: wat er gezien is, het geleerde normale patroon en wat te doen.
# en: 20c7251f
gui-watch-col-severity = Ernst
# en: c7e65c2f
gui-watch-col-time = Tijd
# en: 98d1f7ad
gui-watch-col-detector = Detector
# en: df589469
gui-watch-col-what = Wat
# en: f47abec9
gui-watch-col-observed = Gezien
# en: 2f5c7667
gui-watch-col-normal = Normaal
# After an alert's summary when it was raised several times.
# en: 529af210
gui-watch-repeated = { $summary } (×{ $count })
# en: aa407d06
gui-watch-show-alert = De hele waarschuwing hieronder tonen
# en: 891b5099
gui-watch-alert-details = Details van de waarschuwing
# $rule: the knowledge rule's name (new-writer, ...).
# en: 9f117b52
gui-watch-rule = regel { $rule }
# en: 2fa1d18a
gui-watch-when = Wanneer
# en: 0999710a
gui-watch-from = Van
# en: cf6c355c
gui-watch-to = Naar
# en: e3651114
gui-watch-message = Bericht
# en: ec6375e7
gui-watch-seen = Wat er gezien is
# en: 6ef39585
gui-watch-normal = Geleerd normaal patroon
# en: b1e6fa7c
gui-watch-action = Wat te doen
# $first, $last: times; $count: how many times.
# en: 92eefe04
gui-watch-when-repeated = { $first } tot { $last } ({ $count } keer)

## Model

# en: 93e202ac
gui-watch-model = Model
# $origin: where the model came from (gui-watch-origin-*); $seconds: whole seconds of traffic.
# en: d32f36c3
gui-watch-model-line = { $points } punten, { $rates } berichtfrequentiesleutels, { $hosts } hosts; { $origin } ({ $messages } berichten over { $seconds } s).
# en: b96b5a45
gui-watch-origin-learned = geleerd
# $source: a capture file's path or gui-watch-source-live-words.
# en: b8cbcb0b
gui-watch-origin-learned-from = geleerd uit { $source }
# en: 9caef887
gui-watch-origin-loaded-from = geladen uit { $path }
# en: e818f052
gui-watch-source-live-words = { $seconds } s live verkeer
# en: 8fadc0ef
gui-watch-no-model = Nog geen model: leer er een of laad een opgeslagen model.
# en: 513ed459
gui-watch-model-file = Modelbestand
# en: 54a7e915
gui-watch-save-model = Model opslaan
# en: f579ec5b
gui-watch-load-model = Model laden
# en: 7b7c3c87
gui-watch-ranges = Geleerde bereiken ({ $count })
# en: 5689eb6f
gui-watch-col-point = Punt
# en: 8af38b37
gui-watch-col-class = Klasse
# en: ac471e6b
gui-watch-col-min = Min
# en: f72ebba7
gui-watch-col-max = Max
# en: 57e6ef73
gui-watch-col-allowed = Toegestaan
# en: 09ccf607
gui-watch-col-samples = Monsters
# A point without a name: a KNX group address, or a BACnet device's object.
# en: c09c0972
gui-watch-point-group = groep { $group }
# en: 719804bd
gui-watch-point-device = apparaat { $device }

## The jobs' log lines and errors

# en: 39c7199d
gui-watch-stopping-log = Leerbewaking wordt gestopt.
# en: 324b0bae
gui-watch-saving = Model wordt opgeslagen in { $path }.
# en: 98c42c65
gui-watch-no-model-to-save = Er is nog geen model om op te slaan: eerst leren.
# en: 30e58b33
gui-watch-loading = Model wordt geladen uit { $path }.
# en: 12d506c8
gui-watch-needs-model = Detecteren vereist een model: leer of laad er eerst een.
# en: d378ec48
gui-watch-learning-file = Leren uit { $path } (leest het bestand; verstuurt niets).
# en: ef1a8a35
gui-watch-detecting-file = Detecteren in { $path } (leest het bestand; verstuurt niets).
# en: 23a9fa4d
gui-watch-listening = { $seconds } s luisteren (passief; verstuurt geen BACnet- of KNX-pakket).
# en: dc9e0a6c
gui-watch-saved = Model opgeslagen in { $path }.
# en: 4fac2f58
gui-watch-loaded = Model met { $points } punten geladen uit { $path }.
# en: 308c68fc
gui-watch-failed = Leerbewaking: { $error }
# $cancelled: yes when the user stopped it early.
# en: 8359c483
gui-watch-learned = Model met { $points } punten en { $rates } berichtfrequentiesleutels geleerd uit { $source } ({ $messages } berichten{ $cancelled ->
        [yes] {", voortijdig gestopt"}
       *[no] {""}
    }).
# en: 3ad6027c
gui-watch-detected = { $source } getoetst aan het model: { $alerts } waarschuwingen uit { $messages } berichten{ $cancelled ->
        [yes] {" (voortijdig gestopt)"}
       *[no] {""}
    }.
# en: fad0e069
gui-watch-crashed = de leerbewaking stopte onverwacht (interne fout)
# The ETS group-address export section of the Learning watch screen.
# en: e89020a9
gui-watch-ets = ETS-project
# en: 66711414
gui-watch-ets-what = De groepsadresexport uit ETS (CSV of XML) of een onbeveiligd .knxproj benoemt elk KNX-groepsadres en vermeldt welk soort waarde het draagt, zodat leren en waarschuwingen namen en eenheden gebruiken. Het bestand lezen verstuurt niets.
# en: c2a01454
gui-watch-ets-none = Geen ETS-projectexport in deze audit: KNX-waarden worden geleerd zonder namen of typen.
# en: 147b64b3
gui-watch-ets-pick = ETS-projectexport importeren…
# en: 072e8b7b
gui-watch-ets-pick-hint = Kies in een bestandsvenster de groepsadresexport (CSV of XML) of het .knxproj-bestand
# en: 082cf69b
gui-watch-ets-path = Pad van de ETS-projectexport
# en: 0d862d93
gui-watch-ets-import = Importeren
# en: e9c85661
gui-watch-ets-remove = Verwijderen
# What is imported. $file: the file's name; $format: one of watch-cli-ets-* (e.g. "ETS XML export").
# en: a343ac6d
gui-watch-ets-summary = { $file } ({ $format }): { $groups } groepsadressen, { $typed } met een datapunttype
# Appended to gui-watch-ets-summary. $warnings: lines the import skipped or imported without a type.
# en: cb085c4c
gui-watch-ets-summary-warnings = ; { $warnings } regels overgeslagen of zonder type geïmporteerd
# en: a8077e26
gui-watch-ets-after-learning = Het model is zonder deze export geleerd: de namen gelden nu, de datapunttypen pas nadat u opnieuw leert.
# Log lines. $path: the file; $summary: gui-watch-ets-summary.
# en: e190a0d5
gui-watch-ets-importing = ETS-projectexport { $path } wordt geïmporteerd
# en: effdd4d6
gui-watch-ets-imported-log = ETS-projectexport geïmporteerd: { $summary }
# en: e7ee6fff
gui-watch-ets-removed = ETS-projectexport uit de audit verwijderd
# $error: the file's name and what is wrong with it, in plain words.
# en: f4def796
gui-watch-ets-failed = Niet geïmporteerd, de eerdere tabel (indien aanwezig) blijft: { $error }
# en: 90103c82
gui-watch-ets-crashed = de ETS-import stopte onverwacht (interne fout)
# en: 7164c96e
gui-watch-ets-dialog-title = Een groepsadresexport uit ETS importeren
# en: a8f9bfea
gui-watch-ets-dialog-exports = ETS-exports (CSV, XML, .knxproj)
# en: 8e22f5c9
gui-watch-ets-dialog-all = Alle bestanden
