//! Every sentence and label the report prints, in one place (English).
//!
//! The renderers and the view never spell out report prose themselves: they take it from here.
//! When the message catalogue (`text/`) arrives, each item becomes a message id with its
//! arguments, and this file is what the sweep moves. Functions take the parts that vary; they
//! never decide anything but wording (plural forms included).

use crate::checks::Light;
use crate::findings::Severity;

use super::model::{Audience, FindingStatus};

/// Report language written into `<html lang>`, the PDF's /Lang and the JSON (`lang`).
pub const LANG: &str = "en";

pub const REPORT_TITLE: &str = "Building automation security audit";
pub const OWNER_REPORT_TITLE: &str = "Building automation security audit: summary for the owner";
pub const REPORT_SUBJECT: &str =
    "Security audit of the BACnet/IP and KNXnet/IP building automation network";
pub const KEYWORDS: &str = "BACnet, KNX, building automation, security audit";
pub const TOOL_NAME: &str = "BAS Audit";
pub const CONFIDENTIAL: &str = "Confidential. This report describes weaknesses of the building's \
     network. Share it only with the people who maintain the building.";
pub const REDACTED_NOTE: &str = "Redacted copy: public internet addresses, MAC addresses, serial \
     numbers, the site's name and address, people's names and any key or password are replaced \
     by placeholders (public addresses by documentation addresses such as 198.51.100.1). The same \
     value has the same placeholder everywhere in this export.";

// Cover
pub const COVER_SITE: &str = "Site";
pub const COVER_ADDRESS: &str = "Address";
pub const COVER_OWNER: &str = "Prepared for";
pub const COVER_AUDITOR: &str = "Auditor";
pub const COVER_COMPANY: &str = "Company";
pub const COVER_DATE: &str = "Date of the audit";
pub const COVER_TOOL: &str = "Tool";
pub const COVER_AUDIT_ID: &str = "Audit id";
pub const COVER_KIND: &str = "Kind of audit";
pub const NOT_GIVEN: &str = "not given";
pub const NOT_CHECKED_YET: &str = "no check has been run";

pub fn tool_version(version: &str) -> String {
    format!("{TOOL_NAME} {version}")
}

// Running header and footer
pub const PAGE: &str = "Page";
pub const PAGE_OF: &str = "of";
pub const CONTENTS: &str = "Contents";

// Section titles, in report order
pub const SEC_HOW_TO_READ: &str = "How to read this report";
pub const SEC_SUMMARY: &str = "Summary for the owner";
pub const SEC_CHART: &str = "Findings by severity";
pub const SEC_CHANGES: &str = "Changes since the last visit";
pub const SEC_FINDINGS: &str = "Findings";
pub const SEC_ROADMAP: &str = "Roadmap";
pub const SEC_INVENTORY: &str = "Inventory";
pub const SEC_WATCH: &str = "Learning watch";
pub const SEC_METHOD: &str = "Method and scope";
pub const SEC_GLOSSARY: &str = "Glossary";
pub const SEC_SIGNOFF: &str = "Sign-off";
pub const SEC_APPENDIX: &str = "Appendix: raw evidence";
pub const SEC_LONG_VALUES: &str = "Appendix: long values in full";

pub const HOW_TO_READ: &[&str] = &[
    "This report is the result of a security audit of the building's automation network: the \
     BACnet controllers and KNX gateways that run heating, ventilation, lighting and blinds. It \
     says what was found, how serious each finding is, and exactly what to do about it.",
    "Start with the summary for the owner on the next page: a traffic light, what it means, and \
     the three most important actions with who does each. The chart after it counts the findings \
     by severity.",
    "Each finding then says what was seen, why it matters, the steps for the installer, what the \
     owner can do, and how to check that the fix worked. Critical means reachable from the \
     internet or changeable by anyone now: act today. High and medium should be fixed this \
     month; low at the next visit; info is a fact worth knowing.",
    "The roadmap puts the work in order. The inventory lists every device found; the method \
     section says what was sent on the network, what was allowed and what was not checked. Words \
     in the glossary are explained at the end. The raw bytes behind each finding are in the \
     appendix, for specialists.",
];

