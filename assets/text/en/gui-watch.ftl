# The Learning watch screen and its jobs (app/src/gui/panels/watch.rs, flows/watch.rs): the
# traffic source, the parameters, learning and detecting, alerts, the model. Read by installers.
# The alerts' own texts come from the watch (not yet in the catalogue).

gui-watch-title = Learning watch
gui-watch-what = Learns what normal traffic looks like, then flags what departs from it. Reading a capture file sends nothing; live listening asks first.

## Source

gui-watch-source = Traffic source
gui-watch-source-file = Capture file
gui-watch-source-live = Live: listen on the scope's interface
gui-watch-file-path = Capture file path
gui-watch-listen-for = Listen for (seconds)
gui-watch-live-what = Passive: listens on the BACnet/IP UDP port and the KNX multicast group; sends no BACnet or KNX packet. You will be asked before it starts.
gui-watch-live-capture-permission = To see everything a switch's mirror port delivers, capture on the interface from the command line: bas-audit watch learn --live SECONDS --interface NAME. That needs the capture permission (CAP_NET_RAW: it lets a program read all traffic on this computer's interfaces), which is never granted silently: with the Debian package, run sudo dpkg-reconfigure bas-audit and answer yes.

## Parameters (T and t are the names the method's description uses)

gui-watch-parameters = Parameters
gui-watch-interval = T (interval, s)
gui-watch-interval-what = Message rates are counted per interval of this length.
gui-watch-tolerance-setpoint = t setpoints/outputs
gui-watch-tolerance-setpoint-what = Learned ranges of commandable values are widened by t × span on each side.
gui-watch-tolerance-sensor = t sensors
gui-watch-tolerance-sensor-what = Learned ranges of sensor inputs are widened by t × span on each side.
gui-watch-metric = Rate metric
gui-watch-metric-what = How the normal rate is summarised: maximum, mean + σ, or median + MAD.
gui-watch-cutoff = Rate cutoff
gui-watch-cutoff-what = How far above normal a rate may go before it alerts (default per metric).
gui-watch-reset = Reset parameters to defaults
gui-watch-defaults = All parameters are at their defaults.

## Run

gui-watch-run = Run
gui-watch-learn = Learn
gui-watch-learn-hint = Learn a model of normal traffic from this source
gui-watch-detect = Detect
gui-watch-detect-hint = Check this source against the model and show alerts
gui-watch-detect-disabled = Needs a source and a model (learn or load one)
# $time: gui-watch-traffic-time, or nothing before the first message.
gui-watch-running-learn = Learning: { $messages } messages, { $objects } objects, { $sources } sources{ $time }
gui-watch-running-detect = Detecting: { $messages } messages, { $objects } objects, { $sources } sources{ $time }
# $time: the time of the traffic read so far (a capture's own clock).
gui-watch-traffic-time = , traffic time { $time }
# $seconds: whole seconds since the job started.
gui-watch-elapsed = { $seconds } s
gui-watch-stopping = Stopping…
gui-watch-stop = Stop
# $seconds: whole seconds of traffic.
gui-watch-learned-stats = Learned from { $messages } messages over { $seconds } s: { $objects } objects, { $sources } sources.
gui-watch-detect-stats = Checked { $messages } { $messages ->
        [one] message
       *[other] messages
    } over { $seconds } s: { $alerts } { $alerts ->
        [one] alert
       *[other] alerts
    }, { $unknown } { $unknown ->
        [one] value
       *[other] values
    } of points the model does not know.
gui-watch-rates = Message rate per service (messages per second)
gui-watch-rates-axis = seconds of traffic

## Alerts

gui-watch-alerts = Alerts ({ $count })
gui-watch-no-alerts-yet = No alerts so far: alerts appear here as they are raised.
gui-watch-no-alerts = No alerts: the traffic matched the model.
gui-watch-click-alert = Click an alert to read all of it: what was seen, the learned normal and what to do.
gui-watch-col-severity = Severity
gui-watch-col-time = Time
gui-watch-col-detector = Detector
gui-watch-col-what = What
gui-watch-col-observed = Observed
gui-watch-col-normal = Normal
# After an alert's summary when it was raised several times.
gui-watch-repeated = { $summary } (×{ $count })
gui-watch-show-alert = Show the whole alert below
gui-watch-alert-details = Alert details
# $rule: the knowledge rule's name (new-writer, ...).
gui-watch-rule = rule { $rule }
gui-watch-when = When
gui-watch-from = From
gui-watch-to = To
gui-watch-message = Message
gui-watch-seen = What was seen
gui-watch-normal = Learned normal
gui-watch-action = What to do
# $first, $last: times; $count: how many times.
gui-watch-when-repeated = { $first } to { $last } ({ $count } times)

