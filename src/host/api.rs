//! The routes: the student page and the JSON API (see `docs/class-mode.md`).

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Query, Request, State as Shared};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::{Stream, StreamExt};
use serde::Deserialize;
use serde_json::json;
use tokio::sync::watch;

use super::saver::{SaveFailure, Saver};
use super::{SharedSession, Waker, new_token};
use crate::content::lang::Lang;
use crate::report::lang::word;
use crate::report::student::{StudentView, student_view};
use crate::report::words::read_as;
use crate::rules::class::{ClassError, nickname};
use crate::store::rfc3339;

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 4 * 1024;
/// Wrong join codes accepted from one address per minute before it must wait.
pub const WRONG_CODES_PER_MINUTE: u32 = 10;

const INDEX_HTML: &str = include_str!("page/index.html");
const APP_JS: &str = include_str!("page/app.js");
const APP_CSS: &str = include_str!("page/app.css");

/// What every handler shares.
#[derive(Clone)]
pub(super) struct State(Arc<Inner>);

struct Inner {
    session: SharedSession,
    /// The version of the newest change every phone must see (the teacher's steps: a stage
    /// opened, closed, revealed, a student removed, the class ended), sent by [`super::Host`].
    public: watch::Receiver<u64>,
    closing: watch::Sender<bool>,
    wake: Waker,
    saver: Option<Arc<Saver>>,
    /// Per student token: the version of the student's own last change (a join, an answer),
    /// which only that student's phone needs to hear of. Only that phone's event stream
    /// waits on it, so 200 phones answering at once wake 200 streams, not 200 x 200.
    own: Mutex<HashMap<String, watch::Sender<u64>>>,
    /// Wrong join codes per address: when counting started, and how many.
    wrong_codes: Mutex<HashMap<IpAddr, (Instant, u32)>>,
    /// Maps drawn as SVG, by stage number (0: the case's).
    maps: Mutex<HashMap<usize, String>>,
}

impl State {
    pub(super) fn new(
        session: SharedSession,
        public: watch::Receiver<u64>,
        wake: Waker,
        saver: Option<Arc<Saver>>,
    ) -> State {
        State(Arc::new(Inner {
            session,
            public,
            closing: watch::channel(false).0,
            wake,
            saver,
            own: Mutex::new(HashMap::new()),
            wrong_codes: Mutex::new(HashMap::new()),
            maps: Mutex::new(HashMap::new()),
        }))
    }

    /// End every event stream (before the server stops).
    pub(super) fn close_streams(&self) {
        self.0.closing.send_replace(true);
    }

    /// The student with `token` changed the session (joined, answered): tell that student's
    /// phone and wake the window, and wait until the change is written (a phone is told it
    /// succeeded only once it would survive the program being killed). Other phones show
    /// nothing of it, so they are not sent a new state.
    async fn changed(&self, token: &str, lang: Lang) -> Result<(), ApiError> {
        let version = self.0.session.lock().version();
        self.own_news(token)
            .send_modify(|own| *own = (*own).max(version));
        (self.0.wake)();
        let Some(saver) = &self.0.saver else {
            return Ok(());
        };
        saver.request(version);
        let mut written = saver.written();
        let outcome = tokio::time::timeout(
            SAVE_LIMIT,
            written.wait_for(|w| w.outcome(version).is_some()),
        )
        .await;
        match outcome.map(|w| w.map(|w| w.outcome(version))) {
            Ok(Ok(Some(Ok(())))) => Ok(()),
            Ok(Ok(Some(Err(why)))) => Err(not_saved(lang, &why)),
            _ => Err(not_saved(lang, &SaveFailure::TimedOut)),
        }
    }

    /// As [`State::changed`], and the phones with `others` (a team's members) are told too.
    async fn changed_for(
        &self,
        token: &str,
        others: &[String],
        lang: Lang,
    ) -> Result<(), ApiError> {
        let version = self.0.session.lock().version();
        for other in others {
            self.own_news(other)
                .send_modify(|own| *own = (*own).max(version));
        }
        self.changed(token, lang).await
    }

