//! The web version of the game at `/play`, when it is built (`scripts/build-web.sh` writes
//! `web/dist/`): after a lesson students can play on their own from the teacher's computer,
//! with their progress kept in their own browser. Only the files of the build are served.

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;

/// The files of a web build, with their types.
const FILES: [(&str, &str); 5] = [
    ("index.html", "text/html; charset=utf-8"),
    ("loader.js", "text/javascript; charset=utf-8"),
    ("play.css", "text/css; charset=utf-8"),
    ("takedown.js", "text/javascript; charset=utf-8"),
    ("takedown_bg.wasm", "application/wasm"),
];

/// `web/dist` under the current folder, if a build is there.
pub fn default_dir() -> Option<PathBuf> {
    let dir = PathBuf::from("web/dist");
    dir.join("takedown_bg.wasm").is_file().then_some(dir)
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
            get(move || {
                let dir = index.clone();
                async move { file(dir, "index.html").await }
            }),
        )
        .route(
            "/play/{name}",
            get(
                move |axum::extract::Path(name): axum::extract::Path<String>| {
                    let dir = files.clone();
                    async move { file(dir, &name).await }
                },
            ),
        )
}

async fn file(dir: Option<Arc<PathBuf>>, name: &str) -> Response {
    let Some((name, kind)) = FILES.iter().find(|(f, _)| *f == name) else {
        return (StatusCode::NOT_FOUND, "There is nothing at this address").into_response();
    };
    let Some(dir) = dir else {
        return not_built();
    };
    let path = dir.join(name);
    match tokio::task::spawn_blocking(move || std::fs::read(path)).await {
        Ok(Ok(bytes)) => ([(header::CONTENT_TYPE, *kind)], bytes).into_response(),
        _ => not_built(),
    }
}

fn not_built() -> Response {
    (
        StatusCode::NOT_FOUND,
        Html(
            "<!doctype html><meta charset=utf-8><title>Takedown</title>\
             <p>The web version of Takedown is not built on this computer. To build it, run \
             <code>scripts/build-web.sh</code> in the game's folder (see the README), then \
             start the class again.</p>",
        ),
    )
        .into_response()
}