## Model

gui-watch-model = Model
# $origin: where the model came from (gui-watch-origin-*); $seconds: whole seconds of traffic.
gui-watch-model-line = { $points } points, { $rates } message-rate keys, { $hosts } hosts; { $origin } ({ $messages } messages over { $seconds } s).
gui-watch-origin-learned = learned
# $source: a capture file's path or gui-watch-source-live-words.
gui-watch-origin-learned-from = learned from { $source }
gui-watch-origin-loaded-from = loaded from { $path }
gui-watch-source-live-words = { $seconds } s of live traffic
gui-watch-no-model = No model yet: learn one or load a saved model.
gui-watch-model-file = Model file
gui-watch-save-model = Save model
gui-watch-load-model = Load model
gui-watch-ranges = Learned ranges ({ $count })
gui-watch-col-point = Point
gui-watch-col-class = Class
gui-watch-col-min = Min
gui-watch-col-max = Max
gui-watch-col-allowed = Allowed
gui-watch-col-samples = Samples
# A point without a name: a KNX group address, or a BACnet device's object.
gui-watch-point-group = group { $group }
gui-watch-point-device = device { $device }

## The jobs' log lines and errors

gui-watch-stopping-log = Stopping the learning watch.
gui-watch-saving = Saving the model to { $path }.
gui-watch-no-model-to-save = There is no model to save yet: learn first.
gui-watch-loading = Loading a model from { $path }.
gui-watch-needs-model = Detection needs a model: learn or load one first.
gui-watch-learning-file = Learning from { $path } (reads the file; sends nothing).
gui-watch-detecting-file = Detecting on { $path } (reads the file; sends nothing).
gui-watch-listening = Listening for { $seconds } s (passive; sends no BACnet or KNX packet).
gui-watch-saved = Saved the model to { $path }.
gui-watch-loaded = Loaded a model of { $points } points from { $path }.
gui-watch-failed = Learning watch: { $error }
# $cancelled: yes when the user stopped it early.
gui-watch-learned = Learned a model of { $points } points and { $rates } message-rate keys from { $source } ({ $messages } messages{ $cancelled ->
        [yes] {", stopped early"}
       *[no] {""}
    }).
gui-watch-detected = Checked { $source } against the model: { $alerts } alerts from { $messages } messages{ $cancelled ->
        [yes] {" (stopped early)"}
       *[no] {""}
    }.
gui-watch-crashed = the learning watch stopped unexpectedly (internal error)
# The ETS group-address export section of the Learning watch screen.
gui-watch-ets = ETS project
gui-watch-ets-what = The group-address export from ETS (CSV or XML) or an unprotected .knxproj names every KNX group address and says what kind of value it carries, so learning and alerts speak in names and units. Reading the file sends nothing.
gui-watch-ets-none = No ETS export in this audit: KNX values are learned without names or types.
gui-watch-ets-pick = Import ETS export…
gui-watch-ets-pick-hint = Choose the group-address export (CSV or XML) or the .knxproj file in a file dialog
gui-watch-ets-path = ETS export path
gui-watch-ets-import = Import
gui-watch-ets-remove = Remove
# What is imported. $file: the file's name; $format: one of watch-cli-ets-* (e.g. "ETS XML export").
gui-watch-ets-summary = { $file } ({ $format }): { $groups } group addresses, { $typed } with a datapoint type
# Appended to gui-watch-ets-summary. $warnings: lines the import skipped or imported without a type.
gui-watch-ets-summary-warnings = ; { $warnings } lines skipped or imported without a type
# Under the ETS summary when a model exists that was learned without this table.
gui-watch-ets-after-learning = The model was learned without this export: its names apply now, its datapoint types only after you learn again.
# Log lines. $path: the file; $summary: gui-watch-ets-summary.
gui-watch-ets-importing = Importing the ETS export { $path }
gui-watch-ets-imported-log = ETS export imported: { $summary }
gui-watch-ets-removed = ETS export removed from the audit
# $error: the file's name and what is wrong with it, in plain words.
gui-watch-ets-failed = Not imported, the earlier table (if any) stays: { $error }
gui-watch-ets-crashed = the ETS import stopped unexpectedly (internal error)
gui-watch-ets-dialog-title = Import an ETS group-address export
gui-watch-ets-dialog-exports = ETS exports (CSV, XML, .knxproj)
gui-watch-ets-dialog-all = All files