// Severity
pub fn severity_word(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "Critical",
        Severity::High => "High",
        Severity::Medium => "Medium",
        Severity::Low => "Low",
        Severity::Info => "Info",
    }
}

pub fn severity_meaning(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "act today",
        Severity::High => "fix this month",
        Severity::Medium => "fix this month",
        Severity::Low => "at the next visit",
        Severity::Info => "for information",
    }
}

// Traffic light
pub fn light_word(l: Light) -> &'static str {
    match l {
        Light::Red => "RED",
        Light::Amber => "AMBER",
        Light::Green => "GREEN",
    }
}

pub fn light_meaning(l: Light) -> &'static str {
    match l {
        Light::Red => "Act now",
        Light::Amber => "Something to fix, or not everything could be checked",
        Light::Green => "Nothing urgent found",
    }
}

pub const SUMMARY_TOP_ACTIONS: &str = "The three most important actions";
pub const SUMMARY_NO_ACTIONS: &str = "Nothing needs to be done now. Keep the router's remote-access settings as they are and \
     have the audit repeated after changes to the network.";
pub const SUMMARY_NOT_CHECKED: &str = "What was not checked, and why";
pub const SUMMARY_EVERYTHING_CHECKED: &str = "Everything this audit covers was checked.";
pub const SUMMARY_CHECKED: &str = "What was checked";
pub const ACTION_WHAT: &str = "What to do";
pub const ACTION_WHO: &str = "Who";
pub const ACTION_WHEN: &str = "When";
pub const WHO_INSTALLER: &str = "Your installer; you pass on the request";
pub const WHO_INSTALLER_SHORT: &str = "Installer";
pub const WHO_OWNER_SHORT: &str = "Owner";

pub fn summary_counts(total: usize, groups: usize) -> String {
    match (total, groups) {
        (0, _) => "The audit raised no findings.".to_owned(),
        (1, _) => "The audit raised one finding.".to_owned(),
        (t, g) if g == t => format!("The audit raised {t} findings."),
        (t, g) => format!("The audit raised {t} findings, from {g} different causes."),
    }
}

pub fn when_for(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "Today",
        Severity::High | Severity::Medium => "This month",
        Severity::Low | Severity::Info => "At the next visit",
    }
}

// Chart
pub const CHART_CAPTION: &str = "Number of findings per severity";
pub const COL_SEVERITY: &str = "Severity";
pub const COL_COUNT: &str = "Findings";
pub const COL_MEANING: &str = "Meaning";
pub const TOTAL: &str = "Total";

pub fn chart_label(counts: &[(Severity, usize)]) -> String {
    let parts: Vec<String> = counts
        .iter()
        .map(|(s, n)| format!("{} {n}", severity_word(*s)))
        .collect();
    format!("{CHART_CAPTION}: {}", parts.join(", "))
}

// Changes since the last visit
pub fn changes_intro(previous_name: &str, previous_date: &str) -> String {
    format!(
        "Compared with the audit \u{201c}{previous_name}\u{201d} of {previous_date}. Findings are \
         matched by their fingerprint: the check and the device or address it is about."
    )
}
pub const CHANGES_NONE: &str = "No earlier audit was given to compare with.";
pub const CHANGES_NEW: &str = "New findings";
pub const CHANGES_FIXED: &str = "Fixed since the last visit";
pub const CHANGES_STILL_OPEN: &str = "Still open";
pub const CHANGES_SEVERITY: &str = "Severity changed";
pub const CHANGES_DEVICES_ADDED: &str = "Devices added";
pub const CHANGES_DEVICES_REMOVED: &str = "Devices no longer found";
pub const CHANGES_FIRMWARE: &str = "Firmware changed";
pub const CHANGES_EXPOSURE: &str = "Internet exposure";
pub const CHANGES_NO_DEVICE_CHANGES: &str =
    "The same devices and gateways were found, with the same firmware.";
