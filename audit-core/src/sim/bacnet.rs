//! Simulated BACnet/IP hosts: devices with objects, a router with devices on a remote network,
//! a BBMD. Pure request → answers functions over our own codecs; the sockets are in `mod.rs`.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, SocketAddrV4};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use crate::wire::bacnet::apdu::{
    AbortPdu, Apdu, Body, ComplexAckPdu, ConfirmedRequestPdu, ErrorBody, ErrorPdu, RejectPdu,
    Segmentable, SimpleAckPdu, UnconfirmedRequestPdu, max_apdu_octets,
};
use crate::wire::bacnet::bvlc::{BdtEntry, Bvlc, BvlcFunction, BvlcResultCode, FdtEntry};
use crate::wire::bacnet::enums::vendor::vendor_name;
use crate::wire::bacnet::network::{NetworkMessage, NetworkNumberStatus};
use crate::wire::bacnet::npdu::{GLOBAL_BROADCAST_NETWORK, MacAddress, NetworkAddress, Npdu};
use crate::wire::bacnet::services::{
    ComplexAck, ConfirmedRequest, IAm, ReadAccessResult, ReadOutcome, ReadPropertyAck,
    ReadPropertyMultipleAck, ReadResult, UnconfirmedRequest, WriteProperty, confirmed_choice,
};
use crate::wire::bacnet::tag::{
    ApplicationValue, BitString, CharString, ObjectId, ValueItem, ValueList,
};
use crate::wire::bacnet::values::{
    confirmed_service_bit, err, otype, prop, reason, unconfirmed_service_bit,
};
use crate::wire::bacnet::{BacnetMessage, Payload, decode_bip};

/// RPM special property identifiers (clause 21).
const PROP_ALL: u32 = 8;
const PROP_REQUIRED: u32 = 105;
const PROP_OPTIONAL: u32 = 80;

