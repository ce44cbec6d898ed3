//! The student page in a real browser: Debian's Chromium, headless, on a 390x844 phone
//! viewport, driven over WebDriver (chromedriver) with a few HTTP calls. A student joins from
//! the URL, types `6,5k`, sees how it was read, sees the teacher's reveal, reloads the page and
//! is still in the class. Screenshots of each step go to `target/class-browser/` to look at.
//!
//! Needs the packages `chromium` and `chromium-driver` (`.ci/run` installs them). Without
//! them the test says so and passes, unless `TAKEDOWN_REQUIRE_BROWSER` is set, as it is in CI.

mod common;

use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;
use std::sync::Arc;

use common::browser::{Driver, Viewport};
use serde_json::json;
use takedown::content::library::Library;
use takedown::host::{Host, SharedSession};
use takedown::rules::class::Session;

#[test]
fn a_student_joins_answers_sees_the_reveal_and_survives_a_reload() {
    let Some((driver, profile)) = phone("join") else {
        return;
    };
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../class-browser");
    std::fs::create_dir_all(&shots).unwrap();
    let (session, host) = class();
    let teacher = |step: &dyn Fn(&mut Session)| {
        step(&mut session.lock());
        host.changed();
    };

    driver.go(&format!("http://{}/?code=4821", host.addr()));
    driver.wait_for_text("#join h2", "Join the class");
    driver.screenshot(&shots.join("join.png"));
    driver.type_into("#name", "Ana");
    driver.click("#join-button");
    driver.wait_for_text("#lobby-title", "You're in, Ana");
    driver.screenshot(&shots.join("lobby.png"));
    assert_eq!(session.lock().present().count(), 1);

    // The teacher opens stage 2, the subscription price in euros.
    teacher(&|s| {
        s.advance();
        s.reveal();
        s.advance();
    });
    let title = session.lock().case().stages[1].title.clone();
    driver.wait_for_text("#stage-title", &title);
    driver.type_into("#guess", "6,5k\u{E007}"); // typed, then Enter
    let echo = driver.wait_for_text("#echo", "Read as");
    assert!(echo.contains("€6,500"), "{echo}");
    driver.screenshot(&shots.join("answered.png"));
    assert_eq!(session.lock().answered(1), 1);

    teacher(&|s| {
        s.reveal();
    });
    driver.wait_for_text("#truth", "€1,500");
    let verdict = driver.wait_for_text("#verdict", "points");
    assert!(verdict.contains("too high"), "{verdict}");
    // The stage's map, drawn by the server, with its places listed under it.
    driver.wait_for_text("#stage-places", "Servers: France");
    driver.wait_until(
        "var i = document.getElementById('stage-map-img'); \
         return !document.getElementById('stage-map').hidden && i.complete && i.naturalWidth > 0",
        std::time::Duration::from_secs(10),
        "the stage's map never showed",
    );
    driver.screenshot(&shots.join("reveal.png"));

    // A reload: the page comes back by itself, with its token, in the class.
    driver.call("POST", "/refresh", Some(json!({})));
    driver.wait_for_text("#truth", "€1,500");
    driver.wait_for_text("#who", "Ana");
    assert_eq!(session.lock().present().count(), 1, "no second Ana");
    driver.screenshot(&shots.join("after-reload.png"));
    drop(driver);
    let _ = std::fs::remove_dir_all(&profile);
}

/// Start Chromium on a phone-sized screen, or say why not (and pass, unless CI requires it).
fn phone(name: &str) -> Option<(Driver, PathBuf)> {
    phone_in(name, &[])
}

/// A class of EncroChat on 127.0.0.1, with the case in every language for the phones, and a
/// way for the teacher to act on it.
fn class() -> (SharedSession, Host) {
    let library = Library::load(None);
    let case = library.find("encrochat").unwrap().clone();
    let mut session = Session::new(case, 7, "4821", "2026-11-27T09:00:00Z");
    session.set_translations(
        takedown::content::lang::Lang::ALL
            .into_iter()
            .filter_map(|l| Some((l, library.case_in("encrochat", l)?)))
            .collect(),
    );
    let session = SharedSession::new(session);
    let host = Host::start(
        session.clone(),
        IpAddr::V4(Ipv4Addr::LOCALHOST),
        0,
        Arc::new(|| {}),
        None,
        None,
    )
    .unwrap();
    (session, host)
}

