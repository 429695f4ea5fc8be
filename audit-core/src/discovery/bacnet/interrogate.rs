//! Reading what a device is: ReadPropertyMultiple first; ReadProperty when RPM is refused;
//! smaller RPMs and finally array-index reads of the object list when an answer would need
//! segmentation (which we do not accept, so the device aborts). One request in flight.

use std::collections::BTreeMap;

use crate::inventory::{Device, NetworkPortInfo, ObjectInfo, PrioritySlot};
use crate::job::JobCtx;
use crate::job::bacnet_link::{BacnetLink, OUR_MAX_APDU, Peer, Reply, ReqError};
use crate::wire::bacnet::enums::error_code::{
    abort_reason_name, error_class_name, error_code_name, reject_reason_name,
};
use crate::wire::bacnet::enums::object_type::object_type_name;
use crate::wire::bacnet::enums::units::units_name;
use crate::wire::bacnet::enums::vendor::vendor_name;
use crate::wire::bacnet::services::{
    ComplexAck, ConfirmedRequest, PropertyReference, ReadAccessSpec, ReadOutcome, ReadProperty,
    ReadPropertyMultiple,
};
use crate::wire::bacnet::tag::{ApplicationValue, ObjectId, ValueItem, ValueList};
use crate::wire::bacnet::values::{self, err, otype, prop, reason};

/// Bytes an RPM answer needs per object we ask about (name, value, units, relinquish default),
/// used to size batches from the device's max APDU. Too small a guess costs one abort and a split.
const EST_BYTES_PER_OBJECT: usize = 80;
/// What a Priority_Array adds to that: 16 slots (mostly NULL, one octet each) in an opening and
/// a closing tag, a few occupied slots of up to five octets, the property identifier.
const EST_BYTES_PRIORITY_ARRAY: usize = 40;
/// Slots of a Priority_Array (clause 19.2).
pub const PRIORITY_SLOTS: usize = 16;
/// Array-index reads of the object list batched in one RPM.
const INDEX_BATCH: usize = 20;
/// Headroom in an answer for the APDU header and the object identifier.
const ACK_OVERHEAD: usize = 16;

/// What the device's I-Am said, and where it is.
#[derive(Debug, Clone)]
pub struct Found {
    pub peer: Peer,
    /// The host the I-Am came from (a BBMD when it was forwarded).
    pub udp_source: std::net::SocketAddrV4,
    /// The I-Am came in a Forwarded-NPDU: `peer` is the forwarder's claim.
    pub forwarded: bool,
    pub instance: u32,
    pub vendor_id: u16,
    pub max_apdu: u32,
    pub segmentation: u32,
}

#[derive(Debug, Clone, PartialEq)]
enum ReadErr {
    /// The device answered with an error for this property (absent, not an array, ...).
    Property {
        class: u32,
        code: u32,
    },
    /// The answer would need segmentation (abort, or a segmented answer).
    TooBig(String),
    /// The service was refused (reject, other abort, unexpected answer).
    Refused(String),
    Timeout,
    Stopped,
}

impl ReadErr {
    fn words(&self) -> String {
        match self {
            ReadErr::Property { class, code } => {
                format!("{}/{}", error_class_name(*class), error_code_name(*code))
            }
            ReadErr::TooBig(w) | ReadErr::Refused(w) => w.clone(),
            ReadErr::Timeout => "no answer".into(),
            ReadErr::Stopped => "job stopped".into(),
        }
    }
    fn fatal(&self) -> bool {
        matches!(self, ReadErr::Timeout | ReadErr::Stopped)
    }
}

