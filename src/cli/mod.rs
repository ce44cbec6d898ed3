//! The command line: `takedown` (the window), `takedown check`, `takedown text`,
//! `takedown export`, `takedown new-case`, `takedown translate`, `takedown import-sheet` and
//! `takedown export-sheet`.

pub mod check;
pub mod export;
pub mod new_case;
pub mod sheet;
pub mod text;
pub mod translate;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// The version and the commit it was built from, as `takedown --version` prints it:
/// `0.1.0 (commit 8c12ef2a1b3c)` (see `build.rs`).
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("TAKEDOWN_COMMIT"),
    ")"
);

/// Takedown: estimate the outcomes of real cross-border investigations into encrypted-phone
/// networks. Without a command, opens the game window.
#[derive(Debug, Parser)]
#[command(name = "takedown", version = VERSION, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Folder of case files to play (default: `levels/` in the current folder, if there is
    /// one). Files there replace the built-in cases of the same name.
    #[arg(long, global = true, value_name = "DIR")]
    pub levels: Option<PathBuf>,

    /// Seed for anything random, so a class can share one run.
    #[arg(long, global = true, default_value_t = 0)]
    pub seed: u64,

    /// The player's profile: finished runs are kept under this name (no password, no account).
    /// Default: `default`; for `export`, every profile.
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Size of the game window, in logical pixels.
    #[arg(long, global = true, value_name = "WxH", default_value = "1280x800", value_parser = parse_size)]
    pub window: (u32, u32),

    /// Fill the screen (for a projector).
    #[arg(long, global = true)]
    pub fullscreen: bool,

    /// The language to play in: en, fr, nl or de (default: the one chosen in the game's
    /// settings, else the system's). Numbers are read and written as it writes them.
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<crate::content::lang::Lang>,
}

/// `1280x800` → (1280, 800).
fn parse_size(text: &str) -> Result<(u32, u32), String> {
    let (w, h) = text
        .split_once(['x', 'X', '×'])
        .ok_or_else(|| format!("`{text}` is not a size: write it like 1280x800"))?;
    let number = |s: &str| {
        s.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (200..=10_000).contains(n))
            .ok_or_else(|| format!("`{text}` is not a size: write it like 1280x800"))
    };
    Ok((number(w)?, number(h)?))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check case files: one line per good case, every problem as file:line:column: message.
    Check {
        /// Files or folders to check.
        #[arg(default_value = "levels", value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Fail on warnings too (an answer given away before its question, an explanation
        /// of one sentence or more than five), as CI does for the shipped cases.
        #[arg(long)]
        strict: bool,
    },
    /// Write a commented template case that passes `check`, ready to edit.
    NewCase {
        /// The case's name, e.g. "Sky ECC"; the file and id are made from it (sky-ecc.ron).
        name: String,
        /// Folder to write into.
        #[arg(long, default_value = "levels", value_name = "DIR")]
        dir: PathBuf,
    },
    /// Read a case from a spreadsheet (.xlsx, .ods or .csv in the layout export-sheet writes)
    /// and write its case file. Every problem is listed with its cell (Stages!H7); nothing is
    /// written until there are none.
    ImportSheet {
        /// The spreadsheet.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Folder to write the case file into (as <id>.ron).
        #[arg(long, default_value = "levels", value_name = "DIR")]
        dir: PathBuf,
        /// Write over a case file of the same id.
        #[arg(long)]
        replace: bool,
    },
    /// Write or bring up to date a case's translation (levels/<case>.<lang>.ron): every text
    /// to translate with the fingerprint of its English; texts already translated from the
    /// English as it stands are kept, the others start again from the English.
    Translate {
        /// The case's id (e.g. `encrochat`).
        #[arg(value_name = "CASE")]
        case: String,
        /// The language to translate into: fr, nl or de.
        #[arg(long, value_name = "LANG")]
        to: crate::content::lang::Lang,
        /// Folder to write into (beside the case file).
        #[arg(long, default_value = "levels", value_name = "DIR")]
        dir: PathBuf,
    },
    /// Write a case as a spreadsheet (.xlsx or .csv), one row per stage, to edit and import
    /// again: a teacher can start from a shipped case.
    ExportSheet {
        /// The case: its id (e.g. `encrochat`), or a case file's path.
        #[arg(value_name = "CASE")]
        case: String,
        /// The file to write (default: <id>.xlsx here); .xlsx or .csv.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// Write over an existing file.
        #[arg(long)]
        replace: bool,
    },
    /// Every answer of every finished run, one row per question, as CSV or JSON on standard
    /// output. Without --profile, every profile. With --class, a saved class session instead.
    Export {
        /// Only this case (its id).
        #[arg(long, value_name = "ID")]
        case: Option<String>,
        /// `csv` (opens in a spreadsheet) or `json`.
        #[arg(long, default_value = "csv", value_parser = ["csv", "json"])]
        format: String,
        /// A saved class session: one row per student and stage (without a name, the session
        /// written last; `takedown export --class list` lists them with their dates).
        #[arg(long, value_name = "NAME", num_args = 0..=1, default_missing_value = "")]
        class: Option<String>,
    },
    /// Host a class: this window goes on the projector, students answer from their phones'
    /// browsers on the same network.
    Host {
        /// The case to play (its id); without it, choose in the window.
        #[arg(long, value_name = "ID")]
        case: Option<String>,
        /// The port students connect to.
        #[arg(long, default_value_t = crate::host::DEFAULT_PORT)]
        port: u16,
        /// The address to listen on: every network (the default), or 127.0.0.1 for a
        /// demonstration on this computer only.
        #[arg(long, value_name = "ADDR", default_value = "0.0.0.0")]
        bind: std::net::IpAddr,
        /// The join code (default: four random digits).
        #[arg(long, value_name = "CODE")]
        code: Option<String>,
        /// Bring back a class session (after a crash, or a closed laptop): same code, same
        /// students, same answers; phones reconnect by themselves. Without a name, the session
        /// written last; `takedown export --class list` lists the names.
        #[arg(long, value_name = "NAME", num_args = 0..=1, default_missing_value = "")]
        resume: Option<String>,
        /// A web build of the game (scripts/build-web.sh) to serve at /play, for students to
        /// play on their own (default: web/dist, if it is built).
        #[arg(long, value_name = "DIR")]
        web: Option<std::path::PathBuf>,
    },
    /// Play a case in the terminal, one answer per line on standard input.
    Text {
        /// The case to play (its id, e.g. `encrochat`); without it, the first line chooses.
        #[arg(long, value_name = "ID")]
        case: Option<String>,
    },
}