/// Move the class on until stage `n` is open.
fn open_stage(session: &SharedSession, host: &Host, n: usize) {
    use takedown::rules::class::ClassPhase;
    let mut s = session.lock();
    while s.phase() != ClassPhase::Open(n) {
        s.advance();
    }
    drop(s);
    host.changed();
}

/// What issue 14 found on the phone: focus fell to the page when a classmate answered, a
/// reload lost what was sent, a typed answer silently became "no answer", and the class's end
/// left "Reconnecting…" for ever.
#[test]
fn the_phone_keeps_the_students_work() {
    let Some((driver, profile)) = phone("work") else {
        return;
    };
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../class-browser");
    std::fs::create_dir_all(&shots).unwrap();
    let (session, host) = class();
    let base = format!("http://{}", host.addr());
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let classmate = |name: &str| -> String {
        let mut r = agent
            .post(format!("{base}/api/join"))
            .send_json(json!({ "code": "4821", "name": name }))
            .unwrap();
        let body: serde_json::Value = r.body_mut().read_json().unwrap();
        body["token"].as_str().unwrap().to_string()
    };
    let answer = |token: &str, text: &str| {
        agent
            .post(format!("{base}/api/answer"))
            .send_json(json!({ "token": token, "text": text }))
            .unwrap();
    };

    driver.go(&format!("{base}/?code=4821"));
    driver.wait_for_text("#join h2", "Join the class");
    driver.type_into("#name", "Ana");
    driver.click("#join-button");
    driver.wait_for_text("#lobby-title", "You're in, Ana");
    let bo = classmate("Bo");

    let order = session
        .lock()
        .case()
        .stages
        .iter()
        .position(|s| matches!(s.question, takedown::content::Question::Order(_)))
        .unwrap();
    // An estimate typed and not sent: the phone says so, and says so when the stage closes.
    let estimate_in = |stages: std::ops::Range<usize>| {
        stages
            .into_iter()
            .find(|&n| {
                matches!(
                    session.lock().case().stages[n].question,
                    takedown::content::Question::Estimate(_)
                )
            })
            .unwrap()
    };
    let estimate = estimate_in(0..order);
    open_stage(&session, &host, estimate);
    driver.wait_until(
        "return !document.getElementById('estimate-form').hidden && !document.getElementById('guess').disabled",
        std::time::Duration::from_secs(10),
        "the estimate stage",
    );
    driver.type_into("#guess", "5000");
    driver.wait_for_text("#unsent", "Not sent yet: press Send");
    session.lock().advance();
    host.changed();
    driver.wait_for_text("#unsent", "The stage closed before you sent “5000”");
    driver.screenshot(&shots.join("closed-unsent.png"));
    // A sent answer comes back into the field after a reload.
    let again = estimate_in(estimate + 1..order);
    open_stage(&session, &host, again);
    driver.wait_until(
        "return !document.getElementById('guess').disabled",
        std::time::Duration::from_secs(10),
        "the next estimate stage",
    );
    driver.type_into("#guess", "1200");
    driver.type_into("#range", "800-2000\u{E006}");
    driver.wait_for_text("#echo", "Read as");
    driver.call("POST", "/refresh", Some(json!({})));
    driver.wait_until(
        "return document.getElementById('guess').value === '1200' && document.getElementById('range').value === '800-2000'",
        std::time::Duration::from_secs(10),
        "what was sent, back in the fields",
    );

    // An order stage: focus on the first event's ▼, then a classmate answers.
    open_stage(&session, &host, order);
    driver.wait_until(
        "return !document.getElementById('order').hidden",
        std::time::Duration::from_secs(10),
        "the order stage",
    );
    driver.execute(
        "var b = document.querySelectorAll('#events li')[0].querySelectorAll('button')[1];
         b.focus(); window.__pressed = b; return true;",
    );
    let letters: String = {
        let count = session.lock().case().stages[order].question.item_count();
        (0..count)
            .map(|i| ((b'A' + i as u8) as char).to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    answer(&bo, &letters);
    driver.wait_until(
        "return document.activeElement === window.__pressed",
        std::time::Duration::from_secs(3),
        "focus stays on ▼ when a classmate answers",
    );
    std::thread::sleep(std::time::Duration::from_millis(700));
    assert_eq!(
        driver.execute("return document.activeElement === window.__pressed"),
        json!(true),
        "still there after the push"
    );
    // ▼ by keyboard: the event moves down and focus follows it.
    let first =
        driver.execute("return document.querySelectorAll('#events li span')[0].textContent");
    driver.keys("\u{E006}");
    driver.wait_until(
        &format!(
            "return document.querySelectorAll('#events li span')[1].textContent === {first}
             && document.activeElement.closest('li') === document.querySelectorAll('#events li')[1]"
        ),
        std::time::Duration::from_secs(3),
        "the event moved down with focus",
    );
    driver.wait_for_text("#unsent", "Not sent yet");
    driver.screenshot(&shots.join("order-unsent.png"));
    driver.click("#send-order");
    driver.wait_for_text("#echo", "Read as");
    assert_eq!(
        driver.execute("return document.getElementById('unsent').textContent"),
        json!("")
    );
    let arranged = driver.execute(
        "return Array.from(document.querySelectorAll('#events li span')).map(s => s.textContent).join('|')",
    );
    // A reload shows the order as sent, not as first shown.
    driver.call("POST", "/refresh", Some(json!({})));
    driver.wait_until(
        &format!(
            "return Array.from(document.querySelectorAll('#events li span')).map(s => s.textContent).join('|') === {arranged}"
        ),
        std::time::Duration::from_secs(10),
        "the sent order after a reload",
    );
    // Its icon beside the prompt (a calendar: events in time), drawn from the server's SVG.
    driver.wait_until(
        "var i = document.getElementById('prompt-icon'); \
         return !i.hidden && getComputedStyle(i).webkitMaskImage.indexOf('/icons/calendar-range.svg') > 0 \
             && i.getBoundingClientRect().width > 20",
        std::time::Duration::from_secs(10),
        "the order's icon beside its prompt",
    );

    // The order's reveal: each event with its date and where this student had put it.
    session.lock().reveal();
    host.changed();
    driver.wait_until(
        "return document.querySelectorAll('#truth-events li .event-date').length > 0",
        std::time::Duration::from_secs(10),
        "the order's reveal with dates",
    );
    let lines = driver.execute(
        "return Array.from(document.querySelectorAll('#truth-events li')).map(li => li.textContent)",
    );
    let lines: Vec<String> = serde_json::from_value(lines).unwrap();
    let question = session.lock().case().stages[order].question.clone();
    let takedown::content::Question::Order(truth) = &question else {
        unreachable!("an order stage")
    };
    assert_eq!(lines.len(), truth.events.len());
    for (line, (event, date)) in lines.iter().zip(truth.events.iter().zip(&truth.dates)) {
        let date = takedown::content::number::format_date(date);
        assert!(line.starts_with(&format!("{date}{event}")), "{line}");
        assert!(line.contains("you had it"), "{line}");
    }
    driver.screenshot(&shots.join("order-reveal.png"));

    // The debrief reads at 390 px: no word broken letter by letter.
    {
        let mut s = session.lock();
        while s.phase() != takedown::rules::class::ClassPhase::Debrief {
            s.advance();
        }
    }
    host.changed();
    driver.wait_for_text("#score", "");
    driver.wait_until(
        "return !document.getElementById('debrief').hidden",
        std::time::Duration::from_secs(10),
        "the debrief",
    );
    driver.screenshot(&shots.join("debrief.png"));
    // A word broken letter by letter takes more lines than the text has words.
    let narrow = driver.execute(
        "return Array.from(document.querySelectorAll('#rows dt, #rows dd, #rows .row-title')).filter(d => {
             const r = document.createRange(); r.selectNodeContents(d);
             const lines = new Set(Array.from(r.getClientRects()).map(b => Math.round(b.top))).size;
             return lines > d.textContent.trim().split(/\\s+/).length;
         }).map(d => d.textContent)",
    );
    assert_eq!(narrow, json!([]), "no word broken letter by letter");
    driver.screenshot(&shots.join("debrief.png"));

    // The teacher ends the class: the phone says so and stops reconnecting, even once the
    // server has gone.
    session.lock().end();
    host.changed();
    driver.wait_until(
        "return !document.getElementById('ended').hidden",
        std::time::Duration::from_secs(10),
        "the class's end on the phone",
    );
    host.stop();
    std::thread::sleep(std::time::Duration::from_secs(3));
    let status = driver.execute("return document.getElementById('status').textContent");
    assert_eq!(status, json!(""), "no Reconnecting… after the end");
    assert_eq!(
        driver.execute("return document.getElementById('debrief').hidden"),
        json!(false),
        "the student's results stay"
    );
    driver.screenshot(&shots.join("ended.png"));
    drop(driver);
    let _ = std::fs::remove_dir_all(&profile);
}

