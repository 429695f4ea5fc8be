//! Error classes, error codes, reject reasons and abort reasons (ASHRAE 135-2020 clauses 18
//! and 21, with the addenda that extend the error codes to 229).
//!
//! Ranges reserved to ASHRAE: error class 0-63, error code 0-255, reject and abort reason
//! 0-63. Above those, up to 65535 (classes, codes) or 255 (reasons), values are proprietary.
//!
//! Sources cross-checked value by value: Wireshark 4.0 `packet-bacapp.c` (`tshark -G values`,
//! fields `bacapp.error_class`, `bacapp.error_code`, `bacapp.reject_reason`,
//! `bacapp.abort_reason`), BACpypes3 `basetypes.py`/`apdu.py` and bacnet-stack
//! `src/bacnet/bacenum.h` (error codes 200-229 and reject reason 10 are only there).
//! Error code 33 was withdrawn and has no name.

use super::object_type::lookup;
use std::borrow::Cow;

/// Standard name of an error class (`5` → `services`).
pub fn error_class_name(value: u32) -> Cow<'static, str> {
    named(
        lookup(ERROR_CLASSES, value),
        value,
        64..=65_535,
        "proprietary-error-class",
    )
}

/// Standard name of an error code (`26` → `password-failure`).
pub fn error_code_name(value: u32) -> Cow<'static, str> {
    named(
        lookup(ERROR_CODES, value),
        value,
        256..=65_535,
        "proprietary-error-code",
    )
}

/// Standard name of a reject reason (`9` → `unrecognized-service`).
pub fn reject_reason_name(value: u8) -> Cow<'static, str> {
    named(
        lookup(REJECT_REASONS, value),
        u32::from(value),
        64..=255,
        "proprietary-reject-reason",
    )
}

/// Standard name of an abort reason (`4` → `segmentation-not-supported`).
pub fn abort_reason_name(value: u8) -> Cow<'static, str> {
    named(
        lookup(ABORT_REASONS, value),
        u32::from(value),
        64..=255,
        "proprietary-abort-reason",
    )
}

fn named(
    found: Option<&'static str>,
    value: u32,
    proprietary: std::ops::RangeInclusive<u32>,
    prefix: &str,
) -> Cow<'static, str> {
    match found {
        Some(name) => Cow::Borrowed(name),
        None if proprietary.contains(&value) => Cow::Owned(format!("{prefix}-{value}")),
        None => Cow::Owned(format!("unknown-{value}")),
    }
}

static ERROR_CLASSES: &[(u32, &str)] = &[
    (0, "device"),
    (1, "object"),
    (2, "property"),
    (3, "resources"),
    (4, "security"),
    (5, "services"),
    (6, "vt"),
    (7, "communication"),
];