    /// The news of the own changes of the student with `token` (made on first use).
    fn own_news(&self, token: &str) -> watch::Sender<u64> {
        self.0
            .own
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(token.to_string())
            .or_insert_with(|| watch::channel(0).0)
            .clone()
    }

    /// The view of the student with `token`, in `lang` (the phone's language).
    fn view(&self, token: &str, lang: Lang) -> Result<StudentView, ApiError> {
        let session = self.0.session.lock();
        let student = session.by_token(token).map_err(|e| refused(lang, e))?;
        Ok(student_view(&session, student.id, lang))
    }

    /// Whether `ip` sent too many wrong codes lately; `failed` counts one more.
    fn too_many_wrong_codes(&self, ip: IpAddr, failed: bool) -> bool {
        let mut counts = self.0.wrong_codes.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let entry = counts.entry(ip).or_insert((now, 0));
        if now.duration_since(entry.0) > Duration::from_secs(60) {
            *entry = (now, 0);
        }
        if failed {
            entry.1 += 1;
        }
        entry.1 >= WRONG_CODES_PER_MINUTE
    }
}

/// An error as the API answers it: a status and `{"error": "message"}`.
#[derive(Debug)]
pub(super) struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, axum::Json(json!({ "error": self.1 }))).into_response()
    }
}

impl From<ClassError> for ApiError {
    fn from(e: ClassError) -> Self {
        refused(Lang::En, e)
    }
}

/// A refusal, with its words in `lang` (the phone's language).
fn refused(lang: Lang, e: ClassError) -> ApiError {
    {
        let status = match e {
            ClassError::WrongCode
            | ClassError::Locked
            | ClassError::NameRemoved
            | ClassError::Removed => StatusCode::FORBIDDEN,
            ClassError::Full
            | ClassError::NameTaken
            | ClassError::NameLookalike
            | ClassError::NotOpen
            | ClassError::NoTeam
            | ClassError::UnknownTeam
            | ClassError::TeamChosen
            | ClassError::TeamFull
            | ClassError::TeamAnswered => StatusCode::CONFLICT,
            ClassError::Ended => StatusCode::GONE,
            ClassError::UnknownStudent => StatusCode::NOT_FOUND,
            ClassError::BadName(_) | ClassError::CannotShow(_) | ClassError::Answer(_) => {
                StatusCode::BAD_REQUEST
            }
        };
        ApiError(status, crate::report::phone::class_error(lang, &e))
    }
}

/// The language a phone asked in: `fr`, `nl`, `de` or `en` (English for anything else).
fn lang_of(tag: Option<&str>) -> Lang {
    tag.and_then(Lang::from_tag).unwrap_or_default()
}

/// The body of a POST as JSON of type `T`: too large is 413, not JSON of that shape is 400.
fn json_body<T: serde::de::DeserializeOwned>(
    body: Result<Bytes, BytesRejection>,
) -> Result<T, ApiError> {
    let bytes = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large()
        } else {
            ApiError(StatusCode::BAD_REQUEST, e.body_text())
        }
    })?;
    serde_json::from_slice(&bytes).map_err(|e| {
        ApiError(
            StatusCode::BAD_REQUEST,
            format!("The request is not the JSON expected: {e}"),
        )
    })
}

fn too_large() -> ApiError {
    ApiError(
        StatusCode::PAYLOAD_TOO_LARGE,
        format!("The request is too large: at most {MAX_BODY_BYTES} bytes"),
    )
}

/// How much of a body declared too large is read and thrown away before the 413 goes out.
///
/// A server that answers and closes while the client is still sending leaves unread bytes in
/// its socket; closing it then resets the connection, and the client may lose the answer it was
/// sent (it sees "connection reset" instead of 413). Reading the body first avoids that for
/// bodies up to this size; a larger one, or one slower than [`DRAIN_TIME`], is cut off.
const DRAIN_LIMIT: usize = 1024 * 1024;
/// How long a body declared too large is read before the 413 goes out regardless.
const DRAIN_TIME: Duration = Duration::from_secs(5);

