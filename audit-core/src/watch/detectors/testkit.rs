//! Observation builders for the detector tables. Addresses are those of the lab in eval/.

use std::net::SocketAddrV4;

use super::ModelIndex;
use crate::watch::baseline::{LearnConfig, Learner};
use crate::watch::observation::{
    DeviceAddr, Endpoint, Event, Host, ObsFlags, Observation, PointKey, PointValue, Protocol,
    RemoteStation, Value, ValueRole, prop,
};
use crate::wire::bacnet::tag::ObjectId;
use crate::wire::knxip::{GroupAddress, IndividualAddress};

pub const WS: &str = "198.18.1.40:47808";
pub const CTL: &str = "198.18.1.10:47808";
pub const RTR: &str = "198.18.1.20:47808";
pub const ATK: &str = "198.18.1.66:47808";
pub const BCAST: &str = "198.18.1.255:47808";
pub const GW: &str = "198.18.3.10:3671";
/// 2026-01-01T00:00:00Z, so that test times are plain seconds after it.
pub const T0: i64 = 1_767_225_600;

pub fn ep(s: &str) -> Endpoint {
    Endpoint::Ip(s.parse::<SocketAddrV4>().unwrap())
}

pub fn dev(s: &str) -> DeviceAddr {
    DeviceAddr::local(ep(s))
}

pub fn routed(s: &str, net: u16, mac: &[u8]) -> DeviceAddr {
    DeviceAddr {
        link: ep(s),
        remote: Some(RemoteStation::new(net, mac)),
    }
}

pub fn host(s: &str) -> Host {
    ep(s).host()
}

pub fn learner() -> Learner {
    Learner::new(LearnConfig::default())
}

pub fn index(l: Learner) -> ModelIndex {
    ModelIndex::new(&l.finish("test"))
}

/// An observation at `t_ms` milliseconds after [`T0`].
pub fn base_ms(src: &str, dst: &str, service: &'static str, t_ms: i64) -> Observation {
    Observation {
        time_ns: T0 * 1_000_000_000 + t_ms * 1_000_000,
        protocol: Protocol::Bacnet,
        source: ep(src),
        destination: ep(dst),
        service,
        routed_from: None,
        knx_source: None,
        event: Event::None,
        points: Default::default(),
        flags: ObsFlags {
            broadcast: dst == BCAST,
            link_broadcast: dst == BCAST,
            ..ObsFlags::default()
        },
        transaction: None,
    }
}

/// A request (`flags.request`) at `t_s` seconds.
pub fn plain(src: &str, dst: &str, service: &'static str, t_s: i64) -> Observation {
    plain_ms(src, dst, service, t_s * 1000)
}

pub fn plain_ms(src: &str, dst: &str, service: &'static str, t_ms: i64) -> Observation {
    let mut o = base_ms(src, dst, service, t_ms);
    o.flags.request = true;
    if service == "who-is" {
        o.event = Event::WhoIs;
    }
    o
}

fn point(device: DeviceAddr, object_type: u16, instance: u32, property: u32) -> PointKey {
    PointKey::Bacnet {
        device,
        object: ObjectId::new(object_type, instance),
        property,
    }
}

fn num(value: f64, discrete: bool) -> Value {
    Value::Number { value, discrete }
}

/// WriteProperty of an analog value's present value.
pub fn write_av(src: &str, dst: &str, instance: u32, v: f64, t_s: i64) -> Observation {
    let mut o = plain(src, dst, "write-property", t_s);
    o.points.push(PointValue {
        point: point(dev(dst), 2, instance, prop::PRESENT_VALUE),
        value: num(v, false),
        role: ValueRole::Written,
        priority: None,
    });
    o
}

/// WriteProperty of a binary output (0 inactive, 1 active).
pub fn write_bo(src: &str, dst: &str, instance: u32, v: u8, t_s: i64) -> Observation {
    let mut o = plain(src, dst, "write-property", t_s);
    o.points.push(PointValue {
        point: point(dev(dst), 4, instance, prop::PRESENT_VALUE),
        value: num(f64::from(v), true),
        role: ValueRole::Written,
        priority: Some(8),
    });
    o
}

/// ReadProperty-ACK from a device with an analog input's present value.
pub fn report_ai(device: &str, to: &str, instance: u32, v: f64, t_s: i64) -> Observation {
    let mut o = base_ms(device, to, "read-property-ack", t_s * 1000);
    o.points.push(PointValue {
        point: point(dev(device), 0, instance, prop::PRESENT_VALUE),
        value: num(v, false),
        role: ValueRole::Reported,
        priority: None,
    });
    o
}

pub fn name_ack(device: &str, to: &str, otype: u16, inst: u32, name: &str) -> Observation {
    let mut o = base_ms(device, to, "read-property-ack", 0);
    o.points.push(PointValue {
        point: point(dev(device), otype, inst, prop::OBJECT_NAME),
        value: Value::Text(name.to_owned()),
        role: ValueRole::Reported,
        priority: None,
    });
    o
}

pub fn units_ack(device: &str, to: &str, otype: u16, inst: u32, units: u32) -> Observation {
    let mut o = base_ms(device, to, "read-property-ack", 0);
    o.points.push(PointValue {
        point: point(dev(device), otype, inst, prop::UNITS),
        value: num(f64::from(units), true),
        role: ValueRole::Reported,
        priority: None,
    });
    o
}

pub fn i_am(src: &str, device: DeviceAddr, instance: u32, t_ms: i64) -> Observation {
    let mut o = base_ms(src, BCAST, "i-am", t_ms);
    o.event = Event::IAm { instance, device };
    o
}

pub fn i_am_router(src: &str, networks: &[u16], t_s: i64) -> Observation {
    let mut o = base_ms(src, BCAST, "i-am-router-to-network", t_s * 1000);
    o.event = Event::IAmRouter {
        networks: networks.to_vec(),
    };
    o
}

pub fn with_event(mut o: Observation, e: Event) -> Observation {
    o.event = e;
    o
}

/// A KNX routing indication from `ip` carrying a frame from `ia`.
pub fn knx(ip: &str, ia: (u8, u8, u8), service: &'static str, t_ms: i64) -> Observation {
    let mut o = base_ms(ip, "224.0.23.12:3671", service, t_ms);
    o.protocol = Protocol::Knx;
    o.flags.broadcast = true;
    o.flags.link_broadcast = true;
    o.knx_source = Some(IndividualAddress::new(ia.0, ia.1, ia.2));
    o
}

pub fn knx_write(ip: &str, ia: (u8, u8, u8), group: (u8, u8, u8), v: u8, t_ms: i64) -> Observation {
    let mut o = knx(ip, ia, "group-value-write", t_ms);
    o.event = Event::KnxGroupWrite;
    o.points.push(PointValue {
        point: PointKey::Knx {
            group: GroupAddress::new(group.0, group.1, group.2),
        },
        value: num(f64::from(v), true),
        role: ValueRole::Written,
        priority: None,
    });
    o
}

pub fn knx_connect(client: &str, gateway: &str, t_s: i64) -> Observation {
    let mut o = base_ms(client, gateway, "connect-request", t_s * 1000);
    o.protocol = Protocol::Knx;
    o.event = Event::KnxConnect {
        control_endpoint: client.parse().unwrap(),
        tunnel: true,
    };
    o
}