fn classify(reply: Result<Reply, ReqError>) -> Result<ComplexAck, ReadErr> {
    match reply {
        Ok(Reply::Ack(a)) => Ok(a),
        Ok(Reply::Error { class, code }) => Err(ReadErr::Property { class, code }),
        Ok(Reply::Abort(r))
            if matches!(
                r,
                reason::ABORT_BUFFER_OVERFLOW
                    | reason::ABORT_SEGMENTATION_NOT_SUPPORTED
                    | reason::ABORT_APDU_TOO_LONG
            ) =>
        {
            Err(ReadErr::TooBig(format!("abort: {}", abort_reason_name(r))))
        }
        Ok(Reply::Segmented) => Err(ReadErr::TooBig("segmented answer".into())),
        Ok(Reply::Abort(r)) => Err(ReadErr::Refused(format!("abort: {}", abort_reason_name(r)))),
        Ok(Reply::Reject(r)) => Err(ReadErr::Refused(format!(
            "reject: {}",
            reject_reason_name(r)
        ))),
        Ok(Reply::SimpleAck) => Err(ReadErr::Refused("simple-ack to a read".into())),
        Ok(Reply::Malformed(w)) => Err(ReadErr::Refused(format!("malformed answer: {w}"))),
        Err(ReqError::Timeout) => Err(ReadErr::Timeout),
        Err(ReqError::Stopped) => Err(ReadErr::Stopped),
        Err(ReqError::NotAllowed) => Err(ReadErr::Refused("request not allowed".into())),
        // The address left its last requests unanswered: as fatal as a timeout, at once.
        Err(ReqError::GaveUp) => Err(ReadErr::Timeout),
    }
}

type PropResults = BTreeMap<u32, Result<ValueList, ReadErr>>;

struct Session<'a> {
    link: &'a BacnetLink,
    ctx: &'a JobCtx,
    peer: Peer,
    rpm_ok: bool,
    /// Largest answer the device will send unsegmented.
    max_answer: usize,
    dev: Device,
    used_rp: bool,
    used_index: bool,
    /// Read Priority_Array of objects that may be commandable (off when the object list was
    /// capped: the packet budget then goes to covering objects, not to their slots).
    priority_arrays: bool,
}

/// Object types whose Present_Value can be commanded (outputs, values and the like; inputs
/// are never commandable).
fn may_be_commandable(t: u16) -> bool {
    values::has_value(t)
        && !matches!(
            t,
            otype::ANALOG_INPUT | otype::BINARY_INPUT | otype::MULTI_STATE_INPUT
        )
}

