//! UPnP IGD: the device description, the WAN connection service, and the two read-only SOAP
//! actions we call (GetExternalIPAddress, GetGenericPortMappingEntry). Nothing here can change
//! the router: [`soap_call`] refuses every action outside [`READ_ONLY_ACTIONS`].

use std::net::Ipv4Addr;

use super::http::{self, Url};
use crate::inventory::{IgdReport, PortMapping};
use crate::job::{JobCtx, Note};
use crate::text;

/// The only SOAP actions this code sends.
pub const READ_ONLY_ACTIONS: [&str; 2] = ["GetExternalIPAddress", "GetGenericPortMappingEntry"];
/// XML nodes at most in one document (a description has a few hundred).
pub const MAX_XML_NODES: u32 = 20_000;
/// Services looked for, best first.
pub const WAN_SERVICES: [&str; 3] = [
    "urn:schemas-upnp-org:service:WANIPConnection:2",
    "urn:schemas-upnp-org:service:WANIPConnection:1",
    "urn:schemas-upnp-org:service:WANPPPConnection:1",
];
/// UPnP error ending the enumeration normally.
pub const SPECIFIED_ARRAY_INDEX_INVALID: u16 = 713;
/// Errors some routers send instead of 713 past the last entry (Invalid Args, Action Failed).
pub const END_OF_LIST_QUIRKS: [u16; 2] = [402, 501];
/// Longest text kept from any XML field.
pub const MAX_FIELD: usize = 256;

fn parse_xml(text: &str) -> Result<roxmltree::Document<'_>, String> {
    let opts = roxmltree::ParsingOptions {
        // No DTD: entity expansion bombs ("billion laughs") are refused outright.
        allow_dtd: false,
        nodes_limit: MAX_XML_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, opts).map_err(|e| format!("bad XML: {e}"))
}

fn field(n: roxmltree::Node<'_, '_>) -> String {
    n.text()
        .unwrap_or("")
        .trim()
        .chars()
        .take(MAX_FIELD)
        .collect()
}

fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    n.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Description {
    pub friendly_name: Option<String>,
    pub manufacturer: Option<String>,
    pub model_name: Option<String>,
    pub url_base: Option<String>,
    /// (serviceType, controlURL) of every service of every embedded device.
    pub services: Vec<(String, String)>,
}

impl Description {
    /// The best WAN connection service: (serviceType, controlURL).
    pub fn wan_service(&self) -> Option<&(String, String)> {
        WAN_SERVICES
            .iter()
            .find_map(|want| self.services.iter().find(|(t, _)| t == want))
    }
}

pub fn parse_description(bytes: &[u8]) -> Result<Description, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "device description is not UTF-8 text")?;
    let doc = parse_xml(text)?;
    let root = doc.root_element();
    if root.tag_name().name() != "root" {
        return Err(format!(
            "device description has <{}> instead of <root>",
            http::shorten(root.tag_name().name())
        ));
    }
    let mut d = Description {
        url_base: child(root, "URLBase").map(field).filter(|s| !s.is_empty()),
        ..Description::default()
    };
    if let Some(dev) = child(root, "device") {
        d.friendly_name = child(dev, "friendlyName").map(field);
        d.manufacturer = child(dev, "manufacturer").map(field);
        d.model_name = child(dev, "modelName").map(field);
    }
    for s in root
        .descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "service")
        .take(256)
    {
        if let (Some(t), Some(c)) = (child(s, "serviceType"), child(s, "controlURL")) {
            d.services.push((field(t), field(c)));
        }
    }
    Ok(d)
}

pub fn soap_envelope(service: &str, action: &str, args: &[(&str, String)]) -> String {
    let mut a = String::new();
    for (k, v) in args {
        a.push_str(&format!("<{k}>{}</{k}>", escape(v)));
    }
    format!(
        "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><u:{action} xmlns:u=\"{}\">{a}</u:{action}></s:Body></s:Envelope>\r\n",
        escape(service)
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SoapError {
    /// A UPnP error (errorCode, errorDescription).
    Upnp(u16, String),
    /// Anything else, in words.
    Other(String),
}

impl std::fmt::Display for SoapError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Upnp(c, d) => write!(f, "UPnP error {c} ({d})"),
            Self::Other(s) => f.write_str(s),
        }
    }
}

