## Saving the report to a typed path (app/src/gui/panels/report.rs, app/src/gui/flows/report.rs):
## asking before a file is replaced, refusing the audit's own session file.

# $file: the file that exists already.
# en: 39ef4cde
gui-save-exists = { $file } bestaat al. Vervangen door dit rapport?
# $count: how many of the files to write exist already (CSV writes three).
# en: 50aa64fd
gui-save-exists-many = { $count } van de bestanden bestaan al: { $files }. Vervangen door dit rapport?
# en: 08be8874
gui-save-replace = Vervangen
# en: 9595fa0b
gui-save-keep = Annuleren
# en: 06016013
gui-save-kept = Er is niets opgeslagen; het bestaande bestand is bewaard.
# $file: the file the user typed.
# en: 4d808d8f
gui-save-is-session = { $file } is het opgeslagen bestand van een audit (deze audit, of die waarmee vergeleken wordt): het rapport daar opslaan zou de audit vernietigen. Kies een andere bestandsnaam.
