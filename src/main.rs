#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // The default hook prints the panic message, which could quote request data; say only
    // where it happened.
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("kedja: internal error (panic) at {place}");
    }));
    let cli = kedja::cli::Cli::parse();
    kedja::cli::run(cli)
}
