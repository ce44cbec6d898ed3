//! Which address students type: the machine's addresses on the local network, the likeliest
//! first. Wi-Fi and Ethernet addresses in private ranges come first; virtual machines, VPNs
//! and containers last.

use std::net::{IpAddr, Ipv4Addr};

/// The machine's IPv4 addresses a phone in the room might reach, best guess first. Empty when
/// there is no network (then only this machine can join, at 127.0.0.1).
pub fn lan_addresses() -> Vec<IpAddr> {
    let interfaces = if_addrs::get_if_addrs().unwrap_or_default();
    let found: Vec<(String, Ipv4Addr)> = interfaces
        .into_iter()
        .filter_map(|i| match i.ip() {
            IpAddr::V4(ip) => Some((i.name, ip)),
            IpAddr::V6(_) => None,
        })
        .collect();
    rank(found)
}

/// Sort candidate (interface, address) pairs: usable addresses only, best first.
pub fn rank(mut found: Vec<(String, Ipv4Addr)>) -> Vec<IpAddr> {
    found.retain(|(_, ip)| !ip.is_loopback() && !ip.is_link_local() && !ip.is_unspecified());
    found.sort_by_key(|(name, ip)| (score(name, *ip), *ip));
    found.dedup_by_key(|(_, ip)| *ip);
    found.into_iter().map(|(_, ip)| IpAddr::V4(ip)).collect()
}

/// Lower is likelier to be the room's network.
fn score(name: &str, ip: Ipv4Addr) -> u8 {
    const VIRTUAL: [&str; 9] = [
        "docker",
        "veth",
        "br-",
        "virbr",
        "vmnet",
        "vboxnet",
        "utun",
        "tailscale",
        "tun",
    ];
    let virtual_interface = VIRTUAL.iter().any(|v| name.starts_with(v));
    let [a, b, ..] = ip.octets();
    let private = ip.is_private();
    // 172.17/16 is Docker's default bridge even under another name.
    let docker_range = a == 172 && b == 17;
    match (virtual_interface || docker_range, private) {
        (false, true) if a == 192 && b == 168 => 0,
        (false, true) => 1,
        (false, false) => 2,
        (true, _) => 3,
    }
}

/// The URL a student opens, with the join code in it.
pub fn join_url(ip: IpAddr, port: u16, code: &str) -> String {
    format!("http://{ip}:{port}/?code={code}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_room_network_comes_first_and_virtual_ones_last() {
        let ip = |s: &str| s.parse::<Ipv4Addr>().unwrap();
        let ranked = rank(vec![
            ("docker0".into(), ip("172.17.0.1")),
            ("lo".into(), ip("127.0.0.1")),
            ("eth0".into(), ip("10.0.0.12")),
            ("wlan0".into(), ip("192.168.1.23")),
            ("tailscale0".into(), ip("100.64.0.3")),
            ("eth1".into(), ip("169.254.3.4")),
        ]);
        let shown: Vec<String> = ranked.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            ["192.168.1.23", "10.0.0.12", "100.64.0.3", "172.17.0.1"]
        );
        assert_eq!(
            join_url(ranked[0], 7878, "4821"),
            "http://192.168.1.23:7878/?code=4821"
        );
    }
}
