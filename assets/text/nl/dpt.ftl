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
dpt-invalid = ongeldig (de zender markeert de waarde als niet geldig)
# en: ac484bf2
dpt-with-control = { $value } (met prioriteit)
# en: 08d17c1a
dpt-without-control = { $value } (zonder prioriteit)
# en: d6098449
dpt-step = { $direction } met { $percent } %
# en: 7d2a62e2
dpt-scene = scène { $number }
# en: 98a939f3
dpt-scene-store = scène { $number } opslaan
# en: b156f60b
dpt-scene-activate = scène { $number } oproepen
# en: bc864ee7
dpt-undefined-value = ongedefinieerde waarde { $number }

## Main types (the format, for a type without a known subtype)

# en: 1501c9c4
dpt-w-1-bit-value = 1-bitwaarde
# en: 7f7fc9af
dpt-w-1-bit-value-with-priority-control = 1-bitwaarde met prioriteitsbesturing
# en: b81d339e
dpt-w-step-control = stapbesturing
# en: 3b9efedd
dpt-w-8-bit-unsigned-value = 8-bitwaarde zonder teken
# en: 9cf2b76f
dpt-w-8-bit-signed-value = 8-bitwaarde met teken
# en: 980bc9e5
dpt-w-2-octet-unsigned-value = 2-bytewaarde zonder teken
# en: 44a8f81b
dpt-w-2-octet-signed-value = 2-bytewaarde met teken
# en: 08bb2721
dpt-w-2-octet-float-value = 2-byte-drijvendekommawaarde
# en: a65329b1
dpt-w-4-octet-unsigned-value = 4-bytewaarde zonder teken
# en: 062affc3
dpt-w-4-octet-signed-value = 4-bytewaarde met teken
# en: 0a1e40e1
dpt-w-4-octet-float-value = 4-byte-drijvendekommawaarde
# en: 297e0993
dpt-w-character-string-14-characters = tekenreeks (14 tekens)
# en: 738d674c
dpt-w-scene-number = scènenummer
# en: 4dad1140
dpt-w-scene-control = scènebesturing
# en: cbc0a9c8
dpt-w-8-bit-enumeration = 8-bitopsomming

## Subtypes: what a group carries

