# The About screen (app/src/gui/panels/about.rs): version, licences, bundled data.

gui-about-title = About BAS Audit
gui-about-what = Audits BACnet/IP and KNXnet/IP building-automation networks.
gui-about-version = Version
gui-about-licence = Licence
gui-about-traffic = Network traffic
# $rate: the default packets-per-second cap of an audit; $max: the highest cap a user may set.
gui-about-traffic-what = BAS Audit sends only after you allow it in a dialog that says what will be sent. Discovery and the checks send read-only requests (BACnet Who-Is and property reads, KNXnet/IP SEARCH and DESCRIPTION, read-only questions to the home router), paced at most { $rate } packets a second by default ({ $max } at most, set on the Scope screen). The write test runs only if you tick it, and writes back the value it has just read. Reading capture files and listening send nothing. The Log lists every packet sent.
gui-about-bundled = Bundled data
# $font: where the bundled font comes from and its licence (gui-about-font-source).
gui-about-font = Font: { $font }
gui-about-font-source = DejaVu Sans 2.37 (https://dejavu-fonts.github.io/): Bitstream Vera licence; DejaVu changes are in the public domain.
gui-about-provenance = Full provenance (assets/SOURCES.md)
gui-about-built-with = Built with
# Where the BACnet vendor table comes from. $file: a file in Wireshark's sources; $commit: its
# git commit; $retrieved: an ISO date.
gui-about-vendor-source = BACnet vendor identifiers are assigned by ASHRAE (https://bacnet.org/assigned-vendor-ids/). Table taken from Wireshark { $file } (commit { $commit }), which is generated from that ASHRAE list; retrieved { $retrieved }.