pub const CHANGES_NO_EXPOSURE_CHANGES: &str =
    "The router's forwards and public address are the same as at the last visit.";
pub const COL_WAS: &str = "Before";
pub const COL_NOW: &str = "Now";
pub const COL_FINDING: &str = "Finding";
pub const COL_WHAT: &str = "What changed";

pub fn external_ip_changed(from: &str, to: &str) -> String {
    format!("The router's public address changed from {from} to {to}.")
}
pub fn light_changed(from: Light, to: Light) -> String {
    format!(
        "The traffic light went from {} to {}.",
        light_word(from),
        light_word(to)
    )
}
pub fn forward_added(what: &str) -> String {
    format!("New forward on the router: {what}.")
}
pub fn forward_removed(what: &str) -> String {
    format!("Forward no longer on the router: {what}.")
}
pub fn router_checked_changed(now: bool) -> String {
    if now {
        "The router could be checked this time (it could not last time).".to_owned()
    } else {
        "The router could not be checked this time (it could last time).".to_owned()
    }
}

pub fn status_word(s: FindingStatus, previous: Option<Severity>) -> String {
    match (s, previous) {
        (FindingStatus::New, _) => "New since the last visit".to_owned(),
        (FindingStatus::StillOpen, _) => "Still open since the last visit".to_owned(),
        (FindingStatus::SeverityChanged, Some(p)) => format!(
            "Open since the last visit; severity was {}",
            severity_word(p).to_lowercase()
        ),
        (FindingStatus::SeverityChanged, None) => "Open since the last visit".to_owned(),
        (FindingStatus::FirstAudit, _) => "First audit: no earlier visit to compare".to_owned(),
    }
}

// Findings
pub const FINDINGS_NONE: &str = "No findings: nothing this audit checks for was found.";
pub const F_TARGET: &str = "Target";
pub const F_TARGETS: &str = "Affected";
pub const F_SEEN: &str = "What was seen";
pub const F_EVIDENCE: &str = "Key evidence";
pub const F_WHY: &str = "Why it matters";
pub const F_INSTALLER: &str = "Steps for the installer";
pub const F_OWNER: &str = "What the owner can do";
pub const F_VERIFY: &str = "How to verify the fix";
pub const F_STATUS: &str = "Status";
pub const F_CHECK: &str = "Check";
pub const F_FINGERPRINT: &str = "Fingerprint";
pub const F_RAW: &str = "Raw evidence";
pub const F_SEVERITY: &str = "Severity";

pub fn finding_number(n: usize) -> String {
    format!("F{n}")
}
pub fn affected_count(n: usize) -> String {
    format!("{n} places share this cause; each is listed below.")
}
pub fn raw_in_appendix(refs: &str) -> String {
    format!("Raw evidence: appendix {refs}.")
}
pub fn more_facts(n: usize) -> String {
    format!("{n} more facts in the appendix.")
}

// Facts rendering
pub const YES: &str = "yes";
pub const NO: &str = "no";
pub const UNKNOWN: &str = "unknown";
pub const NONE: &str = "none";

// Roadmap
pub const ROADMAP_INTRO: &str = "The work in the order it should be done. Each line names a \
     finding of this report (its number in brackets) and who does it.";
pub const ROADMAP_NOW: &str = "Now (today)";
pub const ROADMAP_MONTH: &str = "This month";
pub const ROADMAP_NEXT: &str = "At the next visit";
pub const ROADMAP_EMPTY: &str = "Nothing.";
pub const ROADMAP_RECHECK: &str =
    "Run this audit again after the changes and compare it with this one.";
pub fn roadmap_not_checked(what: &str) -> String {
    format!("Check what this audit could not: {what}.")
}

