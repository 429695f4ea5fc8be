//! The default gateway of an interface, from the kernel's routing table (`/proc/net/route`).

use std::net::Ipv4Addr;

const RTF_UP: u32 = 0x1;
const RTF_GATEWAY: u32 = 0x2;

/// Default gateway in `table` (the text of `/proc/net/route`) for `iface` (any interface when
/// `None`); the lowest metric wins.
pub fn default_gateway(table: &str, iface: Option<&str>) -> Option<Ipv4Addr> {
    let mut best: Option<(u32, Ipv4Addr)> = None;
    for line in table.lines().skip(1) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let [name, dest, gw, flags, _refcnt, _use, metric, mask, ..] = f.as_slice() else {
            continue;
        };
        if iface.is_some_and(|i| i != *name) {
            continue;
        }
        let hex = |s: &str| u32::from_str_radix(s, 16).ok();
        let (Some(dest), Some(gw), Some(flags), Some(mask)) =
            (hex(dest), hex(gw), hex(flags), hex(mask))
        else {
            continue;
        };
        let metric: u32 = metric.parse().unwrap_or(u32::MAX);
        if dest != 0 || mask != 0 || flags & (RTF_UP | RTF_GATEWAY) != RTF_UP | RTF_GATEWAY {
            continue;
        }
        // The kernel prints the address in host (little-endian) byte order.
        let ip = Ipv4Addr::from(gw.swap_bytes());
        if best.is_none_or(|(m, _)| metric < m) {
            best = Some((metric, ip));
        }
    }
    best.map(|(_, ip)| ip)
}

/// The interface that carries `addr`, from the system's interface list.
pub fn interface_of(addr: Ipv4Addr) -> Option<String> {
    if_addrs::get_if_addrs()
        .ok()?
        .into_iter()
        .find_map(|i| match i.addr {
            if_addrs::IfAddr::V4(v4) if v4.ip == addr => Some(i.name),
            _ => None,
        })
}

/// Routing tables larger than this are not read (about 100 000 routes; a laptop has a few).
const MAX_ROUTE_TABLE_BYTES: u64 = 16 * 1024 * 1024;

/// Default gateway of `iface` from `/proc/net/route` (Linux); `None` elsewhere or without one.
pub fn system_default_gateway(iface: Option<&str>) -> Option<Ipv4Addr> {
    let table = crate::files::read_text_bounded(
        std::path::Path::new("/proc/net/route"),
        MAX_ROUTE_TABLE_BYTES,
    )
    .ok()?;
    default_gateway(&table, iface)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str =
        "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t010112C6\t0003\t0\t0\t100\t00000000\t0\t0\t0
eth0\t000112C6\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
wlan0\t00000000\t0201A8C0\t0003\t0\t0\t50\t00000000\t0\t0\t0
";

    #[test]
    fn gateway_per_interface_lowest_metric() {
        assert_eq!(
            default_gateway(TABLE, Some("eth0")),
            Some(Ipv4Addr::new(198, 18, 1, 1))
        );
        assert_eq!(
            default_gateway(TABLE, Some("wlan0")),
            Some(Ipv4Addr::new(192, 168, 1, 2))
        );
        assert_eq!(
            default_gateway(TABLE, None),
            Some(Ipv4Addr::new(192, 168, 1, 2))
        );
        assert_eq!(default_gateway(TABLE, Some("lo")), None);
        assert_eq!(default_gateway("garbage\nx y z", None), None);
    }
}
