# KNX datapoint words: what a group value is shown as in the learning watch's alerts, models
# and reports. The words are those of KNX Standard 03_07_02 "Datapoint Types"; translations use
# the installer's ETS words where ETS has them. The English words are also in
# audit-core/src/wire/knxip/dpt/table.rs (the tests keep both equal); a word's id is made from
# its English (`not occupied` → dpt-w-not-occupied, `up/down` → dpt-w-up_down).
# { $number } is a number already written for the language (21,36), { $value } and
# { $direction } are words of this file.

## Values in words

# en: f31fe257
dpt-value = { $number }
# en: eac48f77
dpt-type = { $dpt }
# en: a2e3cc8f
dpt-invalid = ungültig (der Sender kennzeichnet den Wert als nicht gültig)
# en: ac484bf2
dpt-with-control = { $value } (mit Zwangsführung)
# en: 08d17c1a
dpt-without-control = { $value } (ohne Zwangsführung)
# en: d6098449
dpt-step = { $direction } um { $percent } %
# en: 7d2a62e2
dpt-scene = Szene { $number }
# en: 98a939f3
dpt-scene-store = Szene { $number } speichern
# en: b156f60b
dpt-scene-activate = Szene { $number } abrufen
# en: bc864ee7
dpt-undefined-value = undefinierter Wert { $number }

## Main types (the format, for a type without a known subtype)

# en: 1501c9c4
dpt-w-1-bit-value = 1-Bit-Wert
# en: 7f7fc9af
dpt-w-1-bit-value-with-priority-control = 1-Bit-Wert mit Zwangsführung
# en: b81d339e
dpt-w-step-control = Schrittsteuerung
# en: 3b9efedd
dpt-w-8-bit-unsigned-value = 8-Bit-Wert ohne Vorzeichen
# en: 9cf2b76f
dpt-w-8-bit-signed-value = 8-Bit-Wert mit Vorzeichen
# en: 980bc9e5
dpt-w-2-octet-unsigned-value = 2-Byte-Wert ohne Vorzeichen
# en: 44a8f81b
dpt-w-2-octet-signed-value = 2-Byte-Wert mit Vorzeichen
# en: 08bb2721
dpt-w-2-octet-float-value = 2-Byte-Gleitkommawert
# en: a65329b1
dpt-w-4-octet-unsigned-value = 4-Byte-Wert ohne Vorzeichen
# en: 062affc3
dpt-w-4-octet-signed-value = 4-Byte-Wert mit Vorzeichen
# en: 0a1e40e1
dpt-w-4-octet-float-value = 4-Byte-Gleitkommawert
# en: 297e0993
dpt-w-character-string-14-characters = Zeichenkette (14 Zeichen)
# en: 738d674c
dpt-w-scene-number = Szenennummer
# en: 4dad1140
dpt-w-scene-control = Szenensteuerung
# en: cbc0a9c8
dpt-w-8-bit-enumeration = 8-Bit-Aufzählung

## Subtypes: what a group carries

