# The Report screen (app/src/gui/panels/report.rs, flows/report.rs) and the homeowner's
# summary PDF (panels/self_check.rs). The report's own words are in report.ftl.

# en: accf108c
gui-nav-report = Rapport
# en: 3855a175
gui-nav-report-hint = Het overdrachtsrapport van deze audit: bekijk het en sla het op als PDF, HTML, JSON, CSV of EDE. Verstuurt niets.
# en: ff9ca4c5
gui-report-title = Rapport
# en: 900c4149
gui-report-what = Het document dat u overdraagt: een samenvatting voor de eigenaar, elke bevinding met de oplossingen, de inventaris en de werkwijze. Er wordt niets verstuurd.
# en: 9945a393
gui-report-no-checks = In deze audit zijn de controles nog niet uitgevoerd, dus het rapport heeft geen bevindingen. Voer ze eerst uit in het scherm Bevindingen.
# en: fa6a6e08
gui-report-options = Wat maken
# en: f5595179
gui-report-audience = Voor wie
# en: b4cb9f5a
gui-report-audience-full = Volledig rapport
# en: 84052b8e
gui-report-audience-full-hint = Alles: de samenvatting voor de eigenaar, elke bevinding met de stappen voor de installateur en voor de eigenaar, de inventaris, de werkwijze, een woordenlijst en het ruwe bewijs.
# en: 73a63002
gui-report-audience-owner = Alleen samenvatting voor eigenaar
# en: dece93ce
gui-report-audience-owner-hint = Het voorblad, de samenvatting van één pagina, de grafiek, de wijzigingen sinds het vorige bezoek en de aftekening.
# en: cc0a1493
gui-report-format = Formaat
# en: ac88f260
gui-report-format-pdf = A4-document om te printen of te versturen (het maken duurt een paar seconden)
# en: 7185b73f
gui-report-format-html = Eén webpaginabestand dat in elke browser opent, met de gegevens erin
# en: a3740f48
gui-report-format-json = Alles als gegevens, voor scripts en ticketsystemen
# en: f7f6339e
gui-report-format-csv = Drie spreadsheetbestanden: apparaten, gateways en bevindingen (genoemd naar het bestand dat u kiest)
# en: 1f9982ed
gui-report-format-ede = De BACnet-punten in het EDE 2.3-formaat dat YABE en gebouwbeheersystemen importeren
# en: 5ac19bf7
gui-report-redaction = Afschermen
# en: 6cee1f23
gui-report-redact = Adressen, namen en serienummers verbergen
# en: ec964b5a
gui-report-redact-hint = Openbare IP-adressen, MAC-adressen, serienummers, de naam en het adres van de locatie, namen van personen en elke sleutel of elk wachtwoord worden vervangen door plaatshouders. De lijst van wat vervangen is, wordt alleen hier getoond en in geen enkel bestand geschreven.
# en: 07d6fba5
gui-report-compare = Vergelijken met
# en: 8255bfa5
gui-report-compare-none = Geen eerdere audit
# en: 03eda183
gui-report-compare-hint = Een eerdere audit van dezelfde locatie: het rapport vermeldt dan wat nieuw is, wat is opgelost en wat is veranderd.
# en: a59ad107
gui-report-compare-empty = Er is geen eerder opgeslagen audit van deze locatie om mee te vergelijken.
# en: 92af1b71
gui-report-cover = Namen op het voorblad
# en: 2ef7c2be
gui-report-site-name = Naam locatie:
# en: 4f3f083a
gui-report-site-address = Adres locatie:
# en: 93125bda
gui-report-site-owner = Opgesteld voor:
# en: ea51bb7d
gui-report-site-auditor = Auditor:
# en: 54e12cd9
gui-report-site-company = Bedrijf:
# en: 30cb6fa3
gui-report-save = Opslaan
# en: 5d09e720
gui-report-save-as = Opslaan als…
# en: 6a0de5b8
gui-report-save-as-hint = Kies in een bestandsvenster waar het rapport wordt opgeslagen
# en: 83836001
gui-report-path = Of typ een bestandspad:
# en: d1ae6894
gui-report-save-here = Opslaan op dit pad
# en: a56071f8
gui-report-dialog-title = Rapport opslaan
# en: 1b932d67
gui-report-dialog-open = Wachten op het bestandsvenster…
# $format: PDF, HTML, ...; $seconds: whole seconds since it started.
# en: fa82c14a
gui-report-saving = { $format }-bestand wordt gemaakt… { $seconds } s
# $file: the path; $bytes: its size; $seconds: how long it took, one decimal.
# en: 47dfa550
gui-report-saved = { $file } opgeslagen ({ $bytes } bytes, { $seconds } s).
# en: a1fdfe4d
gui-report-open = Openen
# en: 87ee2851
gui-report-open-hint = Het opgeslagen bestand openen in de viewer van deze computer
# $file: the path; $error: the system's reason.
# en: 99a66f45
gui-report-open-failed = Kon { $file } niet openen in een viewer: { $error }
# $error: why the earlier audit could not be read.
# en: 7372aded
gui-report-compare-failed = De eerdere audit om mee te vergelijken kon niet worden gelezen: { $error }
# $error: what went wrong while making the file.
# en: 7303aad2
gui-report-render-failed = Het rapport kon niet worden gemaakt: { $error }
# $file: the path; $problem: why (the folder does not exist, no permission, the disk is full...).
# en: 0b9eff2b
gui-report-cannot-write = Kon { $file } niet opslaan: { $problem }. Daar is niets geschreven; kies een andere plek.
# en: 365a509b
gui-report-crashed = Het maken van het rapport is mislukt door een fout in BAS Audit. Er is niets geschreven. Meld de fout alstublieft, met het logboek.
# en: 3e6a303c
gui-report-log-saving = Rapport wordt opgeslagen als { $format }.
# en: dd16fc81
gui-report-log-saved = Rapport opgeslagen: { $file } ({ $bytes } bytes).
# en: f96b01be
gui-report-replaced = Wat het afschermen heeft vervangen
# $count: how many values were replaced.
# en: b28e5265
gui-report-replaced-what = { $count ->
        [one] Eén waarde is
       *[other] { $count } waarden zijn
    } vervangen in het opgeslagen bestand. Deze lijst wordt alleen hier getoond: bewaar hem als u de plaatshouders later uit elkaar moet kunnen houden; hij wordt in geen enkel bestand geschreven.
# en: 3daafebf
gui-report-preview = Voorbeeld
# en: fa5cf6d1
gui-report-preview-building = Voorbeeld wordt opgebouwd…
# The homeowner self-check: the summary for the installer as a PDF.
# en: 9da5e6bd
gui-report-owner-summary-title = Een samenvatting voor uw installateur
# en: dc6e3697
gui-report-owner-summary-what = Eén document met het resultaat hierboven, wat u eerst moet doen en wat niet is gecontroleerd. Stuur het naar uw installateur.
# en: 3cce1441
gui-report-owner-summary = Samenvatting voor mijn installateur opslaan (PDF)
