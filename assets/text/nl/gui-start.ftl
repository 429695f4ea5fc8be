# The start screen and saved audits (app/src/gui/panels/start.rs, flows/session.rs): the two
# flows, opening a capture, the recent audits with rename and delete, and what the store said.

## Start screen

# en: 9234c5c6
gui-start-tagline = Controleer hoe bereikbaar en hoe beschrijfbaar het automatiseringsnetwerk van een gebouw is (BACnet/IP en KNXnet/IP), en wat er moet worden verholpen.
# en: 5d303aea
gui-start-installer-what = Voor installateurs op locatie: stel het controlebereik van de audit in, zoek de apparaten, controleer wat de router naar het internet openstelt en krijg elke bevinding met de oplossing; analyseer opnames van gebouwverkeer.
# en: ce870cb1
gui-start-installer-traffic = Netwerkverkeer: geen. Er wordt niets verzonden totdat u een taak start, en elke taak die iets verzendt vraagt eerst toestemming.
# en: 316990b8
gui-start-homeowner-what = Eén vraag, in gewone woorden: is uw domotica bereikbaar vanaf het internet, en wat kunt u het beste aan uw installateur vragen?
# "Check my home" is the self-check's button (gui-self-check-start).
# en: e535e0c0
gui-start-homeowner-traffic = Netwerkverkeer: geen, totdat u op “Controleer mijn woning” drukt en dat toestaat.
# en: cf108ad2
gui-start-open-capture = Opname openen…
# en: 6795a7f8
gui-start-capture-what = Een opgeslagen opnamebestand (pcap of pcapng) lezen en de BACnet- en KNX-berichten erin tellen.
# en: 237c909f
gui-start-capture-traffic = Netwerkverkeer: geen. Alleen het bestand wordt gelezen.

## Recent audits

# en: 9763f931
gui-start-recent = Recente audits
# en: cf888787
gui-start-refresh = Vernieuwen
# en: 32d097ad
gui-start-no-recent = Nog geen opgeslagen audits. Audits worden automatisch opgeslagen terwijl u werkt.
# $folder: where the audit files are.
# en: 2201955b
gui-start-kept-in = Opgeslagen audits staan in { $folder }
# $kind: the kind of audit (gui-kind-installer, ...); $changed: date and time.
# en: 010cee3e
gui-start-recent-line = { $kind } · laatst gewijzigd { $changed }
# $devices: devices and gateways found; $findings: findings of the latest check run.
# en: 9cf1734e
gui-start-recent-counts = { $devices } { $devices ->
        [one] apparaat
       *[other] apparaten
    } · { $findings } { $findings ->
        [one] bevinding
       *[other] bevindingen
    }
# The verdict light of a saved audit (its latest check run), read out by screen readers.
# en: c92281f1
gui-start-recent-light-red = Oordeel: rood, direct actie nodig
# en: cd84db39
gui-start-recent-light-amber = Oordeel: oranje, er moet iets worden verholpen
# en: 7a8f5c27
gui-start-recent-light-green = Oordeel: groen
# en: 550423e8
gui-start-new-name = Nieuwe naam:
# en: 49250c98
gui-start-save-name = Naam opslaan
# en: bdb503fd
gui-start-cancel = Annuleren
# en: fbca4931
gui-start-delete = Verwijderen…
# $name: the audit's name.
# en: 6f85fd7e
gui-start-delete-hint = “{ $name }” verwijderen (vraagt eerst)
# en: efd1d979
gui-start-rename = Hernoemen
# en: 5a1deacb
gui-start-rename-hint = “{ $name }” hernoemen
# en: d65b19a1
gui-start-open = Openen
# en: e145cb8b
gui-start-open-hint = “{ $name }” openen
# en: 477318b7
gui-start-delete-heading = “{ $name }” verwijderen?
# en: ba8727c4
gui-start-delete-what = Hiermee wordt het opgeslagen auditbestand van deze computer verwijderd. Dit kan niet ongedaan worden gemaakt.
# en: 352c20ac
gui-start-keep = Behouden
# en: c95623c7
gui-start-delete-confirm = Audit verwijderen

## Saving, opening, renaming, deleting (log lines and notices)

# en: cb30ea8b
gui-session-started = “{ $name }” gestart.
# $old, $name: the audit's name before and after.
# en: 4b35a16c
gui-session-renamed = “{ $old }” hernoemd tot “{ $name }”.
# en: 1ee0f99e
gui-session-renamed-saved = Een audit hernoemd tot “{ $name }”.
# en: 9c54c7b7
gui-session-opened = “{ $name }” geopend.
# en: 4341c8db
gui-session-deleted = De opgeslagen audit { $id } is verwijderd.
# en: a2ff1bc8
gui-session-close-not-saved = Kon “{ $name }” niet opslaan: de schijf reageert niet. De laatste wijzigingen kunnen verloren gaan.
# $error: what the store or the disk said.
# en: 03b1f91e
gui-session-cannot-save-any = Audits kunnen niet worden opgeslagen: { $error }
# en: 914157d7
gui-session-save-failed = Kon de audit niet opslaan: { $error }
# en: 84e688a7
gui-session-open-failed = Kon de audit niet openen: { $error }
# en: 059fb99f
gui-session-rename-failed = Kon de audit niet hernoemen: { $error }
# en: 30c87b37
gui-session-delete-failed = Kon de audit niet verwijderen: { $error }
# en: 70388a65
gui-store-unavailable = opgeslagen audits zijn niet beschikbaar: { $error }