# en: 01ec41ab
dpt-w-switch = Schalten
# en: bad12ab9
dpt-w-boolean = Boolesch
# en: 0405fd8d
dpt-w-enable = Freigeben
# en: abfb0127
dpt-w-ramp = Rampe
# en: 9300dbad
dpt-w-alarm = Alarm
# en: 55480d20
dpt-w-binary-value = Binärwert
# en: bb43844f
dpt-w-step = Schritt
# en: 91fa6b01
dpt-w-up_down = Auf/Ab
# en: 8af110c5
dpt-w-open_close = Öffnen/Schließen
# en: 8c58ddb1
dpt-w-start_stop = Start/Stopp
# en: f3083efd
dpt-w-state = Status
# en: 658a48bb
dpt-w-invert = Invertieren
# en: 4c6b24ab
dpt-w-dim-send-style = Dimm-Sendeart
# en: 02623aa8
dpt-w-input-source = Eingangsquelle
# en: 2c321915
dpt-w-reset = Reset
# en: 029b0ac5
dpt-w-acknowledge = Quittieren
# en: 93adf93d
dpt-w-trigger = Trigger
# en: e2bdaacd
dpt-w-occupancy = Belegung
# en: fcce87d9
dpt-w-window_door = Fenster/Tür
# en: 6b8987dc
dpt-w-logical-function = Logische Funktion
# en: 8679eb00
dpt-w-scene-a_b = Szene A/B
# en: 6a4e13b6
dpt-w-shutter_blinds-mode = Rollladen-/Jalousiemodus
# en: 1a4995bd
dpt-w-day_night = Tag/Nacht
# en: b26521f5
dpt-w-heat_cool = Heizen/Kühlen
# en: 33b0780f
dpt-w-switch-with-control = Schalten mit Zwangsführung
# en: 04aaf84f
dpt-w-boolean-with-control = Boolesch mit Zwangsführung
# en: 06fea9bb
dpt-w-enable-with-control = Freigeben mit Zwangsführung
# en: 6b8f0c87
dpt-w-ramp-with-control = Rampe mit Zwangsführung
# en: cfa63eb9
dpt-w-alarm-with-control = Alarm mit Zwangsführung
# en: b3896b20
dpt-w-binary-value-with-control = Binärwert mit Zwangsführung
# en: 8328c097
dpt-w-step-with-control = Schritt mit Zwangsführung
# en: 0b4f0eaf
dpt-w-up_down-with-control = Auf/Ab mit Zwangsführung
# en: 70e700ef
dpt-w-open_close-with-control = Öffnen/Schließen mit Zwangsführung
# en: 59e6b7cf
dpt-w-start_stop-with-control = Start/Stopp mit Zwangsführung
# en: 22d32dbd
dpt-w-state-with-control = Status mit Zwangsführung
# en: 9081bb3f
dpt-w-invert-with-control = Invertieren mit Zwangsführung
# en: 9a457825
dpt-w-dimming = Dimmen
# en: 3cc5ea8e
dpt-w-blinds-step = Jalousie schrittweise
# en: e535ddab
dpt-w-percentage = Prozent
# en: 8579ca75
dpt-w-angle = Winkel
# en: 4d34c98e
dpt-w-percentage-0-255 = Prozent (0–255 %)
# en: c2cd5de5
dpt-w-ratio = Verhältnis
# en: 85c4e3b3
dpt-w-tariff = Tarif
# en: 2e3fd50a
dpt-w-counter-pulses = Zählimpulse
# en: 226a0f5a
dpt-w-percentage-128-127 = Prozent (−128–127 %)
# en: 3cc8cb27
dpt-w-pulses = Impulse
# en: 16d723c5
dpt-w-time = Zeit
# en: 457d3737
dpt-w-length = Länge
# en: 7e6abb01
dpt-w-current = Strom
# en: 95f881ad
dpt-w-brightness = Helligkeit
# en: 125bfe7c
dpt-w-colour-temperature = Farbtemperatur
# en: e3ea602a
dpt-w-pulses-difference = Impulsdifferenz
# en: 3fc5e7ce
dpt-w-time-lag = Zeitdifferenz
# en: c33214ee
dpt-w-percentage-difference = Prozentdifferenz
# en: da0f38e2
dpt-w-rotation-angle = Drehwinkel
# en: 79a8505d
dpt-w-temperature = Temperatur
# en: 155846b0
dpt-w-temperature-difference = Temperaturdifferenz
# en: efcf5db5
dpt-w-kelvin_hour = Kelvin/Stunde
# en: 54d93bea
dpt-w-wind-speed = Windgeschwindigkeit
# en: 6a09e180
dpt-w-air-pressure = Luftdruck
# en: b7061715
dpt-w-humidity = Luftfeuchte
# en: b7f083fc
dpt-w-air-quality = Luftqualität
# en: a7d52bea
dpt-w-air-flow = Luftstrom
# en: 3d3a50d5
dpt-w-voltage = Spannung
# en: 30d354d0
dpt-w-power-density = Leistungsdichte
# en: 097004d5
dpt-w-kelvin_percent = Kelvin/Prozent
# en: 41bd13bd
dpt-w-power = Leistung
# en: 3e21d53a
dpt-w-volume-flow = Volumenstrom
# en: 34398952
dpt-w-rain-amount = Regenmenge
# en: d854b1ea
dpt-w-absolute-humidity = absolute Feuchte
# en: 35fca331
dpt-w-concentration = Konzentration
# en: c6759cfa
dpt-w-operating-time = Betriebsdauer
# en: 1d3f8773
dpt-w-volume = Volumen
# en: e2c3514e
dpt-w-flow-rate = Durchfluss
# en: 68b0fe1e
dpt-w-active-energy = Wirkenergie
# en: 905e0f26
dpt-w-apparent-energy = Scheinenergie
# en: 997b0f3e
dpt-w-reactive-energy = Blindenergie
# en: e948456f
dpt-w-acceleration = Beschleunigung
# en: 50b7fd76
dpt-w-angular-acceleration = Winkelbeschleunigung
# en: 280eb3a6
dpt-w-activation-energy = Aktivierungsenergie
# en: 812679ee
dpt-w-radioactive-activity = Radioaktivität
# en: 6b5253db
dpt-w-amount-of-substance = Stoffmenge
# en: 2e92e6f1
dpt-w-amplitude = Amplitude
# en: 237d539e
dpt-w-angular-momentum = Drehimpuls
# en: 65f15df4
dpt-w-angular-velocity = Winkelgeschwindigkeit
# en: 01040cb1
dpt-w-area = Fläche
# en: 4a281229
dpt-w-capacitance = Kapazität
# en: b076f883
dpt-w-surface-charge-density = Flächenladungsdichte
# en: 2bb58c77
dpt-w-volume-charge-density = Raumladungsdichte
# en: 9cb99131
dpt-w-compressibility = Kompressibilität
# en: a6bb46dd
dpt-w-conductance = Leitwert
# en: abb72de1
dpt-w-conductivity = Leitfähigkeit
# en: 49227779
dpt-w-density = Dichte
# en: 4edd828e
dpt-w-electric-charge = elektrische Ladung
# en: 6f37c6d8
dpt-w-electric-current = elektrischer Strom
# en: 94e3cd60
dpt-w-current-density = Stromdichte
# en: 770074c5
dpt-w-electric-dipole-moment = elektrisches Dipolmoment
# en: c6c0c68a
dpt-w-electric-displacement = elektrische Flussdichte (Verschiebung)
# en: 8c718a81
dpt-w-electric-field-strength = elektrische Feldstärke
# en: 16e7fe02
dpt-w-electric-flux = elektrischer Fluss
# en: cb740a13
dpt-w-electric-flux-density = elektrische Flussdichte
# en: c8df798e
dpt-w-electric-polarization = elektrische Polarisation
# en: 7a10fa7a
dpt-w-electric-potential = elektrisches Potenzial
# en: 220e0fd2
dpt-w-electromagnetic-moment = elektromagnetisches Moment
# en: 02c4a2cc
dpt-w-electromotive-force = elektromotorische Kraft
# en: 6d2aa947
dpt-w-energy = Energie
# en: fb58652d
dpt-w-force = Kraft
# en: 4b715b05
dpt-w-frequency = Frequenz
# en: c8763134
dpt-w-angular-frequency = Kreisfrequenz
# en: cdfff322
dpt-w-heat-capacity = Wärmekapazität
# en: 01c03f85
dpt-w-heat-flow-rate = Wärmestrom
# en: 6e7dd6aa
dpt-w-heat-quantity = Wärmemenge
# en: 2cf16911
dpt-w-impedance = Impedanz
# en: 513ed839
dpt-w-luminance = Leuchtdichte
# en: c6e7ddaa
dpt-w-luminous-flux = Lichtstrom
# en: 39a875c6
dpt-w-luminous-intensity = Lichtstärke
# en: 958695fd
dpt-w-magnetic-field-strength = magnetische Feldstärke
# en: 16a58272
dpt-w-magnetic-flux = magnetischer Fluss
# en: dc19cd3f
dpt-w-magnetic-flux-density = magnetische Flussdichte
# en: 67763792
dpt-w-magnetic-moment = magnetisches Moment
# en: 7b92bfaa
dpt-w-magnetic-polarization = magnetische Polarisation
# en: e1a28191
dpt-w-magnetization = Magnetisierung
# en: d0cf720c
dpt-w-magnetomotive-force = magnetische Durchflutung
# en: e4b9fedf
dpt-w-mass = Masse
# en: 2f429ea2
dpt-w-mass-flux = Massenstrom
# en: d6e8ad5b
dpt-w-momentum = Impuls
# en: b86dcb50
dpt-w-phase-angle = Phasenwinkel
# en: 34d022ca
dpt-w-power-factor = Leistungsfaktor
# en: 2e456685
dpt-w-pressure = Druck
# en: c768fdcd
dpt-w-reactance = Blindwiderstand
# en: 10ba0889
dpt-w-resistance = Widerstand
# en: 4da71e95
dpt-w-resistivity = spezifischer Widerstand
# en: a84d4f5a
dpt-w-self-inductance = Eigeninduktivität
# en: d15e51e4
dpt-w-solid-angle = Raumwinkel
# en: 4074bd90
dpt-w-sound-intensity = Schallintensität
# en: 89310d55
dpt-w-speed = Geschwindigkeit
# en: e59bb547
dpt-w-stress = mechanische Spannung
# en: 1f3395bc
dpt-w-surface-tension = Oberflächenspannung
# en: 0879de36
dpt-w-absolute-temperature = absolute Temperatur
# en: 205a20e4
dpt-w-thermal-capacity = Wärmekapazität (thermisch)
# en: 6e8378ea
dpt-w-thermal-conductivity = Wärmeleitfähigkeit
# en: 8e761ee6
dpt-w-thermoelectric-power = Thermospannung
# en: 0e3215cb
dpt-w-torque = Drehmoment
# en: 4b861216
dpt-w-volume-flux = Volumenstrom (m³/s)
# en: 0169af77
dpt-w-weight = Gewichtskraft
# en: bb92dc05
dpt-w-work = Arbeit
# en: da0d9ce8
dpt-w-apparent-power = Scheinleistung
# en: 1b6c9b8d
dpt-w-text-ascii = Text (ASCII)
# en: c15b8238
dpt-w-text-iso-8859-1 = Text (ISO 8859-1)
# en: fcf83d76
dpt-w-sclo-mode = SCLO-Modus
# en: 9340699e
dpt-w-building-mode = Gebäudemodus
# en: 60e68be2
dpt-w-occupancy-mode = Belegungsmodus
# en: da7af13f
dpt-w-priority = Priorität
# en: 543eac1d
dpt-w-light-application-mode = Lichtanwendungsmodus
# en: b779499b
dpt-w-power-supply-mode = Spannungsversorgungsmodus
# en: 0b997153
dpt-w-hvac-error-class = HLK-Fehlerklasse
# en: 99adbff6
dpt-w-fuel-type = Brennstoffart
# en: e8ca73c2
dpt-w-hvac-mode = HLK-Betriebsart
# en: 130dd911
dpt-w-hot-water-mode = Warmwasser-Betriebsart
# en: 7333cb36
dpt-w-load-priority = Lastpriorität
# en: 8eb35839
dpt-w-hvac-control-mode = HLK-Regelbetriebsart
# en: a08e59d5
dpt-w-hvac-emergency-mode = HLK-Notbetrieb
# en: 3e8b7306
dpt-w-changeover-mode = Umschaltmodus Heizen/Kühlen
# en: a24ef692
dpt-w-fan-mode = Lüftermodus
# en: 841b6db7
dpt-w-room-setpoint-status = Status Raumsollwert
# en: 0b32ec99
dpt-w-behaviour-on-lock_unlock = Verhalten bei Sperren/Entsperren
# en: 66bc280b
dpt-w-behaviour-on-bus-power-up_down = Verhalten bei Busspannungswiederkehr/-ausfall
# en: f463f68b
dpt-w-light-control-mode = Lichtsteuerungsmodus
# en: b14b2576
dpt-w-load-type = Lastart
# en: 001c6bcb
dpt-w-blinds-exception-behaviour = Jalousie-Sonderverhalten
# en: 2c44fdb5
dpt-w-blinds-control-mode = Jalousie-Steuerungsmodus

