//! Embeds every locale under `frontend/locales/<code>/` (its `.ftl` files and `locale.toml`), so
//! that the binary carries its languages; `KEDJA_LOCALES_DIR` can add to them at start.

use std::fmt::Write as _;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new("frontend/locales");
    // A directory here is scanned for changes, so a new language or file rebuilds.
    println!("cargo:rerun-if-changed={}", root.display());
    let mut folders: Vec<_> = std::fs::read_dir(root)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    folders.sort();
    let mut out =
        String::from("/// (language code, file name, text) of every embedded locale file.\n");
    out.push_str("pub static EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for folder in folders.iter().filter(|p| p.is_dir()) {
        let code = folder
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or("bad folder name")?;
        let mut files: Vec<_> = std::fs::read_dir(folder)?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<Result<_, _>>()?;
        files.sort();
        for file in files {
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .ok_or("bad file name")?;
            if name.ends_with(".ftl") || name == "locale.toml" {
                let absolute = std::fs::canonicalize(&file)?;
                writeln!(out, "    ({code:?}, {name:?}, include_str!({absolute:?})),")?;
            }
        }
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR")?).join("locales.rs");
    std::fs::write(target, out)?;
    Ok(())
}