/// The out-arguments of `{action}Response`, or the fault.
pub fn parse_soap(
    status: u16,
    body: &[u8],
    action: &str,
) -> Result<Vec<(String, String)>, SoapError> {
    let text = std::str::from_utf8(body).map_err(|_| {
        SoapError::Other(format!(
            "{action}: answer is not UTF-8 text (HTTP {status})"
        ))
    })?;
    let doc =
        parse_xml(text).map_err(|e| SoapError::Other(format!("{action}: {e} (HTTP {status})")))?;
    if let Some(err) = doc
        .descendants()
        .find(|n| n.is_element() && n.tag_name().name() == "UPnPError")
    {
        let code = child(err, "errorCode").map(field).unwrap_or_default();
        let desc = child(err, "errorDescription")
            .map(field)
            .unwrap_or_default();
        return match code.parse::<u16>() {
            Ok(c) => Err(SoapError::Upnp(c, desc)),
            Err(_) => Err(SoapError::Other(format!(
                "{action}: UPnP error with unreadable code {:?}",
                http::shorten(&code)
            ))),
        };
    }
    if let Some(f) = doc
        .descendants()
        .find(|n| n.is_element() && n.tag_name().name() == "faultstring")
    {
        return Err(SoapError::Other(format!(
            "{action}: SOAP fault {:?}",
            field(f)
        )));
    }
    if status != 200 {
        return Err(SoapError::Other(format!(
            "{action}: HTTP {status} without a SOAP fault"
        )));
    }
    let want = format!("{action}Response");
    let resp = doc
        .descendants()
        .find(|n| n.is_element() && n.tag_name().name() == want)
        .ok_or_else(|| SoapError::Other(format!("{action}: no <{want}> in the answer")))?;
    Ok(resp
        .children()
        .filter(|c| c.is_element())
        .take(64)
        .map(|c| (c.tag_name().name().to_owned(), field(c)))
        .collect())
}

fn arg<'a>(args: &'a [(String, String)], name: &str) -> Option<&'a str> {
    args.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// A GetGenericPortMappingEntry answer as a mapping (`index` is the one asked).
pub fn mapping_from(index: u32, args: &[(String, String)]) -> Result<PortMapping, String> {
    let port = |n: &str| -> Result<u16, String> {
        arg(args, n)
            .ok_or_else(|| format!("entry {index}: {n} missing"))?
            .parse::<u16>()
            .map_err(|_| format!("entry {index}: {n} is not a port number"))
    };
    Ok(PortMapping {
        index,
        protocol: arg(args, "NewProtocol").unwrap_or("").to_ascii_uppercase(),
        external_port: port("NewExternalPort")?,
        remote_host: arg(args, "NewRemoteHost").unwrap_or("").to_owned(),
        internal_client: arg(args, "NewInternalClient").unwrap_or("").to_owned(),
        internal_port: port("NewInternalPort")?,
        enabled: matches!(arg(args, "NewEnabled"), Some("1" | "true" | "yes")),
        description: arg(args, "NewPortMappingDescription")
            .unwrap_or("")
            .to_owned(),
        lease_duration_s: arg(args, "NewLeaseDuration")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0),
    })
}

/// One read-only SOAP call, paced and reported.
pub async fn soap_call(
    ctx: &JobCtx,
    bind: Ipv4Addr,
    control: &Url,
    service: &str,
    action: &str,
    args: &[(&str, String)],
) -> Result<Vec<(String, String)>, SoapError> {
    if !READ_ONLY_ACTIONS.contains(&action) {
        return Err(SoapError::Other(format!(
            "{action} is not a read-only action; refused"
        )));
    }
    let body = soap_envelope(service, action, args);
    let soap_action = format!("\"{service}#{action}\"");
    let headers = [
        ("Content-Type", "text/xml; charset=\"utf-8\""),
        ("SOAPAction", soap_action.as_str()),
    ];
    let turn = ctx
        .turn()
        .await
        .ok_or_else(|| SoapError::Other("cancelled".into()))?;
    drop(turn);
    let service_name = kebab(action);
    let len = http::build_request("POST", control, &headers, body.as_bytes()).len();
    ctx.sent(control.addr(), "upnp", &service_name, len).await;
    let r = http::request(
        bind,
        control,
        "POST",
        &headers,
        body.as_bytes(),
        ctx.policy.request_timeout(),
        &ctx.stop,
    )
    .await
    .map_err(|e| SoapError::Other(format!("{action}: {e}")))?;
    parse_soap(r.status, &r.body, action)
}

fn kebab(action: &str) -> String {
    let mut s = String::new();
    for (i, c) in action.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            s.push('-');
        }
        s.push(c.to_ascii_lowercase());
    }
    s
}

