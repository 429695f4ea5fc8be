# The Log screen (app/src/gui/panels/log.rs): what the app did and sent, with local times.

# en: e52d71e9
gui-log-title = Logboek
# en: 8ab8447f
gui-log-what = Wat BAS Audit sinds de start heeft gedaan en verstuurd, met lokale tijden.
# en: 5d019722
gui-log-sent-none = Tot nu toe verstuurd netwerkverkeer: geen.
# $sent: the lines that record a packet sent (marked "sent" in the Kind column), one per packet.
# en: 2bd67762
gui-log-sent = Tot nu toe verstuurd netwerkverkeer: { $sent } { $sent ->
        [one] pakket
       *[other] pakketten
    } (hieronder gemarkeerd met “verstuurd”).
# en: 39fef992
gui-log-col-time = Tijd
# en: 44756918
gui-log-col-kind = Soort
# en: a04a3139
gui-log-col-what = Wat er gebeurde
# The Kind column.
# en: 4c367d08
gui-log-kind-info = info
# en: 36634444
gui-log-kind-sent = verstuurd
# en: 30a01782
gui-log-kind-warning = waarschuwing
# en: 4d2033be
gui-log-kind-error = fout
