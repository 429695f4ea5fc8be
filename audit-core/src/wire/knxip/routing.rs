//! Routing (03_08_05): ROUTING_INDICATION and ROUTING_SYSTEM_BROADCAST carry a cEMI message;
//! ROUTING_LOST_MESSAGE and ROUTING_BUSY carry a small length-prefixed info block.

use super::structure::{emit_struct, take_fixed_struct};
use crate::wire::writer::{put_u8, put_u16};
use crate::wire::{Reader, WireError};

/// Device state byte of the routing info blocks.
pub mod device_state {
    /// The KNX subnetwork is faulty.
    pub const KNX_FAULT: u8 = 0x01;
    /// The IP side is faulty.
    pub const IP_FAULT: u8 = 0x02;
}

/// A router dropped telegrams because its queue overflowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoutingLostMessage {
    pub device_state: u8,
    pub lost_messages: u16,
}

impl RoutingLostMessage {
    pub const LEN: u8 = 4;

    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut s = take_fixed_struct(r, Self::LEN, "lost message info length is not 4")?;
        Ok(Self {
            device_state: s.u8()?,
            lost_messages: s.u16()?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_struct(out, |out| {
            put_u8(out, self.device_state);
            put_u16(out, self.lost_messages);
        });
    }
}

/// Flow control: senders must pause for `wait_time_ms`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoutingBusy {
    pub device_state: u8,
    pub wait_time_ms: u16,
    /// Routing busy control field; 0 means every device on the multicast group must pause.
    pub control: u16,
}

impl RoutingBusy {
    pub const LEN: u8 = 6;

    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut s = take_fixed_struct(r, Self::LEN, "busy info length is not 6")?;
        Ok(Self {
            device_state: s.u8()?,
            wait_time_ms: s.u16()?,
            control: s.u16()?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_struct(out, |out| {
            put_u8(out, self.device_state);
            put_u16(out, self.wait_time_ms);
            put_u16(out, self.control);
        });
    }
}