impl Session<'_> {
    /// Properties read from each object of type `t`.
    fn object_properties(&self, t: u16) -> Vec<u32> {
        let mut v = values::object_properties(t);
        if self.priority_arrays && may_be_commandable(t) {
            v.push(prop::PRIORITY_ARRAY);
        }
        v
    }

    fn bytes_per_object(&self) -> usize {
        if self.priority_arrays {
            EST_BYTES_PER_OBJECT + EST_BYTES_PRIORITY_ARRAY
        } else {
            EST_BYTES_PER_OBJECT
        }
    }

    fn fallback(&mut self, words: String) {
        if !self.dev.fallbacks.contains(&words) {
            self.dev.fallbacks.push(words);
        }
    }

    async fn rp(
        &mut self,
        object: ObjectId,
        property: u32,
        index: Option<u64>,
    ) -> Result<ValueList, ReadErr> {
        self.used_rp = true;
        let req = ConfirmedRequest::ReadProperty(ReadProperty::new(object, property, index));
        match classify(self.link.confirmed(self.ctx, &self.peer, &req).await)? {
            ComplexAck::ReadProperty(a) => Ok(a.value),
            _ => Err(ReadErr::Refused(
                "unexpected answer to read-property".into(),
            )),
        }
    }

    async fn rpm(
        &mut self,
        specs: Vec<ReadAccessSpec>,
    ) -> Result<Vec<(ObjectId, PropertyReference, Result<ValueList, ReadErr>)>, ReadErr> {
        let req = ConfirmedRequest::ReadPropertyMultiple(ReadPropertyMultiple { specs });
        match classify(self.link.confirmed(self.ctx, &self.peer, &req).await) {
            Ok(ComplexAck::ReadPropertyMultiple(a)) => {
                let mut out = Vec::new();
                for r in a.results {
                    for res in r.results.unwrap_or_default() {
                        let v = match res.outcome {
                            ReadOutcome::Value(v) => Ok(v),
                            ReadOutcome::Error { class, code } => {
                                Err(ReadErr::Property { class, code })
                            }
                        };
                        out.push((
                            r.object,
                            PropertyReference {
                                property: res.property,
                                array_index: res.array_index,
                            },
                            v,
                        ));
                    }
                }
                Ok(out)
            }
            Ok(_) => Err(ReadErr::Refused(
                "unexpected answer to read-property-multiple".into(),
            )),
            // A whole-request error to RPM (e.g. services/service-request-denied): treat as
            // "RPM not usable here" and go on with ReadProperty.
            Err(ReadErr::Property { class, code }) => Err(ReadErr::Refused(format!(
                "error {}/{}",
                error_class_name(class),
                error_code_name(code)
            ))),
            Err(e) => Err(e),
        }
    }

    fn rpm_refused(&mut self, why: &str) {
        self.rpm_ok = false;
        self.fallback(format!(
            "read-property-multiple refused ({why}); fell back to read-property"
        ));
    }

    /// Read several properties of one object, splitting an RPM that is too big and falling back
    /// to ReadProperty. Stops at the first timeout.
    async fn read_props(
        &mut self,
        object: ObjectId,
        props: &[u32],
    ) -> Result<PropResults, ReadErr> {
        let mut out = PropResults::new();
        let mut work: Vec<Vec<u32>> = vec![props.to_vec()];
        while let Some(batch) = work.pop() {
            if batch.is_empty() {
                continue;
            }
            if self.rpm_ok {
                let spec = ReadAccessSpec {
                    object,
                    properties: batch
                        .iter()
                        .map(|&p| PropertyReference {
                            property: p,
                            array_index: None,
                        })
                        .collect(),
                };
                match self.rpm(vec![spec]).await {
                    Ok(rows) => {
                        for (_, r, v) in rows {
                            out.insert(r.property, v);
                        }
                        continue;
                    }
                    Err(ReadErr::TooBig(w)) if batch.len() > 1 => {
                        self.fallback(format!("answer too big ({w}); split the request"));
                        let (a, b) = batch.split_at(batch.len() / 2);
                        work.push(b.to_vec());
                        work.push(a.to_vec());
                        continue;
                    }
                    Err(ReadErr::TooBig(w)) => {
                        // One property alone does not fit: ReadProperty cannot do better, so
                        // record it and let the caller try array-index reads.
                        if let Some(&p) = batch.first() {
                            out.insert(p, Err(ReadErr::TooBig(w)));
                        }
                        continue;
                    }
                    Err(ReadErr::Refused(w)) => self.rpm_refused(&w),
                    Err(e) => return Err(e),
                }
            }
            for &p in &batch {
                match self.rp(object, p, None).await {
                    Err(e) if e.fatal() => return Err(e),
                    r => {
                        out.insert(p, r);
                    }
                }
            }
        }
        Ok(out)
    }

    /// Object list: whole, or element by element when the whole would need segmentation.
    async fn object_list(
        &mut self,
        whole: Option<Result<ValueList, ReadErr>>,
        device: ObjectId,
    ) -> Result<Vec<ObjectId>, ReadErr> {
        let whole = match whole {
            Some(w) => w,
            None => self
                .read_props(device, &[prop::OBJECT_LIST])
                .await?
                .remove(&prop::OBJECT_LIST)
                .unwrap_or(Err(ReadErr::Refused("no object-list in answer".into()))),
        };
        let too_big = match whole {
            Ok(v) => return Ok(values::object_ids(&v)),
            Err(ReadErr::TooBig(w)) => w,
            Err(ReadErr::Refused(w)) if !self.rpm_ok => w,
            Err(e) if e.fatal() => return Err(e),
            Err(e) => {
                // RPM said "no" for this property; ReadProperty may still work.
                match self.rp(device, prop::OBJECT_LIST, None).await {
                    Ok(v) => return Ok(values::object_ids(&v)),
                    Err(ReadErr::TooBig(w)) => w,
                    Err(e2) if e2.fatal() => return Err(e2),
                    Err(_) => return Err(e),
                }
            }
        };
        self.used_index = true;
        self.fallback(format!(
            "object-list too big for one answer ({too_big}); read element by element"
        ));
        let count_v = self.rp(device, prop::OBJECT_LIST, Some(0)).await?;
        let count = values::unsigned(&count_v).unwrap_or(0);
        self.dev.object_count = Some(u32::try_from(count).unwrap_or(u32::MAX));
        let limit =
            count.min(u64::from(self.ctx.policy.max_objects_per_device()).saturating_add(1));
        let mut ids = Vec::new();
        let mut i = 1u64;
        while i <= limit {
            if self.rpm_ok {
                let end = (i + INDEX_BATCH as u64 - 1).min(limit);
                let spec = ReadAccessSpec {
                    object: device,
                    properties: (i..=end)
                        .map(|k| PropertyReference {
                            property: prop::OBJECT_LIST,
                            array_index: Some(k),
                        })
                        .collect(),
                };
                match self.rpm(vec![spec]).await {
                    Ok(rows) => {
                        for (_, _, v) in rows {
                            if let Ok(v) = v {
                                ids.extend(values::object_ids(&v));
                            }
                        }
                        i = end + 1;
                        continue;
                    }
                    Err(ReadErr::Refused(w)) => self.rpm_refused(&w),
                    Err(ReadErr::TooBig(_)) => {}
                    Err(e) => return Err(e),
                }
            }
            match self.rp(device, prop::OBJECT_LIST, Some(i)).await {
                Ok(v) => ids.extend(values::object_ids(&v)),
                Err(e) if e.fatal() => return Err(e),
                Err(e) => self
                    .dev
                    .errors
                    .push(format!("object-list[{i}]: {}", e.words())),
            }
            i += 1;
        }
        // Fewer entries read than the device claims (elements refused, or the claim beyond
        // the per-device limit): the list is truncated, whatever the reason.
        if (ids.len() as u64) < count {
            self.truncated(count, ids.len());
        }
        Ok(ids)
    }

    fn truncated(&mut self, claimed: u64, read: usize) {
        if !self.dev.flags.iter().any(|f| f == "object-list-truncated") {
            self.dev.flags.push("object-list-truncated".into());
            self.dev.errors.push(format!(
                "object-list: the device claims {claimed} entries, {read} were read"
            ));
        }
    }

    /// Read the listed properties of many objects: batched RPM sized from the max APDU, split on
    /// abort, per-object fallback.
    async fn read_objects(
        &mut self,
        objects: &[ObjectId],
    ) -> Result<BTreeMap<ObjectId, PropResults>, ReadErr> {
        let mut out: BTreeMap<ObjectId, PropResults> = BTreeMap::new();
        let per = (self.max_answer.saturating_sub(ACK_OVERHEAD) / self.bytes_per_object()).max(1);
        let mut work: Vec<Vec<ObjectId>> = objects
            .chunks(per)
            .rev()
            .map(<[ObjectId]>::to_vec)
            .collect();
        while let Some(batch) = work.pop() {
            if self.ctx.stopped() {
                return Err(ReadErr::Stopped);
            }
            if self.rpm_ok && batch.len() > 1 {
                let specs = batch
                    .iter()
                    .map(|o| ReadAccessSpec {
                        object: *o,
                        properties: self
                            .object_properties(o.object_type)
                            .into_iter()
                            .map(|p| PropertyReference {
                                property: p,
                                array_index: None,
                            })
                            .collect(),
                    })
                    .collect();
                match self.rpm(specs).await {
                    Ok(rows) => {
                        for (o, r, v) in rows {
                            out.entry(o).or_default().insert(r.property, v);
                        }
                        continue;
                    }
                    Err(ReadErr::TooBig(w)) => {
                        self.fallback(format!("answer too big ({w}); split the request"));
                        let (a, b) = batch.split_at(batch.len() / 2);
                        work.push(b.to_vec());
                        work.push(a.to_vec());
                        continue;
                    }
                    Err(ReadErr::Refused(w)) => self.rpm_refused(&w),
                    Err(e) => return Err(e),
                }
            }
            for o in batch {
                let props = self.object_properties(o.object_type);
                let r = self.read_props(o, &props).await?;
                out.insert(o, r);
            }
        }
        Ok(out)
    }
}

