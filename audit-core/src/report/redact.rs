//! Redaction (`--redact`): sensitive values become placeholders, the same value the same
//! placeholder everywhere in one export (every file is made from the one redacted model).
//!
//! What is replaced, and by what:
//! - public IPv4 addresses (found anywhere in any text) → documentation addresses 198.51.100.1,
//!   .2, … then 203.0.113.x, 192.0.2.x (RFC 5737), never one that occurs in the data itself;
//!   they stay valid addresses, so typed fields keep their type;
//! - MAC addresses (`aa:bb:cc:dd:ee:ff` or with `-`) → 00:00:5e:00:53:NN (RFC 7042
//!   documentation range);
//! - serial numbers of KNX gateways → `serial-N`;
//! - the site's name and address, the owner's, auditor's and company's names, the audit's name
//!   → `site-N`, `address-N`, `person-N`, `company-N`, `audit-N`; host names from the internet
//!   index → `host-N`;
//! - anything written as `password: …`, `key=…`, `pin …` (and the like) in free text → `secret-N`.
//!
//! Raw evidence (hex) is searched for the bytes of those values too: addresses and MACs become
//! the bytes of their placeholder, serial numbers `00 00 00 00 00 NN`, names `2a` bytes (`*`).
//! Fingerprints are computed again from the redacted targets (a hash of a public address could
//! otherwise be reversed). The mapping is returned for the caller to show once; it is never part
//! of the model, so no output can contain it.

use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;

use serde_json::Value;

use crate::net::is_public;

use super::model::{ReportModel, canonical_target, fingerprint};

/// One replacement, for the user to see once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    /// `public-ip`, `mac`, `serial`, `site`, `address`, `person`, `company`, `audit`, `host`,
    /// `secret`.
    pub kind: &'static str,
    pub original: String,
    pub placeholder: String,
}

/// Why redaction could not be done (the model would not read back; nothing is written then).
#[derive(Debug)]
pub struct RedactError(pub String);

impl std::fmt::Display for RedactError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "redaction failed: {}", self.0)
    }
}

impl std::error::Error for RedactError {}

/// Keys of JSON strings that hold raw bytes as hex.
const HEX_KEYS: &[&str] = &["raw_hex", "hex", "answer_hex", "request_hex"];
/// Shortest start of a name that is still searched for in raw bytes (a cut-off name).
const HEX_PREFIX_MIN: usize = 8;
/// Words that, followed by `:` or `=` (or a space for `pin`), introduce a secret in free text.
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwort",
    "passwd",
    "pwd",
    "passphrase",
    "secret",
    "token",
    "key",
    "fdsk",
    "pin",
];

#[derive(Default)]
struct Map {
    literal: BTreeMap<String, (usize, &'static str, String)>,
    ips: BTreeMap<Ipv4Addr, Ipv4Addr>,
    macs: BTreeMap<String, String>,
    counters: BTreeMap<&'static str, usize>,
    used_ips: BTreeSet<Ipv4Addr>,
    order: usize,
}

impl Map {
    fn next(&mut self, kind: &'static str) -> usize {
        let n = self.counters.entry(kind).or_insert(0);
        *n += 1;
        *n
    }

    fn literal(&mut self, kind: &'static str, value: &str) {
        let v = value.trim();
        if v.chars().count() < 2 || self.literal.contains_key(v) {
            return;
        }
        let n = self.next(kind);
        self.order += 1;
        self.literal
            .insert(v.to_owned(), (self.order, kind, format!("{kind}-{n}")));
    }

    fn ip(&mut self, ip: Ipv4Addr) -> Ipv4Addr {
        if let Some(p) = self.ips.get(&ip) {
            return *p;
        }
        let candidates = [[198, 51, 100], [203, 0, 113], [192, 0, 2]]
            .into_iter()
            .flat_map(|[a, b, c]| (1..=254).map(move |d| Ipv4Addr::new(a, b, c, d)));
        let mut chosen = Ipv4Addr::new(198, 51, 100, 255);
        for c in candidates {
            if !self.used_ips.contains(&c) {
                chosen = c;
                break;
            }
        }
        self.used_ips.insert(chosen);
        self.ips.insert(ip, chosen);
        chosen
    }

