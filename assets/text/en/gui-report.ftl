# The Report screen (app/src/gui/panels/report.rs, flows/report.rs) and the homeowner's
# summary PDF (panels/self_check.rs). The report's own words are in report.ftl.

gui-nav-report = Report
gui-nav-report-hint = The hand-over report of this audit: preview it, then save it as PDF, HTML, JSON, CSV or EDE. Sends nothing.
gui-report-title = Report
gui-report-what = The document you hand over: a summary for the owner, every finding with its fixes, the inventory and the method. Nothing is sent.
gui-report-no-checks = The checks have not run in this audit yet, so the report has no findings. Run them on the Findings screen first.
gui-report-options = What to make
gui-report-audience = For whom
gui-report-audience-full = Full report
gui-report-audience-full-hint = Everything: the owner summary, every finding with the installer's and the owner's steps, the inventory, the method, a glossary and the raw evidence.
gui-report-audience-owner = Owner summary only
gui-report-audience-owner-hint = The cover, the one-page summary, the chart, the changes since the last visit and the sign-off.
gui-report-format = Format
gui-report-format-pdf = A4 document to print or send (takes a few seconds to make)
gui-report-format-html = One web page file that opens in any browser, with the data inside
gui-report-format-json = Everything as data, for scripts and ticket systems
gui-report-format-csv = Three spreadsheet files: devices, gateways and findings (named after the file you choose)
gui-report-format-ede = The BACnet points in the EDE 2.3 format that YABE and building-management tools import
gui-report-redaction = Redaction
gui-report-redact = Hide addresses, names and serial numbers
gui-report-redact-hint = Public internet addresses, MAC addresses, serial numbers, the site's name and address, people's names and any key or password become placeholders. The list of what was replaced is shown here and written into no file.
gui-report-compare = Compare with
gui-report-compare-none = No earlier audit
gui-report-compare-hint = An earlier audit of the same site: the report then says what is new, what was fixed and what changed.
gui-report-compare-empty = There is no earlier saved audit of this site to compare with.
gui-report-cover = Names on the cover
gui-report-site-name = Site name:
gui-report-site-address = Site address:
gui-report-site-owner = Prepared for:
gui-report-site-auditor = Auditor:
gui-report-site-company = Company:
gui-report-save = Save
gui-report-save-as = Save…
gui-report-save-as-hint = Choose where to save the report in a file dialog
gui-report-path = Or type a file path:
gui-report-save-here = Save to this path
gui-report-dialog-title = Save the report
gui-report-dialog-open = Waiting for the file dialog…
# $format: PDF, HTML, ...; $seconds: whole seconds since it started.
gui-report-saving = Making the { $format } file… { $seconds } s
# $file: the path; $bytes: its size; $seconds: how long it took, one decimal.
gui-report-saved = Saved { $file } ({ $bytes } bytes, { $seconds } s).
gui-report-open = Open
gui-report-open-hint = Open the saved file in this computer's viewer
# $file: the path; $error: the system's reason.
gui-report-open-failed = Could not open { $file } in a viewer: { $error }
# $error: why the earlier audit could not be read.
gui-report-compare-failed = The earlier audit to compare with could not be read: { $error }
# $error: what went wrong while making the file.
gui-report-render-failed = The report could not be made: { $error }
# $file: the path; $problem: why (the folder does not exist, no permission, the disk is full...).
gui-report-cannot-write = Could not save { $file }: { $problem }. Nothing was written there; choose another place.
gui-report-crashed = Making the report failed because of a bug in BAS Audit. Nothing was written. Please report it, with the Log.
gui-report-log-saving = Saving the report as { $format }.
gui-report-log-saved = Report saved: { $file } ({ $bytes } bytes).
gui-report-replaced = What redaction replaced
# $count: how many values were replaced.
gui-report-replaced-what = { $count ->
        [one] One value is
       *[other] { $count } values are
    } replaced in the saved file. This list is shown only here: keep it if you need to tell the placeholders apart later; it is written into no file.
gui-report-preview = Preview
gui-report-preview-building = Building the preview…
# The homeowner self-check: the summary for the installer as a PDF.
gui-report-owner-summary-title = A summary for your installer
gui-report-owner-summary-what = One document with the result above, what to do first and what was not checked. Send it to your installer.
gui-report-owner-summary = Save a summary for my installer (PDF)
