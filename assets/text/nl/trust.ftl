# Findings about what the audit did not believe (audit-core/src/checks/trust.rs, docs/TRUST.md).
# $peer is an address such as 198.18.1.66:47808; counts are numbers.

# en: 3543952f
trust-target-audit = deze audit
# en: 95296eab
trust-time-budget-title = De audit is gestopt bij de tijdslimiet
# $seconds: the time budget in seconds; $skipped: what was not done, in words.
# en: 8735e892
trust-time-budget-summary = De taak had { $seconds } seconden en heeft ze allemaal gebruikt: { $skipped }. Wat tot dan toe is gevonden, blijft bewaard; wat niet is bereikt, wordt niet beoordeeld.
# en: 5d6ed581
trust-device-storm-title = Stortvloed van apparaten vanaf { $peer }
# en: bac778af
trust-router-networks-title = Router { $peer } claimt { $claimed } { $claimed ->
        [one] netwerk
       *[other] netwerken
    }
# en: 861bd9e9
trust-answer-flood-title = { $peer } overspoelt de KNX-zoekopdracht met antwoorden
# $claimed: how many addresses answered.
# en: fca04bb9
trust-gateway-flood-title = { $claimed } adressen antwoordden op de KNX-zoekopdracht
# $limit: the name of the limit (receive-queue, routers).
# en: 44601397
trust-limit-title = Een limiet van de audit is bereikt ({ $limit })
# $claimed, $allowed: numbers; $skipped: what was not done, in words.
# en: adf7da05
trust-limit-summary = Geclaimd: { $claimed }; de audit leest er hoogstens { $allowed }: { $skipped }. Eerlijke apparaten ernaast zijn wel gelezen.
# en: aeb8bab8
trust-claim-title = { $peer } spreekt namens andere adressen
# $named: a list of "address (what, why not believed)".
# en: 6b3d13ae
trust-claim-summary = { $count } { $count ->
        [one] antwoord ervan noemde
       *[other] antwoorden ervan noemden
    } een andere host, en de audit heeft daar niets mee gedaan: { $named }.
# en: 0c36af17
trust-malformed-title = { $peer } stuurde antwoorden die niet te decoderen zijn
# $reasons: a list of "reason ×count".
# en: 3eab91f1
trust-malformed-summary = { $count } { $count ->
        [one] antwoord ervan was
       *[other] antwoorden ervan waren
    } misvormd of onregelmatig: { $reasons }. Kapotte antwoorden worden geteld, nooit als apparaat vermeld.
# en: 1fa90661
trust-identity-title = Twee apparaten beweren dezelfde KNX-gateway te zijn
# en: 483a1db2
trust-claims-secure = claimt KNX IP Secure
# en: e5a9b0ac
trust-claims-not-secure = geen KNX IP Secure
# $field: mac or serial; $value: the MAC or serial; $claimants: addresses with their claims.
# en: 158f2f9c
trust-identity-summary = Dezelfde { $field } { $value } wordt geclaimd door { $claimants }. Elk adres wordt apart vermeld en op de eigen antwoorden beoordeeld; één ervan is een kopie.