/// Refuses a request whose `Content-Length` is over [`MAX_BODY_BYTES`] with 413 and
/// `Connection: close`, after reading its body (see [`DRAIN_LIMIT`]). A body without a declared
/// length is limited by `DefaultBodyLimit` as it is read.
async fn refuse_oversized(request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_none_or(|n| n <= MAX_BODY_BYTES as u64) {
        return next.run(request).await;
    }
    let mut body = request.into_body().into_data_stream();
    let mut read = 0;
    let drain = async {
        while let Some(Ok(chunk)) = body.next().await {
            read += chunk.len();
            if read > DRAIN_LIMIT {
                break;
            }
        }
    };
    let _ = tokio::time::timeout(DRAIN_TIME, drain).await;
    let mut response = too_large().into_response();
    response
        .headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

/// How often a quiet event stream says it is alive.
pub const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// How long a join or an answer waits for the disk before the phone is told it failed.
const SAVE_LIMIT: Duration = Duration::from_secs(10);

/// The phone is told in its language; the reason, for whoever runs the class, goes to the log.
fn not_saved(lang: Lang, why: &SaveFailure) -> ApiError {
    eprintln!("takedown: the class could not be saved: {why}");
    ApiError(
        StatusCode::SERVICE_UNAVAILABLE,
        word(lang, "class-not-saved"),
    )
}

fn now() -> String {
    rfc3339(crate::store::now())
}

pub(super) fn router(state: State, play: Option<std::path::PathBuf>) -> Router {
    Router::new()
        .merge(super::play::routes(play))
        .route("/", get(|| async { Html(INDEX_HTML) }))
        .route("/app.js", get(|| async { text(APP_JS, "text/javascript") }))
        .route("/app.css", get(|| async { text(APP_CSS, "text/css") }))
        .route("/api/join", post(join))
        .route("/api/state", get(state_of))
        .route("/api/answer", post(answer))
        .route("/api/team-answer", post(team_answer))
        .route("/api/team", post(pick_team))
        .route("/api/events", get(events))
        .route("/api/nickname", get(suggest_nickname))
        .route("/api/words", get(words))
        .route("/api/map", get(map_svg))
        .route("/icons/{name}", get(icon_svg))
        .fallback(|| async {
            ApiError(
                StatusCode::NOT_FOUND,
                "There is nothing at this address".into(),
            )
        })
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(middleware::from_fn(refuse_oversized))
        .layer(middleware::from_fn(safety_headers))
        .with_state(state)
}

fn text(body: &'static str, kind: &str) -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_str(&format!("{kind}; charset=utf-8"))
                .unwrap_or(HeaderValue::from_static("text/plain")),
        )],
        body,
    )
        .into_response()
}

/// The Content-Security-Policy with `$script` added to the scripts' sources.
macro_rules! csp {
    ($script:literal) => {
        concat!(
            "default-src 'self'; script-src 'self'",
            $script,
            "; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; ",
            "form-action 'self'; frame-ancestors 'none'"
        )
    };
}
const CSP: &str = csp!("");
/// The web game compiles its WebAssembly, which a policy must allow by name.
const CSP_PLAY: &str = csp!(" 'wasm-unsafe-eval'");

