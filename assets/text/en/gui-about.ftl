# The About screen (app/src/gui/panels/about.rs): version, licences, bundled data.

gui-about-title = About BAS Audit
gui-about-what = Audits BACnet/IP and KNXnet/IP building-automation networks.
gui-about-version = Version
gui-about-licence = Licence
gui-about-traffic = Network traffic
gui-about-traffic-none = This version sends nothing on the network.
gui-about-bundled = Bundled data
# $font: where the bundled font comes from and its licence (gui-about-font-source).
gui-about-font = Font: { $font }
gui-about-font-source = DejaVu Sans 2.37 (https://dejavu-fonts.github.io/): Bitstream Vera licence; DejaVu changes are in the public domain.
gui-about-provenance = Full provenance (assets/SOURCES.md)
gui-about-built-with = Built with
