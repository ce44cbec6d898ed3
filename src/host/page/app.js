// The student page of a Takedown class: join, answer each stage, see the reveal and your own
// debrief. Plain JavaScript, no framework, nothing from the internet. Everything the server
// sends is shown as text, never as markup.
//
// A stage's parts (options, events and their buttons) are made once when the stage arrives and
// updated in place after that, so a classmate's answer never moves this student's focus.
"use strict";

(function () {
  var KEY = "takedown-class";
  var TIMEOUT_MS = 10000;  // a request with no reply by then has failed
  var QUIET_MS = 40000;    // the server says "ping" every 15 s: a stream quiet this long is dead
  var token = null;
  var view = null;          // the state shown
  var source = null;
  var poller = null;
  var watchdog = null;
  var lastHeard = 0;
  var builtFor = null;      // the stage id whose parts are on the page
  var orderDraft = null;    // shown positions, earliest first
  var orderTouched = false; // the student moved an event since the stage came
  var sentText = null;      // what the server has of this student's answer to the stage shown
  var builtRound = null;    // "alone", "teams" or "revise": which answer the fields hold
  var pickShown = "";       // the teams to pick from, as last drawn
  var joinToken = null;     // this phone's own token for the join being tried
  var ended = false;
  var LANG_KEY = "takedown-lang";
  var LANGS = ["en", "fr", "nl", "de"];
  var lang = pickLang();    // this phone's language, independent of the projector's
  var words = {};           // the page's words in it, from the server (/api/words)

  // The language chosen on this phone before, else the browser's first that the game speaks.
  function pickLang() {
    var kept = null;
    try { kept = localStorage.getItem(LANG_KEY); } catch (e) { /* private mode */ }
    if (kept && LANGS.indexOf(kept) >= 0) { return kept; }
    var wanted = navigator.languages || [navigator.language || "en"];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i] || "").toLowerCase().split(/[-_]/)[0];
      if (LANGS.indexOf(code) >= 0) { return code; }
    }
    return "en";
  }

  // A word of the page, with its places filled in: t("phone-team", {number: 3}).
  function t(id, fill) {
    var text = words[id] || id;
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return fill && fill[name] !== undefined ? String(fill[name]) : all;
    });
  }

  // The page's words in `lang`, then every word on the page in them.
  function loadWords() {
    return api("GET", "/api/words?lang=" + encodeURIComponent(lang)).then(function (r) {
      if (!r.ok) { return false; }
      words = r.json.words || {};
      lang = r.json.lang || lang;
      document.documentElement.lang = lang;
      Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (node) {
        var said = t(node.getAttribute("data-t"));
        if (node.tagName === "TITLE") { document.title = said; } else if (node.textContent !== said) { node.textContent = said; }
      });
      $("lang").value = lang;
      return true;
    });
  }

  function $(id) { return document.getElementById(id); }
  function show(id, on) { $(id).hidden = !on; }
  function setText(id, text) {
    var node = $(id);
    text = text || "";
    if (node.textContent !== text) { node.textContent = text; }
  }

  function saved() {
    try { return JSON.parse(localStorage.getItem(KEY) || "null"); } catch (e) { return null; }
  }
  function keep(value) {
    try {
      if (value) { localStorage.setItem(KEY, JSON.stringify(value)); } else { localStorage.removeItem(KEY); }
    } catch (e) { /* private mode: the token lives only in memory */ }
  }

  // 128 random bits in hex: the phone's own token, so a join sent again is the same student.
  function newToken() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  // A request that gives up after TIMEOUT_MS. Resolves to {ok, status, json}; status 0 means
  // no reply (the teacher's computer did not answer).
  function api(method, path, body) {
    var options = { method: method, headers: {}, cache: "no-store" };
    var controller = window.AbortController ? new AbortController() : null;
    if (controller) { options.signal = controller.signal; }
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    var timer = null;
    var timeout = new Promise(function (resolve) {
      timer = setTimeout(function () {
        if (controller) { controller.abort(); }
        resolve({ ok: false, status: 0, json: {} });
      }, TIMEOUT_MS);
    });
    var request = fetch(path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { ok: response.ok, status: response.status, json: json };
      });
    }).catch(function () { return { ok: false, status: 0, json: {} }; });
    return Promise.race([request, timeout]).then(function (r) { clearTimeout(timer); return r; });
  }

  // The words for a failed request.
  function failure(r, what) {
    if (r.status === 0) { return t("phone-no-reply", { what: what }); }
    return r.json.error || t("phone-error-status", { what: what, status: r.status });
  }

  // ---- joining ----

  // Back to the join form. A student the server does not know (404: the teacher's computer
  // restarted on another class, say) keeps their token and name for the next join, so that
  // joining the right class again brings them back as themselves rather than "name taken".
  function showJoin(message, status) {
    var before = saved();
    if (status === 404 && before && before.token) {
      joinToken = before.token;
      if (before.name && !$("name").value) { $("name").value = before.name; }
    }
    token = null;
    view = null;
    builtFor = null;
    keep(null);
    stopListening();
    ["lobby", "stage", "debrief", "ended"].forEach(function (id) { show(id, false); });
    show("join", true);
    setText("who", "");
    setText("status", "");
    setText("join-error", message || "");
    var code = new URLSearchParams(location.search).get("code");
    if (code && !$("code").value) { $("code").value = code; }
    ($("code").value ? $("name") : $("code")).focus();
  }

  $("join-form").addEventListener("submit", function (event) {
    event.preventDefault();
    $("join-button").disabled = true;
    setText("join-error", "");
    joinToken = joinToken || newToken();
    api("POST", "/api/join", { code: $("code").value.trim(), name: $("name").value, token: joinToken, lang: lang })
      .then(function (r) {
        if (r.ok) {
          token = r.json.token;
          joinToken = null;
          keep({ token: token, name: r.json.name });
          show("join", false);
          listen();
        } else {
          setText("join-error", failure(r, t("phone-join-failed")));
        }
        $("join-button").disabled = false;
      });
  });
  // Another name is another join.
  $("name").addEventListener("input", function () { joinToken = null; });

  $("suggest").addEventListener("click", function () {
    api("GET", "/api/nickname").then(function (r) {
      if (r.ok) { $("name").value = r.json.name; joinToken = null; }
      else { setText("join-error", failure(r, t("phone-no-nickname"))); }
    });
  });

  // ---- staying in touch: events, with polling while they are down ----

  function listen() {
    stopListening();
    if (ended) { return; }
    refresh();
    if (window.EventSource) {
      lastHeard = Date.now();
      source = new EventSource("/api/events?token=" + encodeURIComponent(token) + "&lang=" + lang);
      source.addEventListener("state", function (event) {
        lastHeard = Date.now();
        stopPolling();
        setText("status", "");
        render(JSON.parse(event.data));
      });
      source.addEventListener("ping", function () { lastHeard = Date.now(); });
      source.addEventListener("gone", function (event) {
        var message = "";
        try { message = JSON.parse(event.data).error; } catch (e) { /* keep it empty */ }
        showJoin(message);
      });
      source.onerror = function () {
        if (ended) { return; }
        setText("status", t("phone-reconnecting"));
        startPolling();
      };
      // A stream that went quiet (a phone's browser may drop it in the background without a
      // word) is opened again.
      watchdog = setInterval(function () {
        if (Date.now() - lastHeard > QUIET_MS) { listen(); }
      }, 5000);
    } else {
      startPolling();
    }
  }

  function stopListening() {
    if (source) { source.close(); source = null; }
    if (watchdog) { clearInterval(watchdog); watchdog = null; }
    stopPolling();
  }
  function startPolling() {
    if (!poller) { poller = setInterval(refresh, 2000); }
  }
  function stopPolling() {
    if (poller) { clearInterval(poller); poller = null; }
  }

  function refresh() {
    if (!token) { return; }
    api("GET", "/api/state?token=" + encodeURIComponent(token) + "&lang=" + lang).then(function (r) {
      if (r.ok) {
        setText("status", "");
        render(r.json);
      } else if (r.status === 404 || r.status === 403) {
        showJoin(r.json.error, r.status);
      } else if (!ended) {
        setText("status", r.status === 0 ? t("phone-reconnecting") : failure(r, t("phone-unreadable")));
      }
    });
  }

  // A phone that wakes up, or a page restored from the back-forward cache, opens the stream
  // again (the browser may have dropped it while asleep) and asks at once.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && token && !ended) { listen(); }
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && token && !ended) { listen(); }
  });

  // ---- showing the class ----

  // Whether state `a` is older than state `b`: a slow reply never replaces a newer push.
  function older(a, b) {
    if (a.epoch !== b.epoch) { return a.epoch < b.epoch; }
    return a.version < b.version;
  }

  function render(next) {
    if (view && older(next, view)) { return; }
    var previous = view;
    view = next;
    setText("who", next.name + " · " + next.case_title);
    show("join", false);
    show("lobby", next.phase === "lobby");
    show("stage", !!next.stage && next.phase !== "lobby" && next.phase !== "debrief");
    show("debrief", next.phase === "debrief");
    if (next.phase === "lobby") { setText("lobby-title", t("phone-youre-in", { name: next.name })); }
    renderMap("case", next.case_map, next.case_places);
    if (next.stage) { renderStage(next.stage, previous && previous.stage); }
    if (next.debrief) { renderDebrief(next.debrief); }
    if (next.ended) { endClass(); }
  }

  function endClass() {
    ended = true;
    stopListening();
    show("ended", true);
    setText("status", "");
    $("guess").disabled = true;
    $("range").disabled = true;
    $("send").disabled = true;
  }

  // What the estimate fields say, as the server would be sent it.
  function typedEstimate() {
    var guess = $("guess").value.trim();
    var range = $("range").value.trim();
    return range ? (guess ? guess + " (" + range + ")" : range) : guess;
  }
  // The letters of the order as arranged, earliest first.
  function arrangedOrder() {
    return orderDraft.map(function (i) { return String.fromCharCode(65 + i); }).join(" ");
  }
  // In a team round the fields hold the team's answer; otherwise the student's own.
  function teamRound() { return !!(view && view.phase === "teams" && view.stage && view.stage.team); }
  function current(stage) { return teamRound() ? stage.team.answer : stage.your_answer; }
  function canSend(stage) { return teamRound() ? stage.team.open : stage.open; }
  // Which answer the fields hold: the team's (in a team), one's own revised, or one's own.
  function round() {
    if (teamRound()) { return "teams"; }
    return view && view.phase === "revise" ? "revise" : "alone";
  }

  // What the student has on the page but has not sent: text, or null.
  function unsent() {
    if (!view || !view.stage) { return null; }
    var kind = view.stage.kind;
    var draft = kind === "estimate" ? typedEstimate() : kind === "order" ? arrangedOrder() : "";
    if (!draft || draft === sentText) { return null; }
    if (kind === "order" && sentText === null && !orderTouched) { return null; }
    return draft;
  }

  // The line under the answer: what was read, or that something typed is not sent yet.
  function renderEcho() {
    var stage = view && view.stage;
    if (!stage) { return; }
    var mine = current(stage);
    var waiting = unsent();
    var echo = "";
    var warning = "";
    var button = t(stage.kind === "order" ? "phone-send-order" : "phone-send");
    if (teamRound()) {
      if (mine) { echo = t("phone-team-sent", { answer: mine.read_as, by: stage.team.sent_by }); }
      else if (stage.team.open) { echo = t("phone-team-not-sent"); }
      if (waiting) { warning = t("phone-not-sent-team", { button: button }); }
    } else if (stage.open) {
      if (mine) { echo = t("phone-read-as-sent", { answer: mine.read_as }); }
      if (waiting) { warning = t("phone-not-sent", { button: button }); }
    } else {
      if (mine) { echo = t("phone-read-as-in", { answer: mine.read_as }); }
      else if (!stage.reveal || !waiting) { echo = t("phone-did-not-answer"); }
      if (waiting && !stage.reveal) { warning = t("phone-closed-unsent", { text: waiting }); }
      if (waiting && stage.reveal && !mine) { echo = t("phone-never-sent", { text: waiting }); }
    }
    setText("echo", echo);
    // Sent reads green, as the truth does; the warning that something is not sent stays orange.
    $("echo").classList.toggle("sent", !!mine);
    setText("unsent", warning);
  }

  function renderStage(stage, before) {
    var fresh = builtFor !== stage.id;
    if (fresh) { buildStage(stage); }
    // The teacher moved to the team round or the revision: the fields hold that answer now.
    if (!fresh && builtRound !== round()) { fillFields(stage, current(stage)); }
    builtRound = round();
    var mine = current(stage);
    sentText = mine ? mine.text : null;
    var open = canSend(stage);
    if (stage.kind === "estimate") {
      setText("unit", stage.unit ? "(" + stage.unit + ")" : "");
      setText("range-example", stage.range_example ? t("phone-range-example", { range: stage.range_example }) : "");
      $("guess").disabled = !open;
      $("range").disabled = !open;
      $("send").disabled = !open;
    }
    setText("guess-what", t(teamRound() ? "phone-team-guess" : view.phase === "revise" ? "phone-revise-guess" : "phone-best-guess"));
    renderTeam(stage);
    if (stage.kind === "choice") { updateOptions(stage); }
    if (stage.kind === "order") { updateOrder(stage); }
    renderEcho();
    if (view.phase === "closed") { setText("status", t("phone-closed")); }
    renderReveal(stage.reveal, stage.icon);
    if (fresh) { window.scrollTo(0, 0); }
    // The answer has just come: bring it up, whatever the phone was showing.
    var revealedNow = stage.reveal && (fresh || !before || !before.reveal);
    if (revealedNow) { $("reveal").scrollIntoView({ block: "start" }); }
    // Said to a screen reader, without moving its place: a stage opened, its answer revealed.
    if (revealedNow) {
      var truth = stage.reveal.truth_events && stage.reveal.truth_events.length
        ? stage.reveal.truth_events.map(function (e) { return e.text || e; }).join("; ")
        : stage.reveal.truth;
      setText("announce", t("phone-announce-revealed", { truth: truth }));
    } else if (fresh) {
      setText("announce", t("phone-announce-stage", { number: stage.number, title: stage.title }));
    }
  }

  // A new stage: its text, and its options or events with their buttons, made once.
  function buildStage(stage) {
    builtFor = stage.id;
    setText("stage-number", t("phone-stage-of", { number: stage.number, count: view.stage_count }));
    setText("stage-title", stage.title);
    var narrative = $("narrative");
    narrative.textContent = "";
    stage.narrative.forEach(function (paragraph) {
      var p = document.createElement("p");
      p.textContent = paragraph;
      narrative.appendChild(p);
    });
    setText("prompt", stage.prompt);
    setIcon("prompt-icon", stage.icon);
    show("estimate-form", stage.kind === "estimate");
    show("options", stage.kind === "choice");
    show("order", stage.kind === "order");
    setText("answer-error", "");
    if (stage.kind === "choice") { buildOptions(stage); }
    if (stage.kind === "order") {
      orderDraft = stage.events.map(function (_, i) { return i; });
      buildOrder(stage);
    }
    // What was sent before a reload comes back into the fields.
    fillFields(stage, current(stage));
  }

  // The fields show `answer` (what was sent), or are empty.
  function fillFields(stage, answer) {
    $("guess").value = "";
    $("range").value = "";
    if (stage.kind === "estimate" && answer) {
      var parts = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(answer.text);
      if (parts && parts[1]) { $("guess").value = parts[1]; $("range").value = parts[2]; }
      else { $("guess").value = answer.text; }
    }
    if (stage.kind === "order") {
      orderTouched = false;
      if (answer) {
        var letters = answer.text.replace(/[^A-Za-z]/g, "").toUpperCase().split("");
        var sent = letters.map(function (l) { return l.charCodeAt(0) - 65; });
        if (sent.length === orderDraft.length) { orderDraft = sent; }
      }
      updateOrder(stage);
    }
  }

  // The student's team in a team round (its members, its answer, their own answer alone),
  // and the teams to pick from while students pick theirs.
  function renderTeam(stage) {
    var team = stage.team;
    show("team", !!team);
    if (team) {
      setText("team-title", t("phone-team", { number: team.number }));
      setText("team-members", team.members.join(", "));
      setText("team-help", team.open
        ? t("phone-talk")
        : view.phase === "revise"
          ? t("phone-team-said-revise", { answer: team.answer ? team.answer.read_as : t("phone-nothing") })
          : (team.answer ? t("phone-team-said", { answer: team.answer.read_as }) : ""));
      setText("alone", stage.alone_answer ? t("phone-alone", { answer: stage.alone_answer.read_as }) : "");
    }
    var picks = stage.pick || [];
    show("pick", picks.length > 0);
    var drawn = JSON.stringify(picks);
    if (drawn === pickShown) { return; }
    pickShown = drawn;
    var box = $("pick-teams");
    box.textContent = "";
    picks.forEach(function (pick) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "option";
      var number = document.createElement("span");
      number.className = "number";
      number.textContent = String(pick.number);
      var label = document.createElement("span");
      label.textContent = pick.members.length ? pick.members.join(", ") : t("phone-nobody-yet");
      button.appendChild(number);
      button.appendChild(label);
      button.setAttribute("aria-label", t("phone-team", { number: pick.number }) + ": " + label.textContent);
      button.addEventListener("click", function () {
        setText("pick-error", "");
        api("POST", "/api/team", { token: token, team: pick.number, lang: lang }).then(function (r) {
          if (r.ok) { refresh(); } else { setText("pick-error", failure(r, t("phone-not-picked"))); }
        });
      });
      box.appendChild(button);
    });
  }

  function buildOptions(stage) {
    var box = $("options");
    box.textContent = "";
    stage.options.forEach(function (text, i) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "option";
      var number = document.createElement("span");
      number.className = "number";
      number.textContent = String(i + 1);
      var label = document.createElement("span");
      label.textContent = text;
      button.appendChild(number);
      button.appendChild(label);
      button.addEventListener("click", function () { send(String(i + 1)); });
      box.appendChild(button);
    });
  }

  function updateOptions(stage) {
    var mine = current(stage);
    var picked = mine ? mine.read_as : null;
    Array.prototype.forEach.call($("options").children, function (button, i) {
      var on = picked === stage.options[i];
      button.classList.toggle("picked", on);
      button.setAttribute("aria-pressed", on ? "true" : "false");
      button.disabled = !canSend(stage);
    });
  }

  function buildOrder(stage) {
    var list = $("events");
    list.textContent = "";
    orderDraft.forEach(function (_, slot) {
      var item = document.createElement("li");
      var label = document.createElement("span");
      item.appendChild(label);
      [["▲", -1], ["▼", 1]].forEach(function (move) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "move";
        button.textContent = move[0];
        button.addEventListener("click", function () { moveEvent(slot, move[1]); });
        item.appendChild(button);
      });
      list.appendChild(item);
    });
  }

  // Swap the event in `slot` with its neighbour; focus follows the event moved.
  function moveEvent(slot, step) {
    var target = slot + step;
    if (target < 0 || target >= orderDraft.length) { return; }
    var moved = orderDraft[target];
    orderDraft[target] = orderDraft[slot];
    orderDraft[slot] = moved;
    orderTouched = true;
    updateOrder(view.stage);
    var buttons = $("events").children[target].querySelectorAll("button");
    var again = buttons[step < 0 ? 0 : 1];
    (again.disabled ? buttons[step < 0 ? 1 : 0] : again).focus();
    setText("order-said", t("phone-moved", { place: target + 1, event: view.stage.events[orderDraft[target]] }));
    renderEcho();
  }

  function updateOrder(stage) {
    Array.prototype.forEach.call($("events").children, function (item, slot) {
      var text = stage.events[orderDraft[slot]];
      var label = item.firstChild;
      if (label.textContent !== text) { label.textContent = text; }
      var buttons = item.querySelectorAll("button");
      [-1, 1].forEach(function (step, k) {
        var target = slot + step;
        buttons[k].setAttribute("aria-label", t(step < 0 ? "phone-move-up" : "phone-move-down") + ": " + text);
        buttons[k].disabled = !canSend(stage) || target < 0 || target >= orderDraft.length;
      });
    });
    $("send-order").disabled = !canSend(stage);
  }

  $("send-order").addEventListener("click", function () { send(arrangedOrder()); });

  $("estimate-form").addEventListener("submit", function (event) {
    event.preventDefault();
    send(typedEstimate());
  });
  $("guess").addEventListener("input", renderEcho);
  $("range").addEventListener("input", renderEcho);

  function send(text) {
    setText("answer-error", "");
    var forTeam = teamRound();
    api("POST", forTeam ? "/api/team-answer" : "/api/answer", { token: token, text: text, lang: lang }).then(function (r) {
      if (r.ok) {
        if (view && view.stage && view.stage.id === r.json.stage) {
          sentText = text;
          var sent = { text: text, read_as: r.json.read_as };
          if (forTeam && view.stage.team) {
            view.stage.team.answer = sent;
            view.stage.team.sent_by = view.name;
          } else {
            view.stage.your_answer = sent;
          }
          if (view.stage.kind === "choice") { updateOptions(view.stage); }
          renderEcho();
        }
      } else if (r.status === 404 || r.status === 403) {
        showJoin(r.json.error, r.status);
      } else {
        setText("answer-error", failure(r, t("phone-not-sent-error")));
      }
    });
  }

  // A figure's icon: the server's SVG, tinted by the page's CSS.
  function setIcon(id, address) {
    var node = $(id);
    show(id, !!address);
    var wanted = address ? "url(" + address + ")" : "";
    if (node.style.getPropertyValue("--icon") !== wanted) { node.style.setProperty("--icon", wanted); }
  }

  function renderReveal(reveal, icon) {
    show("reveal", !!reveal);
    if (!reveal) { return; }
    var list = reveal.truth_events && reveal.truth_events.length;
    setIcon("truth-icon", list ? null : icon);
    show("truth", !list);
    show("truth-events", !!list);
    setText("truth", list ? "" : reveal.truth);
    var events = $("truth-events");
    // Built again only when the events or the student's places in them change (the next
    // stage may be another order with as many events).
    var key = list ? JSON.stringify(reveal.truth_events) : "";
    if (events.dataset.key !== key) {
      events.dataset.key = key;
      events.textContent = "";
      (reveal.truth_events || []).forEach(function (event) {
        var li = document.createElement("li");
        if (event.date) {
          var date = document.createElement("span");
          date.className = "event-date";
          date.textContent = event.date;
          li.appendChild(date);
        }
        li.appendChild(document.createTextNode(event.text));
        if (event.yours) {
          var yours = document.createElement("span");
          yours.className = event.in_place ? "event-yours in-place" : "event-yours";
          yours.textContent = (event.in_place ? "✓ " : "↕ ") + event.yours;
          li.appendChild(yours);
        }
        events.appendChild(li);
      });
    }
    setText("as-of", reveal.as_of);
    setText("verdict", reveal.verdict ? reveal.verdict + " · " + reveal.points_said : t("phone-did-not-answer"));
    setText("range-verdict", reveal.range || "");
    setText("explanation", reveal.explanation);
    show("disagreement", !!reveal.disagreement);
    setText("disagreement-text", reveal.disagreement || "");
    setText("source", reveal.source + (reveal.url ? " " + reveal.url : ""));
    renderMap("stage", reveal.map, reveal.places);
  }

  // A map drawn by the server (an SVG picture), with its places listed under it for those
  // who cannot see it; the picture's own text alternative is the list, so it is not read twice.
  function renderMap(which, url, places) {
    var shown = !!url;
    show(which + "-map", shown);
    if (!shown) { return; }
    var img = $(which + "-map-img");
    if (img.getAttribute("src") !== url) { img.setAttribute("src", url); }
    var list = $(which + "-places");
    var text = (places || []).join("\n");
    if (list.getAttribute("data-text") !== text) {
      list.setAttribute("data-text", text);
      list.textContent = "";
      (places || []).forEach(function (line) {
        var li = document.createElement("li");
        li.textContent = line;
        list.appendChild(li);
      });
    }
  }

  function renderDebrief(debrief) {
    setText("score", debrief.score);
    setText("tendency", debrief.tendency);
    setText("calibration", debrief.calibration);
    var list = $("rows");
    list.textContent = "";
    debrief.rows.forEach(function (row) {
      var item = document.createElement("li");
      var title = document.createElement("p");
      title.className = "row-title";
      title.textContent = row.title;
      item.appendChild(title);
      var facts = document.createElement("dl");
      [[t("phone-you"), row.guess], [t("phone-truth"), row.truth], [t("phone-points-heading"), String(row.points)]].forEach(function (pair) {
        var dt = document.createElement("dt");
        dt.textContent = pair[0];
        var dd = document.createElement("dd");
        dd.textContent = pair[1];
        facts.appendChild(dt);
        facts.appendChild(dd);
      });
      item.appendChild(facts);
      list.appendChild(item);
    });
  }

  // ---- the language: each phone its own ----

  $("lang").addEventListener("change", function () {
    lang = $("lang").value;
    try { localStorage.setItem(LANG_KEY, lang); } catch (e) { /* private mode */ }
    builtFor = null;  // the stage's words are made again in the new language
    loadWords().then(function () {
      if (token && !ended) { listen(); }
    });
  });

  // ---- start ----

  function start() {
    var kept = saved();
    if (kept && kept.token) {
      token = kept.token;
      listen();
    } else {
      showJoin("");
    }
  }
  // The page's words first (English is in the page until they come).
  $("lang").value = lang;
  loadWords().then(start);
})();
