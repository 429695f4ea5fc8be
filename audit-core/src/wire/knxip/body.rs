//! The body of a KNXnet/IP frame, one variant per service, and the dispatch on service type.

use super::cemi::Cemi;
use super::connect::{ChannelRequest, ChannelResponse, ConnectRequest, ConnectResponse};
use super::description::{Description, DescriptionRequest};
use super::header::service;
use super::remote::{
    RemoteBasicConfigurationRequest, RemoteDiagnosticRequest, RemoteDiagnosticResponse,
    RemoteResetRequest,
};
use super::routing::{RoutingBusy, RoutingLostMessage};
use super::search::{SearchRequest, SearchRequestExtended, SearchResponse};
use super::secure::{
    SecureWrapper, SessionAuthenticate, SessionRequest, SessionResponse, SessionStatus, TimerNotify,
};
use super::tunnelling::{CemiRequest, ConnectionHeader, TunnellingFeature};
use crate::wire::{Reader, WireError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    SearchRequest(SearchRequest),
    SearchResponse(SearchResponse),
    SearchRequestExtended(SearchRequestExtended),
    SearchResponseExtended(SearchResponse),
    DescriptionRequest(DescriptionRequest),
    DescriptionResponse(Description),
    ConnectRequest(ConnectRequest),
    ConnectResponse(ConnectResponse),
    ConnectionStateRequest(ChannelRequest),
    ConnectionStateResponse(ChannelResponse),
    DisconnectRequest(ChannelRequest),
    DisconnectResponse(ChannelResponse),
    DeviceConfigurationRequest(CemiRequest),
    DeviceConfigurationAck(ConnectionHeader),
    TunnellingRequest(CemiRequest),
    TunnellingAck(ConnectionHeader),
    TunnellingFeatureGet(TunnellingFeature),
    TunnellingFeatureResponse(TunnellingFeature),
    TunnellingFeatureSet(TunnellingFeature),
    TunnellingFeatureInfo(TunnellingFeature),
    RoutingIndication(Cemi),
    RoutingLostMessage(RoutingLostMessage),
    RoutingBusy(RoutingBusy),
    RoutingSystemBroadcast(Cemi),
    RemoteDiagnosticRequest(RemoteDiagnosticRequest),
    RemoteDiagnosticResponse(RemoteDiagnosticResponse),
    RemoteBasicConfigurationRequest(RemoteBasicConfigurationRequest),
    RemoteResetRequest(RemoteResetRequest),
    SecureWrapper(SecureWrapper),
    SessionRequest(SessionRequest),
    SessionResponse(SessionResponse),
    SessionAuthenticate(SessionAuthenticate),
    SessionStatus(SessionStatus),
    TimerNotify(TimerNotify),
    /// A service type this decoder does not know (object server, vendor extensions, ...).
    Unknown {
        service_type: u16,
        data: Vec<u8>,
    },
}