# en: 01ec41ab
dpt-w-switch = schakelen
# en: bad12ab9
dpt-w-boolean = booleaans
# en: 0405fd8d
dpt-w-enable = vrijgeven
# en: abfb0127
dpt-w-ramp = helling
# en: 9300dbad
dpt-w-alarm = alarm
# en: 55480d20
dpt-w-binary-value = binaire waarde
# en: bb43844f
dpt-w-step = stap
# en: 91fa6b01
dpt-w-up_down = op/neer
# en: 8af110c5
dpt-w-open_close = openen/sluiten
# en: 8c58ddb1
dpt-w-start_stop = start/stop
# en: f3083efd
dpt-w-state = status
# en: 658a48bb
dpt-w-invert = inverteren
# en: 4c6b24ab
dpt-w-dim-send-style = dimzendwijze
# en: 02623aa8
dpt-w-input-source = ingangsbron
# en: 2c321915
dpt-w-reset = reset
# en: 029b0ac5
dpt-w-acknowledge = bevestigen
# en: 93adf93d
dpt-w-trigger = trigger
# en: e2bdaacd
dpt-w-occupancy = aanwezigheid
# en: fcce87d9
dpt-w-window_door = raam/deur
# en: 6b8987dc
dpt-w-logical-function = logische functie
# en: 8679eb00
dpt-w-scene-a_b = scène A/B
# en: 6a4e13b6
dpt-w-shutter_blinds-mode = rolluik-/jaloeziemodus
# en: 1a4995bd
dpt-w-day_night = dag/nacht
# en: b26521f5
dpt-w-heat_cool = verwarmen/koelen
# en: 33b0780f
dpt-w-switch-with-control = schakelen met prioriteit
# en: 04aaf84f
dpt-w-boolean-with-control = booleaans met prioriteit
# en: 06fea9bb
dpt-w-enable-with-control = vrijgeven met prioriteit
# en: 6b8f0c87
dpt-w-ramp-with-control = helling met prioriteit
# en: cfa63eb9
dpt-w-alarm-with-control = alarm met prioriteit
# en: b3896b20
dpt-w-binary-value-with-control = binaire waarde met prioriteit
# en: 8328c097
dpt-w-step-with-control = stap met prioriteit
# en: 0b4f0eaf
dpt-w-up_down-with-control = op/neer met prioriteit
# en: 70e700ef
dpt-w-open_close-with-control = openen/sluiten met prioriteit
# en: 59e6b7cf
dpt-w-start_stop-with-control = start/stop met prioriteit
# en: 22d32dbd
dpt-w-state-with-control = status met prioriteit
# en: 9081bb3f
dpt-w-invert-with-control = inverteren met prioriteit
# en: 9a457825
dpt-w-dimming = dimmen
# en: 3cc5ea8e
dpt-w-blinds-step = jaloezie stapsgewijs
# en: e535ddab
dpt-w-percentage = percentage
# en: 8579ca75
dpt-w-angle = hoek
# en: 4d34c98e
dpt-w-percentage-0-255 = percentage (0–255 %)
# en: c2cd5de5
dpt-w-ratio = verhouding
# en: 85c4e3b3
dpt-w-tariff = tarief
# en: 2e3fd50a
dpt-w-counter-pulses = telpulsen
# en: 226a0f5a
dpt-w-percentage-128-127 = percentage (−128–127 %)
# en: 3cc8cb27
dpt-w-pulses = pulsen
# en: 16d723c5
dpt-w-time = tijd
# en: 457d3737
dpt-w-length = lengte
# en: 7e6abb01
dpt-w-current = stroom
# en: 95f881ad
dpt-w-brightness = helderheid
# en: 125bfe7c
dpt-w-colour-temperature = kleurtemperatuur
# en: e3ea602a
dpt-w-pulses-difference = pulsverschil
# en: 3fc5e7ce
dpt-w-time-lag = tijdsverschil
# en: c33214ee
dpt-w-percentage-difference = procentueel verschil
# en: da0f38e2
dpt-w-rotation-angle = draaihoek
# en: 79a8505d
dpt-w-temperature = temperatuur
# en: 155846b0
dpt-w-temperature-difference = temperatuurverschil
# en: efcf5db5
dpt-w-kelvin_hour = kelvin/uur
# en: 54d93bea
dpt-w-wind-speed = windsnelheid
# en: 6a09e180
dpt-w-air-pressure = luchtdruk
# en: b7061715
dpt-w-humidity = luchtvochtigheid
# en: b7f083fc
dpt-w-air-quality = luchtkwaliteit
# en: a7d52bea
dpt-w-air-flow = luchtstroom
# en: 3d3a50d5
dpt-w-voltage = spanning
# en: 30d354d0
dpt-w-power-density = vermogensdichtheid
# en: 097004d5
dpt-w-kelvin_percent = kelvin/procent
# en: 41bd13bd
dpt-w-power = vermogen
# en: 3e21d53a
dpt-w-volume-flow = volumestroom
# en: 34398952
dpt-w-rain-amount = regenhoeveelheid
# en: d854b1ea
dpt-w-absolute-humidity = absolute vochtigheid
# en: 35fca331
dpt-w-concentration = concentratie
# en: c6759cfa
dpt-w-operating-time = bedrijfsduur
# en: 1d3f8773
dpt-w-volume = volume
# en: e2c3514e
dpt-w-flow-rate = debiet
# en: 68b0fe1e
dpt-w-active-energy = actieve energie
# en: 905e0f26
dpt-w-apparent-energy = schijnbare energie
# en: 997b0f3e
dpt-w-reactive-energy = blindenergie
# en: e948456f
dpt-w-acceleration = versnelling
# en: 50b7fd76
dpt-w-angular-acceleration = hoekversnelling
# en: 280eb3a6
dpt-w-activation-energy = activeringsenergie
# en: 812679ee
dpt-w-radioactive-activity = radioactiviteit
# en: 6b5253db
dpt-w-amount-of-substance = hoeveelheid stof
# en: 2e92e6f1
dpt-w-amplitude = amplitude
# en: 237d539e
dpt-w-angular-momentum = impulsmoment
# en: 65f15df4
dpt-w-angular-velocity = hoeksnelheid
# en: 01040cb1
dpt-w-area = oppervlakte
# en: 4a281229
dpt-w-capacitance = capaciteit
# en: b076f883
dpt-w-surface-charge-density = oppervlakteladingsdichtheid
# en: 2bb58c77
dpt-w-volume-charge-density = ruimteladingsdichtheid
# en: 9cb99131
dpt-w-compressibility = samendrukbaarheid
# en: a6bb46dd
dpt-w-conductance = geleidbaarheid
# en: abb72de1
dpt-w-conductivity = geleidingsvermogen
# en: 49227779
dpt-w-density = dichtheid
# en: 4edd828e
dpt-w-electric-charge = elektrische lading
# en: 6f37c6d8
dpt-w-electric-current = elektrische stroom
# en: 94e3cd60
dpt-w-current-density = stroomdichtheid
# en: 770074c5
dpt-w-electric-dipole-moment = elektrisch dipoolmoment
# en: c6c0c68a
dpt-w-electric-displacement = elektrische verschuiving
# en: 8c718a81
dpt-w-electric-field-strength = elektrische veldsterkte
# en: 16e7fe02
dpt-w-electric-flux = elektrische flux
# en: cb740a13
dpt-w-electric-flux-density = elektrische fluxdichtheid
# en: c8df798e
dpt-w-electric-polarization = elektrische polarisatie
# en: 7a10fa7a
dpt-w-electric-potential = elektrische potentiaal
# en: 220e0fd2
dpt-w-electromagnetic-moment = elektromagnetisch moment
# en: 02c4a2cc
dpt-w-electromotive-force = elektromotorische kracht
# en: 6d2aa947
dpt-w-energy = energie
# en: fb58652d
dpt-w-force = kracht
# en: 4b715b05
dpt-w-frequency = frequentie
# en: c8763134
dpt-w-angular-frequency = hoekfrequentie
# en: cdfff322
dpt-w-heat-capacity = warmtecapaciteit
# en: 01c03f85
dpt-w-heat-flow-rate = warmtestroom
# en: 6e7dd6aa
dpt-w-heat-quantity = warmtehoeveelheid
# en: 2cf16911
dpt-w-impedance = impedantie
# en: 513ed839
dpt-w-luminance = luminantie
# en: c6e7ddaa
dpt-w-luminous-flux = lichtstroom
# en: 39a875c6
dpt-w-luminous-intensity = lichtsterkte
# en: 958695fd
dpt-w-magnetic-field-strength = magnetische veldsterkte
# en: 16a58272
dpt-w-magnetic-flux = magnetische flux
# en: dc19cd3f
dpt-w-magnetic-flux-density = magnetische fluxdichtheid
# en: 67763792
dpt-w-magnetic-moment = magnetisch moment
# en: 7b92bfaa
dpt-w-magnetic-polarization = magnetische polarisatie
# en: e1a28191
dpt-w-magnetization = magnetisatie
# en: d0cf720c
dpt-w-magnetomotive-force = magnetomotorische kracht
# en: e4b9fedf
dpt-w-mass = massa
# en: 2f429ea2
dpt-w-mass-flux = massastroom
# en: d6e8ad5b
dpt-w-momentum = impuls
# en: b86dcb50
dpt-w-phase-angle = fasehoek
# en: 34d022ca
dpt-w-power-factor = arbeidsfactor
# en: 2e456685
dpt-w-pressure = druk
# en: c768fdcd
dpt-w-reactance = reactantie
# en: 10ba0889
dpt-w-resistance = weerstand
# en: 4da71e95
dpt-w-resistivity = soortelijke weerstand
# en: a84d4f5a
dpt-w-self-inductance = zelfinductie
# en: d15e51e4
dpt-w-solid-angle = ruimtehoek
# en: 4074bd90
dpt-w-sound-intensity = geluidsintensiteit
# en: 89310d55
dpt-w-speed = snelheid
# en: e59bb547
dpt-w-stress = mechanische spanning
# en: 1f3395bc
dpt-w-surface-tension = oppervlaktespanning
# en: 0879de36
dpt-w-absolute-temperature = absolute temperatuur
# en: 205a20e4
dpt-w-thermal-capacity = thermische capaciteit
# en: 6e8378ea
dpt-w-thermal-conductivity = warmtegeleidingscoëfficiënt
# en: 8e761ee6
dpt-w-thermoelectric-power = thermo-elektrisch vermogen
# en: 0e3215cb
dpt-w-torque = koppel
# en: 4b861216
dpt-w-volume-flux = volumestroom (m³/s)
# en: 0169af77
dpt-w-weight = gewicht
# en: bb92dc05
dpt-w-work = arbeid
# en: da0d9ce8
dpt-w-apparent-power = schijnbaar vermogen
# en: 1b6c9b8d
dpt-w-text-ascii = tekst (ASCII)
# en: c15b8238
dpt-w-text-iso-8859-1 = tekst (ISO 8859-1)
# en: fcf83d76
dpt-w-sclo-mode = SCLO-modus
# en: 9340699e
dpt-w-building-mode = gebouwmodus
# en: 60e68be2
dpt-w-occupancy-mode = aanwezigheidsmodus
# en: da7af13f
dpt-w-priority = prioriteit
# en: 543eac1d
dpt-w-light-application-mode = lichttoepassingsmodus
# en: b779499b
dpt-w-power-supply-mode = voedingsmodus
# en: 0b997153
dpt-w-hvac-error-class = HVAC-foutklasse
# en: 99adbff6
dpt-w-fuel-type = brandstofsoort
# en: e8ca73c2
dpt-w-hvac-mode = HVAC-modus
# en: 130dd911
dpt-w-hot-water-mode = warmwatermodus
# en: 7333cb36
dpt-w-load-priority = lastprioriteit
# en: 8eb35839
dpt-w-hvac-control-mode = HVAC-regelmodus
# en: a08e59d5
dpt-w-hvac-emergency-mode = HVAC-noodmodus
# en: 3e8b7306
dpt-w-changeover-mode = omschakelmodus verwarmen/koelen
# en: a24ef692
dpt-w-fan-mode = ventilatormodus
# en: 841b6db7
dpt-w-room-setpoint-status = status ruimtesetpoint
# en: 0b32ec99
dpt-w-behaviour-on-lock_unlock = gedrag bij blokkeren/vrijgeven
# en: 66bc280b
dpt-w-behaviour-on-bus-power-up_down = gedrag bij busspanningsherstel/-uitval
# en: f463f68b
dpt-w-light-control-mode = lichtbesturingsmodus
# en: b14b2576
dpt-w-load-type = belastingtype
# en: 001c6bcb
dpt-w-blinds-exception-behaviour = jaloezie-uitzonderingsgedrag
# en: 2c44fdb5
dpt-w-blinds-control-mode = jaloeziebesturingsmodus

