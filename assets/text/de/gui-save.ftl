## Saving the report to a typed path (app/src/gui/panels/report.rs, app/src/gui/flows/report.rs):
## asking before a file is replaced, refusing the audit's own session file.

# $file: the file that exists already.
# en: 39ef4cde
gui-save-exists = { $file } ist bereits vorhanden. Durch diesen Bericht ersetzen?
# $count: how many of the files to write exist already (CSV writes three).
# en: 50aa64fd
gui-save-exists-many = { $count } der Dateien sind bereits vorhanden: { $files }. Durch diesen Bericht ersetzen?
# en: 08be8874
gui-save-replace = Ersetzen
# en: 9595fa0b
gui-save-keep = Abbrechen
# en: 06016013
gui-save-kept = Nichts wurde gespeichert; die vorhandene Datei bleibt erhalten.
# $file: the file the user typed.
# en: 4d808d8f
gui-save-is-session = { $file } ist die gespeicherte Datei einer Prüfung (dieser Prüfung oder der, mit der sie verglichen wird): Der Bericht würde die Prüfung dort zerstören. Wählen Sie einen anderen Dateinamen.