/// Every answer forbids inline script and framing, and is never cached (but for an icon). The web game at
/// `/play` may also compile its WebAssembly.
async fn safety_headers(request: Request, next: Next) -> Response {
    let play = request.uri().path().starts_with("/play");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(if play { CSP_PLAY } else { CSP }),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    // Never cached, unless the route says otherwise (the icons, which never change).
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

#[derive(Deserialize)]
struct JoinRequest {
    code: String,
    name: String,
    /// A token the phone made itself (32 hex digits), so that a join sent again after a lost
    /// reply is the same student. Without one, or one in use, the server makes one.
    #[serde(default)]
    token: Option<String>,
    /// The phone's language (`fr`): its messages, and how it writes numbers.
    #[serde(default)]
    lang: Option<String>,
}

/// A phone's own token, if it is 32 hex digits.
fn own_token(token: Option<&str>) -> Option<&str> {
    token.filter(|t| {
        t.len() == 32
            && t.bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

async fn join(
    Shared(state): Shared<State>,
    ConnectInfo(from): ConnectInfo<SocketAddr>,
    body: Result<Bytes, BytesRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let request: JoinRequest = json_body(body)?;
    let lang = lang_of(request.lang.as_deref());
    if state.too_many_wrong_codes(from.ip(), false) {
        return Err(ApiError(
            StatusCode::TOO_MANY_REQUESTS,
            word(lang, "class-too-many-codes"),
        ));
    }
    // Every name accepted is drawn on the projector: one its font cannot show is refused here.
    let missing = crate::report::glyphs::undrawable(request.name.trim());
    if !missing.is_empty() {
        return Err(refused(lang, ClassError::CannotShow(missing)));
    }
    let joined = {
        let mut session = state.0.session.lock();
        // A token that another name holds is not this phone's to use.
        let token = match own_token(request.token.as_deref()) {
            Some(t)
                if session.by_token(t).map_or(true, |s| {
                    crate::rules::class::name_key(&s.name)
                        == crate::rules::class::name_key(request.name.trim())
                }) =>
            {
                t.to_string()
            }
            _ => new_token(),
        };
        session
            .join(&request.code, &request.name, &token, &now())
            .map(|_| token)
    };
    match joined {
        Ok(token) => {
            state.changed(&token, lang).await?;
            let name = state
                .0
                .session
                .lock()
                .by_token(&token)
                .map_err(|e| refused(lang, e))?
                .name
                .clone();
            Ok(axum::Json(json!({ "token": token, "name": name })))
        }
        Err(e) => {
            if e == ClassError::WrongCode {
                state.too_many_wrong_codes(from.ip(), true);
            }
            Err(refused(lang, e))
        }
    }
}

#[derive(Deserialize)]
struct TokenQuery {
    #[serde(default)]
    token: String,
    /// The phone's language (`fr`).
    #[serde(default)]
    lang: Option<String>,
}

async fn state_of(
    Shared(state): Shared<State>,
    query: Result<Query<TokenQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let query = query.map(|q| q.0).unwrap_or(TokenQuery {
        token: String::new(),
        lang: None,
    });
    Ok(axum::Json(
        state.view(&query.token, lang_of(query.lang.as_deref()))?,
    ))
}

#[derive(Deserialize)]
struct LangQuery {
    #[serde(default)]
    lang: Option<String>,
}

/// The page's own words in a language (`/api/words?lang=fr`), by message id, with the
/// language's code and its name for itself.
async fn words(
    query: Result<Query<LangQuery>, axum::extract::rejection::QueryRejection>,
) -> impl IntoResponse {
    let lang = lang_of(query.ok().and_then(|q| q.0.lang).as_deref());
    let words: serde_json::Map<String, serde_json::Value> = crate::report::phone::page_words(lang)
        .into_iter()
        .map(|(id, said)| (id.to_string(), serde_json::Value::String(said)))
        .collect();
    axum::Json(json!({
        "lang": lang.code(),
        "words": words,
        "languages": Lang::ALL
            .iter()
            .map(|l| json!({ "code": l.code(), "name": l.endonym() }))
            .collect::<Vec<_>>(),
    }))
}

#[derive(Deserialize)]
struct AnswerRequest {
    token: String,
    text: String,
    /// The phone's language: what the answer is read in (`6.558` is 6,558 in German).
    #[serde(default)]
    lang: Option<String>,
}

async fn answer(
    Shared(state): Shared<State>,
    body: Result<Bytes, BytesRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let request: AnswerRequest = json_body(body)?;
    let lang = lang_of(request.lang.as_deref());
    let read = {
        let mut session = state.0.session.lock();
        let answer = session
            .answer_in(&request.token, &request.text, &now(), lang)
            .map_err(|e| refused(lang, e))?
            .clone();
        as_read(&session, answer, lang)?
    };
    state.changed(&request.token, lang).await?;
    Ok(read)
}

/// The reply to an answer: how it was read, and the id of the stage it answered.
fn as_read(
    session: &crate::rules::class::Session,
    answer: crate::rules::judge::Answer,
    lang: Lang,
) -> Result<axum::Json<serde_json::Value>, ApiError> {
    let stage = session
        .case_in(lang)
        .stages
        .iter()
        .find(|s| s.id == answer.stage_id)
        .ok_or_else(|| ApiError(StatusCode::CONFLICT, word(lang, "class-stage-changed")))?;
    Ok(axum::Json(
        json!({ "read_as": read_as(lang, stage, &answer), "stage": answer.stage_id }),
    ))
}

/// A team's answer, sent by one of its members in the stage's team round. The reply is as an
/// answer's; every member's phone is told (and no other team's).
async fn team_answer(
    Shared(state): Shared<State>,
    body: Result<Bytes, BytesRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let request: AnswerRequest = json_body(body)?;
    let lang = lang_of(request.lang.as_deref());
    let (read, members) = {
        let mut session = state.0.session.lock();
        let answer = session
            .team_answer_in(&request.token, &request.text, &now(), lang)
            .map_err(|e| refused(lang, e))?
            .clone();
        let student = session
            .by_token(&request.token)
            .map_err(|e| refused(lang, e))?
            .id;
        (
            as_read(&session, answer, lang)?,
            teammates_tokens(&session, student),
        )
    };
    state.changed_for(&request.token, &members, lang).await?;
    Ok(read)
}

#[derive(Deserialize)]
struct PickRequest {
    token: String,
    team: u32,
    #[serde(default)]
    lang: Option<String>,
}

/// A student picks a team (while students pick their teams). Every member of the team left
/// and of the team joined is told.
async fn pick_team(
    Shared(state): Shared<State>,
    body: Result<Bytes, BytesRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let request: PickRequest = json_body(body)?;
    let lang = lang_of(request.lang.as_deref());
    let told = {
        let mut session = state.0.session.lock();
        let student = session
            .by_token(&request.token)
            .map_err(|e| refused(lang, e))?
            .id;
        let mut told = teammates_tokens(&session, student);
        session
            .pick_team(&request.token, request.team)
            .map_err(|e| refused(lang, e))?;
        told.extend(teammates_tokens(&session, student));
        // Everyone still picking sees the teams fill.
        told.extend(
            session
                .present()
                .filter(|s| session.team_of(s.id).is_none())
                .map(|s| s.token.clone()),
        );
        told
    };
    state.changed_for(&request.token, &told, lang).await?;
    Ok(axum::Json(json!({ "team": request.team })))
}

/// The tokens of the members of `student`'s team still in the class (the student's too).
fn teammates_tokens(session: &crate::rules::class::Session, student: u32) -> Vec<String> {
    session
        .team_of(student)
        .map(|t| {
            session
                .team_members(t.id)
                .into_iter()
                .filter_map(|m| session.student(m).map(|s| s.token.clone()))
                .collect()
        })
        .unwrap_or_default()
}

async fn suggest_nickname() -> impl IntoResponse {
    use rand::RngExt;
    axum::Json(json!({ "name": nickname(rand::rng().random()) }))
}

#[derive(serde::Deserialize)]
struct MapQuery {
    /// A stage's number (from 1); none for the case's map.
    stage: Option<usize>,
}

/// A map as SVG: the case's (`/api/map`), or a revealed stage's (`/api/map?stage=3`; a stage
/// not revealed yet has none, as its places may give its answer away). Drawn once and kept.
async fn map_svg(
    Shared(state): Shared<State>,
    query: Result<Query<MapQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let none = || ApiError(StatusCode::NOT_FOUND, "There is no map here".into());
    let stage = query.map_err(|_| none())?.0.stage;
    let places = {
        let session = state.0.session.lock();
        match stage {
            None => session.case().places.clone(),
            Some(n) if n >= 1 && n <= session.case().stages.len() && session.is_revealed(n - 1) => {
                session.case().stages[n - 1].places.clone()
            }
            Some(_) => return Err(none()),
        }
    };
    let key = stage.unwrap_or(0);
    let cached = state
        .0
        .maps
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&key)
        .cloned();
    let svg = match cached {
        Some(svg) => svg,
        None => {
            let scene = crate::map::Scene::of(&places).ok_or_else(none)?;
            let frame = crate::map::Frame::fit(&scene, 400, 250);
            let svg = crate::map::svg::svg(
                &scene,
                &frame,
                &crate::map::raster::Palette::DARK,
                &crate::report::places::map_label(crate::content::lang::Lang::En, &places),
            );
            state
                .0
                .maps
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(key, svg.clone());
            svg
        }
    };
    Ok((
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("image/svg+xml; charset=utf-8"),
        )],
        svg,
    )
        .into_response())
}

/// A figure's icon (`/icons/users.svg`, names as [`crate::report::icons::name`]) in black, for
/// the page to tint with a CSS mask. Kept by the browser for a day: icons never change within
/// a version.
async fn icon_svg(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    let kind = file
        .strip_suffix(".svg")
        .and_then(crate::report::icons::kind_named);
    match kind {
        Some(kind) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("image/svg+xml; charset=utf-8"),
                ),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=86400"),
                ),
            ],
            crate::report::icons::svg(kind, "#000"),
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "There is no such icon").into_response(),
    }
}

