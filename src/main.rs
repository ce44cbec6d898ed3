//! The `takedown` program. On the desktop it parses the command line and hands over to the
//! library; on the web (`scripts/build-web.sh`) it opens the game in the page's canvas.

// On Windows a windowed program: double-clicked, it opens the game without a console window
// beside it. Typed in a terminal with a command (`takedown.exe check`), it writes to that
// terminal ([`console::attach`]).
#![cfg_attr(windows, windows_subsystem = "windows")]

#[cfg(target_arch = "wasm32")]
fn main() {
    takedown::game::web::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    desktop::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod desktop {
    use std::io::IsTerminal;
    use std::process::ExitCode;

    use clap::Parser;
    use takedown::cli::{Cli, Command, check, export, new_case, sheet, text, translate};
    use takedown::content::library::Library;
    use takedown::game::class::ClassSetup;
    use takedown::store::Store;

    /// Open the game window (as a class's projector with `class`).
    fn run_window(cli: &Cli, class: Option<ClassSetup>) {
        takedown::game::run(takedown::game::Options {
            levels: cli.levels_dir(),
            seed: cli.seed,
            window: cli.window,
            fullscreen: cli.fullscreen,
            profile: cli.player().to_string(),
            lang: cli.lang,
            data: Store::default_dir(),
            class,
        });
    }

    pub fn main() -> ExitCode {
        #[cfg(windows)]
        if std::env::args_os().len() > 1 {
            super::console::attach();
        }
        let cli = Cli::parse();
        let code = match &cli.command {
            // Warnings can be many thousands of lines: written in blocks, not line by line.
            Some(Command::Check { paths, strict }) => check::run(
                paths,
                *strict,
                &mut std::io::stdout().lock(),
                &mut std::io::BufWriter::new(std::io::stderr().lock()),
            ),
            Some(Command::NewCase { name, dir }) => new_case::run(
                name,
                dir,
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
            ),
            Some(Command::ImportSheet { file, dir, replace }) => sheet::import(
                file,
                dir,
                *replace,
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
            ),
            Some(Command::Translate { case, to, dir }) => translate::run(
                &Library::load(cli.levels_dir().as_deref()),
                case,
                *to,
                dir,
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
            ),
            Some(Command::ExportSheet { case, out, replace }) => sheet::export(
                case,
                cli.levels_dir().as_deref(),
                out.as_deref(),
                *replace,
                &mut std::io::stdout().lock(),
                &mut std::io::stderr().lock(),
            ),
            Some(Command::Export {
                case,
                format,
                class,
            }) => match Store::default_dir().map(Store::open) {
                Some(store) => match class {
                    Some(name) => export::run_class(
                        &store,
                        &Library::load(cli.levels_dir().as_deref()),
                        name,
                        format,
                        cli.language(),
                        &mut std::io::stdout().lock(),
                        &mut std::io::stderr().lock(),
                    ),
                    None => export::run(
                        &store,
                        cli.profile.as_deref(),
                        case.as_deref(),
                        format,
                        cli.language(),
                        &mut std::io::stdout().lock(),
                        &mut std::io::stderr().lock(),
                    ),
                },
                None => {
                    eprintln!(
                        "takedown export: {}",
                        takedown::report::lang::word(cli.language(), "export-no-data-folder")
                    );
                    Ok(1)
                }
            },
            Some(Command::Text { case }) => {
                let library = Library::load(cli.levels_dir().as_deref());
                let _ = takedown::cli::say_left_out(&library, "text", &mut std::io::stderr());
                let store = Store::default_dir().map(Store::open);
                text::run(
                    &library,
                    case.as_deref(),
                    cli.seed,
                    cli.language(),
                    !std::io::stdin().is_terminal(),
                    store.as_ref().map(|s| (s, cli.player())),
                    &mut std::io::stdin().lock(),
                    &mut std::io::stdout().lock(),
                )
            }
            Some(Command::Host {
                case,
                port,
                bind,
                code,
                resume,
                web,
            }) => {
                let library = Library::load(cli.levels_dir().as_deref());
                let _ = takedown::cli::say_left_out(&library, "host", &mut std::io::stderr());
                match case.as_deref().filter(|id| library.find(id).is_none()) {
                    Some(id) => {
                        let known: Vec<&str> = library.cases().map(|c| c.id.as_str()).collect();
                        eprintln!(
                            "takedown host: there is no case `{id}`. Cases: {}",
                            known.join(", ")
                        );
                        Ok(2)
                    }
                    None => {
                        run_window(
                            &cli,
                            Some(ClassSetup {
                                bind: *bind,
                                port: *port,
                                code: code.clone(),
                                case: case.clone(),
                                resume: resume
                                    .as_ref()
                                    .map(|name| Some(name.clone()).filter(|n| !n.is_empty())),
                                play: web.clone().or_else(takedown::host::play::default_dir),
                            }),
                        );
                        Ok(0)
                    }
                }
            }
            None => {
                run_window(&cli, None);
                Ok(0)
            }
        };
        match code {
            Ok(code) => ExitCode::from(code as u8),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("takedown: {e}");
                ExitCode::from(1)
            }
        }
    }
}

/// The terminal a Windows program was typed in.
#[cfg(windows)]
mod console {
    use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_OUTPUT_HANDLE,
    };

    /// Write to the console of the terminal the program was started from, if there is one
    /// and the output is not already going elsewhere (a pipe, a file: `takedown.exe check >
    /// out.txt`). A windowed program gets no console of its own; without this, `--version`,
    /// `check`, `text`, `export` and `host` would print nothing. The terminal does not wait
    /// for a windowed program: its prompt comes back at once (README: `start /wait`).
    pub fn attach() {
        // SAFETY: plain Win32 calls with constant arguments; a failure changes nothing.
        unsafe {
            let out = GetStdHandle(STD_OUTPUT_HANDLE);
            if out.is_null() || out == INVALID_HANDLE_VALUE {
                AttachConsole(ATTACH_PARENT_PROCESS);
            }
        }
    }
}