/// Description, external IP and the mapping list of the IGD at `location` (already checked to
/// be on the router).
pub async fn query(
    ctx: &JobCtx,
    bind: Ipv4Addr,
    router: Ipv4Addr,
    location: &Url,
    max_mappings: u32,
    report: &mut IgdReport,
) {
    if ctx.turn().await.is_none() {
        report.error = Some(text!("exposure-cancelled"));
        return;
    }
    let len = http::build_request("GET", location, &[], &[]).len();
    ctx.sent(location.addr(), "upnp", "get-device-description", len)
        .await;
    let desc = match http::request(
        bind,
        location,
        "GET",
        &[],
        &[],
        ctx.policy.request_timeout(),
        &ctx.stop,
    )
    .await
    {
        Ok(r) if r.status == 200 => parse_description(&r.body),
        Ok(r) => Err(format!("HTTP {}", r.status)),
        Err(e) => Err(e),
    };
    let desc = match desc {
        Ok(d) => d,
        Err(e) => {
            report.error = Some(text!("exposure-igd-description-failed", error = e));
            return;
        }
    };
    report.friendly_name = desc.friendly_name.clone();
    report.manufacturer = desc.manufacturer.clone();
    report.model_name = desc.model_name.clone();
    let Some((service, control)) = desc.wan_service().cloned() else {
        report.error = Some(text!(
            "exposure-igd-no-wan-service",
            services = desc.services.len()
        ));
        return;
    };
    let base = match desc.url_base.as_deref().map(http::parse_url) {
        Some(Ok(u)) => u,
        _ => location.clone(),
    };
    let control = match http::resolve(&base, &control) {
        Ok(u) if u.host == router => u,
        Ok(u) => {
            report.error = Some(text!(
                "exposure-igd-control-elsewhere",
                url = u.to_string(),
                router = router.to_string()
            ));
            return;
        }
        Err(e) => {
            report.error = Some(text!("exposure-igd-control-bad", error = e));
            return;
        }
    };
    report.control_url = Some(control.to_string());
    report.service_type = Some(service.clone());

    match soap_call(ctx, bind, &control, &service, "GetExternalIPAddress", &[]).await {
        Ok(args) => match arg(&args, "NewExternalIPAddress").map(str::parse::<Ipv4Addr>) {
            Some(Ok(ip)) if !ip.is_unspecified() => report.external_ip = Some(ip),
            Some(Ok(_)) => {
                ctx.note(Note::warning(
                    "igd-external-ip",
                    text!("exposure-igd-external-zero"),
                ))
                .await;
            }
            Some(Err(_)) => {
                ctx.note(Note::warning(
                    "igd-external-ip",
                    text!("exposure-igd-external-bad"),
                ))
                .await;
            }
            None => {
                ctx.note(Note::warning(
                    "igd-external-ip",
                    text!("exposure-igd-external-missing"),
                ))
                .await;
            }
        },
        Err(e) => {
            ctx.note(Note::warning(
                "igd-external-ip",
                text!("exposure-igd-external-failed", error = e.to_string()),
            ))
            .await
        }
    }

    for index in 0..max_mappings {
        if ctx.stopped() {
            report.error = Some(text!("exposure-igd-list-cancelled"));
            return;
        }
        let r = soap_call(
            ctx,
            bind,
            &control,
            &service,
            "GetGenericPortMappingEntry",
            &[("NewPortMappingIndex", index.to_string())],
        )
        .await;
        match r {
            Ok(args) => match mapping_from(index, &args) {
                Ok(m) => report.mappings.push(m),
                Err(e) => {
                    report.error = Some(text!("exposure-igd-list-bad-entry", error = e));
                    return;
                }
            },
            Err(SoapError::Upnp(SPECIFIED_ARRAY_INDEX_INVALID, _)) => {
                report.mappings_complete = true;
                report.end_code = Some(SPECIFIED_ARRAY_INDEX_INVALID);
                return;
            }
            Err(SoapError::Upnp(code, d)) if END_OF_LIST_QUIRKS.contains(&code) => {
                report.mappings_complete = true;
                report.end_code = Some(code);
                ctx.note(Note::info(
                    "igd-list-end-quirk",
                    text!(
                        "exposure-igd-list-end-quirk",
                        index = index,
                        code = code,
                        description = d
                    ),
                ))
                .await;
                return;
            }
            Err(e) => {
                report.error = Some(text!(
                    "exposure-igd-list-stopped",
                    index = index,
                    error = e.to_string()
                ));
                return;
            }
        }
    }
    ctx.note(Note::warning(
        "igd-mapping-cap",
        text!("exposure-igd-mapping-cap", max = max_mappings),
    ))
    .await;
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(crate) const DESC: &str = r#"<?xml version="1.0"?>
<root xmlns="urn:schemas-upnp-org:device-1-0"><specVersion><major>1</major><minor>1</minor></specVersion>
<device><deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType>
<friendlyName>Home Router</friendlyName><manufacturer>Example</manufacturer><modelName>HR-1</modelName>
<serviceList><service><serviceType>urn:schemas-upnp-org:service:Layer3Forwarding:1</serviceType><controlURL>/ctl/L3F</controlURL></service></serviceList>
<deviceList><device><deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType><deviceList><device>
<deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType>
<serviceList><service><serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType><controlURL>/ctl/IPConn</controlURL></service></serviceList>
</device></deviceList></device></deviceList></device></root>"#;

    #[test]
    fn description() {
        let d = parse_description(DESC.as_bytes()).unwrap();
        assert_eq!(d.friendly_name.as_deref(), Some("Home Router"));
        assert_eq!(
            d.wan_service().unwrap(),
            &(
                "urn:schemas-upnp-org:service:WANIPConnection:1".to_string(),
                "/ctl/IPConn".to_string()
            )
        );
    }

    #[test]
    fn xml_bombs_and_junk_are_errors() {
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><root><device><friendlyName>&lol2;</friendlyName></device></root>"#;
        assert!(
            parse_description(bomb.as_bytes())
                .unwrap_err()
                .contains("bad XML")
        );
        let wide = format!("<root>{}</root>", "<a/>".repeat(30_000));
        assert!(parse_description(wide.as_bytes()).is_err());
        assert!(parse_description(b"<html>hi</html>").is_err());
        assert!(parse_description(&[0xff, 0x00]).is_err());
        let deep = format!("<root>{}{}</root>", "<a>".repeat(5000), "</a>".repeat(5000));
        assert!(
            parse_description(deep.as_bytes()).is_err()
                || parse_description(deep.as_bytes()).is_ok()
        );
    }

    #[test]
    fn soap_answers() {
        let ok = r#"<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><u:GetGenericPortMappingEntryResponse xmlns:u="urn:schemas-upnp-org:service:WANIPConnection:1"><NewRemoteHost></NewRemoteHost><NewExternalPort>3671</NewExternalPort><NewProtocol>UDP</NewProtocol><NewInternalPort>3671</NewInternalPort><NewInternalClient>198.18.1.10</NewInternalClient><NewEnabled>1</NewEnabled><NewPortMappingDescription>knx</NewPortMappingDescription><NewLeaseDuration>0</NewLeaseDuration></u:GetGenericPortMappingEntryResponse></s:Body></s:Envelope>"#;
        let args = parse_soap(200, ok.as_bytes(), "GetGenericPortMappingEntry").unwrap();
        let m = mapping_from(0, &args).unwrap();
        assert_eq!(
            (
                m.protocol.as_str(),
                m.external_port,
                m.internal_client.as_str()
            ),
            ("UDP", 3671, "198.18.1.10")
        );
        assert!(m.enabled);
        let fault = r#"<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail><UPnPError xmlns="urn:schemas-upnp-org:control-1-0"><errorCode>713</errorCode><errorDescription>SpecifiedArrayIndexInvalid</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>"#;
        assert_eq!(
            parse_soap(500, fault.as_bytes(), "GetGenericPortMappingEntry"),
            Err(SoapError::Upnp(713, "SpecifiedArrayIndexInvalid".into()))
        );
        assert!(matches!(
            parse_soap(500, b"<x/>", "A"),
            Err(SoapError::Other(_))
        ));
        assert!(matches!(
            parse_soap(200, b"<x/>", "A"),
            Err(SoapError::Other(_))
        ));
        let bad = ok.replace("<NewExternalPort>3671", "<NewExternalPort>99999");
        let args = parse_soap(200, bad.as_bytes(), "GetGenericPortMappingEntry").unwrap();
        assert!(mapping_from(0, &args).is_err());
    }

    #[test]
    fn envelope_escapes_and_names() {
        let e = soap_envelope(
            "urn:x",
            "GetGenericPortMappingEntry",
            &[("NewPortMappingIndex", "<1>".into())],
        );
        assert!(e.contains("<NewPortMappingIndex>&lt;1&gt;</NewPortMappingIndex>"));
        assert_eq!(
            kebab("GetGenericPortMappingEntry"),
            "get-generic-port-mapping-entry"
        );
    }

    proptest! {
        #[test]
        fn garbage_never_panics(s in ".{0,300}") {
            let _ = parse_description(s.as_bytes());
            let _ = parse_soap(200, s.as_bytes(), "GetExternalIPAddress");
        }
    }
}
