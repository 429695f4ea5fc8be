# The start screen and saved audits (app/src/gui/panels/start.rs, flows/session.rs): the two
# flows, opening a capture, the recent audits with rename and delete, and what the store said.

## Start screen

gui-start-tagline = Check how exposed and how writable a building's automation network is (BACnet/IP and KNXnet/IP), and what to fix.
gui-start-installer-what = For installers on site: set the audit's scope, find the devices, check what the router exposes to the internet and get every finding with its fix; analyse captures of building traffic.
gui-start-installer-traffic = Network traffic: none. Nothing is sent until you start a job, and every job that sends asks first.
gui-start-homeowner-what = One question in plain words: can your home automation be reached from the internet, and what should you ask your installer?
# "Check my home" is the self-check's button (gui-self-check-start).
gui-start-homeowner-traffic = Network traffic: none until you press "Check my home" and allow it.
gui-start-open-capture = Open capture…
gui-start-capture-what = Read a saved capture file (pcap or pcapng) and count its BACnet and KNX messages.
gui-start-capture-traffic = Network traffic: none. It only reads the file.

## Recent audits

gui-start-recent = Recent audits
gui-start-refresh = Refresh
gui-start-no-recent = No saved audits yet. Audits are saved automatically while you work.
# $folder: where the audit files are.
gui-start-kept-in = Saved audits are kept in { $folder }
# $kind: the kind of audit (gui-kind-installer, ...); $changed: date and time.
gui-start-recent-line = { $kind } · last changed { $changed }
gui-start-new-name = New name:
gui-start-save-name = Save name
gui-start-cancel = Cancel
gui-start-delete = Delete…
# $name: the audit's name.
gui-start-delete-hint = Delete “{ $name }” (asks first)
gui-start-rename = Rename
gui-start-rename-hint = Rename “{ $name }”
gui-start-open = Open
gui-start-open-hint = Open “{ $name }”
gui-start-delete-heading = Delete “{ $name }”?
gui-start-delete-what = This removes the saved audit file from this computer. It cannot be undone.
gui-start-keep = Keep it
gui-start-delete-confirm = Delete audit

## Saving, opening, renaming, deleting (log lines and notices)

gui-session-started = Started “{ $name }”.
# $old, $name: the audit's name before and after.
gui-session-renamed = Renamed “{ $old }” to “{ $name }”.
gui-session-renamed-saved = Renamed an audit to “{ $name }”.
gui-session-opened = Opened “{ $name }”.
gui-session-deleted = Deleted the saved audit { $id }.
gui-session-close-not-saved = Could not save “{ $name }”: the disk is not answering. Its last changes may be lost.
# $error: what the store or the disk said.
gui-session-cannot-save-any = Audits cannot be saved: { $error }
gui-session-save-failed = Could not save the audit: { $error }
gui-session-open-failed = Could not open the audit: { $error }
gui-session-rename-failed = Could not rename the audit: { $error }
gui-session-delete-failed = Could not delete the audit: { $error }
gui-store-unavailable = saved audits are unavailable: { $error }
