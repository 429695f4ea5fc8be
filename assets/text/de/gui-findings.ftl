# The Findings screen and the check run (app/src/gui/panels/findings.rs, flows/checks.rs): the
# job, the verdict card, the filter, the table, a finding's evidence and fix, and the run's log
# lines. Read by installers.

# en: d899376d
gui-findings-title = Befunde
# en: 21fb9e38
gui-findings-what = Sucht Geräte, fragt den Router, welche Ports er ins Internet freigibt, und bewertet, was gefunden wurde. Sendet erst Pakete, wenn Sie es erlauben; Schreibtest und Internetabfrage nur, wenn Sie sie ankreuzen.
# en: f0041ba8
gui-findings-demo-scope = Prüfbereich: das eingebaute Demo-Gebäude auf Loopback (BACnet/IP-Port { $bacnet_port }, KNXnet/IP-Port { $knx_port }) und sein simulierter Heimrouter.
# en: a1d0ab4e
gui-findings-none-yet = In dieser Prüfung wurden noch keine Checks ausgeführt. Befunde erscheinen hier, die schwersten zuerst, jeweils mit dem, was gefunden wurde, und wie es sich beheben lässt.
# en: a1a00bc8
gui-findings-previous = Ergebnisse des vorherigen Durchlaufs:
# en: a17b0a48
gui-findings-count-zero = Befunde (0)
# en: 65f923e3
gui-findings-nothing-seen = Nichts von dem, wonach die Checks suchen, wurde gefunden. Die Bewertung oben sagt, was geprüft wurde und was nicht.
# $shown: findings that pass the filter; $total: all findings.
# en: 02ba7691
gui-findings-count = Befunde ({ $shown } von { $total })
# en: f4269694
gui-findings-no-match = Kein Befund passt zum Filter. Schalten Sie Schweregrade wieder ein oder leeren Sie die Suche.

## Severities (the installer's words; the homeowner's are in gui-self-check.ftl)

# en: 1efc915e
gui-severity-critical = kritisch
# en: b40cb0d8
gui-severity-high = hoch
# en: 85f9fc66
gui-severity-medium = mittel
# en: 35fda5c2
gui-severity-low = niedrig
# en: 63ec6ef0
gui-severity-info = Info

## The job

# en: b0b8d818
gui-findings-run = Checks starten
# $phase: what the run does now; $seconds: whole seconds since it started.
# en: 04afc672
gui-findings-running = { $phase } — { $sent } Pakete gesendet, { $seconds } s
# en: 342e79dd
gui-findings-stop = Stopp
# en: f37b70ce
gui-findings-cancel = Checks abbrechen
# en: a7807fde
gui-findings-last-cancelled = Der letzte Durchlauf wurde abgebrochen; was bis dahin gesammelt war, wurde bewertet.
# $reason: why it stopped (a code such as error-budget-exhausted).
# en: cd4c0709
gui-findings-last-stopped = Der letzte Durchlauf wurde vorzeitig beendet ({ $reason }); was bis dahin gesammelt war, wurde bewertet.

## Verdict card, filter, table

# $time: date and time of the run.
# en: 899d05b8
gui-findings-checked = Geprüft: { $time }
# $items: what could not be checked, listed.
# en: af4f6814
gui-findings-not-checked = Nicht geprüft: { $items }
# en: 73444aab
gui-findings-show = Anzeigen
# $severity: gui-severity-*; $count: findings of that severity.
# en: e22d1962
gui-findings-filter = { $severity } ({ $count })
# en: 1e58cc61
gui-findings-hidden-hint = Ausgeblendet: zum Anzeigen klicken
# en: 233a74b4
gui-findings-shown-hint = Angezeigt: zum Ausblenden klicken
# en: 2a88b67d
gui-findings-search = Suchen
# en: 4bbe2d6c
gui-findings-search-hint = Titel, Ziel, Check oder Nachweis
# en: a301f074
gui-findings-sort-severity = Schwerste zuerst
# en: cb782ab7
gui-findings-sort-target = Nach Ziel
# en: da3a99f3
gui-findings-sort-title = Nach Titel
# en: 434ce7a3
gui-findings-sort-check = Nach Check
# en: fccc6894
gui-findings-col-severity = Schweregrad
# en: 3eddb4dc
gui-findings-col-finding = Befund
# en: 0ae53a00
gui-findings-col-target = Ziel
# en: 26db2010
gui-findings-col-check = Check
# en: 567fc297
gui-findings-click-row = Klicken Sie auf einen Befund für den Nachweis und die Schritt-für-Schritt-Behebung.

