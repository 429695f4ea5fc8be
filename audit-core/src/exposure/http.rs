//! A minimal HTTP/1.1 client for the router's device description and SOAP control URL.
//!
//! Only `http://<IPv4>[:port]/path` (routers serve UPnP by address, never by name, so there is no
//! DNS), one request per connection (`Connection: close`), a hard cap on the answer and one
//! deadline for connect + send + receive. Every byte of the answer is treated as hostile.

use std::net::{Ipv4Addr, SocketAddrV4};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::job::CancelFlag;

/// Largest answer read (description or SOAP); a router's rootDesc.xml is a few KiB.
pub const MAX_RESPONSE: usize = 256 * 1024;
/// Largest header block.
pub const MAX_HEADER: usize = 16 * 1024;
/// Header lines at most.
pub const MAX_HEADER_LINES: usize = 100;
/// Longest URL accepted from the network.
pub const MAX_URL: usize = 2048;

/// `http://a.b.c.d:port/path?query`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    pub host: Ipv4Addr,
    pub port: u16,
    /// Starts with `/`.
    pub path: String,
}

impl Url {
    pub fn addr(&self) -> SocketAddrV4 {
        SocketAddrV4::new(self.host, self.port)
    }
}

impl std::fmt::Display for Url {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "http://{}:{}{}", self.host, self.port, self.path)
    }
}

fn clean(s: &str) -> Result<&str, String> {
    let s = s.trim();
    if s.len() > MAX_URL {
        return Err(format!("URL longer than {MAX_URL} characters"));
    }
    if s.bytes().any(|b| b.is_ascii_control() || b == b' ') {
        return Err("URL contains spaces or control characters".into());
    }
    Ok(s)
}

/// Parse an absolute `http://` URL whose host is an IPv4 address.
pub fn parse_url(s: &str) -> Result<Url, String> {
    let s = clean(s)?;
    let rest = s
        .strip_prefix("http://")
        .or_else(|| s.strip_prefix("HTTP://"))
        .ok_or_else(|| format!("not an http:// URL: {}", shorten(s)))?;
    let (hostport, path) = match rest.find('/') {
        Some(i) => (rest.get(..i).unwrap_or(""), rest.get(i..).unwrap_or("/")),
        None => (rest, "/"),
    };
    if hostport.contains('@') {
        return Err("URL with user info".into());
    }
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (
            h,
            p.parse::<u16>()
                .map_err(|_| format!("bad port in URL: {}", shorten(s)))?,
        ),
        None => (hostport, 80),
    };
    let host: Ipv4Addr = host
        .parse()
        .map_err(|_| format!("URL host is not an IPv4 address: {}", shorten(s)))?;
    if port == 0 {
        return Err("URL port 0".into());
    }
    Ok(Url {
        host,
        port,
        path: path.to_owned(),
    })
}

/// Resolve a reference found in a description (absolute, `/abs`, or relative) against `base`.
pub fn resolve(base: &Url, reference: &str) -> Result<Url, String> {
    let r = clean(reference)?;
    if r.is_empty() {
        return Err("empty URL".into());
    }
    if r.len() > 7
        && r.get(..7)
            .is_some_and(|p| p.eq_ignore_ascii_case("http://"))
    {
        return parse_url(r);
    }
    if r.contains("://") {
        return Err(format!("unsupported URL scheme: {}", shorten(r)));
    }
    let path = if r.starts_with('/') {
        r.to_owned()
    } else {
        let dir = base
            .path
            .rfind('/')
            .and_then(|i| base.path.get(..=i))
            .unwrap_or("/");
        format!("{dir}{r}")
    };
    Ok(Url {
        path,
        ..base.clone()
    })
}