/// How a property's value is produced.
#[derive(Debug, Clone, PartialEq)]
pub enum SimValue {
    Fixed(ApplicationValue),
    /// An array (index 0 is the length).
    List(Vec<ApplicationValue>),
    /// A sensor: `base + amplitude * sin(2π t / period)`.
    Wave {
        base: f32,
        amplitude: f32,
        period_s: f32,
    },
    /// Present_Value of a commandable object: the highest-priority entry, else the
    /// relinquish default.
    Commanded,
    /// A text that changes on every read (`prefix` and a count), like a status line the device
    /// writes itself.
    Changing {
        prefix: String,
        reads: std::cell::Cell<u32>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct SimObject {
    pub id: ObjectId,
    pub props: BTreeMap<u32, SimValue>,
    /// Priority array of a commandable object (16 slots).
    pub priority: Option<Vec<Option<ApplicationValue>>>,
}

impl SimObject {
    fn new(id: ObjectId, name: &str) -> Self {
        let mut props = BTreeMap::new();
        props.insert(
            prop::OBJECT_IDENTIFIER,
            SimValue::Fixed(ApplicationValue::ObjectIdentifier(id)),
        );
        props.insert(prop::OBJECT_NAME, text(name));
        props.insert(
            prop::OBJECT_TYPE,
            SimValue::Fixed(ApplicationValue::Enumerated(u32::from(id.object_type))),
        );
        Self {
            id,
            props,
            priority: None,
        }
    }
}

fn text(s: &str) -> SimValue {
    SimValue::Fixed(ApplicationValue::CharacterString(CharString::utf8(s)))
}

/// One simulated BACnet device (one Device object and its objects).
#[derive(Debug, Clone, PartialEq)]
pub struct SimDevice {
    pub instance: u32,
    pub vendor_id: u16,
    /// Max APDU length accepted (octets): answers longer than this (or than the client's) are
    /// aborted with segmentation-not-supported, since the simulators never segment.
    pub max_apdu: u16,
    /// 0 both, 1 transmit, 2 receive, 3 none (what the I-Am says).
    pub segmentation: u32,
    /// Answers ReadPropertyMultiple (false: Reject unrecognized-service, like old controllers).
    pub rpm: bool,
    /// Answers Who-Is with a broadcast I-Am (true) or a unicast one to the asker.
    pub iam_broadcast: bool,
    /// Takes writes of its Device object's Description and Location (false: write-access-denied).
    pub writable_texts: bool,
    /// Device object first, then the others.
    pub objects: Vec<SimObject>,
}

impl SimDevice {
    pub fn new(instance: u32, name: &str, vendor_id: u16, model: &str) -> Self {
        let id = ObjectId::new(otype::DEVICE, instance);
        let mut d = SimObject::new(id, name);
        let p = &mut d.props;
        p.insert(
            prop::VENDOR_IDENTIFIER,
            SimValue::Fixed(ApplicationValue::Unsigned(u64::from(vendor_id))),
        );
        p.insert(
            prop::VENDOR_NAME,
            text(vendor_name(vendor_id).unwrap_or("Simulated Vendor")),
        );
        p.insert(prop::MODEL_NAME, text(model));
        p.insert(prop::FIRMWARE_REVISION, text("4.2.1"));
        p.insert(
            prop::APPLICATION_SOFTWARE_VERSION,
            text("bas-audit-sim 1.0"),
        );
        p.insert(prop::DESCRIPTION, text("BAS Audit built-in simulator"));
        p.insert(prop::LOCATION, text("Demo building"));
        p.insert(
            prop::PROTOCOL_VERSION,
            SimValue::Fixed(ApplicationValue::Unsigned(1)),
        );
        p.insert(
            prop::PROTOCOL_REVISION,
            SimValue::Fixed(ApplicationValue::Unsigned(22)),
        );
        p.insert(
            prop::DATABASE_REVISION,
            SimValue::Fixed(ApplicationValue::Unsigned(3)),
        );
        p.insert(
            prop::SEGMENTATION_SUPPORTED,
            SimValue::Fixed(ApplicationValue::Enumerated(3)),
        );
        p.insert(
            prop::MAX_APDU_LENGTH_ACCEPTED,
            SimValue::Fixed(ApplicationValue::Unsigned(1476)),
        );
        let mut dev = Self {
            instance,
            vendor_id,
            max_apdu: 1476,
            segmentation: 3,
            rpm: true,
            iam_broadcast: false,
            writable_texts: false,
            objects: vec![d],
        };
        dev.refresh_supported();
        dev
    }

    fn device_object_mut(&mut self) -> Option<&mut SimObject> {
        self.objects.first_mut()
    }

    /// Keep Protocol_Services/Object_Types_Supported, Max_APDU and segmentation in step.
    fn refresh_supported(&mut self) {
        let mut services = vec![false; 49];
        let mut set = |bit: Option<usize>| {
            if let Some(s) = bit.and_then(|b| services.get_mut(b)) {
                *s = true;
            }
        };
        set(confirmed_service_bit(confirmed_choice::READ_PROPERTY));
        set(confirmed_service_bit(confirmed_choice::WRITE_PROPERTY));
        if self.rpm {
            set(confirmed_service_bit(
                confirmed_choice::READ_PROPERTY_MULTIPLE,
            ));
        }
        set(unconfirmed_service_bit(0)); // i-am
        set(unconfirmed_service_bit(8)); // who-is
        let mut types = vec![false; 64];
        for o in &self.objects {
            if let Some(t) = types.get_mut(usize::from(o.id.object_type)) {
                *t = true;
            }
        }
        let (max_apdu, seg) = (self.max_apdu, self.segmentation);
        if let Some(d) = self.device_object_mut() {
            d.props.insert(
                prop::PROTOCOL_SERVICES_SUPPORTED,
                SimValue::Fixed(ApplicationValue::BitString(BitString::from_bits(&services))),
            );
            d.props.insert(
                prop::PROTOCOL_OBJECT_TYPES_SUPPORTED,
                SimValue::Fixed(ApplicationValue::BitString(BitString::from_bits(&types))),
            );
            d.props.insert(
                prop::MAX_APDU_LENGTH_ACCEPTED,
                SimValue::Fixed(ApplicationValue::Unsigned(u64::from(max_apdu))),
            );
            d.props.insert(
                prop::SEGMENTATION_SUPPORTED,
                SimValue::Fixed(ApplicationValue::Enumerated(seg)),
            );
        }
    }

    pub fn set_device_text(mut self, property: u32, value: &str) -> Self {
        if let Some(d) = self.device_object_mut() {
            d.props.insert(property, text(value));
        }
        self
    }

    pub fn with_max_apdu(mut self, max_apdu: u16, segmentation: u32) -> Self {
        self.max_apdu = max_apdu;
        self.segmentation = segmentation;
        self.refresh_supported();
        self
    }

    pub fn without_rpm(mut self) -> Self {
        self.rpm = false;
        self.refresh_supported();
        self
    }

    /// Description and Location of the Device object take any character string written.
    pub fn accepting_text_writes(mut self) -> Self {
        self.writable_texts = true;
        self
    }

    /// Description of the Device object changes on every read.
    pub fn changing_description(mut self) -> Self {
        if let Some(d) = self.device_object_mut() {
            d.props.insert(
                prop::DESCRIPTION,
                SimValue::Changing {
                    prefix: "Status update ".into(),
                    reads: std::cell::Cell::new(0),
                },
            );
        }
        self
    }

    /// Device without a Description property.
    pub fn without_device_text(mut self, property: u32) -> Self {
        if let Some(d) = self.device_object_mut() {
            d.props.remove(&property);
        }
        self
    }

    pub fn broadcasting_i_am(mut self) -> Self {
        self.iam_broadcast = true;
        self
    }

    fn push(mut self, o: SimObject) -> Self {
        self.objects.push(o);
        self.refresh_supported();
        self
    }

    /// A sensor input whose value moves over time.
    pub fn analog_input(
        self,
        instance: u32,
        name: &str,
        units: u32,
        base: f32,
        amplitude: f32,
    ) -> Self {
        let mut o = SimObject::new(ObjectId::new(otype::ANALOG_INPUT, instance), name);
        o.props.insert(
            prop::PRESENT_VALUE,
            SimValue::Wave {
                base,
                amplitude,
                period_s: 60.0 + instance as f32,
            },
        );
        o.props.insert(
            prop::UNITS,
            SimValue::Fixed(ApplicationValue::Enumerated(units)),
        );
        o.props.insert(
            prop::STATUS_FLAGS,
            SimValue::Fixed(ApplicationValue::BitString(BitString::from_bits(
                &[false; 4],
            ))),
        );
        self.push(o)
    }

    /// A writable, commandable analog value (setpoint) with a priority array.
    pub fn setpoint(self, instance: u32, name: &str, units: u32, default: f32) -> Self {
        let mut o = SimObject::new(ObjectId::new(otype::ANALOG_VALUE, instance), name);
        o.props.insert(prop::PRESENT_VALUE, SimValue::Commanded);
        o.props.insert(
            prop::UNITS,
            SimValue::Fixed(ApplicationValue::Enumerated(units)),
        );
        o.props.insert(
            prop::RELINQUISH_DEFAULT,
            SimValue::Fixed(ApplicationValue::Real(default)),
        );
        o.props.insert(prop::PRIORITY_ARRAY, SimValue::Commanded);
        o.priority = Some(vec![None; 16]);
        self.push(o)
    }

    /// Occupy slot `priority` (1–16) of the priority array of a commandable object, as an
    /// operator override left behind would (no effect on objects without a priority array).
    pub fn commanded_at(mut self, object: ObjectId, priority: u8, value: ApplicationValue) -> Self {
        if let Some(slot) = self
            .object_mut(object)
            .and_then(|o| o.priority.as_mut())
            .and_then(|p| p.get_mut(usize::from(priority).wrapping_sub(1)))
        {
            *slot = Some(value);
        }
        self
    }

    /// A commandable binary output.
    pub fn binary_output(self, instance: u32, name: &str) -> Self {
        let mut o = SimObject::new(ObjectId::new(otype::BINARY_OUTPUT, instance), name);
        o.props.insert(prop::PRESENT_VALUE, SimValue::Commanded);
        o.props.insert(
            prop::RELINQUISH_DEFAULT,
            SimValue::Fixed(ApplicationValue::Enumerated(0)),
        );
        o.props.insert(prop::PRIORITY_ARRAY, SimValue::Commanded);
        o.priority = Some(vec![None; 16]);
        self.push(o)
    }

    pub fn binary_input(self, instance: u32, name: &str, active: bool) -> Self {
        let mut o = SimObject::new(ObjectId::new(otype::BINARY_INPUT, instance), name);
        o.props.insert(
            prop::PRESENT_VALUE,
            SimValue::Fixed(ApplicationValue::Enumerated(u32::from(active))),
        );
        self.push(o)
    }

    pub fn multistate_value(self, instance: u32, name: &str, state: u64) -> Self {
        let mut o = SimObject::new(ObjectId::new(otype::MULTI_STATE_VALUE, instance), name);
        o.props.insert(
            prop::PRESENT_VALUE,
            SimValue::Fixed(ApplicationValue::Unsigned(state)),
        );
        self.push(o)
    }

    /// A Network Port object: `network_type` 5 = IPv4, 11 = BACnet/SC, 2 = MS/TP;
    /// `ip_mode` 0 normal, 1 foreign, 2 BBMD.
    pub fn network_port(
        self,
        instance: u32,
        name: &str,
        network_type: u32,
        ip_mode: Option<u32>,
        accept_fd: Option<bool>,
    ) -> Self {
        let mut o = SimObject::new(ObjectId::new(otype::NETWORK_PORT, instance), name);
        o.props.insert(
            prop::NETWORK_TYPE,
            SimValue::Fixed(ApplicationValue::Enumerated(network_type)),
        );
        if let Some(m) = ip_mode {
            o.props.insert(
                prop::BACNET_IP_MODE,
                SimValue::Fixed(ApplicationValue::Enumerated(m)),
            );
        }
        if let Some(a) = accept_fd {
            o.props.insert(
                prop::BBMD_ACCEPT_FD_REGISTRATIONS,
                SimValue::Fixed(ApplicationValue::Boolean(a)),
            );
        }
        self.push(o)
    }

    fn object(&self, id: ObjectId) -> Option<&SimObject> {
        let id = if id.object_type == otype::DEVICE && id.instance == ObjectId::MAX_INSTANCE {
            ObjectId::new(otype::DEVICE, self.instance)
        } else {
            id
        };
        self.objects.iter().find(|o| o.id == id)
    }

    fn object_mut(&mut self, id: ObjectId) -> Option<&mut SimObject> {
        self.objects.iter_mut().find(|o| o.id == id)
    }

    /// The value of one property, as ReadProperty would give it.
    pub fn read(
        &self,
        id: ObjectId,
        property: u32,
        index: Option<u64>,
        now: Instant,
        t0: Instant,
    ) -> Result<ValueList, (u32, u32)> {
        let o = self
            .object(id)
            .ok_or((err::CLASS_OBJECT, err::UNKNOWN_OBJECT))?;
        let list: Option<Vec<ApplicationValue>> =
            if o.id.object_type == otype::DEVICE && property == prop::OBJECT_LIST {
                Some(
                    self.objects
                        .iter()
                        .map(|x| ApplicationValue::ObjectIdentifier(x.id))
                        .collect(),
                )
            } else if property == prop::PRIORITY_ARRAY {
                o.priority.as_ref().map(|p| {
                    p.iter()
                        .map(|v| v.clone().unwrap_or(ApplicationValue::Null))
                        .collect()
                })
            } else {
                match o.props.get(&property) {
                    Some(SimValue::List(l)) => Some(l.clone()),
                    _ => None,
                }
            };
        if let Some(l) = list {
            return match index {
                None => Ok(ValueList {
                    items: l.into_iter().map(ValueItem::Value).collect(),
                }),
                Some(0) => Ok(ValueList::single(
                    ApplicationValue::Unsigned(l.len() as u64),
                )),
                Some(i) => usize::try_from(i - 1)
                    .ok()
                    .and_then(|i| l.get(i))
                    .map(|v| ValueList::single(v.clone()))
                    .ok_or((err::CLASS_PROPERTY, err::INVALID_ARRAY_INDEX)),
            };
        }
        let v = o
            .props
            .get(&property)
            .ok_or((err::CLASS_PROPERTY, err::UNKNOWN_PROPERTY))?;
        if index.is_some() {
            return Err((err::CLASS_PROPERTY, err::PROPERTY_IS_NOT_AN_ARRAY));
        }
        let value = match v {
            SimValue::Fixed(a) => a.clone(),
            SimValue::List(_) => ApplicationValue::Null,
            SimValue::Wave {
                base,
                amplitude,
                period_s,
            } => {
                let t = now.duration_since(t0).as_secs_f32();
                let x = base + amplitude * (std::f32::consts::TAU * t / period_s.max(1.0)).sin();
                ApplicationValue::Real((x * 100.0).round() / 100.0)
            }
            SimValue::Changing { prefix, reads } => {
                let n = reads.get().wrapping_add(1);
                reads.set(n);
                ApplicationValue::CharacterString(CharString::utf8(&format!("{prefix}{n}")))
            }
            SimValue::Commanded => o
                .priority
                .as_ref()
                .and_then(|p| p.iter().flatten().next().cloned())
                .or_else(|| match o.props.get(&prop::RELINQUISH_DEFAULT) {
                    Some(SimValue::Fixed(a)) => Some(a.clone()),
                    _ => None,
                })
                .unwrap_or(ApplicationValue::Null),
        };
        Ok(ValueList::single(value))
    }

    fn property_ids(&self, id: ObjectId) -> Vec<u32> {
        let mut v: Vec<u32> = self
            .object(id)
            .map(|o| o.props.keys().copied().collect())
            .unwrap_or_default();
        if id.object_type == otype::DEVICE {
            v.push(prop::OBJECT_LIST);
        }
        v
    }

    /// WriteProperty: Present_Value of commandable objects (into the priority array), and
    /// Description/Location of the Device object when the device takes text writes.
    pub fn write(&mut self, w: &WriteProperty) -> Result<(), (u32, u32)> {
        let writable_texts = self.writable_texts;
        let o = self
            .object_mut(w.object)
            .ok_or((err::CLASS_OBJECT, err::UNKNOWN_OBJECT))?;
        if o.id.object_type == otype::DEVICE
            && matches!(w.property, prop::DESCRIPTION | prop::LOCATION)
        {
            if !writable_texts {
                return Err((err::CLASS_PROPERTY, err::WRITE_ACCESS_DENIED));
            }
            if w.array_index.is_some() {
                return Err((err::CLASS_PROPERTY, err::PROPERTY_IS_NOT_AN_ARRAY));
            }
            return match w.value.as_single() {
                Some(v @ ApplicationValue::CharacterString(_)) => {
                    o.props.insert(w.property, SimValue::Fixed(v.clone()));
                    Ok(())
                }
                _ => Err((err::CLASS_PROPERTY, err::INVALID_DATA_TYPE)),
            };
        }
        if w.property != prop::PRESENT_VALUE || o.priority.is_none() {
            return Err((err::CLASS_PROPERTY, err::WRITE_ACCESS_DENIED));
        }
        let slot = usize::try_from(w.priority.unwrap_or(16)).unwrap_or(0);
        if !(1..=16).contains(&slot) {
            return Err((err::CLASS_PROPERTY, err::VALUE_OUT_OF_RANGE));
        }
        let value = w
            .value
            .as_single()
            .cloned()
            .ok_or((err::CLASS_PROPERTY, err::INVALID_DATA_TYPE))?;
        let entry = match value {
            ApplicationValue::Null => None,
            v => Some(v),
        };
        if let Some(p) = o.priority.as_mut().and_then(|p| p.get_mut(slot - 1)) {
            *p = entry;
        }
        Ok(())
    }

    pub fn i_am(&self) -> UnconfirmedRequest {
        UnconfirmedRequest::IAm(IAm {
            device: ObjectId::new(otype::DEVICE, self.instance),
            max_apdu: u64::from(self.max_apdu),
            segmentation: self.segmentation,
            vendor_id: u64::from(self.vendor_id),
            trailing: Vec::new(),
        })
    }

    /// Answer one confirmed request (never segmented: too long ⇒ Abort).
    pub fn answer(&mut self, pdu: &ConfirmedRequestPdu, now: Instant, t0: Instant) -> Apdu {
        let invoke_id = pdu.invoke_id;
        let choice = pdu.body.choice();
        let Some(req) = pdu.body.decoded() else {
            return Apdu::Reject(RejectPdu {
                invoke_id,
                reason: 0,
                reserved_bits: 0,
                trailing: Vec::new(),
            });
        };
        let error = |(class, code): (u32, u32)| {
            Apdu::Error(ErrorPdu {
                invoke_id,
                service_choice: choice,
                error: ErrorBody::Parsed {
                    class,
                    code,
                    wrapped: false,
                    rest: Vec::new(),
                },
                reserved_bits: 0,
            })
        };
        let ack = |a: ComplexAck| {
            Apdu::ComplexAck(ComplexAckPdu {
                more_follows: false,
                invoke_id,
                body: Segmentable::Whole(Body::Decoded(a)),
                reserved_bits: 0,
            })
        };
        let answer = match req {
            ConfirmedRequest::ReadProperty(r) => {
                match self.read(r.object, r.property, r.array_index, now, t0) {
                    Ok(value) => ack(ComplexAck::ReadProperty(ReadPropertyAck {
                        object: if r.object.instance == ObjectId::MAX_INSTANCE {
                            ObjectId::new(otype::DEVICE, self.instance)
                        } else {
                            r.object
                        },
                        property: r.property,
                        array_index: r.array_index,
                        value,
                        trailing: Vec::new(),
                    })),
                    Err(e) => error(e),
                }
            }
            ConfirmedRequest::ReadPropertyMultiple(_) if !self.rpm => Apdu::Reject(RejectPdu {
                invoke_id,
                reason: reason::REJECT_UNRECOGNIZED_SERVICE,
                reserved_bits: 0,
                trailing: Vec::new(),
            }),
            ConfirmedRequest::ReadPropertyMultiple(m) => {
                let mut results = Vec::new();
                for spec in &m.specs {
                    let mut list = Vec::new();
                    for p in &spec.properties {
                        let props = match p.property {
                            PROP_ALL | PROP_REQUIRED => self.property_ids(spec.object),
                            PROP_OPTIONAL => Vec::new(),
                            x => vec![x],
                        };
                        for property in props {
                            let outcome =
                                match self.read(spec.object, property, p.array_index, now, t0) {
                                    Ok(v) => ReadOutcome::Value(v),
                                    Err((class, code)) => ReadOutcome::Error { class, code },
                                };
                            list.push(ReadResult {
                                property,
                                array_index: p.array_index,
                                outcome,
                            });
                        }
                    }
                    results.push(ReadAccessResult {
                        object: spec.object,
                        results: Some(list),
                    });
                }
                ack(ComplexAck::ReadPropertyMultiple(ReadPropertyMultipleAck {
                    results,
                }))
            }
            ConfirmedRequest::WriteProperty(w) => match self.write(w) {
                Ok(()) => Apdu::SimpleAck(SimpleAckPdu {
                    invoke_id,
                    service_choice: choice,
                    reserved_bits: 0,
                    trailing: Vec::new(),
                }),
                Err(e) => error(e),
            },
            _ => Apdu::Reject(RejectPdu {
                invoke_id,
                reason: reason::REJECT_UNRECOGNIZED_SERVICE,
                reserved_bits: 0,
                trailing: Vec::new(),
            }),
        };
        // The answer must fit both our max APDU and the client's.
        let client_max = max_apdu_octets(pdu.max_apdu_code).unwrap_or(50);
        let limit = usize::from(self.max_apdu.min(client_max));
        let mut bytes = Vec::new();
        answer.emit(&mut bytes);
        if bytes.len() > limit {
            return Apdu::Abort(AbortPdu {
                server: true,
                invoke_id,
                reason: reason::ABORT_SEGMENTATION_NOT_SUPPORTED,
                reserved_bits: 0,
                trailing: Vec::new(),
            });
        }
        answer
    }
}

/// A router's remote side: devices on other networks, by network and MAC.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimRouter {
    pub local_network: u16,
    pub remote: BTreeMap<u16, Vec<(Vec<u8>, SimDevice)>>,
}

/// A BBMD's tables.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SimBbmd {
    pub bdt: Vec<BdtEntry>,
    pub fdt: Vec<FdtEntry>,
    /// Registers foreign devices (adds them to the FDT); `false`: answers Register-FD NAK.
    pub accept_fd_registrations: bool,
}

