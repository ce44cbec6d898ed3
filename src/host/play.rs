//! The web version of the game at `/play`, when it is built (`scripts/build-web.sh` writes
//! `web/dist/`): after a lesson students can play on their own from the teacher's computer,
//! with their progress kept in their own browser. Only the files of the build are served.

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;

/// The files of a web build, with their types.
const FILES: [(&str, &str); 7] = [
    ("index.html", "text/html; charset=utf-8"),
    ("icon.svg", "image/svg+xml"),
    ("icon-64.png", "image/png"),
    ("loader.js", "text/javascript; charset=utf-8"),
    ("play.css", "text/css; charset=utf-8"),
    ("takedown.js", "text/javascript; charset=utf-8"),
    ("takedown_bg.wasm", "application/wasm"),
];

/// Where a web build is looked for, in order: `web/dist` under the current folder; a `web`
/// folder beside the program (as a download would ship it); the repository the program was
/// built in, found from the program (`target/release/takedown` → `web/dist`) and from where it
/// was compiled.
pub fn search_dirs() -> Vec<PathBuf> {
    let mut dirs = vec![PathBuf::from("web/dist")];
    if let Some(exe_dir) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(PathBuf::from))
    {
        dirs.push(exe_dir.join("web"));
        // target/<profile>/takedown, or target/<profile>/deps/… for tests.
        for up in exe_dir.ancestors().skip(1).take(3) {
            if up.join("Cargo.toml").is_file() {
                dirs.push(up.join("web/dist"));
            }
        }
    }
    dirs.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("web/dist"));
    dirs.dedup();
    dirs
}

/// The first of [`search_dirs`] that holds a web build.
pub fn default_dir() -> Option<PathBuf> {
    search_dirs()
        .into_iter()
        .find(|dir| dir.join("takedown_bg.wasm").is_file())
}

/// The routes under `/play`, serving the build in `dir`.
pub(super) fn routes<S: Clone + Send + Sync + 'static>(dir: Option<PathBuf>) -> Router<S> {
    let dir = dir.map(Arc::new);
    let index = dir.clone();
    let files = dir;
    Router::new()
        .route("/play", get(|| async { Redirect::permanent("/play/") }))
        .route(
            "/play/",
            get(move |headers: HeaderMap| {
                let dir = index.clone();
                async move { file(dir, "index.html", &headers).await }
            }),
        )
        .route(
            "/play/{name}",
            get(
                move |axum::extract::Path(name): axum::extract::Path<String>,
                      headers: HeaderMap| {
                    let dir = files.clone();
                    async move { file(dir, &name, &headers).await }
                },
            ),
        )
}

/// A file of the web build. A browser that accepts gzip is sent the build's precompressed
/// copy (`takedown_bg.wasm.gz`, made by `scripts/build-web.sh`) where there is one: a third
/// of the bytes over the classroom's Wi-Fi.
async fn file(dir: Option<Arc<PathBuf>>, name: &str, headers: &HeaderMap) -> Response {
    let Some((name, kind)) = FILES.iter().find(|(f, _)| *f == name) else {
        return (StatusCode::NOT_FOUND, "There is nothing at this address").into_response();
    };
    let Some(dir) = dir else {
        return not_built();
    };
    let gzip = accepts_gzip(headers);
    let path = dir.join(name);
    let read = tokio::task::spawn_blocking(move || {
        if gzip && let Ok(bytes) = std::fs::read(path.with_file_name(format!("{name}.gz"))) {
            return Ok((bytes, true));
        }
        std::fs::read(&path).map(|bytes| (bytes, false))
    })
    .await;
    let Ok(Ok((bytes, packed))) = read else {
        return not_built();
    };
    let mut response = (
        [
            (header::CONTENT_TYPE, *kind),
            (header::VARY, "accept-encoding"),
        ],
        bytes,
    )
        .into_response();
    if packed {
        response.headers_mut().insert(
            header::CONTENT_ENCODING,
            axum::http::HeaderValue::from_static("gzip"),
        );
    }
    response
}

/// Whether a request's `Accept-Encoding` takes gzip (and does not refuse it with `q=0`).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused = parts.any(|p| {
                p.strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
                    .is_some_and(|q| q == 0.0)
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}

fn not_built() -> Response {
    let looked: String = search_dirs()
        .iter()
        .map(|dir| {
            format!(
                "<li><code>{}</code></li>",
                escape(&dir.display().to_string())
            )
        })
        .collect();
    (
        StatusCode::NOT_FOUND,
        Html(format!(
            "<!doctype html><meta charset=utf-8><title>Takedown</title>\
             <p>The web version of Takedown is not built on this computer. To build it, run \
             <code>scripts/build-web.sh</code> in the game's folder (see the README), then \
             start the class again, or give its folder with <code>takedown host --web DIR</code>.</p>\
             <p>Looked for <code>takedown_bg.wasm</code> in:</p><ul>{looked}</ul>"
        )),
    )
        .into_response()
}

/// Text made safe inside HTML and SVG (maud's escaping: `&`, `<`, `>`, `"`).
fn escape(text: &str) -> String {
    maud::html! { (text) }.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, value.parse().unwrap());
        headers
    }

    #[test]
    fn gzip_is_sent_only_to_browsers_that_take_it() {
        assert!(accepts_gzip(&accepting("gzip, deflate, br, zstd")));
        assert!(accepts_gzip(&accepting("br;q=1.0, GZIP;q=0.5")));
        assert!(accepts_gzip(&accepting("*")));
        assert!(!accepts_gzip(&accepting("br, zstd")));
        assert!(!accepts_gzip(&accepting("gzip;q=0, br")));
        assert!(!accepts_gzip(&accepting("identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
