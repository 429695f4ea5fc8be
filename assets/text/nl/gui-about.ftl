# The About screen (app/src/gui/panels/about.rs): version, licences, bundled data.

# en: d8f83160
gui-about-title = Over BAS Audit
# en: c2a6955d
gui-about-what = Controleert BACnet/IP- en KNXnet/IP-netwerken voor gebouwautomatisering.
# en: 4c00bb5e
gui-about-version = Versie
# en: 75a0f6fa
gui-about-licence = Licentie
# en: 0fa73ae4
gui-about-traffic = Netwerkverkeer
# $rate: the default packets-per-second cap of an audit; $max: the highest cap a user may set.
# en: 1cd38134
gui-about-traffic-what = BAS Audit verstuurt pas iets nadat u dat toestaat in een venster dat zegt wat er verstuurd wordt. Apparaten zoeken en de controles versturen alleen leesverzoeken (BACnet Who-Is en het lezen van eigenschappen, KNXnet/IP SEARCH en DESCRIPTION, alleen-lezen vragen aan de thuisrouter), standaard in een tempo van hoogstens { $rate } pakketten per seconde (hoogstens { $max }, in te stellen op het scherm Controlebereik). De schrijftest wordt alleen uitgevoerd als u die aanvinkt, en schrijft de waarde terug die hij net heeft gelezen. Opnamebestanden lezen en meeluisteren versturen niets. Het logboek toont elk verstuurd pakket.
# en: 2bd1f9f6
gui-about-bundled = Meegeleverde gegevens
# $font: where the bundled font comes from and its licence (gui-about-font-source).
# en: c7ae3297
gui-about-font = Lettertype: { $font }
# en: 6d4aeffb
gui-about-font-source = DejaVu Sans 2.37 (https://dejavu-fonts.github.io/): Bitstream Vera-licentie; de wijzigingen van DejaVu zijn vrij van auteursrecht (public domain).
# en: 82c9b919
gui-about-provenance = Volledige herkomst (assets/SOURCES.md)
# en: fea687a1
gui-about-built-with = Gebouwd met
# Where the BACnet vendor table comes from. $file: a file in Wireshark's sources; $commit: its
# git commit; $retrieved: an ISO date.
# en: 56cb1f7b
gui-about-vendor-source = BACnet-fabrikantnummers worden toegekend door ASHRAE (https://bacnet.org/assigned-vendor-ids/). De tabel komt uit Wireshark { $file } (commit { $commit }), dat uit die ASHRAE-lijst wordt gegenereerd; opgehaald op { $retrieved }.
