# The Capture analysis screen and its job (app/src/gui/panels/capture.rs, flows/analysis.rs,
# the file dialog in jobs.rs): open a pcap/pcapng file, progress, the counts. Reads files only.
# Read by installers. Protocol and service names in the tables come from the capture.

gui-capture-title = Capture analysis
gui-capture-what = Reads a saved capture file (pcap or pcapng) and counts what it contains. Sends nothing on the network.
gui-capture-open = Open capture…
gui-capture-waiting-dialog = Waiting for the file dialog…
gui-capture-path = Capture file path:
gui-capture-analyse = Analyse
gui-capture-no-dialog-hint = If no file dialog appears (some desktops have none), type or paste the path here.
# $name: the file's name; $read, $total: sizes such as "12.3 MB".
gui-capture-reading-of = Reading { $name }: { $read } of { $total }
gui-capture-reading = Reading { $name }: { $read }
gui-capture-cancel = Cancel
# $file: the capture's path; $message: why (the file is missing, not a capture, ...).
gui-capture-failed = Could not analyse { $file }: { $message }

## Results

gui-capture-complete = Complete
gui-capture-cancelled = Cancelled
gui-capture-cancelled-what = The counts below cover only the part read before you cancelled.
# $offset: a byte position in the file.
gui-capture-read-error = Read error at byte { $offset }
# $message: what was wrong at that point.
gui-capture-read-error-what = { $message }. Everything before that point is counted below.
gui-capture-file = File
gui-capture-format = Format
gui-capture-packets = Packets
gui-capture-first-packet = First packet
gui-capture-last-packet = Last packet
gui-capture-duration = Duration
gui-capture-bacnet-messages = BACnet messages
gui-capture-knx-messages = KNXnet/IP messages
# $messages: all messages of a protocol; $malformed: those that could not be decoded.
gui-capture-messages-malformed = { $messages } ({ $malformed } malformed)
gui-capture-fragments = IP fragments
gui-capture-cut-short = Cut short by the capture
gui-capture-link-errors = Link-layer errors
gui-capture-other-packets = Other packets
# $protocol: BACnet or KNXnet/IP.
gui-capture-by-service = { $protocol } messages by service
gui-capture-no-messages = No { $protocol } messages in this capture.
gui-capture-malformed-by-reason = Malformed { $protocol } messages by reason
gui-capture-col-service = Service
gui-capture-col-reason = Reason
gui-capture-col-count = Count
gui-capture-sort-name = Sort by name
gui-capture-sort-count = Sort by count
gui-capture-bacnet-devices = BACnet devices seen
gui-capture-knx-gateways = KNX gateways seen
gui-capture-none-seen = None seen.
gui-capture-gateways-not-listed = { $count } more { $count ->
        [one] gateway was
       *[other] gateways were
    } seen but not listed (memory cap).
gui-capture-link-errors-by-reason = Link-layer errors by reason
gui-capture-earlier = Analyses in this audit

## Table columns (devices and gateways seen)

gui-capture-col-device-instance = Device instance
gui-capture-col-address = Address
gui-capture-col-network = Network
gui-capture-col-vendor = Vendor
gui-capture-col-vendor-id = Vendor id
gui-capture-col-max-apdu = Max APDU
gui-capture-col-segmentation = Segmentation
gui-capture-col-i-am-count = I-Am count
gui-capture-col-first-seen = First seen
gui-capture-col-last-seen = Last seen
gui-capture-col-name = Name
gui-capture-col-knx-address = KNX address
gui-capture-col-services = Services
gui-capture-col-secure-services = Secure services
gui-capture-col-mac = MAC
gui-capture-col-serial = Serial
gui-capture-col-responses = Responses

## The job's log lines and the file dialog

gui-capture-dialog-opened = Opened the file dialog.
gui-capture-dialog-title = Open capture
gui-capture-dialog-captures = Captures (pcap, pcapng)
gui-capture-dialog-all = All files
# $seconds: with one decimal; $quick: yes when it came back too fast for a person to have chosen.
gui-capture-dialog-none = The file dialog returned no file after { $seconds } s{ $quick ->
        [yes] {" (probably no dialog is available)"}
       *[no] {""}
    }.
gui-capture-dialog-unavailable = No file dialog could be shown on this desktop. Type or paste the capture's path below.
gui-capture-dialog-nothing-chosen = No file was chosen. If no dialog appeared, type or paste the capture's path below.
gui-capture-cancelling = Cancelling the analysis of { $file }.
gui-capture-analysing = Analysing { $file } (reads the file; sends nothing).
# $cancelled: yes when the user stopped it before the end of the file.
gui-capture-analysed = { $cancelled ->
        [yes] Cancelled analysing
       *[no] Analysed
    } { $file }: { $packets } packets, { $bacnet } BACnet and { $knx } KNXnet/IP messages.
gui-capture-crashed = the analyzer stopped unexpectedly (internal error)