## One finding

# en: 4811d1bf
gui-findings-back = Zurück zu allen Befunden
# en: c0ee96e7
gui-findings-target = Ziel
# en: d5b49a1f
gui-findings-check = Check
# en: 6af782ba
gui-findings-seen = Was gefunden wurde
# en: 743f8cf0
gui-findings-raw = Rohdaten (hex)
# en: c823f4e2
gui-findings-why = Warum es wichtig ist
# en: 3593da32
gui-findings-installer = Was zu tun ist (Installateur)
# en: fb3d0cc3
gui-findings-owner = Für den Eigentümer
# en: 686fce72
gui-findings-verify = So prüfen Sie die Behebung
# en: 6c18471b
gui-findings-no-text = Für diesen Check gibt es noch keinen Text.

## The check run's log lines and errors

# en: 9e03dca1
gui-checks-cancelling = Checks werden abgebrochen: Es werden keine neuen Pakete gesendet.
# en: 86d497d9
gui-checks-pick-connection = Wählen Sie zuerst die Netzwerkverbindung Ihres Zuhauses.
# $scope: where (an interface, the demo building); $budget: the packet budget as the consent dialog says it.
# en: 80c9ca45
gui-checks-asking = Zustimmung für die Checks in { $scope } wird eingeholt ({ $budget }). Bevor Sie zustimmen, wird nichts gesendet.
# $router, $internet, $write: gui-checks-on or gui-checks-off.
# en: 10326011
gui-checks-allowed = Checks erlaubt: Start in { $scope } (Router-Abfragen { $router }, Internetabfrage { $internet }, Schreibtest { $write }; höchstens { $rate } Pakete pro Sekunde).
# en: d27a1c94
gui-checks-on = ein
# en: 5b9199dc
gui-checks-off = aus
# What the run does now (the progress line).
# en: 8ebb47fb
gui-checks-stage-discovery-start = Suche nach Gebäudesteuerungen
# en: 68400ab5
gui-checks-stage-router = Router wird gefragt, welche Türen er geöffnet hat
# en: 21cf26ca
gui-checks-stage-write-test = Schreibtest
# en: 64bfc006
gui-checks-stage-judging = Bewertung der Ergebnisse
# en: 0bbe3b38
gui-checks-stage-looking = Suche nach Gebäudesteuerungen in diesem Netzwerk
# $step: what discovery does now.
# en: 922b46b3
gui-checks-stage-discovery = Gerätesuche: { $step }
# en: 6b4324a0
gui-checks-phase = Checks: { $phase } — { $detail }
# en: 6d0e4f5d
gui-checks-sent = { $protocol } { $service } an { $destination } gesendet ({ $bytes } Bytes, { $seconds } s nach Beginn der Checks).
# en: fb235f09
gui-checks-note = Checks: { $note }
# en: 696454ca
gui-checks-failed = Die Checks sind fehlgeschlagen: { $error }
# $outcome: gui-checks-outcome-*; $counts: findings per severity ("1 critical, 7 medium") or gui-checks-no-findings; $light: the traffic light's word.
# en: a750c07a
gui-checks-done = Checks { $outcome }: { $findings } { $findings ->
        [one] Befund
       *[other] Befunde
    } ({ $counts }); Bewertung { $light }; { $sent } { $sent ->
        [one] Paket
       *[other] Pakete
    } in { $seconds } s gesendet.
# en: de965af8
gui-checks-outcome-stopped = gestoppt ({ $reason })
# en: d187e6eb
gui-checks-outcome-finished = abgeschlossen
# One part of $counts above.
# en: b0827af7
gui-checks-severity-count = { $count } { $severity }
# en: 5ff9fcee
gui-checks-no-findings = keine
# $note: what the router probes noted (not yet translated).
# en: 7ea569cb
gui-checks-router-note = Router: { $note }
# en: 16383e4e
gui-checks-crashed = der Check wurde unerwartet beendet (interner Fehler: { $error })
