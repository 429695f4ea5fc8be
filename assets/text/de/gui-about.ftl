# The About screen (app/src/gui/panels/about.rs): version, licences, bundled data.

# en: d8f83160
gui-about-title = Über BAS Audit
# en: c2a6955d
gui-about-what = Prüft Gebäudeautomationsnetze mit BACnet/IP und KNXnet/IP.
# en: 4c00bb5e
gui-about-version = Version
# en: 75a0f6fa
gui-about-licence = Lizenz
# en: 0fa73ae4
gui-about-traffic = Netzwerkverkehr
# $rate: the default packets-per-second cap of an audit; $max: the highest cap a user may set.
# en: 1cd38134
gui-about-traffic-what = BAS Audit sendet erst, wenn Sie es in einem Dialog erlauben, der sagt, was gesendet wird. Die Gerätesuche und die Prüfungen senden nur lesende Anfragen (BACnet Who-Is und Eigenschaften lesen, KNXnet/IP SEARCH und DESCRIPTION, lesende Abfragen an den Heimrouter), standardmäßig höchstens { $rate } Pakete pro Sekunde (maximal { $max }, einstellbar in der Ansicht „Prüfbereich“). Der Schreibtest läuft nur, wenn Sie ihn ankreuzen, und schreibt den Wert zurück, den er gerade gelesen hat. Das Lesen von Mitschnittdateien und das Mithören senden nichts. Das Protokoll listet jedes gesendete Paket auf.
# en: 2bd1f9f6
gui-about-bundled = Mitgelieferte Daten
# $font: where the bundled font comes from and its licence (gui-about-font-source).
# en: c7ae3297
gui-about-font = Schrift: { $font }
# en: 6d4aeffb
gui-about-font-source = DejaVu Sans 2.37 (https://dejavu-fonts.github.io/): Bitstream-Vera-Lizenz; die Änderungen von DejaVu sind gemeinfrei.
# en: 82c9b919
gui-about-provenance = Vollständige Herkunftsangaben (assets/SOURCES.md)
# en: fea687a1
gui-about-built-with = Erstellt mit
# Where the BACnet vendor table comes from. $file: a file in Wireshark's sources; $commit: its
# git commit; $retrieved: an ISO date.
# en: 56cb1f7b
gui-about-vendor-source = BACnet-Herstellerkennungen vergibt die ASHRAE (https://bacnet.org/assigned-vendor-ids/). Die Tabelle stammt aus Wireshark { $file } (Commit { $commit }), das aus dieser ASHRAE-Liste erzeugt wird; abgerufen am { $retrieved }.