    fn mac(&mut self, mac: &str) -> String {
        let key = mac.to_ascii_lowercase().replace('-', ":");
        if let Some(p) = self.macs.get(&key) {
            return p.clone();
        }
        let n = self.next("mac");
        // RFC 7042 has 256 documentation MACs; a site with more gets plain tokens after them.
        let p = if n < 256 {
            format!("00:00:5e:00:53:{n:02x}")
        } else {
            format!("mac-{n}")
        };
        self.macs.insert(key, p.clone());
        p
    }
}

/// The redacted copy of `model` and the list of what was replaced.
pub fn redact(model: &ReportModel) -> Result<(ReportModel, Vec<Replacement>), RedactError> {
    let mut value = serde_json::to_value(model).map_err(|e| RedactError(e.to_string()))?;
    let mut map = Map::default();
    // Documentation addresses already in the data are never used as placeholders.
    walk_strings(&value, &mut |_, s| {
        for ip in ipv4s(s) {
            map.used_ips.insert(ip);
        }
    });

    let site = &model.audit.site;
    map.literal("site", &site.name);
    map.literal("address", &site.address);
    for line in site.address.lines().chain(site.address.split(',')) {
        if line.trim().chars().count() >= 4 {
            map.literal("address", line);
        }
    }
    map.literal("person", &site.owner);
    map.literal("person", &site.auditor);
    map.literal("company", &site.company);
    map.literal("audit", &model.audit.name);
    for g in &model.inventory.knx.gateways {
        map.literal("serial", &g.serial);
        for s in &g.serials {
            map.literal("serial", s);
        }
    }
    if let Some(db) = model.exposure.as_ref().and_then(|x| x.internetdb.as_ref()) {
        for h in &db.hostnames {
            map.literal("host", h);
        }
    }
    walk_strings(&value, &mut |key, s| {
        if HEX_KEYS.contains(&key) {
            return;
        }
        for secret in secrets(s) {
            map.literal("secret", &secret);
        }
        // Placeholders for addresses and MACs in the order they first appear, before any hex is
        // rewritten (hex holds only their bytes).
        for ip in ipv4s(s).into_iter().filter(|ip| is_public(*ip)) {
            map.ip(ip);
        }
        replace_macs(s, &mut map);
    });

    // Longest literal first, so that a value containing another is replaced whole.
    let mut literals: Vec<(String, String)> = map
        .literal
        .iter()
        .map(|(k, (_, _, p))| (k.clone(), p.clone()))
        .collect();
    literals.sort_by_key(|(k, _)| std::cmp::Reverse(k.chars().count()));

    let hex_literals = hex_patterns(&map, &literals);
    rewrite_strings(&mut value, &mut |key, s| {
        if HEX_KEYS.contains(&key) {
            return redact_hex(s, &hex_literals, &mut map);
        }
        let mut out = s.to_owned();
        for (orig, placeholder) in &literals {
            if out.contains(orig.as_str()) {
                out = out.replace(orig.as_str(), placeholder);
            }
        }
        out = replace_macs(&out, &mut map);
        replace_public_ips(&out, &mut map)
    });

    let mut redacted: ReportModel =
        serde_json::from_value(value).map_err(|e| RedactError(e.to_string()))?;
    redacted.redacted = true;
    refingerprint(&mut redacted);

    let mut list: Vec<Replacement> = Vec::new();
    let mut lits: Vec<_> = map.literal.iter().collect();
    lits.sort_by_key(|(_, (order, _, _))| *order);
    for (orig, (_, kind, p)) in lits {
        list.push(Replacement {
            kind,
            original: orig.clone(),
            placeholder: p.clone(),
        });
    }
    for (orig, p) in &map.ips {
        list.push(Replacement {
            kind: "public-ip",
            original: orig.to_string(),
            placeholder: p.to_string(),
        });
    }
    for (orig, p) in &map.macs {
        list.push(Replacement {
            kind: "mac",
            original: orig.clone(),
            placeholder: p.clone(),
        });
    }
    Ok((redacted, list))
}

/// Fingerprints again from the redacted targets; the comparison lists follow.
fn refingerprint(m: &mut ReportModel) {
    let mut names: Vec<String> = m
        .inventory
        .bacnet
        .devices
        .iter()
        .filter_map(|d| d.object_name.clone())
        .chain(m.inventory.knx.gateways.iter().map(|g| g.name.clone()))
        .filter(|n| !n.is_empty())
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let mut renamed = BTreeMap::new();
    for f in &mut m.findings {
        let new = fingerprint(
            &f.finding.check_id,
            &canonical_target(&f.finding.target, &names),
        );
        renamed.insert(std::mem::replace(&mut f.fingerprint, new.clone()), new);
    }
    if let Some(c) = &mut m.changes {
        for fp in c.new.iter_mut().chain(c.still_open.iter_mut()) {
            if let Some(n) = renamed.get(fp) {
                *fp = n.clone();
            }
        }
        for s in &mut c.severity_changed {
            if let Some(n) = renamed.get(&s.fingerprint) {
                s.fingerprint = n.clone();
            }
        }
        for f in &mut c.fixed {
            f.fingerprint = fingerprint(&f.check_id, &canonical_target(&f.target, &names));
        }
    }
}

fn walk_strings(v: &Value, f: &mut impl FnMut(&str, &str)) {
    fn go(key: &str, v: &Value, f: &mut impl FnMut(&str, &str)) {
        match v {
            Value::String(s) => f(key, s),
            Value::Array(a) => a.iter().for_each(|x| go(key, x, f)),
            Value::Object(m) => m.iter().for_each(|(k, x)| go(k, x, f)),
            _ => {}
        }
    }
    go("", v, f);
}

fn rewrite_strings(v: &mut Value, f: &mut impl FnMut(&str, &str) -> String) {
    fn go(key: &str, v: &mut Value, f: &mut impl FnMut(&str, &str) -> String) {
        match v {
            Value::String(s) => *s = f(key, s),
            Value::Array(a) => a.iter_mut().for_each(|x| go(key, x, f)),
            Value::Object(m) => m.iter_mut().for_each(|(k, x)| go(k, x, f)),
            _ => {}
        }
    }
    go("", v, f);
}

/// Runs of digits and dots that read as exactly four octets.
fn ip_runs(s: &str) -> Vec<(usize, usize, Ipv4Addr)> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
            i += 1;
        }
        let mut end = i;
        while end > start && b[end - 1] == b'.' {
            end -= 1;
        }
        if let Some(run) = s.get(start..end)
            && run.split('.').count() == 4
            && let Ok(ip) = run.parse::<Ipv4Addr>()
        {
            out.push((start, end, ip));
        }
    }
    out
}