pub(crate) fn shorten(s: &str) -> String {
    let mut t: String = s.chars().take(80).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    t
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// What is known about a partly received answer.
enum Progress {
    NeedMore,
    Done(Response),
}

fn parse_head(head: &[u8]) -> Result<(u16, Vec<(String, String)>), String> {
    let text = std::str::from_utf8(head).map_err(|_| "HTTP header is not text".to_string())?;
    let mut lines = text.split("\r\n");
    let status_line = lines.next().unwrap_or("");
    let mut parts = status_line.splitn(3, ' ');
    let version = parts.next().unwrap_or("");
    if !version.starts_with("HTTP/1.") {
        return Err(format!("not an HTTP/1.x answer: {}", shorten(status_line)));
    }
    let status = parts
        .next()
        .and_then(|c| c.parse::<u16>().ok())
        .filter(|c| (100..=599).contains(c))
        .ok_or_else(|| format!("bad HTTP status line: {}", shorten(status_line)))?;
    let mut headers = Vec::new();
    for line in lines {
        if line.is_empty() {
            continue;
        }
        if headers.len() >= MAX_HEADER_LINES {
            return Err(format!("more than {MAX_HEADER_LINES} HTTP header lines"));
        }
        let (k, v) = line
            .split_once(':')
            .ok_or_else(|| format!("bad HTTP header line: {}", shorten(line)))?;
        headers.push((k.trim().to_owned(), v.trim().to_owned()));
    }
    Ok((status, headers))
}

/// Decode a chunked body; `None` = not complete yet.
fn dechunk(mut b: &[u8]) -> Result<Option<Vec<u8>>, String> {
    let mut out = Vec::new();
    loop {
        let Some(eol) = find(b, b"\r\n") else {
            return if b.len() > 64 {
                Err("chunk size line too long".into())
            } else {
                Ok(None)
            };
        };
        let line = std::str::from_utf8(b.get(..eol).unwrap_or_default())
            .map_err(|_| "chunk size is not text".to_string())?;
        let hex = line.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(hex, 16)
            .map_err(|_| format!("bad chunk size: {}", shorten(line)))?;
        if size > MAX_RESPONSE {
            return Err(format!("chunk larger than {} KiB", MAX_RESPONSE / 1024));
        }
        let start = eol + 2;
        if size == 0 {
            return Ok(Some(out));
        }
        let end = start.saturating_add(size);
        let Some(data) = b.get(start..end) else {
            return Ok(None);
        };
        out.extend_from_slice(data);
        match b.get(end..end.saturating_add(2)) {
            Some(b"\r\n") => {}
            Some(_) => return Err("chunk not followed by CRLF".into()),
            None => return Ok(None),
        }
        b = b.get(end + 2..).unwrap_or_default();
    }
}

fn progress(buf: &[u8], eof: bool) -> Result<Progress, String> {
    let Some(hend) = find(buf, b"\r\n\r\n") else {
        if buf.len() > MAX_HEADER {
            return Err(format!("HTTP header longer than {} KiB", MAX_HEADER / 1024));
        }
        return if eof {
            Err(if buf.is_empty() {
                "connection closed without an answer".into()
            } else {
                "connection closed inside the HTTP header".into()
            })
        } else {
            Ok(Progress::NeedMore)
        };
    };
    if hend > MAX_HEADER {
        return Err(format!("HTTP header longer than {} KiB", MAX_HEADER / 1024));
    }
    let (status, headers) = parse_head(buf.get(..hend).unwrap_or_default())?;
    let body = buf.get(hend + 4..).unwrap_or_default();
    let get = |n: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(n))
            .map(|(_, v)| v.clone())
    };
    let done = |body: Vec<u8>| {
        Ok(Progress::Done(Response {
            status,
            headers: headers.clone(),
            body,
        }))
    };
    if get("transfer-encoding").is_some_and(|v| v.to_ascii_lowercase().contains("chunked")) {
        return match dechunk(body)? {
            Some(b) => done(b),
            None if eof => Err("connection closed inside a chunked body".into()),
            None => Ok(Progress::NeedMore),
        };
    }
    if let Some(cl) = get("content-length") {
        let cl: usize = cl
            .parse()
            .map_err(|_| format!("bad Content-Length: {}", shorten(&cl)))?;
        if cl > MAX_RESPONSE {
            return Err(format!(
                "answer announces {cl} bytes, more than the {} KiB cap",
                MAX_RESPONSE / 1024
            ));
        }
        return match body.get(..cl) {
            Some(b) => done(b.to_vec()),
            None if eof => Err(format!(
                "connection closed after {} of {cl} body bytes",
                body.len()
            )),
            None => Ok(Progress::NeedMore),
        };
    }
    if eof {
        done(body.to_vec())
    } else {
        Ok(Progress::NeedMore)
    }
}

/// Parse a complete raw answer (connection closed after it).
pub fn parse_response(raw: &[u8]) -> Result<Response, String> {
    match progress(raw, true)? {
        Progress::Done(r) => Ok(r),
        Progress::NeedMore => Err("incomplete answer".into()),
    }
}