// Inventory
pub const INV_BACNET: &str = "BACnet devices";
pub const INV_ROUTERS: &str = "BACnet routers";
pub const INV_BBMDS: &str = "BACnet broadcast management devices (BBMDs)";
pub const INV_KNX: &str = "KNX gateways";
pub const INV_ROUTER: &str = "Internet router and exposure";
pub const INV_NONE_BACNET: &str = "No BACnet device answered.";
pub const INV_NONE_ROUTERS: &str = "No BACnet router answered.";
pub const INV_NONE_BBMDS: &str = "No BBMD answered.";
pub const INV_NONE_KNX: &str = "No KNX gateway answered.";
pub const INV_NO_ROUTER: &str = "The router was not asked in this audit.";
pub const INV_NO_MAPPINGS: &str = "The router lists no port forwards.";
pub const INV_MAPPINGS: &str = "Port forwards the router lists";
pub const INV_HAIRPIN: &str = "Test knocks on the public address from inside";
pub const COL_INSTANCE: &str = "Instance";
pub const COL_ADDRESS: &str = "Address";
pub const COL_NETWORK: &str = "Network";
pub const COL_VENDOR: &str = "Vendor";
pub const COL_MODEL: &str = "Model";
pub const COL_FIRMWARE: &str = "Firmware";
pub const COL_OBJECTS: &str = "Objects";
pub const COL_FLAGS: &str = "Flags";
pub const COL_NAME: &str = "Name";
pub const COL_NETWORKS: &str = "Networks reached";
pub const COL_LOCAL_NET: &str = "Own network";
pub const COL_BDT: &str = "Broadcast table (BDT)";
pub const COL_FDT: &str = "Foreign devices (FDT)";
pub const COL_IA: &str = "Individual address";
pub const COL_MAC: &str = "MAC";
pub const COL_SERIAL: &str = "Serial";
pub const COL_SECURE: &str = "KNX IP Secure";
pub const COL_TUNNELS: &str = "Tunnel slots";
pub const COL_PROTOCOL: &str = "Protocol";
pub const COL_EXTERNAL: &str = "Public port";
pub const COL_INTERNAL: &str = "Goes to";
pub const COL_ENABLED: &str = "Active";
pub const COL_DESCRIPTION: &str = "Description";
pub const COL_OUTCOME: &str = "Outcome";
pub const COL_TARGET: &str = "Target";
pub const ROUTER_ADDRESS: &str = "Router";
pub const ROUTER_PUBLIC: &str = "Public (internet) address";
pub const ROUTER_UPNP: &str = "UPnP port-forward list";
pub const ROUTER_NATPMP: &str = "NAT-PMP";
pub const ROUTER_PCP: &str = "PCP";
pub const ROUTER_INTERNETDB: &str = "Public exposure index (Shodan InternetDB)";
pub const ROUTER_MODEL: &str = "Router model";
pub const ANSWERED: &str = "answered";
pub const NOT_AVAILABLE: &str = "not available";
pub const NOT_ASKED: &str = "not asked";
pub const FULL_LIST: &str = "complete";
pub const PARTIAL_LIST: &str = "incomplete";
pub const ROUTED: &str = "routed";
pub const LOCAL: &str = "local";
pub const NONE_LISTED: &str = "none listed";
pub const FDT_REFUSED: &str = "refused";

pub fn fdt_entry(address: &str, ttl: u16) -> String {
    format!("{address} (registered for {ttl} s)")
}

pub fn secure_words(supported: bool, tunnelling: Option<bool>, routing: Option<bool>) -> String {
    if !supported {
        return "not supported".to_owned();
    }
    let req = |v: Option<bool>| match v {
        Some(true) => "required",
        Some(false) => "not required",
        None => "unknown",
    };
    format!(
        "supported; tunnelling {}, routing {}",
        req(tunnelling),
        req(routing)
    )
}

pub fn tunnel_words(total: usize, free: usize) -> String {
    if total == 0 {
        "none reported".to_owned()
    } else {
        format!("{total} ({free} free)")
    }
}

pub fn internetdb_words(listed: bool, ports: &str) -> String {
    if listed {
        format!("listed, open ports: {ports}")
    } else {
        "not listed".to_owned()
    }
}

// Learning watch
pub const WATCH_NONE: &str = "No learning watch was run in this audit. The learning watch \
     listens to the building's own traffic for a while, learns what is normal (value ranges, \
     message rates, who writes to what) and then raises an alert for anything unusual: for \
     example a new source changing set-points, or a device that is told to stop communicating.";