## States of 1.x, 2.x and 3.x (0 and 1, the step direction)

# en: 4077bc35
dpt-w-off = uit
# en: cbe01e45
dpt-w-on = aan
# en: 3828816d
dpt-w-false = onwaar
# en: 025fb083
dpt-w-true = waar
# en: c7c727dd
dpt-w-disable = blokkeren
# en: 4d0efb76
dpt-w-no-ramp = geen helling
# en: 3d4d51f4
dpt-w-no-alarm = geen alarm
# en: da754529
dpt-w-low = laag
# en: 36b9c567
dpt-w-high = hoog
# en: e4a3fac3
dpt-w-decrease = verlagen
# en: 66ab9bab
dpt-w-increase = verhogen
# en: 2045fc1d
dpt-w-up = op
# en: 330e8e67
dpt-w-down = neer
# en: 630c3da7
dpt-w-open = open
# en: cd57b9e5
dpt-w-close = sluiten
# en: f92fbe23
dpt-w-stop = stop
# en: 094787a9
dpt-w-start = start
# en: f9672cc9
dpt-w-inactive = inactief
# en: 0959ca3b
dpt-w-active = actief
# en: ef3f2a62
dpt-w-not-inverted = niet geïnverteerd
# en: 20b51c41
dpt-w-inverted = geïnverteerd
# en: d8bfc355
dpt-w-start-stop = start-stop
# en: 69b0ba19
dpt-w-cyclically = cyclisch
# en: e52d4f25
dpt-w-fixed = vast
# en: ccdcd1af
dpt-w-calculated = berekend
# en: 6f62bc76
dpt-w-no-action = geen actie
# en: 3283b864
dpt-w-not-occupied = niet bezet
# en: 6343ff23
dpt-w-occupied = bezet
# en: 5776c0a3
dpt-w-closed = dicht
# en: 4dfcc2cd
dpt-w-or = OF
# en: a22d68c5
dpt-w-and = EN
# en: 42a1252c
dpt-w-scene-a = scène A
# en: e1869f24
dpt-w-scene-b = scène B
# en: 3b82e8b6
dpt-w-up_down-only = alleen op/neer
# en: 96dff8e5
dpt-w-up_down-and-step_stop = op/neer en stap/stop
# en: 360584cd
dpt-w-day = dag
# en: 0fb716f5
dpt-w-night = nacht
# en: 4c27cfbd
dpt-w-cooling = koelen
# en: 8c1c0c89
dpt-w-heating = verwarmen

