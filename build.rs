//! Embeds every case in `levels/` into the binary, so the game runs from any folder.
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=levels");
    let mut files: Vec<String> = fs::read_dir("levels")
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".ron"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let mut out = String::from(
        "/// Case files embedded at build time: (file name, text).\npub const EMBEDDED_LEVELS: &[(&str, &str)] = &[\n",
    );
    for name in &files {
        let path = Path::new(&manifest).join("levels").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        out.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_levels.rs");
    fs::write(dest, out).expect("write embedded_levels.rs");
}
