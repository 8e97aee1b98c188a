//! `entente-load`: a bounded loopback load test for `entente serve`.
//!
//! ```text
//! entente-load http://127.0.0.1:8080/api/dyad?a=ISR&b=MAR [--clients 50] [--seconds 30]
//!              [--max-requests 2000000]
//! ```
//!
//! Each client keeps one HTTP/1.1 connection alive and sends GET requests back to back until
//! the time or the request budget is spent; then it prints total requests, errors (non-200
//! answers and failed connections), throughput, and p50 / p99 / max latency. Only loopback
//! targets are accepted, and the run always stops by itself. Exit status 1 when any request
//! failed.

use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

struct Args {
    addr: SocketAddr,
    host: String,
    path: String,
    clients: usize,
    seconds: u64,
    max_requests: u64,
}

fn usage() -> String {
    "usage: entente-load http://127.0.0.1:PORT/PATH [--clients N] [--seconds S] [--max-requests N]"
        .into()
}

fn parse_args() -> Result<Args, String> {
    let mut url = None;
    let mut clients = 50usize;
    let mut seconds = 30u64;
    let mut max_requests = 2_000_000u64;
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut number = |name: &str| -> Result<u64, String> {
            it.next()
                .and_then(|v| v.parse().ok())
                .ok_or_else(|| format!("{name} needs a whole number\n{}", usage()))
        };
        match a.as_str() {
            "--clients" => clients = number("--clients")?.clamp(1, 1000) as usize,
            "--seconds" => seconds = number("--seconds")?.clamp(1, 600),
            "--max-requests" => max_requests = number("--max-requests")?.max(1),
            "-h" | "--help" => return Err(usage()),
            _ if url.is_none() && !a.starts_with('-') => url = Some(a),
            _ => return Err(format!("unexpected argument {a:?}\n{}", usage())),
        }
    }
    let url = url.ok_or_else(usage)?;
    let rest = url
        .strip_prefix("http://")
        .ok_or_else(|| format!("{url:?}: only http:// URLs\n{}", usage()))?;
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let addr = host
        .to_socket_addrs()
        .map_err(|e| format!("{host}: {e}"))?
        .next()
        .ok_or_else(|| format!("{host}: no address"))?;
    if !is_loopback(addr.ip()) {
        return Err(format!(
            "{host} is not a loopback address: entente-load only targets this machine"
        ));
    }
    Ok(Args {
        addr,
        host: host.to_string(),
        path: path.to_string(),
        clients,
        seconds,
        max_requests,
    })
}

fn is_loopback(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => {
            v6.is_loopback() || v6.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
    }
}

/// One client's tally.
#[derive(Default)]
struct Tally {
    requests: u64,
    latencies_us: Vec<u32>,
    errors: u64,
    first_error: Option<String>,
}

impl Tally {
    fn error(&mut self, what: String) {
        self.errors += 1;
        if self.first_error.is_none() {
            self.first_error = Some(what);
        }
    }
}

/// Reads one response; returns its status and whether the server keeps the connection.
async fn read_response(conn: &mut BufReader<TcpStream>) -> std::io::Result<(u16, bool)> {
    let bad = |m: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, m.to_string());
    let mut line = String::new();
    if conn.read_line(&mut line).await? == 0 {
        return Err(bad("connection closed"));
    }
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad("no status line"))?;
    let mut length = None;
    let mut chunked = false;
    let mut keep = true;
    loop {
        line.clear();
        if conn.read_line(&mut line).await? == 0 {
            return Err(bad("headers cut short"));
        }
        let h = line.trim_end();
        if h.is_empty() {
            break;
        }
        let Some((name, value)) = h.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.parse::<usize>().ok(),
            "transfer-encoding" => chunked = value.eq_ignore_ascii_case("chunked"),
            "connection" => keep = !value.eq_ignore_ascii_case("close"),
            _ => {}
        }
    }
    if let Some(n) = length {
        let mut body = vec![0u8; n];
        conn.read_exact(&mut body).await?;
    } else if chunked {
        loop {
            line.clear();
            conn.read_line(&mut line).await?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16)
                .map_err(|_| bad("bad chunk size"))?;
            let mut chunk = vec![0u8; size + 2];
            conn.read_exact(&mut chunk).await?;
            if size == 0 {
                break;
            }
        }
    } else {
        return Err(bad("response without a length"));
    }
    Ok((status, keep))
}

async fn client(
    args: std::sync::Arc<Args>,
    deadline: Instant,
    budget: std::sync::Arc<std::sync::atomic::AtomicU64>,
) -> Tally {
    use std::sync::atomic::Ordering;
    let request = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nAccept: application/json\r\nUser-Agent: entente-load\r\n\r\n",
        args.path, args.host
    );
    let mut tally = Tally::default();
    let mut conn: Option<BufReader<TcpStream>> = None;
    while Instant::now() < deadline {
        if budget
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1))
            .is_err()
        {
            break;
        }
        tally.requests += 1;
        let start = Instant::now();
        if conn.is_none() {
            match TcpStream::connect(args.addr).await {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    conn = Some(BufReader::new(s));
                }
                Err(e) => {
                    tally.error(format!("connect: {e}"));
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            }
        }
        let Some(c) = conn.as_mut() else { continue };
        let result = async {
            c.get_mut().write_all(request.as_bytes()).await?;
            read_response(c).await
        };
        let remaining = deadline.saturating_duration_since(Instant::now()) + Duration::from_secs(5);
        match tokio::time::timeout(remaining, result).await {
            Ok(Ok((status, keep))) => {
                let us = start.elapsed().as_micros().min(u32::MAX as u128) as u32;
                tally.latencies_us.push(us);
                if status != 200 {
                    tally.error(format!("HTTP {status}"));
                }
                if !keep {
                    conn = None;
                }
            }
            Ok(Err(e)) => {
                tally.error(format!("{e}"));
                conn = None;
            }
            Err(_) => {
                tally.error("no answer in time".into());
                conn = None;
            }
        }
    }
    tally
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    f64::from(sorted[i.min(sorted.len() - 1)]) / 1000.0
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("entente-load: {e}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("entente-load: starting the runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let args = std::sync::Arc::new(args);
    eprintln!(
        "entente-load: {} clients for {} s against http://{}{}",
        args.clients, args.seconds, args.host, args.path
    );
    let start = Instant::now();
    let deadline = start + Duration::from_secs(args.seconds);
    let budget = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(args.max_requests));
    let tallies: Vec<Tally> = runtime.block_on(async {
        let tasks: Vec<_> = (0..args.clients)
            .map(|_| tokio::spawn(client(args.clone(), deadline, budget.clone())))
            .collect();
        let mut out = Vec::new();
        for t in tasks {
            if let Ok(tally) = t.await {
                out.push(tally);
            }
        }
        out
    });
    let elapsed = start.elapsed().as_secs_f64();
    let mut all: Vec<u32> = tallies
        .iter()
        .flat_map(|t| t.latencies_us.iter().copied())
        .collect();
    all.sort_unstable();
    let errors: u64 = tallies.iter().map(|t| t.errors).sum();
    let requests: u64 = tallies.iter().map(|t| t.requests).sum();
    println!(
        "requests {requests}, errors {errors}, {:.0} requests/s over {elapsed:.1} s; latency p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        all.len() as f64 / elapsed,
        percentile(&all, 0.50),
        percentile(&all, 0.99),
        percentile(&all, 1.0),
    );
    if let Some(e) = tallies.iter().find_map(|t| t.first_error.clone()) {
        println!("first error: {e}");
    }
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
