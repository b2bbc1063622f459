//! The real `kedja` binary, served on a free port with its log at debug level, for tests of
//! what it writes there. Its log is its own process's: no other test's lines, and no tracing
//! state shared with the tests running beside it.

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread::JoinHandle;
use std::time::Duration;

/// The address the binary listens on; clients may come from another loopback address, so a
/// test can look for theirs in the log.
const HOST: &str = "127.0.0.2";

/// A running `kedja serve`.
pub struct Served {
    /// `http://host:port`.
    pub base: String,
    child: Child,
    log: JoinHandle<String>,
    output: JoinHandle<String>,
}

impl Served {
    /// Starts `kedja serve` on the database and data folder given, with extra `KEDJA_*`
    /// settings, and returns once it logs that it listens.
    pub async fn start(database_url: &str, data_dir: &Path, env: &[(String, String)]) -> Self {
        let port = std::net::TcpListener::bind(format!("{HOST}:0"))
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_kedja"))
            .arg("serve")
            .env("KEDJA_DATA_DIR", data_dir)
            .env("KEDJA_DATABASE_URL", database_url)
            .env("KEDJA_BIND", format!("{HOST}:{port}"))
            .env("KEDJA_LOG", "debug")
            .envs(env.iter().map(|(k, v)| (k, v)))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The log goes to stderr. A thread keeps all of it, and says when the server logs that
        // it listens: then it answers, with no polling and no waiting in between.
        let (listening, ready) = std::sync::mpsc::channel::<()>();
        let stderr = BufReader::new(child.stderr.take().unwrap());
        let log = std::thread::spawn(move || {
            let mut text = String::new();
            for line in stderr.lines() {
                let line = line.unwrap();
                if line.contains("kedja listening") {
                    // The test may have stopped waiting already.
                    listening.send(()).ok();
                }
                text.push_str(&line);
                text.push('\n');
            }
            text
        });
        let mut stdout = child.stdout.take().unwrap();
        let output = std::thread::spawn(move || {
            let mut text = String::new();
            stdout.read_to_string(&mut text).unwrap();
            text
        });
        // A deadline, not a wait: it only turns a server that never starts into a failure.
        tokio::task::spawn_blocking(move || ready.recv_timeout(Duration::from_secs(60)))
            .await
            .unwrap()
            .expect("the server logs that it listens");
        Self {
            base: format!("http://{HOST}:{port}"),
            child,
            log,
            output,
        }
    }

    /// Stops the server as an operator does (SIGTERM: requests in flight finish, the process
    /// exits 0) and returns all it wrote, log and output.
    pub fn stop(mut self) -> String {
        Command::new("kill")
            .arg("-TERM")
            .arg(self.child.id().to_string())
            .status()
            .unwrap();
        let status = self.child.wait().unwrap();
        assert!(status.success(), "graceful shutdown exits 0");
        self.log.join().unwrap() + &self.output.join().unwrap()
    }
}