impl Body {
    pub fn service_type(&self) -> u16 {
        use service::*;
        match self {
            Body::SearchRequest(_) => SEARCH_REQUEST,
            Body::SearchResponse(_) => SEARCH_RESPONSE,
            Body::SearchRequestExtended(_) => SEARCH_REQUEST_EXTENDED,
            Body::SearchResponseExtended(_) => SEARCH_RESPONSE_EXTENDED,
            Body::DescriptionRequest(_) => DESCRIPTION_REQUEST,
            Body::DescriptionResponse(_) => DESCRIPTION_RESPONSE,
            Body::ConnectRequest(_) => CONNECT_REQUEST,
            Body::ConnectResponse(_) => CONNECT_RESPONSE,
            Body::ConnectionStateRequest(_) => CONNECTIONSTATE_REQUEST,
            Body::ConnectionStateResponse(_) => CONNECTIONSTATE_RESPONSE,
            Body::DisconnectRequest(_) => DISCONNECT_REQUEST,
            Body::DisconnectResponse(_) => DISCONNECT_RESPONSE,
            Body::DeviceConfigurationRequest(_) => DEVICE_CONFIGURATION_REQUEST,
            Body::DeviceConfigurationAck(_) => DEVICE_CONFIGURATION_ACK,
            Body::TunnellingRequest(_) => TUNNELLING_REQUEST,
            Body::TunnellingAck(_) => TUNNELLING_ACK,
            Body::TunnellingFeatureGet(_) => TUNNELLING_FEATURE_GET,
            Body::TunnellingFeatureResponse(_) => TUNNELLING_FEATURE_RESPONSE,
            Body::TunnellingFeatureSet(_) => TUNNELLING_FEATURE_SET,
            Body::TunnellingFeatureInfo(_) => TUNNELLING_FEATURE_INFO,
            Body::RoutingIndication(_) => ROUTING_INDICATION,
            Body::RoutingLostMessage(_) => ROUTING_LOST_MESSAGE,
            Body::RoutingBusy(_) => ROUTING_BUSY,
            Body::RoutingSystemBroadcast(_) => ROUTING_SYSTEM_BROADCAST,
            Body::RemoteDiagnosticRequest(_) => REMOTE_DIAGNOSTIC_REQUEST,
            Body::RemoteDiagnosticResponse(_) => REMOTE_DIAGNOSTIC_RESPONSE,
            Body::RemoteBasicConfigurationRequest(_) => REMOTE_BASIC_CONFIGURATION_REQUEST,
            Body::RemoteResetRequest(_) => REMOTE_RESET_REQUEST,
            Body::SecureWrapper(_) => SECURE_WRAPPER,
            Body::SessionRequest(_) => SESSION_REQUEST,
            Body::SessionResponse(_) => SESSION_RESPONSE,
            Body::SessionAuthenticate(_) => SESSION_AUTHENTICATE,
            Body::SessionStatus(_) => SESSION_STATUS,
            Body::TimerNotify(_) => TIMER_NOTIFY,
            Body::Unknown { service_type, .. } => *service_type,
        }
    }

