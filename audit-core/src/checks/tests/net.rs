use std::net::Ipv4Addr;

use crate::net::{is_public, mask_of, prefix_mask};

#[test]
fn is_public_table() {
    let table: &[(&str, bool)] = &[
        ("8.8.8.8", true),
        ("1.1.1.1", true),
        ("100.63.255.255", true),
        ("100.128.0.1", true),
        ("172.15.255.255", true),
        ("172.32.0.1", true),
        ("192.169.0.1", true),
        ("198.17.255.255", true),
        ("198.20.0.1", true),
        ("223.255.255.254", true),
        ("0.0.0.0", false),
        ("10.1.2.3", false),
        ("100.64.0.1", false),
        ("100.127.255.255", false),
        ("127.0.0.1", false),
        ("169.254.1.1", false),
        ("172.16.0.1", false),
        ("172.31.255.255", false),
        ("192.0.0.8", false),
        ("192.0.2.10", false),
        ("192.168.178.1", false),
        ("198.18.1.5", false),
        ("198.19.255.255", false),
        ("198.51.100.7", false),
        ("203.0.113.9", false),
        ("224.0.23.12", false),
        ("239.255.255.250", false),
        ("240.0.0.1", false),
        ("255.255.255.255", false),
    ];
    for (ip, want) in table {
        let ip: Ipv4Addr = ip.parse().unwrap();
        assert_eq!(is_public(ip), *want, "{ip}");
    }
}

#[test]
fn masks() {
    assert_eq!(prefix_mask(0), 0);
    assert_eq!(prefix_mask(24), 0xffff_ff00);
    assert_eq!(prefix_mask(32), u32::MAX);
    assert_eq!(mask_of("255.255.0.0"), Some(0xffff_0000));
    // All ones in a BDT means "direct": treated as a /24.
    assert_eq!(mask_of("255.255.255.255"), Some(0xffff_ff00));
    assert_eq!(mask_of("255.0.255.0"), None);
    assert_eq!(mask_of("junk"), None);
}

#[test]
fn address_classes() {
    use crate::net::{AddressClass, address_class};
    for (ip, want) in [
        ("81.2.69.160", AddressClass::Public),
        ("100.64.0.1", AddressClass::Shared),
        ("100.127.255.254", AddressClass::Shared),
        ("100.128.0.1", AddressClass::Public),
        ("192.168.178.1", AddressClass::Private),
        ("127.0.0.3", AddressClass::Private),
        ("198.19.0.1", AddressClass::Private),
    ] {
        assert_eq!(address_class(ip.parse().unwrap()), want, "{ip}");
    }
}