static ERROR_CODES: &[(u32, &str)] = &[
    (0, "other"),
    (1, "authentication-failed"),
    (2, "configuration-in-progress"),
    (3, "device-busy"),
    (4, "dynamic-creation-not-supported"),
    (5, "file-access-denied"),
    (6, "incompatible-security-levels"),
    (7, "inconsistent-parameters"),
    (8, "inconsistent-selection-criterion"),
    (9, "invalid-data-type"),
    (10, "invalid-file-access-method"),
    (11, "invalid-file-start-position"),
    (12, "invalid-operator-name"),
    (13, "invalid-parameter-data-type"),
    (14, "invalid-time-stamp"),
    (15, "key-generation-error"),
    (16, "missing-required-parameter"),
    (17, "no-objects-of-specified-type"),
    (18, "no-space-for-object"),
    (19, "no-space-to-add-list-element"),
    (20, "no-space-to-write-property"),
    (21, "no-vt-sessions-available"),
    (22, "property-is-not-a-list"),
    (23, "object-deletion-not-permitted"),
    (24, "object-identifier-already-exists"),
    (25, "operational-problem"),
    (26, "password-failure"),
    (27, "read-access-denied"),
    (28, "security-not-supported"),
    (29, "service-request-denied"),
    (30, "timeout"),
    (31, "unknown-object"),
    (32, "unknown-property"),
    (34, "unknown-vt-class"),
    (35, "unknown-vt-session"),
    (36, "unsupported-object-type"),
    (37, "value-out-of-range"),
    (38, "vt-session-already-closed"),
    (39, "vt-session-termination-failure"),
    (40, "write-access-denied"),
    (41, "character-set-not-supported"),
    (42, "invalid-array-index"),
    (43, "cov-subscription-failed"),
    (44, "not-cov-property"),
    (45, "optional-functionality-not-supported"),
    (46, "invalid-configuration-data"),
    (47, "datatype-not-supported"),
    (48, "duplicate-name"),
    (49, "duplicate-object-id"),
    (50, "property-is-not-an-array"),
    (51, "abort-buffer-overflow"),
    (52, "abort-invalid-apdu-in-this-state"),
    (53, "abort-preempted-by-higher-priority-task"),
    (54, "abort-segmentation-not-supported"),
    (55, "abort-proprietary"),
    (56, "abort-other"),
    (57, "invalid-tag"),
    (58, "network-down"),
    (59, "reject-buffer-overflow"),
    (60, "reject-inconsistent-parameters"),
    (61, "reject-invalid-parameter-data-type"),
    (62, "reject-invalid-tag"),
    (63, "reject-missing-required-parameter"),
    (64, "reject-parameter-out-of-range"),
    (65, "reject-too-many-arguments"),
    (66, "reject-undefined-enumeration"),
    (67, "reject-unrecognized-service"),
    (68, "reject-proprietary"),
    (69, "reject-other"),
    (70, "unknown-device"),
    (71, "unknown-route"),
    (72, "value-not-initialized"),
    (73, "invalid-event-state"),
    (74, "no-alarm-configured"),
    (75, "log-buffer-full"),
    (76, "logged-value-purged"),
    (77, "no-property-specified"),
    (78, "not-configured-for-triggered-logging"),
    (79, "unknown-subscription"),
    (80, "parameter-out-of-range"),
    (81, "list-element-not-found"),
    (82, "busy"),
    (83, "communication-disabled"),
    (84, "success"),
    (85, "access-denied"),
    (86, "bad-destination-address"),
    (87, "bad-destination-device-id"),
    (88, "bad-signature"),
    (89, "bad-source-address"),
    (90, "bad-timestamp"),
    (91, "cannot-use-key"),
    (92, "cannot-verify-message-id"),
    (93, "correct-key-revision"),
    (94, "destination-device-id-required"),
    (95, "duplicate-message"),
    (96, "encryption-not-configured"),
    (97, "encryption-required"),
    (98, "incorrect-key"),
    (99, "invalid-key-data"),
    (100, "key-update-in-progress"),
    (101, "malformed-message"),
    (102, "not-key-server"),
    (103, "security-not-configured"),
    (104, "source-security-required"),
    (105, "too-many-keys"),
    (106, "unknown-authentication-type"),
    (107, "unknown-key"),
    (108, "unknown-key-revision"),
    (109, "unknown-source-message"),
    (110, "not-router-to-dnet"),
    (111, "router-busy"),
    (112, "unknown-network-message"),
    (113, "message-too-long"),
    (114, "security-error"),
    (115, "addressing-error"),
    (116, "write-bdt-failed"),
    (117, "read-bdt-failed"),
    (118, "register-foreign-device-failed"),
    (119, "read-fdt-failed"),
    (120, "delete-fdt-entry-failed"),
    (121, "distribute-broadcast-failed"),
    (122, "unknown-file-size"),
    (123, "abort-apdu-too-long"),
    (124, "abort-application-exceeded-reply-time"),
    (125, "abort-out-of-resources"),
    (126, "abort-tsm-timeout"),
    (127, "abort-window-size-out-of-range"),
    (128, "file-full"),
    (129, "inconsistent-configuration"),
    (130, "inconsistent-object-type"),
    (131, "internal-error"),
    (132, "not-configured"),
    (133, "out-of-memory"),
    (134, "value-too-long"),
    (135, "abort-insufficient-security"),
    (136, "abort-security-error"),
    (137, "duplicate-entry"),
    (138, "invalid-value-in-this-state"),
    (139, "invalid-operation-in-this-state"),
    (140, "list-item-not-numbered"),
    (141, "list-item-not-timestamped"),
    (142, "invalid-data-encoding"),
    (143, "bvlc-function-unknown"),
    (144, "bvlc-proprietary-function-unknown"),
    (145, "header-encoding-error"),
    (146, "header-not-understood"),
    (147, "message-incomplete"),
    (148, "not-a-bacnet-sc-hub"),
    (149, "payload-expected"),
    (150, "unexpected-data"),
    (151, "node-duplicate-vmac"),
    (152, "http-unexpected-response-code"),
    (153, "http-no-upgrade"),
    (154, "http-resource-not-local"),
    (155, "http-proxy-authentication-failed"),
    (156, "http-response-timeout"),
    (157, "http-response-syntax-error"),
    (158, "http-response-value-error"),
    (159, "http-response-missing-header"),
    (160, "http-websocket-header-error"),
    (161, "http-upgrade-required"),
    (162, "http-upgrade-error"),
    (163, "http-temporary-unavailable"),
    (164, "http-not-a-server"),
    (165, "http-error"),
    (166, "websocket-scheme-not-supported"),
    (167, "websocket-unknown-control-message"),
    (168, "websocket-close-error"),
    (169, "websocket-closed-by-peer"),
    (170, "websocket-endpoint-leaves"),
    (171, "websocket-protocol-error"),
    (172, "websocket-data-not-accepted"),
    (173, "websocket-closed-abnormally"),
    (174, "websocket-data-inconsistent"),
    (175, "websocket-data-against-policy"),
    (176, "websocket-frame-too-long"),
    (177, "websocket-extension-missing"),
    (178, "websocket-request-unavailable"),
    (179, "websocket-error"),
    (180, "tls-client-certificate-error"),
    (181, "tls-server-certificate-error"),
    (182, "tls-client-authentication-failed"),
    (183, "tls-server-authentication-failed"),
    (184, "tls-client-certificate-expired"),
    (185, "tls-server-certificate-expired"),
    (186, "tls-client-certificate-revoked"),
    (187, "tls-server-certificate-revoked"),
    (188, "tls-error"),
    (189, "dns-unavailable"),
    (190, "dns-name-resolution-failed"),
    (191, "dns-resolver-failure"),
    (192, "dns-error"),
    (193, "tcp-connect-timeout"),
    (194, "tcp-connection-refused"),
    (195, "tcp-closed-by-local"),
    (196, "tcp-closed-other"),
    (197, "tcp-error"),
    (198, "ip-address-not-reachable"),
    (199, "ip-error"),
    (200, "certificate-expired"),
    (201, "certificate-invalid"),
    (202, "certificate-malformed"),
    (203, "certificate-revoked"),
    (204, "unknown-security-key"),
    (205, "referenced-port-in-error"),
    (206, "not-enabled"),
    (207, "adjust-scope-required"),
    (208, "auth-scope-required"),
    (209, "bind-scope-required"),
    (210, "config-scope-required"),
    (211, "control-scope-required"),
    (212, "extended-scope-required"),
    (213, "incorrect-client"),
    (214, "install-scope-required"),
    (215, "insufficient-scope"),
    (216, "no-default-scope"),
    (217, "no-policy"),
    (218, "revoked-token"),
    (219, "override-scope-required"),
    (220, "inactive-token"),
    (221, "unknown-audience"),
    (222, "unknown-client"),
    (223, "unknown-scope"),
    (224, "view-scope-required"),
    (225, "incorrect-audience"),
    (226, "incorrect-client-origin"),
    (227, "invalid-array-size"),
    (228, "incorrect-issuer"),
    (229, "invalid-token"),
];