fn take_text(r: &mut PropResults, p: u32) -> Option<String> {
    r.remove(&p)
        .and_then(Result::ok)
        .and_then(|v| values::text(&v))
}

fn take_u32(r: &mut PropResults, p: u32) -> Option<u32> {
    r.remove(&p)
        .and_then(Result::ok)
        .and_then(|v| values::unsigned(&v))
        .map(|n| u32::try_from(n).unwrap_or(u32::MAX))
}

/// Interrogate one device. Never fails: what could not be read is recorded on the device.
pub async fn interrogate(
    link: &BacnetLink,
    ctx: &JobCtx,
    found: &Found,
    local_network: Option<u16>,
) -> Device {
    let routed = found.peer.route.is_some();
    let dev = Device {
        device_instance: found.instance,
        address: found.peer.addr.to_string(),
        network: found.peer.route.map(|(n, _)| n).or(local_network),
        routed,
        mac: found.peer.route.map(|(_, m)| values::hex(m.as_bytes())),
        vendor_id: found.vendor_id,
        vendor_name: vendor_name(found.vendor_id).map(str::to_owned),
        max_apdu: found.max_apdu,
        segmentation: values::segmentation_name(found.segmentation),
        read_method: "read-property-multiple".into(),
        ..Device::default()
    };
    let max_answer = usize::try_from(found.max_apdu)
        .unwrap_or(OUR_MAX_APDU)
        .clamp(50, OUR_MAX_APDU);
    let mut s = Session {
        link,
        ctx,
        peer: found.peer,
        rpm_ok: true,
        max_answer,
        dev,
        used_rp: false,
        used_index: false,
        priority_arrays: true,
    };
    if let Err(e) = run(&mut s, found.instance).await {
        s.dev.flags.push("interrogation-incomplete".into());
        s.dev
            .errors
            .push(format!("interrogation stopped: {}", e.words()));
    }
    s.dev.read_method = if s.used_index {
        "read-property-array-index".into()
    } else if !s.rpm_ok {
        "read-property".into()
    } else {
        "read-property-multiple".into()
    };
    s.dev
}