pub const WATCH_SOURCE: &str = "Learned from";
pub const WATCH_PERIOD: &str = "Period";
pub const WATCH_MESSAGES: &str = "Messages learned from";
pub const WATCH_LEARNED: &str = "What was learned";
pub const WATCH_ALERTS: &str = "Alerts";
pub const WATCH_NO_ALERTS: &str = "No alert was raised: the traffic checked matched what was \
     learned.";
pub const WATCH_NOT_DETECTED: &str =
    "The learned model has not been used to check traffic yet, so there are no alerts.";
pub const COL_TIME: &str = "Time";
pub const COL_WHAT_SEEN: &str = "What was seen";
pub const COL_FROM: &str = "From";
pub const COL_NORMAL: &str = "Against which normal";
pub const COL_TODO: &str = "What to do";
pub const COL_TIMES: &str = "Times";

pub fn watch_learned(
    points: usize,
    rates: usize,
    hosts: usize,
    devices: usize,
    management: usize,
) -> String {
    format!(
        "{points} value ranges of data points, {rates} message rates, {hosts} hosts that talk, \
         {devices} BACnet devices and {management} kinds of management command."
    )
}

pub fn watch_period(first: &str, last: &str, hours: f64) -> String {
    format!("{first} to {last} ({hours:.1} hours)")
}

// Method and scope
pub const METHOD_INTRO: &str = "The audit was done with BAS Audit from a computer on the \
     building's network. Discovery only asks devices who they are and reads their \
     descriptions; it never changes a setting. Every packet was counted and the rate was capped, \
     so that even small controllers are not disturbed.";
pub const METHOD_WHERE: &str = "Where the audit ran";
pub const METHOD_SENT: &str = "What was sent";
pub const METHOD_CONSENT: &str = "Consents and opt-ins";
pub const METHOD_WRITE_TEST: &str = "Write test";
pub const METHOD_LIMITS: &str = "Limits of this audit";
pub const METHOD_NOTES: &str = "Auditor's notes";
pub const METHOD_NO_DISCOVERY: &str = "No discovery was run in this audit.";
pub const M_INTERFACE: &str = "Network interface";
pub const M_LOCAL_ADDRESS: &str = "Own address";
pub const M_SCOPE: &str = "Scope";
pub const M_TARGETS: &str = "Devices asked directly";
pub const M_STARTED: &str = "Started";
pub const M_DURATION: &str = "Duration of discovery";
pub const M_RATE: &str = "Rate cap";
pub const M_SENT: &str = "Packets sent";
pub const M_RECEIVED: &str = "Packets received";
pub const M_MALFORMED: &str = "Malformed answers received";
pub const M_ROUTER_PACKETS: &str = "Packets sent to the router";
pub const M_STOPPED: &str = "Stopped early";
pub const COL_SERVICE: &str = "Service";
pub const COL_PACKETS: &str = "Packets";
pub const C_WRITE_TEST: &str = "Write test (write back the value just read)";
pub const C_INTERNET: &str = "Look-up of the public address in an internet index";
pub const C_FOREIGN: &str = "Short registration as a BACnet foreign device";
pub const C_BROADCAST: &str = "Global BACnet broadcast";
pub const C_NAT: &str = "KNX description request across NAT";
pub const GIVEN: &str = "allowed";
pub const NOT_GIVEN_CONSENT: &str = "not allowed (not done)";
pub const WRITE_TEST_NOT_RUN: &str = "The write test was not run: nothing was written to any \
     device. Writability is judged from what the devices say they support.";
pub const COL_DEVICE: &str = "Device";
pub const COL_PROPERTY: &str = "Property";
pub const COL_BEFORE: &str = "Value before";
pub const COL_AFTER: &str = "Value after";

pub fn rate_cap(pps: u32) -> String {
    format!("{pps} packets per second")
}

pub fn seconds(s: f64) -> String {
    format!("{s:.1} s")
}

