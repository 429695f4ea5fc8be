# The Log screen (app/src/gui/panels/log.rs): what the app did and sent, with local times.

# en: e52d71e9
gui-log-title = Protokoll
# en: 8ab8447f
gui-log-what = Was BAS Audit seit dem Start getan und gesendet hat, mit Ortszeit.
# en: 5d019722
gui-log-sent-none = Bisher gesendeter Netzwerkverkehr: keiner.
# $sent: the lines that record a packet sent (marked "sent" in the Kind column), one per packet.
# en: 2bd67762
gui-log-sent = Bisher gesendeter Netzwerkverkehr: { $sent } { $sent ->
        [one] Paket
       *[other] Pakete
    } (unten mit „gesendet“ markiert).
# en: 39fef992
gui-log-col-time = Zeit
# en: 44756918
gui-log-col-kind = Art
# en: a04a3139
gui-log-col-what = Was geschah
# The Kind column.
# en: 4c367d08
gui-log-kind-info = Info
# en: 36634444
gui-log-kind-sent = gesendet
# en: 30a01782
gui-log-kind-warning = Warnung
# en: 4d2033be
gui-log-kind-error = Fehler