static REJECT_REASONS: &[(u8, &str)] = &[
    (0, "other"),
    (1, "buffer-overflow"),
    (2, "inconsistent-parameters"),
    (3, "invalid-parameter-data-type"),
    (4, "invalid-tag"),
    (5, "missing-required-parameter"),
    (6, "parameter-out-of-range"),
    (7, "too-many-arguments"),
    (8, "undefined-enumeration"),
    (9, "unrecognized-service"),
    (10, "invalid-data-encoding"),
];

static ABORT_REASONS: &[(u8, &str)] = &[
    (0, "other"),
    (1, "buffer-overflow"),
    (2, "invalid-apdu-in-this-state"),
    (3, "preempted-by-higher-priority-task"),
    (4, "segmentation-not-supported"),
    (5, "security-error"),
    (6, "insufficient-security"),
    (7, "window-size-out-of-range"),
    (8, "application-exceeded-reply-time"),
    (9, "out-of-resources"),
    (10, "tsm-timeout"),
    (11, "apdu-too-long"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check<K: Ord + Copy + std::fmt::Debug>(t: &[(K, &str)]) {
        assert!(t.windows(2).all(|w| w[0].0 < w[1].0));
        for (v, n) in t {
            assert!(
                n.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{v:?} {n}"
            );
            assert_eq!(t.iter().filter(|(_, m)| m == n).count(), 1, "duplicate {n}");
        }
    }

    #[test]
    fn tables_sorted_unique_and_kebab() {
        check(ERROR_CLASSES);
        check(ERROR_CODES);
        check(REJECT_REASONS);
        check(ABORT_REASONS);
        assert_eq!(ERROR_CLASSES.len(), 8);
        assert_eq!(ABORT_REASONS.len(), 12);
        assert_eq!(REJECT_REASONS.len(), 11);
    }

    #[test]
    fn known_values() {
        assert_eq!(error_class_name(0), "device");
        assert_eq!(error_class_name(2), "property");
        assert_eq!(error_class_name(5), "services");
        assert_eq!(error_class_name(7), "communication");
        assert_eq!(error_code_name(0), "other");
        assert_eq!(error_code_name(26), "password-failure");
        assert_eq!(error_code_name(31), "unknown-object");
        assert_eq!(error_code_name(32), "unknown-property");
        assert_eq!(error_code_name(40), "write-access-denied");
        assert_eq!(error_code_name(51), "abort-buffer-overflow");
        assert_eq!(error_code_name(83), "communication-disabled");
        assert_eq!(error_code_name(123), "abort-apdu-too-long");
        assert_eq!(error_code_name(188), "tls-error");
        assert_eq!(error_code_name(199), "ip-error");
        assert_eq!(error_code_name(229), "invalid-token");
        assert_eq!(reject_reason_name(9), "unrecognized-service");
        assert_eq!(reject_reason_name(10), "invalid-data-encoding");
        assert_eq!(abort_reason_name(0), "other");
        assert_eq!(abort_reason_name(4), "segmentation-not-supported");
        assert_eq!(abort_reason_name(11), "apdu-too-long");
    }

    #[test]
    fn unknown_and_proprietary() {
        assert_eq!(error_class_name(8), "unknown-8");
        assert_eq!(error_class_name(64), "proprietary-error-class-64");
        assert_eq!(error_class_name(65_536), "unknown-65536");
        assert_eq!(error_code_name(33), "unknown-33");
        assert_eq!(error_code_name(230), "unknown-230");
        assert_eq!(error_code_name(256), "proprietary-error-code-256");
        assert_eq!(reject_reason_name(63), "unknown-63");
        assert_eq!(reject_reason_name(64), "proprietary-reject-reason-64");
        assert_eq!(abort_reason_name(12), "unknown-12");
        assert_eq!(abort_reason_name(255), "proprietary-abort-reason-255");
    }
}
