# Findings about what the audit did not believe (audit-core/src/checks/trust.rs, docs/TRUST.md).
# $peer is an address such as 198.18.1.66:47808; counts are numbers.

# en: 3543952f
trust-target-audit = diese Prüfung
# en: 95296eab
trust-time-budget-title = Die Prüfung wurde am Zeitlimit beendet
# $seconds: the time budget in seconds; $skipped: what was not done, in words.
# en: 8735e892
trust-time-budget-summary = Der Durchlauf hatte { $seconds } Sekunden und hat sie ganz gebraucht: { $skipped }. Was bis dahin gefunden wurde, bleibt erhalten; was nicht erreicht wurde, wird nicht bewertet.
# en: 5d6ed581
trust-device-storm-title = Geräteflut von { $peer }
# en: bac778af
trust-router-networks-title = Router { $peer } meldet { $claimed } { $claimed ->
        [one] Netz
       *[other] Netze
    }
# en: 861bd9e9
trust-answer-flood-title = { $peer } überflutet die KNX-Suche mit Antworten
# $claimed: how many addresses answered.
# en: fca04bb9
trust-gateway-flood-title = { $claimed } Adressen haben auf die KNX-Suche geantwortet
# $limit: the name of the limit (receive-queue, routers).
# en: 44601397
trust-limit-title = Ein Limit der Prüfung wurde erreicht ({ $limit })
# $claimed, $allowed: numbers; $skipped: what was not done, in words.
# en: adf7da05
trust-limit-summary = Gemeldet wurden { $claimed }, die Prüfung liest höchstens { $allowed }: { $skipped }. Unauffällige Geräte daneben wurden trotzdem gelesen.
# en: aeb8bab8
trust-claim-title = { $peer } spricht für andere Adressen
# $named: a list of "address (what, why not believed)".
# en: 6b3d13ae
trust-claim-summary = { $count } { $count ->
        [one] Antwort von dort nannte
       *[other] Antworten von dort nannten
    } einen anderen Host; die Prüfung hat darauf nicht reagiert: { $named }.
# en: 0c36af17
trust-malformed-title = { $peer } hat Antworten gesendet, die sich nicht dekodieren lassen
# $reasons: a list of "reason ×count".
# en: 3eab91f1
trust-malformed-summary = { $count } { $count ->
        [one] Antwort von dort war
       *[other] Antworten von dort waren
    } fehlerhaft oder unregelmäßig: { $reasons }. Fehlerhafte Antworten werden gezählt, aber nie als Geräte aufgeführt.
# en: 1fa90661
trust-identity-title = Zwei Geräte geben sich als dasselbe KNX-Gateway aus
# en: 483a1db2
trust-claims-secure = gibt KNX IP Secure an
# en: e5a9b0ac
trust-claims-not-secure = kein KNX IP Secure
# $field: mac or serial; $value: the MAC or serial; $claimants: addresses with their claims.
# en: 158f2f9c
trust-identity-summary = Die Kennung { $value } ({ $field }) wird von { $claimants } beansprucht. Jedes Gerät wird einzeln aufgeführt und nach seinen eigenen Antworten bewertet; eines davon ist eine Kopie.
