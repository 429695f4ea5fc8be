# The desktop app's frame (app/src/gui/: app.rs, nav.rs, panels/shell.rs, flows/mod.rs, mod.rs):
# the navigation, the top bar, the save status, and what the app logs about itself. Read by
# installers and homeowners.

## Kinds of audit (the start screen's two flows; a new audit is named after its kind and date)

gui-kind-installer = Installer audit
gui-kind-homeowner = Homeowner self-check

## Navigation: each screen's name and tooltip (say whether the screen can send anything)

gui-nav-self-check = Self-check
gui-nav-self-check-hint = Is your home automation reachable from the internet? Asks before it sends anything.
gui-nav-scope = Scope
gui-nav-scope-hint = Which network and addresses this audit may touch. Sends nothing.
gui-nav-devices = Devices
gui-nav-devices-hint = Find BACnet/IP devices and KNXnet/IP gateways. Sends packets only after you allow it.
gui-nav-findings = Findings
gui-nav-findings-hint = Check what the router exposes and what discovery found; each finding with evidence and the fix. Sends packets only after you allow it.
gui-nav-capture = Capture analysis
gui-nav-capture-hint = Read a saved capture file (pcap, pcapng). Sends nothing.
gui-nav-watch = Learning watch
gui-nav-watch-hint = Learn normal traffic from a capture or by listening, then flag departures. Reading a file sends nothing.
gui-nav-log = Log
gui-nav-log-hint = What the app did and sent, with times.
gui-nav-about = About
gui-nav-about-hint = Version and licences.

## Top bar

gui-top-home = Home
gui-top-home-hint = Save and go back to the start screen
gui-dismiss = Dismiss
gui-save-not-yet = Not saved yet
gui-save-no-changes = No changes
gui-save-saving = Saving…
# $time: the time of the last save (HH:MM:SS).
gui-save-saved-pending = Saved { $time } · changes pending
gui-save-saved = Saved { $time }
# $error: why the audit could not be written.
gui-save-failed = Not saved: { $error }

## Log lines of the app itself

gui-log-started = BAS Audit started. Nothing is sent on the network unless you start a job that says so.
# $simulators: how many simulated devices, gateways and routers run.
gui-log-demo-started = Demo building started on loopback ({ $simulators } simulators; BACnet/IP port { $bacnet_port }, KNXnet/IP port { $knx_port }). Nothing has been sent.
gui-demo-failed = Could not start the demo building: { $error }
gui-log-interfaces-listed = Listed { $count } IPv4 interface addresses (read from this computer; nothing sent).
gui-interfaces-failed = could not list network interfaces: { $error }
gui-store-busy = Saved audits are busy (the disk is slow to answer); try again.
gui-consent-refused = Consent refused: the job was cancelled and nothing was sent.

## Why a job cannot start

gui-no-audit-open = No audit is open.
gui-no-scope = No scope yet: pick a network interface or add target addresses on the Scope screen first.

## The window could not open (printed on the terminal)

# $error: what the window system said.
gui-window-stopped = the app stopped with an error: { $error }
gui-window-failed = could not open a window ({ $error }). Without a display, use the command line: bas-audit --help
gui-window-no-renderer = no renderer compiled in
# $renderer, $next: the names of two renderers (Wgpu, Glow).
gui-window-renderer-failed = the { $renderer } renderer failed ({ $error }); trying { $next }

## Shared by the screens that start jobs

gui-job-asks-hint = Shows what will be sent and asks before sending anything
gui-job-asks = You will be asked before anything is sent.
gui-job-cancelling = Cancelling…
# The scope line of the Devices and Findings screens. $interface: the interface's name or gui-scope-no-interface; $targets: how many target addresses; $rate: the packet cap per second.
gui-job-scope = Scope: interface { $interface }; { $targets } target address(es); at most { $rate } packets per second.
gui-job-scope-no-interface = none