## States of 1.x, 2.x and 3.x (0 and 1, the step direction)

# en: 4077bc35
dpt-w-off = Aus
# en: cbe01e45
dpt-w-on = Ein
# en: 3828816d
dpt-w-false = Falsch
# en: 025fb083
dpt-w-true = Wahr
# en: c7c727dd
dpt-w-disable = Sperren
# en: 4d0efb76
dpt-w-no-ramp = keine Rampe
# en: 3d4d51f4
dpt-w-no-alarm = kein Alarm
# en: da754529
dpt-w-low = Niedrig
# en: 36b9c567
dpt-w-high = Hoch
# en: e4a3fac3
dpt-w-decrease = Verringern
# en: 66ab9bab
dpt-w-increase = Erhöhen
# en: 2045fc1d
dpt-w-up = Auf
# en: 330e8e67
dpt-w-down = Ab
# en: 630c3da7
dpt-w-open = Offen
# en: cd57b9e5
dpt-w-close = Schließen
# en: f92fbe23
dpt-w-stop = Stopp
# en: 094787a9
dpt-w-start = Start
# en: f9672cc9
dpt-w-inactive = Inaktiv
# en: 0959ca3b
dpt-w-active = Aktiv
# en: ef3f2a62
dpt-w-not-inverted = nicht invertiert
# en: 20b51c41
dpt-w-inverted = invertiert
# en: d8bfc355
dpt-w-start-stop = Start-Stopp
# en: 69b0ba19
dpt-w-cyclically = zyklisch
# en: e52d4f25
dpt-w-fixed = fest
# en: ccdcd1af
dpt-w-calculated = berechnet
# en: 6f62bc76
dpt-w-no-action = keine Aktion
# en: 3283b864
dpt-w-not-occupied = nicht belegt
# en: 6343ff23
dpt-w-occupied = belegt
# en: 5776c0a3
dpt-w-closed = Geschlossen
# en: 4dfcc2cd
dpt-w-or = ODER
# en: a22d68c5
dpt-w-and = UND
# en: 42a1252c
dpt-w-scene-a = Szene A
# en: e1869f24
dpt-w-scene-b = Szene B
# en: 3b82e8b6
dpt-w-up_down-only = nur Auf/Ab
# en: 96dff8e5
dpt-w-up_down-and-step_stop = Auf/Ab und Schritt/Stopp
# en: 360584cd
dpt-w-day = Tag
# en: 0fb716f5
dpt-w-night = Nacht
# en: 4c27cfbd
dpt-w-cooling = Kühlen
# en: 8c1c0c89
dpt-w-heating = Heizen