/// Three phones in one team (issue 17): each answers alone, picks the same team on its phone,
/// one sends the team's answer and the other two see it at once; a team of three students on
/// other devices (plain HTTP) never sees it; then each phone may revise its own answer.
#[test]
fn three_phones_in_one_team_agree_on_one_answer() {
    use takedown::rules::class::{ClassPhase, TeamForming};
    let names = ["Ana", "Bo", "Cy"];
    let mut phones = Vec::new();
    for name in names {
        let Some(phone) = phone(&format!("team-{name}")) else {
            return;
        };
        phones.push(phone);
    }
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../class-browser");
    std::fs::create_dir_all(&shots).unwrap();
    let (session, host) = class();
    let teacher = |step: &dyn Fn(&mut Session)| {
        step(&mut session.lock());
        host.changed();
    };
    for ((driver, _), name) in phones.iter().zip(names) {
        driver.go(&format!("http://{}/?code=4821", host.addr()));
        driver.wait_for_text("#join h2", "Join the class");
        driver.type_into("#name", name);
        driver.click("#join-button");
        driver.wait_for_text("#lobby-title", &format!("You're in, {name}"));
    }
    // Three more students on other devices.
    let others: Vec<String> = {
        let mut s = session.lock();
        (0..3)
            .map(|i| {
                let token = format!("{:032x}", 0xabc0 + i);
                s.join(
                    "4821",
                    &format!("Other {i}"),
                    &token,
                    "2026-11-30T10:00:00Z",
                )
                .unwrap();
                token
            })
            .collect()
    };
    teacher(&|s| {
        s.set_forming(TeamForming::Picked);
        s.advance();
    });
    let title = session.lock().case().stages[0].title.clone();
    for (i, (driver, _)) in phones.iter().enumerate() {
        driver.wait_for_text("#stage-title", &title);
        driver.type_into("#guess", &format!("{}\u{E007}", 2014 + i));
        driver.wait_for_text("#echo", "Read as");
    }
    teacher(&|s| {
        assert!(s.team_round());
    });
    // Each phone picks the first team; the others pick the second.
    for (driver, _) in &phones {
        driver.wait_for_text("#pick", "Pick your team");
        driver.click("#pick-teams button");
        driver.wait_for_text("#team-title", "Team ");
    }
    {
        let mut s = session.lock();
        let second = s.teams()[1].id;
        for token in &others {
            s.pick_team(token, second).unwrap();
        }
        let first = &s.teams()[0];
        assert_eq!(first.members.len(), 3, "the three phones in one team");
    }
    host.changed();
    for (driver, _) in &phones {
        driver.wait_for_text("#team-members", "Ana, Bo, Cy");
    }
    phones[0]
        .0
        .wait_for_text("label[for=guess]", "Your team's best guess");
    assert_eq!(
        phones[0]
            .0
            .execute("return document.getElementById('guess').value"),
        "",
        "the field is for the team's answer, not one's own"
    );
    phones[0].0.screenshot(&shots.join("team-round.png"));
    // Ana sends the team's answer; Bo and Cy see it.
    phones[0].0.clear("#guess");
    phones[0].0.type_into("#guess", "2017\u{E007}");
    phones[0].0.wait_for_text("#echo", "Your team's answer");
    for (driver, _) in &phones[1..] {
        let echo = driver.wait_for_text("#echo", "sent by Ana");
        assert!(echo.contains("2017"), "{echo}");
    }
    phones[1].0.screenshot(&shots.join("team-answer-seen.png"));
    assert_eq!(session.lock().team_answers_to(0).count(), 1);
    // The other team's devices get nothing of it.
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    for token in &others {
        let text = agent
            .get(format!("http://{}/api/state?token={token}", host.addr()))
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap();
        let view: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert!(
            view["stage"]["team"]["answer"].is_null() && !text.contains("Ana"),
            "another team reads nothing of it: {text}"
        );
    }
    // Then each may revise their own.
    teacher(&|s| {
        s.advance();
    });
    assert_eq!(session.lock().phase(), ClassPhase::Revise(0));
    let (bo, _) = &phones[1];
    bo.wait_for_text("#team-help", "Now you may revise");
    assert_eq!(
        bo.execute("return document.getElementById('guess').value"),
        "2015",
        "the field holds Bo's own answer again"
    );
    bo.clear("#guess");
    bo.type_into("#guess", "2017\u{E007}");
    bo.wait_for_text("#echo", "Read as 2017");
    bo.screenshot(&shots.join("revised.png"));
    let s = session.lock();
    let bo_id = s.present().find(|p| p.name == "Bo").unwrap().id;
    assert_eq!(s.revised_of(bo_id, 0).unwrap().text, "2017");
    assert_eq!(
        s.answer_of(bo_id, 0).unwrap().text,
        "2015",
        "the answer alone is kept"
    );
    drop(s);
    for (driver, profile) in phones {
        drop(driver);
        let _ = std::fs::remove_dir_all(&profile);
    }
}