    /// Decode the body of `service_type`. What the service's layout does not consume stays in
    /// the reader (the caller keeps it as trailing bytes).
    pub fn parse(service_type: u16, r: &mut Reader<'_>) -> Result<Self, WireError> {
        use service::*;
        Ok(match service_type {
            SEARCH_REQUEST => Body::SearchRequest(SearchRequest::parse(r)?),
            SEARCH_RESPONSE => Body::SearchResponse(SearchResponse::parse(r)?),
            SEARCH_REQUEST_EXTENDED => {
                Body::SearchRequestExtended(SearchRequestExtended::parse(r)?)
            }
            SEARCH_RESPONSE_EXTENDED => Body::SearchResponseExtended(SearchResponse::parse(r)?),
            DESCRIPTION_REQUEST => Body::DescriptionRequest(DescriptionRequest::parse(r)?),
            DESCRIPTION_RESPONSE => Body::DescriptionResponse(Description::parse(r)),
            CONNECT_REQUEST => Body::ConnectRequest(ConnectRequest::parse(r)?),
            CONNECT_RESPONSE => Body::ConnectResponse(ConnectResponse::parse(r)?),
            CONNECTIONSTATE_REQUEST => Body::ConnectionStateRequest(ChannelRequest::parse(r)?),
            CONNECTIONSTATE_RESPONSE => Body::ConnectionStateResponse(ChannelResponse::parse(r)?),
            DISCONNECT_REQUEST => Body::DisconnectRequest(ChannelRequest::parse(r)?),
            DISCONNECT_RESPONSE => Body::DisconnectResponse(ChannelResponse::parse(r)?),
            DEVICE_CONFIGURATION_REQUEST => {
                Body::DeviceConfigurationRequest(CemiRequest::parse(r)?)
            }
            DEVICE_CONFIGURATION_ACK => Body::DeviceConfigurationAck(ConnectionHeader::parse(r)?),
            TUNNELLING_REQUEST => Body::TunnellingRequest(CemiRequest::parse(r)?),
            TUNNELLING_ACK => Body::TunnellingAck(ConnectionHeader::parse(r)?),
            TUNNELLING_FEATURE_GET => Body::TunnellingFeatureGet(TunnellingFeature::parse(r)?),
            TUNNELLING_FEATURE_RESPONSE => {
                Body::TunnellingFeatureResponse(TunnellingFeature::parse(r)?)
            }
            TUNNELLING_FEATURE_SET => Body::TunnellingFeatureSet(TunnellingFeature::parse(r)?),
            TUNNELLING_FEATURE_INFO => Body::TunnellingFeatureInfo(TunnellingFeature::parse(r)?),
            ROUTING_INDICATION => Body::RoutingIndication(Cemi::parse(r.rest())?),
            ROUTING_LOST_MESSAGE => Body::RoutingLostMessage(RoutingLostMessage::parse(r)?),
            ROUTING_BUSY => Body::RoutingBusy(RoutingBusy::parse(r)?),
            ROUTING_SYSTEM_BROADCAST => Body::RoutingSystemBroadcast(Cemi::parse(r.rest())?),
            REMOTE_DIAGNOSTIC_REQUEST => {
                Body::RemoteDiagnosticRequest(RemoteDiagnosticRequest::parse(r)?)
            }
            REMOTE_DIAGNOSTIC_RESPONSE => {
                Body::RemoteDiagnosticResponse(RemoteDiagnosticResponse::parse(r)?)
            }
            REMOTE_BASIC_CONFIGURATION_REQUEST => {
                Body::RemoteBasicConfigurationRequest(RemoteBasicConfigurationRequest::parse(r)?)
            }
            REMOTE_RESET_REQUEST => Body::RemoteResetRequest(RemoteResetRequest::parse(r)?),
            SECURE_WRAPPER => Body::SecureWrapper(SecureWrapper::parse(r)?),
            SESSION_REQUEST => Body::SessionRequest(SessionRequest::parse(r)?),
            SESSION_RESPONSE => Body::SessionResponse(SessionResponse::parse(r)?),
            SESSION_AUTHENTICATE => Body::SessionAuthenticate(SessionAuthenticate::parse(r)?),
            SESSION_STATUS => Body::SessionStatus(SessionStatus::parse(r)?),
            TIMER_NOTIFY => Body::TimerNotify(TimerNotify::parse(r)?),
            other => Body::Unknown {
                service_type: other,
                data: r.rest().to_vec(),
            },
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        match self {
            Body::SearchRequest(b) => b.emit(out),
            Body::SearchResponse(b) | Body::SearchResponseExtended(b) => b.emit(out),
            Body::SearchRequestExtended(b) => b.emit(out),
            Body::DescriptionRequest(b) => b.emit(out),
            Body::DescriptionResponse(b) => b.emit(out),
            Body::ConnectRequest(b) => b.emit(out),
            Body::ConnectResponse(b) => b.emit(out),
            Body::ConnectionStateRequest(b) | Body::DisconnectRequest(b) => b.emit(out),
            Body::ConnectionStateResponse(b) | Body::DisconnectResponse(b) => b.emit(out),
            Body::DeviceConfigurationRequest(b) | Body::TunnellingRequest(b) => b.emit(out),
            Body::DeviceConfigurationAck(b) | Body::TunnellingAck(b) => b.emit(out),
            Body::TunnellingFeatureGet(b)
            | Body::TunnellingFeatureResponse(b)
            | Body::TunnellingFeatureSet(b)
            | Body::TunnellingFeatureInfo(b) => b.emit(out),
            Body::RoutingIndication(c) | Body::RoutingSystemBroadcast(c) => c.emit(out),
            Body::RoutingLostMessage(b) => b.emit(out),
            Body::RoutingBusy(b) => b.emit(out),
            Body::RemoteDiagnosticRequest(b) => b.emit(out),
            Body::RemoteDiagnosticResponse(b) => b.emit(out),
            Body::RemoteBasicConfigurationRequest(b) => b.emit(out),
            Body::RemoteResetRequest(b) => b.emit(out),
            Body::SecureWrapper(b) => b.emit(out),
            Body::SessionRequest(b) => b.emit(out),
            Body::SessionResponse(b) => b.emit(out),
            Body::SessionAuthenticate(b) => b.emit(out),
            Body::SessionStatus(b) => b.emit(out),
            Body::TimerNotify(b) => b.emit(out),
            Body::Unknown { data, .. } => out.extend_from_slice(data),
        }
    }

    /// The cEMI message of tunnelling, device-management and routing frames.
    pub fn cemi(&self) -> Option<&Cemi> {
        match self {
            Body::DeviceConfigurationRequest(b) | Body::TunnellingRequest(b) => Some(&b.cemi),
            Body::RoutingIndication(c) | Body::RoutingSystemBroadcast(c) => Some(c),
            _ => None,
        }
    }

    /// The DIBs of search and description responses.
    pub fn description(&self) -> Option<&Description> {
        match self {
            Body::SearchResponse(s) | Body::SearchResponseExtended(s) => Some(&s.description),
            Body::DescriptionResponse(d) => Some(d),
            _ => None,
        }
    }
}