## Values of the enumerations (20.x)

# en: 9630a73f
dpt-w-autonomous = autonoom
# en: e73823bd
dpt-w-slave = slave
# en: c02b7ad3
dpt-w-master = master
# en: e3e8e8cb
dpt-w-building-in-use = gebouw in gebruik
# en: b61c68c9
dpt-w-building-not-used = gebouw niet in gebruik
# en: 816804fe
dpt-w-building-protection = gebouwbescherming
# en: ee8383ed
dpt-w-standby = standby
# en: 0b6c2d05
dpt-w-medium = middel
# en: 64ca5693
dpt-w-void = ongeldig
# en: 65975d1d
dpt-w-normal = normaal
# en: 729ec41a
dpt-w-presence-simulation = aanwezigheidssimulatie
# en: e8f73948
dpt-w-night-round = nachtronde
# en: c3b7e17b
dpt-w-disabled = uitgeschakeld
# en: 36e96201
dpt-w-enabled = ingeschakeld
# en: c6ae5a75
dpt-w-auto = auto
# en: 995bc962
dpt-w-no-fault = geen storing
# en: 783c1460
dpt-w-sensor-fault = sensorstoring
# en: cec8ef4a
dpt-w-process-or-controller-fault = proces- of regelaarstoring
# en: ee97c03e
dpt-w-actuator-fault = actuatorstoring
# en: 474d1aa0
dpt-w-other-fault = andere storing
# en: db16e251
dpt-w-oil = olie
# en: 232cf999
dpt-w-gas = gas
# en: 11024ed4
dpt-w-solid-fuel = vaste brandstof
# en: dda4951d
dpt-w-comfort = comfort
# en: 9a4667a5
dpt-w-economy = nacht (economy)
# en: 2fc68d2e
dpt-w-legionella-protection = legionellabescherming
# en: ba4d917d
dpt-w-reduced = verlaagd
# en: 37766056
dpt-w-off_frost-protection = uit / vorstbeveiliging
# en: 4f109003
dpt-w-none = geen
# en: d9f9de47
dpt-w-shift-load-priority = verschuifbare lastprioriteit
# en: 06cbcb63
dpt-w-absolute-load-priority = absolute lastprioriteit
# en: ee60a0af
dpt-w-heat = verwarmen
# en: b780de0e
dpt-w-morning-warmup = ochtendopwarming
# en: 5db8b6b9
dpt-w-cool = koelen
# en: 5d98f1cc
dpt-w-night-purge = nachtventilatie
# en: ce74baa1
dpt-w-precool = voorkoelen
# en: 824554e7
dpt-w-test = test
# en: bc108984
dpt-w-emergency-heat = noodverwarming
# en: 8a1ce2bc
dpt-w-fan-only = alleen ventilator
# en: d2ffcb16
dpt-w-free-cool = vrije koeling
# en: 0e5d6fcd
dpt-w-ice = ijs
# en: 9c4cc2d4
dpt-w-maximum-heating = maximaal verwarmen
# en: 69c98bda
dpt-w-economic-heat_cool = zuinig verwarmen/koelen
# en: 645c8d1b
dpt-w-dehumidification = ontvochtiging
# en: 5fa9f339
dpt-w-calibration = kalibratie
# en: 5a8fb96a
dpt-w-emergency-cool = noodkoeling
# en: 758d9f1c
dpt-w-emergency-steam = noodstoom
# en: d7b97ce6
dpt-w-no-demand = geen vraag
# en: ad5bbd0e
dpt-w-emergency-pressure = noodoverdruk
# en: 589fe874
dpt-w-emergency-depressure = noodonderdruk
# en: a04fb780
dpt-w-emergency-purge = noodspoeling
# en: 401459d4
dpt-w-emergency-shutdown = noodstop
# en: 38ea1854
dpt-w-emergency-fire = noodgeval brand
# en: 4b63842c
dpt-w-cooling-only = alleen koelen
# en: 15177cc6
dpt-w-heating-only = alleen verwarmen
# en: 05986614
dpt-w-not-running = uit
# en: 39e309b4
dpt-w-permanently-running = continu in bedrijf
# en: cc3c4e51
dpt-w-running-in-intervals = intervalbedrijf
# en: c1beef22
dpt-w-normal-setpoint = normaal setpoint
# en: fd55edd8
dpt-w-alternative-setpoint = alternatief setpoint
# en: 1264f967
dpt-w-building-protection-setpoint = gebouwbeschermingssetpoint
# en: f82ed6de
dpt-w-no-change = geen wijziging
# en: 9598d69d
dpt-w-value-of-an-additional-parameter = waarde van een extra parameter
# en: 2c53cd2f
dpt-w-memory-function-value = waarde van de geheugenfunctie
# en: 9b6d9088
dpt-w-updated-value = bijgewerkte waarde
# en: 0aeed563
dpt-w-value-before-locking = waarde vóór blokkering
# en: d7643cd0
dpt-w-last-value-before-bus-power-down = laatste waarde vóór busspanningsuitval
# en: c3f9f535
dpt-w-automatic = automatisch
# en: 6a5304f7
dpt-w-manual = handmatig
# en: 8ed62958
dpt-w-leading-edge-inductive = fase-aansnijding (inductief)
# en: da1988a4
dpt-w-trailing-edge-capacitive = fase-afsnijding (capacitief)
# en: f169c4e8
dpt-w-automatic-control = automatische besturing
# en: e815be96
dpt-w-manual-control = handmatige besturing

## Other

# en: b6f59c6b
dpt-w-unknown-datapoint-type = onbekend datapunttype