/// Two phones in one class, each in its own language (issue 19): a French phone (its
/// browser's language) and one switched to Dutch on the page. Each sees the page and the case
/// in its language, types the price as its language writes it, and is read right.
#[test]
fn each_phone_speaks_its_own_language() {
    let Some((french, french_profile)) =
        phone_in("fr", &["--lang=fr-FR", "--accept-lang=fr-FR,fr"])
    else {
        return;
    };
    let Some((dutch, dutch_profile)) = phone("nl") else {
        return;
    };
    let shots = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../class-browser");
    std::fs::create_dir_all(&shots).unwrap();
    let (session, host) = class();
    let address = format!("http://{}/?code=4821", host.addr());

    // The French browser's page is in French at once.
    french.go(&address);
    french.wait_for_text("#join h2", "Rejoindre la classe");
    french.type_into("#name", "Aline");
    french.click("#join-button");
    french.wait_for_text("#lobby-title", "Vous y êtes, Aline");
    french.screenshot(&shots.join("fr-lobby.png"));

    // The other phone switches to Dutch on the page.
    dutch.go(&address);
    dutch.wait_for_text("#join h2", "Join the class");
    dutch.execute(
        "var s = document.getElementById('lang'); s.value = 'nl'; \
         s.dispatchEvent(new Event('change')); return true;",
    );
    dutch.wait_for_text("#join h2", "Doe mee met de klas");
    assert_eq!(
        dutch.execute("return document.documentElement.lang;"),
        json!("nl")
    );
    dutch.type_into("#name", "Bram");
    dutch.click("#join-button");
    dutch.wait_for_text("#lobby-title", "Je doet mee, Bram");

    // Stage 2: the subscription's price, €1,500.
    open_stage(&session, &host, 1);
    french.wait_for_text("#stage-title", "Le prix du secret");
    dutch.wait_for_text("#stage-title", "De prijs van geheimhouding");
    french.type_into("#guess", "1 500\u{E007}");
    // WebDriver gives no-break spaces as plain ones.
    let plain = |text: String| text.replace(['\u{202f}', '\u{a0}'], " ");
    let echo = plain(french.wait_for_text("#echo", "Lu comme"));
    assert!(echo.contains("1 500 €"), "{echo}");
    dutch.type_into("#guess", "1.500\u{E007}");
    let echo = plain(dutch.wait_for_text("#echo", "Gelezen als"));
    assert!(echo.contains("€ 1.500"), "{echo}");
    french.screenshot(&shots.join("fr-answered.png"));
    dutch.screenshot(&shots.join("nl-answered.png"));
    {
        let s = session.lock();
        for student in [1, 2] {
            assert_eq!(
                s.answer_of(student, 1).unwrap().answer.guess(),
                Some(1500.0)
            );
        }
    }

    // The reveal, in each language.
    session.lock().reveal();
    host.changed();
    french.wait_for_text("#truth", "500");
    dutch.wait_for_text("#truth", "1.500");
    assert_eq!(
        french.execute("return document.getElementById('truth').textContent"),
        json!("1\u{202f}500\u{a0}€"),
        "French writes the narrow no-break space CLDR gives"
    );
    assert_eq!(
        dutch.execute("return document.getElementById('truth').textContent"),
        json!("€\u{a0}1.500")
    );
    let verdict = french.wait_for_text("#verdict", "100 points");
    assert!(verdict.contains("exact"), "{verdict}");
    french.screenshot(&shots.join("fr-reveal.png"));
    dutch.screenshot(&shots.join("nl-reveal.png"));
    drop(french);
    drop(dutch);
    let _ = std::fs::remove_dir_all(&french_profile);
    let _ = std::fs::remove_dir_all(&dutch_profile);
}

