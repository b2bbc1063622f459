//! Just enough of an SMTP server for kedja's mailer, to read what it sends.

use std::sync::{Arc, Mutex};

use secrecy::SecretString;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// One message as the server received it.
#[derive(Debug, Clone)]
pub struct Mail {
    pub recipients: Vec<String>,
    pub data: String,
}

impl Mail {
    /// The message with quoted-printable soft line breaks undone, so text can be searched.
    pub fn text(&self) -> String {
        self.data.replace("=\r\n", "")
    }
}

type Inbox = Arc<Mutex<Vec<Mail>>>;

/// Just enough SMTP for lettre: no extensions, no TLS, no authentication.
pub struct SmtpServer {
    pub port: u16,
    inbox: Inbox,
    task: Option<JoinHandle<()>>,
}

impl SmtpServer {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let inbox = Inbox::default();
        let task = tokio::spawn(accept(listener, inbox.clone()));
        Self {
            port,
            inbox,
            task: Some(task),
        }
    }

    /// Closes the listener and every open connection.
    pub async fn stop(&mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
            // Aborted: it ends cancelled, or finished if it was done already.
            task.await.ok();
        }
    }

    /// Listens again on the same port.
    pub async fn restart(&mut self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).await.unwrap();
        self.task = Some(tokio::spawn(accept(listener, self.inbox.clone())));
    }

    pub fn url(&self) -> SecretString {
        SecretString::from(format!("smtp://127.0.0.1:{}", self.port))
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.inbox.lock().unwrap().clone()
    }
}

/// Accepts connections; they live in a set owned by this task, so aborting it ends them all.
async fn accept(listener: TcpListener, inbox: Inbox) {
    let mut sessions = JoinSet::new();
    loop {
        let (stream, _) = listener.accept().await.unwrap();
        sessions.spawn(session(stream, inbox.clone()));
    }
}

async fn session(stream: TcpStream, inbox: Inbox) {
    let (read, mut write) = stream.into_split();
    let mut read = BufReader::new(read);
    write
        .write_all(b"220 test.invalid ESMTP\r\n")
        .await
        .unwrap();
    let mut recipients = Vec::new();
    loop {
        let mut line = String::new();
        if read.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let command = line.to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
            b"250 test.invalid\r\n"
        } else if command.starts_with("MAIL FROM") {
            recipients.clear();
            b"250 OK\r\n"
        } else if command.starts_with("RCPT TO") {
            let address = line
                .split_once('<')
                .and_then(|(_, rest)| rest.split_once('>'))
                .map(|(address, _)| address.to_string())
                .unwrap();
            recipients.push(address);
            b"250 OK\r\n"
        } else if command.starts_with("DATA") {
            write.write_all(b"354 go ahead\r\n").await.unwrap();
            let mut data = String::new();
            loop {
                let mut line = String::new();
                assert!(read.read_line(&mut line).await.unwrap() > 0, "data cut off");
                if line == ".\r\n" {
                    break;
                }
                data.push_str(&line);
            }
            // Stored before the answer, so a sender that saw 250 finds the message here.
            inbox.lock().unwrap().push(Mail {
                recipients: std::mem::take(&mut recipients),
                data,
            });
            b"250 queued\r\n"
        } else if command.starts_with("QUIT") {
            write.write_all(b"221 bye\r\n").await.unwrap();
            return;
        } else {
            // NOOP (the pool's liveness check), RSET.
            b"250 OK\r\n"
        };
        if write.write_all(reply).await.is_err() {
            return;
        }
    }
}
