# The Log screen (app/src/gui/panels/log.rs): what the app did and sent, with local times.

gui-log-title = Log
gui-log-what = What BAS Audit did and sent since it started, with local times.
gui-log-sent-none = Network traffic sent so far: none.
# $sent: the lines that record a packet sent (marked "sent" in the Kind column).
gui-log-sent = Network traffic sent so far: { $sent } jobs (marked “sent” below).
gui-log-col-time = Time
gui-log-col-kind = Kind
gui-log-col-what = What happened
# The Kind column.
gui-log-kind-info = info
gui-log-kind-sent = sent
gui-log-kind-warning = warning
gui-log-kind-error = error
