## Saving the report to a typed path (app/src/gui/panels/report.rs, app/src/gui/flows/report.rs):
## asking before a file is replaced, refusing the audit's own session file.

# $file: the file that exists already.
gui-save-exists = { $file } already exists. Replace it with this report?
# $count: how many of the files to write exist already (CSV writes three).
gui-save-exists-many = { $count } of the files exist already: { $files }. Replace them with this report?
gui-save-replace = Replace
gui-save-keep = Cancel
gui-save-kept = Nothing was saved; the existing file was kept.
# $file: the file the user typed.
gui-save-is-session = { $file } is an audit's own saved file (this audit, or the one it is compared with): saving the report there would destroy the audit. Choose another file name.