fn ipv4s(s: &str) -> Vec<Ipv4Addr> {
    ip_runs(s).into_iter().map(|(_, _, ip)| ip).collect()
}

fn replace_public_ips(s: &str, map: &mut Map) -> String {
    let runs = ip_runs(s);
    if runs.iter().all(|(_, _, ip)| !is_public(*ip)) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (start, end, ip) in runs {
        if !is_public(ip) {
            continue;
        }
        out.push_str(s.get(last..start).unwrap_or_default());
        out.push_str(&map.ip(ip).to_string());
        last = end;
    }
    out.push_str(s.get(last..).unwrap_or_default());
    out
}

fn is_mac_at(b: &[u8], i: usize) -> bool {
    if i + 17 > b.len() {
        return false;
    }
    let sep = b[i + 2];
    if sep != b':' && sep != b'-' {
        return false;
    }
    (0..6).all(|g| {
        let p = i + g * 3;
        b[p].is_ascii_hexdigit() && b[p + 1].is_ascii_hexdigit() && (g == 5 || b[p + 2] == sep)
    })
}

fn replace_macs(s: &str, map: &mut Map) -> String {
    let b = s.as_bytes();
    if b.len() < 17 {
        return s.to_owned();
    }
    let boundary =
        |c: Option<&u8>| c.is_none_or(|c| !c.is_ascii_hexdigit() && *c != b':' && *c != b'-');
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let mut i = 0;
    while i + 17 <= b.len() {
        if is_mac_at(b, i)
            && boundary(if i == 0 { None } else { b.get(i - 1) })
            && boundary(b.get(i + 17))
            && let Some(mac) = s.get(i..i + 17)
        {
            if mac.eq_ignore_ascii_case("00:00:00:00:00:00") {
                i += 17;
                continue;
            }
            out.push_str(s.get(last..i).unwrap_or_default());
            out.push_str(&map.mac(mac));
            i += 17;
            last = i;
        } else {
            i += 1;
        }
    }
    out.push_str(s.get(last..).unwrap_or_default());
    out
}

