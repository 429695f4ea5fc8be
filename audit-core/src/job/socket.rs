//! UDP sockets for active jobs and the simulators: one way to bind, with the options BACnet/IP
//! and KNXnet/IP need. Sending goes through [`super::JobCtx`] (paced and reported).

use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::time::Duration;

use socket2::{Domain, Protocol, Socket, Type};
use tokio::net::UdpSocket;

/// Receive buffer asked of the kernel: a few hundred I-Am answering one Who-Is at once must not
/// overflow it.
pub const RECV_BUFFER_BYTES: usize = 1 << 20;
/// Receive buffer of every job socket: larger than any UDP datagram over IPv4 (65,507 octets of
/// payload), so nothing a peer sends is cut. BACnet/IP allows datagrams up to the BVLC length
/// limit (65,535): a Read-BDT-Ack of a large table or a long router list arrives in full
/// (IP fragments reassembled by the kernel).
pub const MAX_DATAGRAM: usize = 65_536;
/// Pause after a receive error before reading again, so a socket that keeps failing (ICMP
/// errors, a closed interface) does not spin.
pub const ERROR_PAUSE: Duration = Duration::from_millis(5);

/// Options for a UDP socket.
#[derive(Debug, Clone, Copy, Default)]
pub struct SocketOpts {
    pub reuse_address: bool,
    pub broadcast: bool,
    /// Interface address for outgoing multicast (IP_MULTICAST_IF), loopback on, TTL 1.
    pub multicast_if: Option<Ipv4Addr>,
}

/// Bind a non-blocking UDP socket with the given options (needs a tokio runtime).
pub fn bind_udp(addr: SocketAddrV4, opts: SocketOpts) -> io::Result<UdpSocket> {
    let s = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP))?;
    if opts.reuse_address {
        s.set_reuse_address(true)?;
    }
    if opts.broadcast {
        s.set_broadcast(true)?;
    }
    // Best effort: a smaller buffer only means more loss under a reply storm.
    let _ = s.set_recv_buffer_size(RECV_BUFFER_BYTES);
    if let Some(ifaddr) = opts.multicast_if {
        s.set_multicast_if_v4(&ifaddr)?;
        s.set_multicast_loop_v4(true)?;
        // Discovery stays on the local link; routers must not carry our search further.
        s.set_multicast_ttl_v4(1)?;
    }
    s.set_nonblocking(true)?;
    s.bind(&SocketAddr::V4(addr).into())?;
    UdpSocket::from_std(s.into())
}

/// Join a multicast group on the interface with address `ifaddr` (simulators listen this way).
pub fn join_multicast(sock: &UdpSocket, group: Ipv4Addr, ifaddr: Ipv4Addr) -> io::Result<()> {
    sock.join_multicast_v4(group, ifaddr)
}

pub fn local_v4(sock: &UdpSocket) -> io::Result<SocketAddrV4> {
    match sock.local_addr()? {
        SocketAddr::V4(a) => Ok(a),
        SocketAddr::V6(_) => Err(io::Error::other("IPv6 socket")),
    }
}