## Values of the enumerations (20.x)

# en: 9630a73f
dpt-w-autonomous = autonom
# en: e73823bd
dpt-w-slave = Slave
# en: c02b7ad3
dpt-w-master = Master
# en: e3e8e8cb
dpt-w-building-in-use = Gebäude in Benutzung
# en: b61c68c9
dpt-w-building-not-used = Gebäude nicht benutzt
# en: 816804fe
dpt-w-building-protection = Gebäudeschutz
# en: ee8383ed
dpt-w-standby = Standby
# en: 0b6c2d05
dpt-w-medium = Mittel
# en: 64ca5693
dpt-w-void = ungültig
# en: 65975d1d
dpt-w-normal = Normal
# en: 729ec41a
dpt-w-presence-simulation = Anwesenheitssimulation
# en: e8f73948
dpt-w-night-round = Nachtrundgang
# en: c3b7e17b
dpt-w-disabled = deaktiviert
# en: 36e96201
dpt-w-enabled = aktiviert
# en: c6ae5a75
dpt-w-auto = Auto
# en: 995bc962
dpt-w-no-fault = kein Fehler
# en: 783c1460
dpt-w-sensor-fault = Fühlerfehler
# en: cec8ef4a
dpt-w-process-or-controller-fault = Prozess- oder Reglerfehler
# en: ee97c03e
dpt-w-actuator-fault = Stellgliedfehler
# en: 474d1aa0
dpt-w-other-fault = anderer Fehler
# en: db16e251
dpt-w-oil = Öl
# en: 232cf999
dpt-w-gas = Gas
# en: 11024ed4
dpt-w-solid-fuel = Festbrennstoff
# en: dda4951d
dpt-w-comfort = Komfort
# en: 9a4667a5
dpt-w-economy = Nacht (Economy)
# en: 2fc68d2e
dpt-w-legionella-protection = Legionellenschutz
# en: ba4d917d
dpt-w-reduced = Reduziert
# en: 37766056
dpt-w-off_frost-protection = Aus / Frostschutz
# en: 4f109003
dpt-w-none = keine
# en: d9f9de47
dpt-w-shift-load-priority = verschiebbare Lastpriorität
# en: 06cbcb63
dpt-w-absolute-load-priority = absolute Lastpriorität
# en: ee60a0af
dpt-w-heat = Heizen
# en: b780de0e
dpt-w-morning-warmup = Morgenaufheizung
# en: 5db8b6b9
dpt-w-cool = Kühlen
# en: 5d98f1cc
dpt-w-night-purge = Nachtauskühlung
# en: ce74baa1
dpt-w-precool = Vorkühlen
# en: 824554e7
dpt-w-test = Test
# en: bc108984
dpt-w-emergency-heat = Notheizen
# en: 8a1ce2bc
dpt-w-fan-only = nur Lüfter
# en: d2ffcb16
dpt-w-free-cool = freie Kühlung
# en: 0e5d6fcd
dpt-w-ice = Eis
# en: 9c4cc2d4
dpt-w-maximum-heating = maximales Heizen
# en: 69c98bda
dpt-w-economic-heat_cool = Sparbetrieb Heizen/Kühlen
# en: 645c8d1b
dpt-w-dehumidification = Entfeuchtung
# en: 5fa9f339
dpt-w-calibration = Kalibrierung
# en: 5a8fb96a
dpt-w-emergency-cool = Notkühlen
# en: 758d9f1c
dpt-w-emergency-steam = Notdampf
# en: d7b97ce6
dpt-w-no-demand = keine Anforderung
# en: ad5bbd0e
dpt-w-emergency-pressure = Notfall Überdruck
# en: 589fe874
dpt-w-emergency-depressure = Notfall Unterdruck
# en: a04fb780
dpt-w-emergency-purge = Notfall Spülen
# en: 401459d4
dpt-w-emergency-shutdown = Notabschaltung
# en: 38ea1854
dpt-w-emergency-fire = Notfall Brand
# en: 4b63842c
dpt-w-cooling-only = nur Kühlen
# en: 15177cc6
dpt-w-heating-only = nur Heizen
# en: 05986614
dpt-w-not-running = aus
# en: 39e309b4
dpt-w-permanently-running = Dauerbetrieb
# en: cc3c4e51
dpt-w-running-in-intervals = Intervallbetrieb
# en: c1beef22
dpt-w-normal-setpoint = normaler Sollwert
# en: fd55edd8
dpt-w-alternative-setpoint = alternativer Sollwert
# en: 1264f967
dpt-w-building-protection-setpoint = Gebäudeschutz-Sollwert
# en: f82ed6de
dpt-w-no-change = keine Änderung
# en: 9598d69d
dpt-w-value-of-an-additional-parameter = Wert eines zusätzlichen Parameters
# en: 2c53cd2f
dpt-w-memory-function-value = Wert der Speicherfunktion
# en: 9b6d9088
dpt-w-updated-value = aktualisierter Wert
# en: 0aeed563
dpt-w-value-before-locking = Wert vor Sperrung
# en: d7643cd0
dpt-w-last-value-before-bus-power-down = letzter Wert vor Busspannungsausfall
# en: c3f9f535
dpt-w-automatic = automatisch
# en: 6a5304f7
dpt-w-manual = manuell
# en: 8ed62958
dpt-w-leading-edge-inductive = Phasenanschnitt (induktiv)
# en: da1988a4
dpt-w-trailing-edge-capacitive = Phasenabschnitt (kapazitiv)
# en: f169c4e8
dpt-w-automatic-control = automatische Steuerung
# en: e815be96
dpt-w-manual-control = manuelle Steuerung

## Other

# en: b6f59c6b
dpt-w-unknown-datapoint-type = unbekannter Datenpunkttyp