/// [`phone`], with Chromium started with `flags` (a language).
fn phone_in(name: &str, flags: &[&str]) -> Option<(Driver, PathBuf)> {
    let profile =
        std::env::temp_dir().join(format!("takedown-chromium-{name}-{}", std::process::id()));
    let Some(driver) = Driver::start_with(&profile, Viewport::Phone, flags) else {
        assert!(
            std::env::var_os("TAKEDOWN_REQUIRE_BROWSER").is_none(),
            "chromium and chromedriver are required here (apt-get install chromium chromium-driver)"
        );
        eprintln!("skipped: no chromium/chromedriver (apt-get install chromium chromium-driver)");
        return None;
    };
    Some((driver, profile))
}

/// The phone page passes axe-core's WCAG A and AA rules at each step a student meets (joining,
/// the lobby, a question, a sent answer, the reveal, in English and in French), and tells a
/// screen reader, without moving its place, that a stage opened and that it was revealed.
#[test]
fn the_phone_page_has_no_accessibility_violations_and_announces_each_step() {
    let Some(axe) = common::browser::axe() else {
        return;
    };
    let Some((driver, profile)) = phone("axe") else {
        return;
    };
    let (session, host) = class();
    let check = |when: &str| {
        let found = driver.axe_violations(&axe);
        assert!(found.is_empty(), "axe-core, {when}: {found:#?}");
    };
    driver.go(&format!("http://{}/?code=4821", host.addr()));
    driver.wait_for_text("#join h2", "Join the class");
    // axe finds what it should: a picture without words, put there and taken away.
    driver.execute(
        "const i = document.createElement('img'); i.id = 'bad'; i.src = 'x.png';
         document.querySelector('main').append(i); return true",
    );
    let found = driver.axe_violations(&axe);
    assert!(
        found.iter().any(|v| v.starts_with("image-alt")),
        "{found:#?}"
    );
    driver.execute("document.getElementById('bad').remove(); return true");
    check("joining");
    driver.type_into("#name", "Ana");
    driver.click("#join-button");
    driver.wait_for_text("#lobby-title", "You're in, Ana");
    check("in the lobby");

    open_stage(&session, &host, 1);
    let title = session.lock().case().stages[1].title.clone();
    driver.wait_for_text("#stage-title", &title);
    driver.wait_for_text("#announce", &format!("Stage 2 is open: {title}"));
    check("on a question");
    driver.type_into("#guess", "6,5k\u{E007}");
    driver.wait_for_text("#echo", "Read as");
    check("with an answer sent");
    session.lock().reveal();
    host.changed();
    driver.wait_for_text("#truth", "€1,500");
    driver.wait_for_text("#announce", "The answer is revealed: €1,500");
    check("on the reveal");

    // The same in French, the page's words and its announcements.
    driver.execute(
        "const s = document.getElementById('lang'); s.value = 'fr';
        s.dispatchEvent(new Event('change')); return true",
    );
    driver.wait_until(
        "return document.getElementById('truth').textContent === '1\\u202f500\\u00a0€'",
        std::time::Duration::from_secs(20),
        "the reveal in French",
    );
    check("in French");
    assert_eq!(
        driver.execute("return document.getElementById('announce').getAttribute('aria-live')"),
        serde_json::Value::from("polite")
    );
    drop(driver);
    let _ = std::fs::remove_dir_all(&profile);
}