/// The student's view, now and whenever the session changes, until the server stops or the
/// student is removed. Browsers reconnect by themselves if the stream breaks.
async fn events(
    Shared(state): Shared<State>,
    query: Result<Query<TokenQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let query = query.map(|q| q.0).unwrap_or(TokenQuery {
        token: String::new(),
        lang: None,
    });
    let (token, lang) = (query.token, lang_of(query.lang.as_deref()));
    state.view(&token, lang)?;
    let mut public = state.0.public.clone();
    let mut own = state.own_news(&token).subscribe();
    // What happened before the stream opened is in the first state sent.
    public.borrow_and_update();
    own.borrow_and_update();
    let closing = state.0.closing.subscribe();
    let stream = futures_util::stream::unfold(
        (state, token, (public, own), closing, None::<u64>, false),
        move |(state, token, (mut public, mut own), mut closing, sent, done)| async move {
            if done || *closing.borrow() {
                return None;
            }
            // Wait for a change this phone must hear of: the class's, or its own.
            if let Some(sent) = sent {
                loop {
                    tokio::select! {
                        changed = public.changed() => changed.ok()?,
                        changed = own.changed() => changed.ok()?,
                        _ = closing.changed() => return None,
                    }
                    let news = (*public.borrow_and_update()).max(*own.borrow_and_update());
                    if news > sent {
                        break;
                    }
                }
            }
            let (event, version, done) = match state.view(&token, lang) {
                // The class's end is the last thing a phone hears.
                Ok(view) => (
                    Event::default()
                        .event("state")
                        .id(view.version.to_string())
                        .json_data(&view)
                        .unwrap_or_else(|_| Event::default().comment("unreadable state")),
                    view.version,
                    view.ended,
                ),
                Err(ApiError(_, message)) => (
                    Event::default()
                        .event("gone")
                        .json_data(json!({ "error": message }))
                        .unwrap_or_else(|_| Event::default().event("gone")),
                    0,
                    true,
                ),
            };
            Some((
                Ok(event),
                (state, token, (public, own), closing, Some(version), done),
            ))
        },
    );
    // A named event, not a comment, so the page can tell a quiet stream from a dead one
    // (iOS Safari drops streams in the background without a word).
    Ok(Sse::new(stream).keep_alive(
        KeepAlive::new()
            .interval(KEEP_ALIVE)
            .event(Event::default().event("ping").data("")),
    ))
}
