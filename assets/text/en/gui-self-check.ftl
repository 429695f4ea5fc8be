# The homeowner self-check (app/src/gui/panels/self_check.rs, widgets/severity_badge.rs): one
# button, a traffic light, what to ask the installer. Read by homeowners: plain words, no jargon.

gui-self-check-title = Homeowner self-check
gui-self-check-what = Can your home automation be reached from the internet? One button, a plain answer.
gui-self-check-looks-at = What it looks at
gui-self-check-looks-router = Your router's list of open doors (port forwardings) from the internet to devices in your home.
gui-self-check-looks-outside = Whether your router answers on its internet address the way an outsider would see it.
gui-self-check-looks-devices = Building controllers and KNX gateways on your home network, and whether they are protected.
gui-self-check-nothing-changed = Nothing is changed on any device or on your router. You will be asked before anything is sent, and the Log shows every message.
gui-self-check-demo = Demo: this checks the built-in demo home (simulated devices and router on this computer only).
gui-self-check-start = Check my home
gui-self-check-again = Check again
gui-self-check-start-hint = Shows what will happen and asks before sending anything
gui-self-check-pick-first = Pick your home network's connection first
gui-self-check-which = Which connection of this computer is on your home network?
gui-self-check-looking = Looking at this computer's connections…
gui-self-check-no-connection = This computer has no working network connection.
# $name: the connection's name (eth0, wlan0); $address: its IPv4 address.
gui-self-check-connection = { $name } (address { $address })

## The answer

# $light: the light's word (Green, Amber, Red).
gui-self-check-light-hint = Traffic light: { $light }
gui-self-check-ask = What to ask your installer
gui-self-check-copy = Copy for my installer
gui-self-check-copy-hint = Copies the answer, the questions and what was found as text
gui-self-check-copied = Copied. Paste it into an email or message to your installer.
gui-self-check-saved = The result is also saved with this check.
gui-self-check-found = What we found
gui-self-check-nothing-to-fix = Nothing that needs fixing.
# $count: findings not listed here (less urgent ones). "Copy for my installer" is the button above.
gui-self-check-also = Also { $count } smaller { $count ->
        [one] note for your installer; "Copy for my installer" includes it.
       *[other] improvements and notes for your installer; "Copy for my installer" includes them all.
    }
gui-self-check-checked = What we checked
gui-self-check-not-checked = What we could not check

## Severity in the homeowner's words (the badges)

gui-severity-plain-critical = Urgent
gui-severity-plain-high = Important
gui-severity-plain-medium = Should be fixed
gui-severity-plain-low = Good to improve
gui-severity-plain-info = Note