/// `password: x`, `key=x`, `pin 1234`: the value after the word.
fn secrets(s: &str) -> Vec<String> {
    let lower = s.to_lowercase();
    if lower.len() != s.len() {
        // Lower-casing changed byte offsets (rare scripts); look in the ASCII-lowered text.
        return secrets_ascii(s);
    }
    secrets_in(s, &lower)
}

fn secrets_ascii(s: &str) -> Vec<String> {
    secrets_in(s, &s.to_ascii_lowercase())
}

fn secrets_in(s: &str, lower: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in SECRET_WORDS {
        let mut from = 0;
        while let Some(pos) = lower.get(from..).and_then(|x| x.find(w)) {
            let start = from + pos;
            let after = start + w.len();
            from = after;
            let before_ok = lower[..start]
                .chars()
                .last()
                .is_none_or(|c| !c.is_alphanumeric());
            if !before_ok {
                continue;
            }
            let rest = &s[after..];
            let trimmed = rest.trim_start_matches([' ', '\t']);
            let value = if let Some(v) = trimmed
                .strip_prefix(':')
                .or_else(|| trimmed.strip_prefix('='))
            {
                v
            } else if *w == "pin" && trimmed.len() < rest.len() {
                trimmed
            } else {
                continue;
            };
            let value = value.trim_start();
            let token: String = value
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | ';' | ')' | '"' | '\''))
                .collect();
            let token = token.trim_end_matches('.');
            if token.chars().count() >= 2 {
                out.push(token.to_owned());
            }
        }
    }
    out
}

