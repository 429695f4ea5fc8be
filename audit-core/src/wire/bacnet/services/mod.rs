//! TODO: being written (services helper). Fixed interface used by apdu.rs:
//! `ConfirmedRequest::parse(choice: u8, body: &[u8]) -> Result<ConfirmedRequest, WireError>`,
//! `UnconfirmedRequest::parse(choice, body)`, `ComplexAck::parse(choice, body)`, each with
//! `emit(&self, out: &mut Vec<u8>)` (body only, without the APDU header) and `choice(&self) -> u8`.
