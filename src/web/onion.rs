//! The onion listener: Tor connects from 127.0.0.1 for every client, and with
//! `HiddenServiceExportCircuitID haproxy` (deploy/torrc) it starts each connection with a PROXY
//! protocol v1 line whose source address carries the circuit id. That id, which tells circuits
//! apart without saying anything about the person behind one, keys the onion rate limits.
//!
//! Connections without a valid PROXY line are dropped: only the local Tor daemon talks to this
//! port, and it always sends one.

use std::net::Ipv6Addr;

use axum::http::Request;
use tokio::io::AsyncReadExt;
use tokio::net::TcpStream;
use tower_governor::GovernorError;
use tower_governor::key_extractor::KeyExtractor;

/// The Tor circuit a request came over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OnionPeer {
    pub circuit: u32,
}

/// Longest PROXY v1 line (the specification's bound).
const MAX_LINE: usize = 107;

/// Parses `PROXY TCP6 fc00:dead:beef:4dad::a:b ::1 … \r\n`: Tor puts the circuit id in the
/// low 32 bits of the source address.
pub fn parse_proxy_line(line: &str) -> Option<OnionPeer> {
    let mut parts = line.strip_suffix("\r\n")?.split(' ');
    if parts.next()? != "PROXY" {
        return None;
    }
    match parts.next()? {
        "TCP6" => {
            let source: Ipv6Addr = parts.next()?.parse().ok()?;
            let octets = source.octets();
            let circuit = u32::from_be_bytes([octets[12], octets[13], octets[14], octets[15]]);
            Some(OnionPeer { circuit })
        }
        // Without an address there is no circuit to tell apart: all share circuit 0.
        "UNKNOWN" => Some(OnionPeer { circuit: 0 }),
        _ => None,
    }
}

/// Reads Tor's PROXY line off the start of `stream`, leaving the HTTP request after it. The
/// caller bounds the wait (`server::listen` does so in the connection's own task).
pub async fn read_proxy_line(stream: &mut TcpStream) -> Option<OnionPeer> {
    // Byte by byte: nothing after the line may be consumed, it is the HTTP request.
    let mut line = Vec::with_capacity(MAX_LINE);
    while line.len() < MAX_LINE {
        let byte = stream.read_u8().await.ok()?;
        line.push(byte);
        if line.ends_with(b"\r\n") {
            return parse_proxy_line(std::str::from_utf8(&line).ok()?);
        }
    }
    None
}

/// Rate-limit key: the circuit.
#[derive(Debug, Clone, Copy)]
pub struct CircuitKeyExtractor;

impl KeyExtractor for CircuitKeyExtractor {
    type Key = u32;

    fn extract<T>(&self, request: &Request<T>) -> Result<Self::Key, GovernorError> {
        request
            .extensions()
            .get::<axum::extract::ConnectInfo<OnionPeer>>()
            .map(|info| info.0.circuit)
            .ok_or(GovernorError::UnableToExtractKey)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tor_proxy_lines_give_the_circuit() {
        let peer =
            parse_proxy_line("PROXY TCP6 fc00:dead:beef:4dad::ab:cd ::1 65535 42\r\n").unwrap();
        assert_eq!(peer.circuit, 0x00ab_00cd);
        assert_eq!(parse_proxy_line("PROXY UNKNOWN\r\n").unwrap().circuit, 0);
        assert!(
            parse_proxy_line("PROXY TCP6 fc00::1 ::1 1 2").is_none(),
            "needs CRLF"
        );
        assert!(parse_proxy_line("GET / HTTP/1.1\r\n").is_none());
        assert!(parse_proxy_line("PROXY TCP4 1.2.3.4 5.6.7.8 1 2\r\n").is_none());
    }
}