fn hex_of(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// (hex to find, hex to put) for every literal (UTF-8 and Latin-1), serial and MAC.
fn hex_patterns(map: &Map, literals: &[(String, String)]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (orig, placeholder) in literals {
        let kind = map.literal.get(orig).map(|(_, k, _)| *k).unwrap_or("");
        if kind == "serial" {
            let digits: String = orig.chars().filter(char::is_ascii_hexdigit).collect();
            if digits.len() >= 8 && digits.len().is_multiple_of(2) {
                let n: usize = placeholder
                    .rsplit('-')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                let mut repl = "00".repeat(digits.len() / 2 - 1);
                repl.push_str(&format!("{:02x}", n % 256));
                out.push((digits.to_ascii_lowercase(), repl));
            }
        }
        let mut encodings = vec![orig.as_bytes().to_vec()];
        if !orig.is_ascii() && orig.chars().all(|c| (c as u32) < 256) {
            encodings.push(orig.chars().map(|c| c as u8).collect());
        }
        for bytes in encodings {
            if bytes.len() < 3 {
                continue;
            }
            out.push((hex_of(&bytes), "2a".repeat(bytes.len())));
            // Fixed-size name fields (a KNX friendly name has 30 bytes) cut long names: their
            // starts of at least HEX_PREFIX_MIN bytes go too.
            for k in (HEX_PREFIX_MIN..bytes.len()).rev() {
                if let Some(prefix) = bytes.get(..k) {
                    out.push((hex_of(prefix), "2a".repeat(k)));
                }
            }
        }
    }
    out.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
    out
}

/// Replaces at even offsets only (byte boundaries) in a hex string.
fn replace_hex_aligned(hex: &str, find: &str, put: &str) -> String {
    if find.is_empty() || !hex.contains(find) {
        return hex.to_owned();
    }
    let mut out = String::with_capacity(hex.len());
    let mut i = 0;
    while i < hex.len() {
        if i % 2 == 0 && hex.get(i..).is_some_and(|r| r.starts_with(find)) {
            out.push_str(put);
            i += find.len();
        } else {
            out.push_str(hex.get(i..i + 1).unwrap_or_default());
            i += 1;
        }
    }
    out
}

fn redact_hex(s: &str, literals: &[(String, String)], map: &mut Map) -> String {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.is_empty()
        || !compact.len().is_multiple_of(2)
        || !compact.chars().all(|c| c.is_ascii_hexdigit())
    {
        // Not hex after all: treat as text.
        let mut out = s.to_owned();
        for (orig, placeholder) in literals {
            let text = orig.trim_start_matches(|c: char| c.is_ascii_hexdigit());
            if text.is_empty() {
                continue;
            }
            out = out.replace(orig.as_str(), placeholder);
        }
        return replace_public_ips(&replace_macs(&out, map), map);
    }
    let mut hex = compact.to_ascii_lowercase();
    for (find, put) in literals {
        hex = replace_hex_aligned(&hex, find, put);
    }
    let macs: Vec<(String, String)> = map
        .macs
        .iter()
        .map(|(k, v)| (k.replace(':', ""), v.replace(':', "")))
        .collect();
    for (find, put) in macs {
        hex = replace_hex_aligned(&hex, &find, &put);
    }
    // Addresses and MACs were all mapped in the first pass over the texts; their bytes are
    // replaced here. Bytes of an address that no text names cannot be told from other data.
    let ips: Vec<(String, String)> = map
        .ips
        .iter()
        .map(|(k, v)| (hex_of(&k.octets()), hex_of(&v.octets())))
        .collect();
    for (find, put) in ips {
        hex = replace_hex_aligned(&hex, &find, &put);
    }
    hex
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn public_ips_found_in_text_private_ones_kept() {
        let mut m = Map::default();
        let s = replace_public_ips(
            "router 85.1.2.3:3671, lan 192.168.1.2, again 85.1.2.3. v1.2.3",
            &mut m,
        );
        assert_eq!(
            s,
            "router 198.51.100.1:3671, lan 192.168.1.2, again 198.51.100.1. v1.2.3"
        );
        assert_eq!(replace_public_ips("8.8.8.8", &mut m), "198.51.100.2");
    }

    #[test]
    fn placeholders_avoid_addresses_in_the_data() {
        let mut m = Map::default();
        m.used_ips.insert(Ipv4Addr::new(198, 51, 100, 1));
        assert_eq!(
            m.ip(Ipv4Addr::new(85, 1, 2, 3)),
            Ipv4Addr::new(198, 51, 100, 2)
        );
    }

    #[test]
    fn macs_in_either_notation() {
        let mut m = Map::default();
        let s = replace_macs(
            "mac 00:24:6D:01:02:03 and 00-24-6d-01-02-03; zero 00:00:00:00:00:00",
            &mut m,
        );
        assert_eq!(
            s,
            "mac 00:00:5e:00:53:01 and 00:00:5e:00:53:01; zero 00:00:00:00:00:00"
        );
        // Not a MAC: longer hex runs.
        assert_eq!(
            replace_macs("aa:bb:cc:dd:ee:ff:00", &mut m),
            "aa:bb:cc:dd:ee:ff:00"
        );
    }

    #[test]
    fn secrets_after_their_word() {
        assert_eq!(secrets("Router password: hunter2, ok"), ["hunter2"]);
        assert_eq!(
            secrets("FDSK=ABCD-1234 and PIN 4711."),
            ["ABCD-1234", "4711"]
        );
        assert!(secrets("the keyboard is fine; monkey: no").is_empty());
    }

    #[test]
    fn hex_replaced_on_byte_boundaries_only() {
        assert_eq!(replace_hex_aligned("0abc0a", "bc", "ff"), "0aff0a");
        assert_eq!(replace_hex_aligned("abcabc", "bc", "ff"), "abcaff");
    }
}
