//! KNX addresses (03_03_02): individual addresses `area.line.device` and group addresses
//! `main/middle/sub` (3-level style, the ETS default).

use std::fmt;

/// A KNX individual address: 4 bits area, 4 bits line, 8 bits device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct IndividualAddress(pub u16);

impl IndividualAddress {
    pub const fn new(area: u8, line: u8, device: u8) -> Self {
        Self(((area as u16 & 0x0F) << 12) | ((line as u16 & 0x0F) << 8) | device as u16)
    }
    pub const fn area(self) -> u8 {
        (self.0 >> 12) as u8
    }
    pub const fn line(self) -> u8 {
        ((self.0 >> 8) & 0x0F) as u8
    }
    pub const fn device(self) -> u8 {
        (self.0 & 0xFF) as u8
    }
}

impl fmt::Display for IndividualAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.area(), self.line(), self.device())
    }
}

/// A KNX group address: 5 bits main, 3 bits middle, 8 bits sub.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct GroupAddress(pub u16);

impl GroupAddress {
    pub const fn new(main: u8, middle: u8, sub: u8) -> Self {
        Self(((main as u16 & 0x1F) << 11) | ((middle as u16 & 0x07) << 8) | sub as u16)
    }
    pub const fn main(self) -> u8 {
        ((self.0 >> 11) & 0x1F) as u8
    }
    pub const fn middle(self) -> u8 {
        ((self.0 >> 8) & 0x07) as u8
    }
    pub const fn sub(self) -> u8 {
        (self.0 & 0xFF) as u8
    }
}

impl fmt::Display for GroupAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.main(), self.middle(), self.sub())
    }
}

/// Destination of an L_Data frame: which kind is decided by the address-type bit of control
/// field 2, not by the 16 bits themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KnxAddress {
    Individual(IndividualAddress),
    Group(GroupAddress),
}

impl fmt::Display for KnxAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KnxAddress::Individual(a) => a.fmt(f),
            KnxAddress::Group(g) => g.fmt(f),
        }
    }
}

/// `aa:bb:cc:dd:ee:ff`, lower case.
pub fn format_mac(mac: &[u8; 6]) -> String {
    let [a, b, c, d, e, g] = *mac;
    format!("{a:02x}:{b:02x}:{c:02x}:{d:02x}:{e:02x}:{g:02x}")
}

/// A KNX serial number as 12 lower-case hex digits (2 bytes manufacturer, 4 bytes device).
pub fn format_serial(serial: &[u8; 6]) -> String {
    serial.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formats_like_ets() {
        assert_eq!(IndividualAddress(0x1087).to_string(), "1.0.135");
        assert_eq!(IndividualAddress(0xFFFF).to_string(), "15.15.255");
        assert_eq!(GroupAddress(0x0A03).to_string(), "1/2/3");
        assert_eq!(GroupAddress(0xFFFF).to_string(), "31/7/255");
        assert_eq!(
            format_mac(&[0, 0x50, 0xc2, 0x79, 0x3e, 3]),
            "00:50:c2:79:3e:03"
        );
        assert_eq!(
            format_serial(&[0, 0xfa, 0x12, 0x34, 0x56, 0x78]),
            "00fa12345678"
        );
    }

    proptest! {
        #[test]
        fn parts_rebuild_the_address(raw in any::<u16>()) {
            let ia = IndividualAddress(raw);
            prop_assert_eq!(IndividualAddress::new(ia.area(), ia.line(), ia.device()), ia);
            let ga = GroupAddress(raw);
            prop_assert_eq!(GroupAddress::new(ga.main(), ga.middle(), ga.sub()), ga);
        }
    }
}
