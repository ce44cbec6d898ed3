//! The build script:
//! - embeds every case in `levels/` into the binary, so the game runs from any folder;
//! - names the commit the program is built from (`takedown --version`): `TAKEDOWN_COMMIT` if
//!   set (a build from a source archive), else `git rev-parse`, else "unknown commit";
//! - for Windows, gives the .exe its icon and version information (a resource compiled with
//!   the embed-resource crate: `x86_64-w64-mingw32-windres` when cross-compiling, `RC.EXE`
//!   on Windows).
use std::{env, fs, path::Path, process::Command};

fn main() {
    embed_levels();
    let commit = commit();
    println!("cargo:rustc-env=TAKEDOWN_COMMIT={commit}");
    if env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        windows_resources(&commit);
    }
}

/// The commit checked out, shortened, or why it is not known.
fn commit() -> String {
    println!("cargo:rerun-if-env-changed=TAKEDOWN_COMMIT");
    if let Ok(commit) = env::var("TAKEDOWN_COMMIT")
        && !commit.trim().is_empty()
    {
        return commit.trim().to_string();
    }
    let git = |args: &[&str]| {
        Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|out| out.status.success())
            .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    // Built again when HEAD moves: a commit, a checkout.
    if let Some(dir) = git(&["rev-parse", "--absolute-git-dir"]) {
        for watched in ["HEAD", "refs/heads", "packed-refs"] {
            let path = Path::new(&dir).join(watched);
            if path.exists() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
    git(&["rev-parse", "--short=12", "HEAD"])
        .map(|hash| format!("commit {hash}"))
        .unwrap_or_else(|| "unknown commit".into())
}

/// The .exe's icon and the version information Windows shows in its properties.
fn windows_resources(commit: &str) {
    let version = env::var("CARGO_PKG_VERSION").expect("cargo sets CARGO_PKG_VERSION");
    let numbers: Vec<u16> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|n| n.parse().unwrap_or(0))
        .collect();
    let (major, minor, patch) = (numbers[0], numbers[1], numbers[2]);
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let icon = Path::new(&manifest).join("assets/icon/takedown.ico");
    println!("cargo:rerun-if-changed={}", icon.display());
    let description = env::var("CARGO_PKG_DESCRIPTION").unwrap_or_default();
    let rc = format!(
        r#"1 ICON "{icon}"
1 VERSIONINFO
FILEVERSION {major},{minor},{patch},0
PRODUCTVERSION {major},{minor},{patch},0
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904b0"
    BEGIN
      VALUE "CompanyName", "The Takedown developers"
      VALUE "FileDescription", "Takedown"
      VALUE "Comments", "{description}"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "takedown"
      VALUE "LegalCopyright", "MIT or Apache-2.0"
      VALUE "OriginalFilename", "takedown.exe"
      VALUE "ProductName", "Takedown"
      VALUE "ProductVersion", "{version} ({commit})"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#,
        icon = icon.display().to_string().replace('\\', "/"),
    );
    let path = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("takedown.rc");
    fs::write(&path, rc).expect("write takedown.rc");
    if let Err(e) = embed_resource::compile(&path, embed_resource::NONE).manifest_optional() {
        panic!("the Windows resources (icon, version) could not be compiled: {e}");
    }
}

fn embed_levels() {
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