pub fn write_outcome(outcome: &str) -> &'static str {
    match outcome {
        "accepted" => "accepted: anyone may write (same value written back, unchanged)",
        "refused" => "refused: the device protects the property",
        "differs" => "stopped: the value was different when read back",
        "no-answer" => "no answer",
        "not-tried" => "not tried",
        _ => "other (see the evidence)",
    }
}

pub const LIMITS_ALWAYS: &[&str] = &[
    "Only BACnet/IP (UDP 47808) and KNXnet/IP (UDP 3671) were examined; other building \
     protocols (Modbus, LON, proprietary web interfaces) were not.",
    "Devices that did not answer discovery (switched off, on another network, behind a firewall) \
     are not in this report.",
    "Everything a device says about itself is its own claim; the audit does not open devices or \
     read their configuration files.",
    "The test from inside cannot prove that nothing is reachable from the internet; a test from \
     outside (for example a laptop on a phone's mobile data) is the final check.",
];

// Glossary
pub const GLOSSARY: &[(&str, &str)] = &[
    (
        "BACnet",
        "A standard language (ISO 16484-5) in which heating, ventilation and other building \
         controllers talk to each other. BACnet/IP carries it over the ordinary network, on UDP \
         port 47808.",
    ),
    (
        "BACnet device instance",
        "The number that identifies a BACnet controller in the building, unique per site.",
    ),
    (
        "BACnet/SC",
        "BACnet Secure Connect: BACnet over encrypted, authenticated connections.",
    ),
    (
        "BBMD",
        "BACnet Broadcast Management Device: forwards BACnet broadcasts between network \
         segments. Its tables (BDT, FDT) say which other places it talks to.",
    ),
    (
        "Commandable point",
        "A BACnet output or set-point written through a priority array of 16 levels; the lowest \
         level number wins.",
    ),
    (
        "Firmware",
        "The software inside a device. Old firmware may have known weaknesses.",
    ),
    (
        "Fingerprint",
        "A short code made from the check and the device or address a finding is about; it \
         stays the same from one audit to the next, so findings can be compared.",
    ),
    (
        "Hairpin",
        "A test knock on the router's public address from inside the building: if a device \
         answers, the router forwards that port from the internet.",
    ),
    (
        "KNX",
        "A standard bus (ISO/IEC 14543-3) for lighting, blinds and heating in homes and \
         buildings. KNXnet/IP carries it over the ordinary network, on UDP port 3671.",
    ),
    (
        "KNX IP Secure",
        "The KNX security extension: passwords and encryption for KNXnet/IP. It helps only when \
         the gateway requires it, not merely supports it.",
    ),
    (
        "KNX gateway",
        "An IP interface or IP router that connects the KNX bus to the network. Whoever can \
         talk to it can control the KNX installation unless KNX IP Secure is required.",
    ),
    (
        "MAC address",
        "The hardware address of a network device, fixed at the factory.",
    ),
    (
        "NAT-PMP / PCP",
        "Protocols with which devices ask the router to open a port to the internet by \
         themselves.",
    ),
    (
        "Port forward",
        "A rule in the internet router that sends traffic arriving from the internet on to a \
         device inside the building.",
    ),
    (
        "Public address",
        "An internet address that can be reached from anywhere in the world, unlike the private \
         addresses used inside a building (such as 192.168.x.x).",
    ),
    (
        "Tunnelling",
        "A KNXnet/IP connection through which a computer (for example ETS) reads and programs \
         the KNX bus.",
    ),
    (
        "UPnP",
        "Universal Plug and Play: lets devices open port forwards in the router by themselves, \
         without anyone noticing.",
    ),
    (
        "VPN",
        "A private, encrypted connection into the building's network: the safe way to reach it \
         from outside.",
    ),
];

// Sign-off
pub const SIGNOFF_INTRO: &str = "The installer hands this report over; the owner confirms \
     having received it and agrees the actions in the roadmap.";