impl Cli {
    /// The language to play in: `--lang`, else the system's if the game speaks it, else
    /// English.
    pub fn language(&self) -> crate::content::lang::Lang {
        self.lang.unwrap_or_else(crate::content::lang::Lang::system)
    }

    /// The profile to play as.
    pub fn player(&self) -> &str {
        self.profile.as_deref().unwrap_or("default")
    }

    /// The folder to read cases from: `--levels`, else `levels/` here if it exists.
    pub fn levels_dir(&self) -> Option<PathBuf> {
        self.levels.clone().or_else(|| {
            let here = PathBuf::from("levels");
            here.is_dir().then_some(here)
        })
    }
}

/// Tell the player on `err` which case files could not be read and are left out of the game,
/// one line each: `takedown text: levels/ghost.ron:3:5: <problem> (this case is left out; \
/// takedown check levels lists every problem)`. A file with several problems shows its first.
pub fn say_left_out(
    library: &crate::content::library::Library,
    command: &str,
    err: &mut impl std::io::Write,
) -> std::io::Result<()> {
    for file in &library.files {
        if let Err(problems) = &file.result
            && let Some(first) = problems.first()
        {
            let more = match problems.len() {
                1 => String::new(),
                n => format!(" and {} more", n - 1),
            };
            writeln!(
                err,
                "takedown {command}: {first}{more} (this case is left out; `takedown check` \
                 lists every problem)"
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::{Cli, Command};

    /// `takedown host --fullscreen`, as the README says it, and not only `takedown --fullscreen host`.
    #[test]
    fn window_options_go_after_the_command_too() {
        let cli =
            Cli::try_parse_from(["takedown", "host", "--fullscreen", "--window", "1920x1080"])
                .unwrap();
        assert!(cli.fullscreen);
        assert_eq!(cli.window, (1920, 1080));
        assert!(matches!(cli.command, Some(Command::Host { .. })));
        let cli = Cli::try_parse_from(["takedown", "--fullscreen"]).unwrap();
        assert!(cli.fullscreen && cli.command.is_none());
    }
}