/// Seconds a BBMD keeps a foreign device beyond its TTL (J.5.2.1).
const FDT_GRACE_S: u16 = 30;

/// Every datagram a simulated host received, byte for byte (for tests that must see exactly
/// what was sent, e.g. that a write carried the value just read). Shared: keep a clone.
#[derive(Debug, Clone, Default)]
pub struct WireLog(Arc<Mutex<Vec<Vec<u8>>>>);

/// Datagrams a [`WireLog`] keeps at most.
pub const WIRE_LOG_LIMIT: usize = 100_000;

impl WireLog {
    pub fn new() -> Self {
        Self::default()
    }

    fn push(&self, d: &[u8]) {
        if let Ok(mut v) = self.0.lock()
            && v.len() < WIRE_LOG_LIMIT
        {
            v.push(d.to_vec());
        }
    }

    pub fn datagrams(&self) -> Vec<Vec<u8>> {
        self.0.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

impl PartialEq for WireLog {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// One BACnet/IP address of the simulated building.
#[derive(Debug, Clone, PartialEq)]
pub struct SimHost {
    pub ip: Ipv4Addr,
    pub devices: Vec<SimDevice>,
    pub router: Option<SimRouter>,
    pub bbmd: Option<SimBbmd>,
    /// Where received datagrams are recorded, when a test asks.
    pub wire_log: Option<WireLog>,
}

/// Where an answer goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dest {
    To(SocketAddrV4),
    Broadcast,
}

fn bvlc_only(f: BvlcFunction) -> Vec<u8> {
    let mut out = Vec::new();
    Bvlc::new(f).emit(&[], &mut out);
    out
}

fn npdu_bytes(broadcast: bool, npdu: Npdu, payload: Payload) -> Vec<u8> {
    let f = if broadcast {
        BvlcFunction::OriginalBroadcastNpdu
    } else {
        BvlcFunction::OriginalUnicastNpdu
    };
    let msg = BacnetMessage {
        bvlc: Some(Bvlc::new(f)),
        npdu: Some(npdu),
        payload,
    };
    let mut out = Vec::new();
    msg.emit(&mut out);
    out
}

impl SimHost {
    pub fn new(ip: Ipv4Addr, devices: Vec<SimDevice>) -> Self {
        Self {
            ip,
            devices,
            router: None,
            bbmd: None,
            wire_log: None,
        }
    }

    /// Record every datagram this host receives into `log`.
    pub fn logging_to(mut self, log: &WireLog) -> Self {
        self.wire_log = Some(log.clone());
        self
    }

    /// Answers to one datagram from `src`.
    pub fn handle(&mut self, data: &[u8], src: SocketAddrV4, t0: Instant) -> Vec<(Dest, Vec<u8>)> {
        let now = Instant::now();
        if let Some(log) = &self.wire_log {
            log.push(data);
        }
        let Ok(msg) = decode_bip(data) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let Some(bvlc) = &msg.bvlc else {
            return out;
        };
        match &bvlc.function {
            BvlcFunction::ReadBdt => {
                let f = match &self.bbmd {
                    Some(b) => BvlcFunction::ReadBdtAck(b.bdt.clone()),
                    None => BvlcFunction::Result(BvlcResultCode::ReadBdtNak),
                };
                out.push((Dest::To(src), bvlc_only(f)));
                return out;
            }
            BvlcFunction::ReadFdt => {
                let f = match &self.bbmd {
                    Some(b) => BvlcFunction::ReadFdtAck(b.fdt.clone()),
                    None => BvlcFunction::Result(BvlcResultCode::ReadFdtNak),
                };
                out.push((Dest::To(src), bvlc_only(f)));
                return out;
            }
            BvlcFunction::RegisterForeignDevice { ttl } => {
                let code = match &mut self.bbmd {
                    Some(b) if b.accept_fd_registrations => {
                        b.fdt.retain(|e| e.address != src);
                        b.fdt.push(FdtEntry {
                            address: src,
                            ttl: *ttl,
                            remaining: ttl.saturating_add(FDT_GRACE_S),
                        });
                        BvlcResultCode::SuccessfulCompletion
                    }
                    _ => BvlcResultCode::RegisterForeignDeviceNak,
                };
                out.push((Dest::To(src), bvlc_only(BvlcFunction::Result(code))));
                return out;
            }
            _ => {}
        }
        let Some(npdu) = msg.npdu else { return out };
        let src = msg.forwarded_from().unwrap_or(src);
        match &msg.payload {
            Payload::Network(m) => {
                if let Some(r) = &self.router {
                    let nets: Vec<u16> = r.remote.keys().copied().collect();
                    match m {
                        NetworkMessage::WhoIsRouterToNetwork { network }
                            if network.is_none_or(|n| nets.contains(&n)) =>
                        {
                            out.push((
                                Dest::Broadcast,
                                npdu_bytes(
                                    true,
                                    Npdu::default(),
                                    Payload::Network(NetworkMessage::IAmRouterToNetwork {
                                        networks: nets,
                                    }),
                                ),
                            ));
                        }
                        NetworkMessage::WhatIsNetworkNumber => out.push((
                            Dest::Broadcast,
                            npdu_bytes(
                                true,
                                Npdu::default(),
                                Payload::Network(NetworkMessage::NetworkNumberIs {
                                    network: r.local_network,
                                    status: NetworkNumberStatus::Configured,
                                }),
                            ),
                        )),
                        _ => {}
                    }
                }
            }
            Payload::Apdu(apdu) => {
                let dnet = npdu.destination.map(|d| (d.address.network, d.address.mac));
                let local = match dnet {
                    None => true,
                    Some((n, _)) if n == GLOBAL_BROADCAST_NETWORK => true,
                    Some((n, _)) => self.router.as_ref().is_some_and(|r| r.local_network == n),
                };
                if local {
                    for d in &mut self.devices {
                        answer_device(d, apdu, src, None, now, t0, &mut out);
                        if matches!(apdu, Apdu::ConfirmedRequest(_)) && !out.is_empty() {
                            break;
                        }
                    }
                }
                if let (Some(r), Some((n, mac))) = (&mut self.router, dnet) {
                    let global = n == GLOBAL_BROADCAST_NETWORK;
                    for (net, devs) in r.remote.iter_mut() {
                        if !global && *net != n {
                            continue;
                        }
                        for (dmac, d) in devs.iter_mut() {
                            if global || mac.is_empty() || mac.as_bytes() == dmac.as_slice() {
                                let Some(m) = MacAddress::new(dmac) else {
                                    continue;
                                };
                                let source = NetworkAddress {
                                    network: *net,
                                    mac: m,
                                };
                                answer_device(d, apdu, src, Some(source), now, t0, &mut out);
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        out
    }
}

/// One device's answer to an APDU; `source` is the SNET/SADR when answering through a router.
fn answer_device(
    d: &mut SimDevice,
    apdu: &Apdu,
    src: SocketAddrV4,
    source: Option<NetworkAddress>,
    now: Instant,
    t0: Instant,
    out: &mut Vec<(Dest, Vec<u8>)>,
) {
    let npdu = Npdu {
        source,
        ..Npdu::default()
    };
    match apdu {
        Apdu::UnconfirmedRequest(UnconfirmedRequestPdu {
            body: Body::Decoded(UnconfirmedRequest::WhoIs(w)),
            ..
        }) if w.matches(d.instance) => {
            let a = Apdu::UnconfirmedRequest(UnconfirmedRequestPdu {
                body: Body::Decoded(d.i_am()),
                reserved_bits: 0,
            });
            let (dest, bc) = if d.iam_broadcast {
                (Dest::Broadcast, true)
            } else {
                (Dest::To(src), false)
            };
            out.push((dest, npdu_bytes(bc, npdu, Payload::Apdu(a))));
        }
        Apdu::ConfirmedRequest(pdu) => {
            // With several devices at one address, a request naming a Device object goes to
            // that device; anything else to the first.
            let named = pdu.body.decoded().and_then(|r| match r {
                ConfirmedRequest::ReadProperty(r) => Some(r.object),
                ConfirmedRequest::ReadPropertyMultiple(m) => m.specs.first().map(|s| s.object),
                ConfirmedRequest::WriteProperty(w) => Some(w.object),
                _ => None,
            });
            if let Some(o) = named
                && o.object_type == otype::DEVICE
                && o.instance != ObjectId::MAX_INSTANCE
                && o.instance != d.instance
            {
                return;
            }
            let a = d.answer(pdu, now, t0);
            out.push((Dest::To(src), npdu_bytes(false, npdu, Payload::Apdu(a))));
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::bacnet::services::{
        PropertyReference, ReadAccessSpec, ReadProperty, ReadPropertyMultiple,
    };

    fn request(req: ConfirmedRequest, max_apdu_code: u8) -> ConfirmedRequestPdu {
        ConfirmedRequestPdu {
            more_follows: false,
            segmented_response_accepted: false,
            max_segments_code: 0,
            max_apdu_code,
            invoke_id: 9,
            body: Segmentable::Whole(Body::Decoded(req)),
            reserved_bits: 0,
            reserved_octet1_bit: false,
        }
    }

    fn pv(d: &SimDevice, id: ObjectId) -> ApplicationValue {
        let t = Instant::now();
        d.read(id, prop::PRESENT_VALUE, None, t, t)
            .unwrap()
            .as_single()
            .unwrap()
            .clone()
    }

    #[test]
    fn setpoint_is_commanded_through_the_priority_array() {
        let mut d = SimDevice::new(1, "c", 260, "m").setpoint(1, "sp", 62, 21.0);
        let id = ObjectId::new(otype::ANALOG_VALUE, 1);
        assert_eq!(pv(&d, id), ApplicationValue::Real(21.0));
        let write = |v: ApplicationValue, p: u64| WriteProperty {
            object: id,
            property: prop::PRESENT_VALUE,
            array_index: None,
            value: ValueList::single(v),
            priority: Some(p),
            trailing: Vec::new(),
        };
        d.write(&write(ApplicationValue::Real(23.0), 8)).unwrap();
        assert_eq!(pv(&d, id), ApplicationValue::Real(23.0));
        d.write(&write(ApplicationValue::Real(19.0), 16)).unwrap();
        assert_eq!(
            pv(&d, id),
            ApplicationValue::Real(23.0),
            "priority 8 wins over 16"
        );
        d.write(&write(ApplicationValue::Null, 8)).unwrap();
        assert_eq!(pv(&d, id), ApplicationValue::Real(19.0));
        assert_eq!(
            d.write(&write(ApplicationValue::Real(1.0), 0)),
            Err((err::CLASS_PROPERTY, err::VALUE_OUT_OF_RANGE))
        );
        let t = Instant::now();
        let pa = d.read(id, prop::PRIORITY_ARRAY, None, t, t).unwrap();
        assert_eq!(pa.items.len(), 16);
        assert_eq!(
            d.read(id, prop::PRIORITY_ARRAY, Some(0), t, t)
                .unwrap()
                .as_single(),
            Some(&ApplicationValue::Unsigned(16))
        );
        // A sensor input is not writable.
        let mut d = d.analog_input(1, "t", 62, 20.0, 1.0);
        let mut w = write(ApplicationValue::Real(1.0), 8);
        w.object = ObjectId::new(otype::ANALOG_INPUT, 1);
        assert_eq!(
            d.write(&w),
            Err((err::CLASS_PROPERTY, err::WRITE_ACCESS_DENIED))
        );
    }

    #[test]
    fn reads_follow_the_standard_errors() {
        let d = SimDevice::new(5, "d", 260, "m").analog_input(1, "t", 62, 20.0, 1.0);
        let t = Instant::now();
        let dev = ObjectId::new(otype::DEVICE, 5);
        let wildcard = ObjectId::new(otype::DEVICE, ObjectId::MAX_INSTANCE);
        assert!(d.read(wildcard, prop::OBJECT_NAME, None, t, t).is_ok());
        assert_eq!(
            d.read(dev, prop::OBJECT_LIST, Some(0), t, t)
                .unwrap()
                .as_single(),
            Some(&ApplicationValue::Unsigned(2))
        );
        assert_eq!(
            d.read(dev, prop::OBJECT_LIST, Some(3), t, t),
            Err((err::CLASS_PROPERTY, err::INVALID_ARRAY_INDEX))
        );
        assert_eq!(
            d.read(dev, prop::OBJECT_NAME, Some(1), t, t),
            Err((err::CLASS_PROPERTY, err::PROPERTY_IS_NOT_AN_ARRAY))
        );
        assert_eq!(
            d.read(dev, 9999, None, t, t),
            Err((err::CLASS_PROPERTY, err::UNKNOWN_PROPERTY))
        );
        assert_eq!(
            d.read(ObjectId::new(0, 7), prop::OBJECT_NAME, None, t, t),
            Err((err::CLASS_OBJECT, err::UNKNOWN_OBJECT))
        );
    }

    #[test]
    fn rpm_refusal_and_segmentation_abort() {
        let t = Instant::now();
        let rpm = ConfirmedRequest::ReadPropertyMultiple(ReadPropertyMultiple {
            specs: vec![ReadAccessSpec {
                object: ObjectId::new(otype::DEVICE, 1),
                properties: vec![PropertyReference {
                    property: prop::OBJECT_NAME,
                    array_index: None,
                }],
            }],
        });
        let mut old = SimDevice::new(1, "d", 260, "m").without_rpm();
        match old.answer(&request(rpm.clone(), 5), t, t) {
            Apdu::Reject(r) => assert_eq!(r.reason, reason::REJECT_UNRECOGNIZED_SERVICE),
            a => panic!("{a:?}"),
        }
        let mut small = SimDevice::new(1, "d", 260, "m").with_max_apdu(206, 3);
        for k in 1..=60 {
            small = small.binary_input(k, "b", false);
        }
        let list = ConfirmedRequest::ReadProperty(ReadProperty::new(
            ObjectId::new(otype::DEVICE, 1),
            prop::OBJECT_LIST,
            None,
        ));
        match small.answer(&request(list.clone(), 5), t, t) {
            Apdu::Abort(a) => assert_eq!(
                (a.reason, a.server),
                (reason::ABORT_SEGMENTATION_NOT_SUPPORTED, true)
            ),
            a => panic!("{a:?}"),
        }
        assert!(matches!(
            small.answer(&request(rpm, 5), t, t),
            Apdu::ComplexAck(_)
        ));
        // The client's own limit counts too: a 50-octet client gets an abort from a big device.
        let mut big = SimDevice::new(1, "d", 260, "m");
        for k in 1..=20 {
            big = big.binary_input(k, "b", false);
        }
        assert!(matches!(
            big.answer(&request(list.clone(), 5), t, t),
            Apdu::ComplexAck(_)
        ));
        assert!(matches!(
            big.answer(&request(list, 0), t, t),
            Apdu::Abort(_)
        ));
    }

    #[test]
    fn hostile_datagrams_get_no_answer_and_no_panic() {
        let mut host = SimHost::new(
            Ipv4Addr::new(127, 0, 0, 2),
            vec![SimDevice::new(1, "d", 260, "m")],
        );
        let src = SocketAddrV4::new(Ipv4Addr::LOCALHOST, 47808);
        let t = Instant::now();
        for d in [
            &[][..],
            &[0x81],
            &[0x81, 0x0a, 0x00, 0x04],
            &[0x81, 0x0a, 0x00, 0x08, 0x01, 0x04, 0x00, 0x05],
        ] {
            let _ = host.handle(d, src, t);
        }
        let mut seed = 7u32;
        for _ in 0..2000 {
            let n = (seed % 40) as usize;
            let mut d = vec![0x81, 0x0a, 0x00, (n + 4) as u8];
            for _ in 0..n {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                d.push((seed >> 16) as u8);
            }
            let _ = host.handle(&d, src, t);
        }
    }
}