pub const SIGNOFF_INSTALLER: &str = "Installer";
pub const SIGNOFF_OWNER: &str = "Owner";
pub const SIGNOFF_NAME: &str = "Name";
pub const SIGNOFF_COMPANY: &str = "Company";
pub const SIGNOFF_DATE: &str = "Date";
pub const SIGNOFF_SIGNATURE: &str = "Signature";

// Appendix
pub const APPENDIX_INTRO: &str = "For specialists: the facts behind every finding and, where a \
     packet proves it, the raw bytes as received (hexadecimal, 16 bytes per line, offset first).";
pub const APPENDIX_NO_RAW: &str = "No raw packet for this finding; the facts above are what the \
     check judged.";
pub const LONG_VALUES_INTRO: &str = "Values too long for a table or a sentence are shortened \
     there and marked with a reference such as [L1]; here they are in full.";

pub fn long_ref(n: usize) -> String {
    format!("L{n}")
}
pub fn evidence_ref(n: usize) -> String {
    format!("A{n}")
}
pub fn truncated_groups(more: usize) -> String {
    format!("… {more} more kinds of finding are in the JSON and CSV exports.")
}
pub fn truncated_rows(more: usize) -> String {
    format!("… {more} more rows are in the JSON and CSV exports.")
}
pub fn truncated_tail(more: usize) -> String {
    format!("… {more} more characters are in the JSON export.")
}

pub fn audience_word(a: Audience) -> &'static str {
    match a {
        Audience::Owner => "summary for the owner",
        Audience::Full => "full report",
    }
}

pub fn date_line(date: &str) -> String {
    format!("Audit of {date}")
}

/// A label for an evidence key (`external_port` → "External port"): known keys by name, the
/// others with underscores as spaces and the usual abbreviations in capitals.
pub fn fact_label(key: &str) -> String {
    const KNOWN: &[(&str, &str)] = &[
        ("ip", "IP address"),
        ("mac", "MAC address"),
        ("external_ip", "Public address"),
        ("internal_client", "Goes to address"),
        ("internal_port", "Goes to port"),
        ("external_port", "Public port"),
        ("remote_host", "Allowed remote host"),
        ("lease_duration_s", "Lease (seconds)"),
        ("device_instance", "Device instance"),
        ("individual_address", "KNX individual address"),
        ("core_version", "KNXnet/IP core version"),
        ("secure_supported", "KNX IP Secure supported"),
        ("tunnelling_requires_secure", "Tunnelling requires Secure"),
        ("routing_requires_secure", "Routing requires Secure"),
        (
            "device_management_requires_secure",
            "Device management requires Secure",
        ),
        ("service_families", "Service families"),
        ("secure_families", "Secured service families"),
    ];
    if let Some((_, l)) = KNOWN.iter().find(|(k, _)| *k == key) {
        return (*l).to_owned();
    }
    let words: Vec<String> = key
        .split(['_', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            "ip" | "mac" | "knx" | "udp" | "tcp" | "upnp" | "igd" | "bbmd" | "bdt" | "fdt"
            | "ttl" | "id" | "url" | "hex" | "apdu" | "nat" | "pcp" | "dib" | "ia" | "sc" => {
                w.to_ascii_uppercase()
            }
            "bacnet" => "BACnet".to_owned(),
            "knxnet" => "KNXnet".to_owned(),
            _ => w.to_owned(),
        })
        .collect();
    let s = words.join(" ");
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => s,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn fact_labels_read_as_words() {
        assert_eq!(fact_label("external_port"), "Public port");
        assert_eq!(fact_label("router"), "Router");
        assert_eq!(fact_label("bbmd_address"), "BBMD address");
        assert_eq!(fact_label("ttl"), "TTL");
        assert_eq!(fact_label(""), "");
        assert_eq!(fact_label("élan"), "Élan");
    }

    #[test]
    fn counts_read_in_plural_and_singular() {
        assert_eq!(summary_counts(1, 1), "The audit raised one finding.");
        assert_eq!(
            summary_counts(5, 2),
            "The audit raised 5 findings, from 2 different causes."
        );
        assert!(chart_label(&[(Severity::High, 2)]).ends_with("High 2"));
    }
}