async fn run(s: &mut Session<'_>, instance: u32) -> Result<(), ReadErr> {
    let device = ObjectId::new(otype::DEVICE, instance);
    let mut wanted: Vec<u32> = values::DEVICE_IDENTITY.to_vec();
    wanted.push(prop::OBJECT_LIST);
    let mut r = s.read_props(device, &wanted).await?;
    let list_result = r.remove(&prop::OBJECT_LIST);
    let d = &mut s.dev;
    d.object_name = take_text(&mut r, prop::OBJECT_NAME);
    if let Some(v) = take_u32(&mut r, prop::VENDOR_IDENTIFIER) {
        d.vendor_id = u16::try_from(v).unwrap_or(d.vendor_id);
    }
    d.vendor_name = take_text(&mut r, prop::VENDOR_NAME)
        .or_else(|| vendor_name(d.vendor_id).map(str::to_owned));
    d.model_name = take_text(&mut r, prop::MODEL_NAME);
    d.firmware_revision = take_text(&mut r, prop::FIRMWARE_REVISION);
    d.application_software_version = take_text(&mut r, prop::APPLICATION_SOFTWARE_VERSION);
    d.description = take_text(&mut r, prop::DESCRIPTION);
    d.location = take_text(&mut r, prop::LOCATION);
    d.protocol_version = take_u32(&mut r, prop::PROTOCOL_VERSION);
    d.protocol_revision = take_u32(&mut r, prop::PROTOCOL_REVISION);
    d.max_apdu_length_accepted = take_u32(&mut r, prop::MAX_APDU_LENGTH_ACCEPTED);
    if let Some(seg) = take_u32(&mut r, prop::SEGMENTATION_SUPPORTED) {
        d.segmentation = values::segmentation_name(seg);
    }
    d.database_revision = take_u32(&mut r, prop::DATABASE_REVISION);
    if let Some(Ok(v)) = r.remove(&prop::PROTOCOL_SERVICES_SUPPORTED) {
        d.services_supported = values::services_supported(&v);
    }
    if let Some(Ok(v)) = r.remove(&prop::PROTOCOL_OBJECT_TYPES_SUPPORTED) {
        d.object_types_supported = values::object_types_supported(&v);
    }
    if d.object_name.is_none() {
        d.errors.push("object-name not readable".into());
    }

    let list = s.object_list(list_result, device).await?;
    if s.dev.object_count.is_none() {
        s.dev.object_count = Some(u32::try_from(list.len()).unwrap_or(u32::MAX));
    }
    for o in &list {
        *s.dev
            .object_types
            .entry(object_type_name(o.object_type).into_owned())
            .or_default() += 1;
    }
    let limit = usize::try_from(s.ctx.policy.max_objects_per_device()).unwrap_or(usize::MAX);
    let others: Vec<ObjectId> = list
        .iter()
        .copied()
        .filter(|o| *o != device && o.object_type != otype::DEVICE)
        .take(limit)
        .collect();
    if list.len().saturating_sub(1) > limit {
        if !s.dev.flags.iter().any(|f| f == "object-list-truncated") {
            s.dev.flags.push("object-list-truncated".into());
        }
        s.priority_arrays = false;
    }
    let props = s.read_objects(&others).await?;
    for (o, mut r) in props {
        if o.object_type == otype::NETWORK_PORT {
            let network_type = r
                .remove(&prop::NETWORK_TYPE)
                .and_then(Result::ok)
                .and_then(|v| values::enumerated(&v));
            s.dev.network_ports.push(NetworkPortInfo {
                instance: o.instance,
                object_name: take_text(&mut r, prop::OBJECT_NAME),
                network_type,
                network_type_name: network_type.map(values::network_type_name),
                bacnet_ip_mode: r
                    .remove(&prop::BACNET_IP_MODE)
                    .and_then(Result::ok)
                    .and_then(|v| values::enumerated(&v))
                    .map(values::ip_mode_name),
                bbmd_accept_fd_registrations: r
                    .remove(&prop::BBMD_ACCEPT_FD_REGISTRATIONS)
                    .and_then(Result::ok)
                    .and_then(|v| values::boolean(&v)),
            });
            continue;
        }
        let commandable = matches!(r.get(&prop::RELINQUISH_DEFAULT), Some(Ok(_)))
            || matches!(r.get(&prop::PRIORITY_ARRAY), Some(Ok(_)));
        let priority_slots = r
            .remove(&prop::PRIORITY_ARRAY)
            .and_then(Result::ok)
            .map(|v| priority_slots(&v));
        let relinquish_default = r
            .remove(&prop::RELINQUISH_DEFAULT)
            .and_then(Result::ok)
            .map(|v| values::to_json(&v));
        let units = r
            .remove(&prop::UNITS)
            .and_then(Result::ok)
            .and_then(|v| values::enumerated(&v))
            .map(|u| units_name(u).into_owned());
        let present_value = r
            .remove(&prop::PRESENT_VALUE)
            .and_then(Result::ok)
            .map(|v| values::to_json(&v));
        s.dev.objects.push(ObjectInfo {
            object_type: object_type_name(o.object_type).into_owned(),
            instance: o.instance,
            object_name: take_text(&mut r, prop::OBJECT_NAME),
            units,
            present_value,
            commandable,
            priority_slots,
            relinquish_default,
        });
    }
    Ok(())
}

/// Occupied slots of a Priority_Array as read whole: element `i` (0-based) is priority `i + 1`;
/// NULL slots are free and left out. Elements beyond the 16th are not slots and are ignored.
pub fn priority_slots(v: &ValueList) -> Vec<PrioritySlot> {
    v.items
        .iter()
        .take(PRIORITY_SLOTS)
        .zip(1u8..)
        .filter(|(item, _)| !matches!(item, ValueItem::Value(ApplicationValue::Null)))
        .map(|(item, priority)| PrioritySlot {
            priority,
            value: values::to_json(&ValueList {
                items: smallvec::smallvec![item.clone()],
            }),
        })
        .collect()
}

/// Error class/code of "unknown property", for the simulators' answers.
pub const UNKNOWN_PROPERTY: (u32, u32) = (err::CLASS_PROPERTY, err::UNKNOWN_PROPERTY);