/// The request bytes.
pub fn build_request(method: &str, url: &Url, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut s = format!(
        "{method} {} HTTP/1.1\r\nHost: {}:{}\r\nConnection: close\r\nUser-Agent: bas-audit/{}\r\n",
        url.path,
        url.host,
        url.port,
        env!("CARGO_PKG_VERSION")
    );
    for (k, v) in headers {
        s.push_str(k);
        s.push_str(": ");
        s.push_str(v);
        s.push_str("\r\n");
    }
    if method == "POST" {
        s.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    s.push_str("\r\n");
    let mut out = s.into_bytes();
    out.extend_from_slice(body);
    out
}

/// One request with one deadline; `Err` says in words what went wrong.
pub async fn request(
    bind: Ipv4Addr,
    url: &Url,
    method: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    timeout: Duration,
    cancel: &CancelFlag,
) -> Result<Response, String> {
    let req = build_request(method, url, headers, body);
    let work = async {
        let sock = tokio::net::TcpSocket::new_v4().map_err(|e| format!("socket: {e}"))?;
        if !bind.is_unspecified() {
            sock.bind(SocketAddrV4::new(bind, 0).into())
                .map_err(|e| format!("cannot bind to {bind}: {e}"))?;
        }
        let mut s: TcpStream = sock
            .connect(url.addr().into())
            .await
            .map_err(|e| format!("cannot connect to {}: {e}", url.addr()))?;
        s.write_all(&req)
            .await
            .map_err(|e| format!("sending to {}: {e}", url.addr()))?;
        let mut buf = Vec::new();
        let mut chunk = vec![0u8; 8192];
        loop {
            let n = s
                .read(&mut chunk)
                .await
                .map_err(|e| format!("reading from {}: {e}", url.addr()))?;
            buf.extend_from_slice(chunk.get(..n).unwrap_or_default());
            if buf.len() > MAX_RESPONSE + MAX_HEADER {
                return Err(format!(
                    "answer larger than {} KiB",
                    (MAX_RESPONSE + MAX_HEADER) / 1024
                ));
            }
            match progress(&buf, n == 0)? {
                Progress::Done(r) => return Ok(r),
                Progress::NeedMore => {}
            }
        }
    };
    tokio::select! {
        r = tokio::time::timeout(timeout, work) => match r {
            Ok(r) => r,
            Err(_) => Err(format!("no complete answer from {} within {:.1} s", url.addr(), timeout.as_secs_f64())),
        },
        () = cancel.cancelled() => Err("cancelled".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn urls() {
        let u = parse_url("http://192.168.1.1:5000/rootDesc.xml").unwrap();
        assert_eq!(u.port, 5000);
        assert_eq!(u.path, "/rootDesc.xml");
        assert_eq!(resolve(&u, "/ctl/IPConn").unwrap().path, "/ctl/IPConn");
        assert_eq!(resolve(&u, "ctl/IPConn").unwrap().path, "/ctl/IPConn");
        assert_eq!(
            resolve(&u, "http://192.168.1.1:49000/x").unwrap().port,
            49000
        );
        assert!(parse_url("http://router.local/x").is_err());
        assert!(parse_url("https://1.2.3.4/x").is_err());
        assert!(parse_url("http://u@1.2.3.4/x").is_err());
        assert!(resolve(&u, "file:///etc/passwd").is_err());
        assert!(parse_url(&format!("http://1.2.3.4/{}", "a".repeat(5000))).is_err());
    }

    #[test]
    fn content_length_and_chunked() {
        let r = parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcdef").unwrap();
        assert_eq!(r.body, b"abc");
        let r = parse_response(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n",
        )
        .unwrap();
        assert_eq!(r.body, b"abcde");
        let r = parse_response(b"HTTP/1.0 500 Internal Server Error\r\nServer: x\r\n\r\nfault")
            .unwrap();
        assert_eq!((r.status, r.body.as_slice()), (500, &b"fault"[..]));
        assert_eq!(r.header("SERVER"), Some("x"));
    }

    #[test]
    fn hostile_answers_are_errors() {
        assert!(parse_response(b"").is_err());
        assert!(parse_response(b"SSH-2.0-OpenSSH\r\n\r\n").is_err());
        assert!(parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\n\r\n").is_err());
        assert!(parse_response(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc").is_err());
        assert!(
            parse_response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffff\r\n")
                .is_err()
        );
        assert!(
            parse_response(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXY")
                .is_err()
        );
        let many = format!("HTTP/1.1 200 OK\r\n{}\r\n", "A: b\r\n".repeat(200));
        assert!(parse_response(many.as_bytes()).is_err());
        assert!(parse_response(&[0xff; 40_000]).is_err());
    }

    proptest! {
        #[test]
        fn garbage_never_panics(b in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = parse_response(&b);
            let _ = dechunk(&b);
        }

        #[test]
        fn url_garbage_never_panics(s in ".{0,100}") {
            let base = parse_url("http://10.0.0.1/a/b.xml").unwrap();
            let _ = parse_url(&s);
            let _ = resolve(&base, &s);
        }
    }
}
