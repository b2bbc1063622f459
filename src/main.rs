#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = kedja::cli::Cli::parse();
    kedja::cli::run(cli)
}
