# The Findings screen and the check run (app/src/gui/panels/findings.rs, flows/checks.rs): the
# job, the verdict card, the filter, the table, a finding's evidence and fix, and the run's log
# lines. Read by installers.

gui-findings-title = Findings
gui-findings-what = Finds devices, asks the router which ports it forwards to the internet, and judges what it saw. Sends packets only after you allow it; the write test and the internet lookup only if you tick them.
gui-findings-demo-scope = Scope: the built-in demo building on loopback (BACnet/IP port { $bacnet_port }, KNXnet/IP port { $knx_port }) and its simulated home router.
gui-findings-none-yet = No checks have run in this audit yet. Findings appear here, most severe first, each with what was seen and how to fix it.
gui-findings-previous = Results of the previous run:
gui-findings-count-zero = Findings (0)
gui-findings-nothing-seen = Nothing the checks look for was seen. The verdict above says what was and was not checked.
# $shown: findings that pass the filter; $total: all findings.
gui-findings-count = Findings ({ $shown } of { $total })
gui-findings-no-match = No finding matches the filter. Switch severities back on or clear the search.

## Severities (the installer's words; the homeowner's are in gui-self-check.ftl)

gui-severity-critical = critical
gui-severity-high = high
gui-severity-medium = medium
gui-severity-low = low
gui-severity-info = info

## The job

gui-findings-run = Run checks
# $phase: what the run does now; $seconds: whole seconds since it started.
gui-findings-running = { $phase } — { $sent } packets sent, { $seconds } s
gui-findings-stop = Stop
gui-findings-cancel = Cancel checks
gui-findings-last-cancelled = The last run was cancelled; what it had gathered was judged.
# $reason: why it stopped (a code such as error-budget-exhausted).
gui-findings-last-stopped = The last run stopped early ({ $reason }); what it had gathered was judged.

## Verdict card, filter, table

# $time: date and time of the run.
gui-findings-checked = Checked { $time }
# $items: what could not be checked, listed.
gui-findings-not-checked = Not checked: { $items }
gui-findings-show = Show
# $severity: gui-severity-*; $count: findings of that severity.
gui-findings-filter = { $severity } ({ $count })
gui-findings-hidden-hint = Hidden: click to show
gui-findings-shown-hint = Shown: click to hide
gui-findings-search = Search
gui-findings-search-hint = title, target, check or evidence
gui-findings-sort-severity = Most severe first
gui-findings-sort-target = By target
gui-findings-sort-title = By title
gui-findings-sort-check = By check
gui-findings-col-severity = Severity
gui-findings-col-finding = Finding
gui-findings-col-target = Target
gui-findings-col-check = Check
gui-findings-click-row = Click a finding for the evidence and the step-by-step fix.

## One finding

gui-findings-back = Back to all findings
gui-findings-target = Target
gui-findings-check = Check
gui-findings-seen = What was seen
gui-findings-raw = Raw bytes (hex)
gui-findings-why = Why it matters
gui-findings-installer = What to do (installer)
gui-findings-owner = For the owner
gui-findings-verify = How to verify the fix
gui-findings-no-text = No text for this check yet.

## The check run's log lines and errors

gui-checks-cancelling = Cancelling the checks: no new packets will be sent.
gui-checks-pick-connection = Pick the network connection of your home first.
# $scope: where (an interface, the demo building); $budget: the packet budget as the consent dialog says it.
gui-checks-asking = Asking for consent to run the checks in { $scope } ({ $budget }). Nothing is sent before you allow it.
# $router, $internet, $write: gui-checks-on or gui-checks-off.
gui-checks-allowed = Checks allowed: starting in { $scope } (router probes { $router }, internet lookup { $internet }, write test { $write }; at most { $rate } packets per second).
gui-checks-on = on
gui-checks-off = off
# What the run does now (the progress line).
gui-checks-stage-discovery-start = Looking for building controllers
gui-checks-stage-router = Asking the router which doors it opened
gui-checks-stage-write-test = Write test
gui-checks-stage-judging = Judging what was found
gui-checks-stage-looking = Looking for building controllers on this network
# $step: what discovery does now.
gui-checks-stage-discovery = Discovery: { $step }
gui-checks-phase = Checks: { $phase } — { $detail }
gui-checks-sent = Sent { $protocol } { $service } to { $destination } ({ $bytes } bytes, { $seconds } s into the checks).
gui-checks-note = Checks: { $note }
gui-checks-failed = The checks failed: { $error }
# $outcome: gui-checks-outcome-*; $counts: findings per severity ("1 critical, 7 medium") or gui-checks-no-findings; $light: the traffic light's word.
gui-checks-done = Checks { $outcome }: { $findings } { $findings ->
        [one] finding
       *[other] findings
    } ({ $counts }); verdict { $light }; { $sent } { $sent ->
        [one] packet
       *[other] packets
    } sent in { $seconds } s.
gui-checks-outcome-stopped = stopped ({ $reason })
gui-checks-outcome-finished = finished
# One part of $counts above.
gui-checks-severity-count = { $count } { $severity }
gui-checks-no-findings = none
# $note: what the router probes noted (not yet translated).
gui-checks-router-note = Router: { $note }
gui-checks-crashed = the check stopped unexpectedly (internal error: { $error })
