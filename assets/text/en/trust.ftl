# Findings about what the audit did not believe (audit-core/src/checks/trust.rs, docs/TRUST.md).
# $peer is an address such as 198.18.1.66:47808; counts are numbers.

trust-target-audit = this audit
trust-time-budget-title = The audit stopped at its time limit
# $seconds: the time budget in seconds; $skipped: what was not done, in words.
trust-time-budget-summary = The job had { $seconds } seconds and used them all: { $skipped }. What was found until then is kept; what was not reached is not judged.
trust-device-storm-title = Device storm from { $peer }
trust-router-networks-title = Router { $peer } claims { $claimed } { $claimed ->
        [one] network
       *[other] networks
    }
trust-answer-flood-title = { $peer } floods the KNX search with answers
# $claimed: how many addresses answered.
trust-gateway-flood-title = { $claimed } addresses answered the KNX search
# $limit: the name of the limit (receive-queue, routers).
trust-limit-title = A limit of the audit was reached ({ $limit })
# $claimed, $allowed: numbers; $skipped: what was not done, in words.
trust-limit-summary = It claimed { $claimed }, the audit reads at most { $allowed }: { $skipped }. Honest devices beside it were still read.
trust-claim-title = { $peer } speaks for other addresses
# $named: a list of "address (what, why not believed)".
trust-claim-summary = { $count } { $count ->
        [one] answer
       *[other] answers
    } from it named another host, and the audit did not act on them: { $named }.
trust-malformed-title = { $peer } sent answers that do not decode
# $reasons: a list of "reason ×count".
trust-malformed-summary = { $count } { $count ->
        [one] answer
       *[other] answers
    } from it were malformed or irregular: { $reasons }. Broken answers are counted, never listed as devices.
trust-identity-title = Two devices claim to be the same KNX gateway
trust-claims-secure = claims KNX IP Secure
trust-claims-not-secure = no KNX IP Secure
# $field: mac or serial; $value: the MAC or serial; $claimants: addresses with their claims.
trust-identity-summary = The { $field } { $value } is claimed by { $claimants }. Each is listed and judged on its own answers; one of them is a copy.
