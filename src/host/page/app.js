// The student page of a Takedown class: join, answer each stage, see the reveal and your own
// debrief. Plain JavaScript, no framework, nothing from the internet. Everything the server
// sends is shown as text, never as markup.
"use strict";

(function () {
  var KEY = "takedown-class";
  var token = null;
  var view = null;
  var source = null;
  var poller = null;
  var orderDraft = null; // shown positions, earliest first
  var orderFor = null;   // stage id the draft belongs to

  function $(id) { return document.getElementById(id); }
  function show(id, on) { $(id).hidden = !on; }
  function setText(id, text) { $(id).textContent = text || ""; }

  function saved() {
    try { return JSON.parse(localStorage.getItem(KEY) || "null"); } catch (e) { return null; }
  }
  function keep(value) {
    try {
      if (value) { localStorage.setItem(KEY, JSON.stringify(value)); } else { localStorage.removeItem(KEY); }
    } catch (e) { /* private mode: the token lives only in memory */ }
  }

  function api(method, path, body) {
    var options = { method: method, headers: {}, cache: "no-store" };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { ok: response.ok, status: response.status, json: json };
      });
    });
  }

  // ---- joining ----

  function showJoin(message) {
    token = null;
    view = null;
    keep(null);
    stopListening();
    ["lobby", "stage", "debrief"].forEach(function (id) { show(id, false); });
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
    api("POST", "/api/join", { code: $("code").value.trim(), name: $("name").value })
      .then(function (r) {
        if (r.ok) {
          token = r.json.token;
          keep({ token: token });
          show("join", false);
          listen();
        } else {
          setText("join-error", r.json.error || "The class could not be joined");
        }
      })
      .catch(function () { setText("join-error", "The teacher's computer does not answer: see the help on the screen"); })
      .then(function () { $("join-button").disabled = false; });
  });

  $("suggest").addEventListener("click", function () {
    api("GET", "/api/nickname").then(function (r) {
      if (r.ok) { $("name").value = r.json.name; }
    });
  });

  // ---- staying in touch: events, with polling while they are down ----

  function listen() {
    stopListening();
    refresh();
    if (window.EventSource) {
      source = new EventSource("/api/events?token=" + encodeURIComponent(token));
      source.addEventListener("state", function (event) {
        stopPolling();
        setText("status", "");
        render(JSON.parse(event.data));
      });
      source.addEventListener("gone", function (event) {
        var message = "";
        try { message = JSON.parse(event.data).error; } catch (e) { /* keep it empty */ }
        showJoin(message);
      });
      source.onerror = function () {
        setText("status", "Reconnecting…");
        startPolling();
      };
    } else {
      startPolling();
    }
  }

  function stopListening() {
    if (source) { source.close(); source = null; }
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
    api("GET", "/api/state?token=" + encodeURIComponent(token))
      .then(function (r) {
        if (r.ok) {
          setText("status", "");
          render(r.json);
        } else if (r.status === 404 || r.status === 403) {
          showJoin(r.json.error);
        }
      })
      .catch(function () { setText("status", "Reconnecting…"); });
  }

  // A phone that wakes up, or a page restored from the back-forward cache, asks at once.
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && token) { refresh(); }
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && token) { listen(); }
  });

  // ---- showing the class ----

  function render(next) {
    var previous = view;
    view = next;
    setText("who", next.name + " · " + next.case_title);
    show("join", false);
    show("lobby", next.phase === "lobby");
    show("stage", !!next.stage && next.phase !== "lobby" && next.phase !== "debrief");
    show("debrief", next.phase === "debrief");
    if (next.phase === "lobby") { setText("lobby-title", "You're in, " + next.name); }
    if (next.stage) { renderStage(next.stage, previous && previous.stage); }
    if (next.debrief) { renderDebrief(next.debrief); }
  }

  function renderStage(stage, before) {
    var fresh = !before || before.id !== stage.id;
    setText("stage-number", "Stage " + stage.number + " of " + view.stage_count);
    setText("stage-title", stage.title);
    var narrative = $("narrative");
    narrative.textContent = "";
    stage.narrative.forEach(function (paragraph) {
      var p = document.createElement("p");
      p.textContent = paragraph;
      narrative.appendChild(p);
    });
    setText("prompt", stage.prompt);
    show("estimate-form", stage.kind === "estimate");
    show("options", stage.kind === "choice");
    show("order", stage.kind === "order");
    if (fresh) {
      $("guess").value = "";
      $("range").value = "";
      setText("answer-error", "");
    }
    if (stage.kind === "estimate") {
      setText("unit", stage.unit ? "(" + stage.unit + ")" : "");
      $("guess").disabled = !stage.open;
      $("range").disabled = !stage.open;
      $("send").disabled = !stage.open;
    }
    if (stage.kind === "choice") { renderOptions(stage); }
    if (stage.kind === "order") {
      if (orderFor !== stage.id) {
        orderFor = stage.id;
        orderDraft = stage.events.map(function (_, i) { return i; });
      }
      renderOrder(stage);
    }
    var mine = stage.your_answer;
    if (mine) {
      var note = stage.open ? "Answer sent; you can change it until the teacher closes the stage." : "Your answer is in.";
      setText("echo", "Read as " + mine.read_as + ". " + note);
    } else {
      setText("echo", stage.open ? "" : "You did not answer this stage.");
    }
    if (!stage.open && !stage.reveal) { setText("status", "The teacher closed this stage. The answer comes next."); }
    renderReveal(stage.reveal);
    if (fresh) { window.scrollTo(0, 0); }
    // The answer has just come: bring it up, whatever the phone was showing.
    var revealedNow = stage.reveal && (fresh || !before || !before.reveal);
    if (revealedNow) { $("reveal").scrollIntoView({ block: "start" }); }
  }

  function renderOptions(stage) {
    var box = $("options");
    box.textContent = "";
    var picked = stage.your_answer ? stage.your_answer.read_as : null;
    stage.options.forEach(function (text, i) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "option" + (picked === text ? " picked" : "");
      button.disabled = !stage.open;
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

  function renderOrder(stage) {
    var list = $("events");
    list.textContent = "";
    orderDraft.forEach(function (shown, slot) {
      var item = document.createElement("li");
      var label = document.createElement("span");
      label.textContent = stage.events[shown];
      item.appendChild(label);
      [["▲", -1], ["▼", 1]].forEach(function (move) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "move";
        button.textContent = move[0];
        button.setAttribute("aria-label", (move[1] < 0 ? "Move up: " : "Move down: ") + stage.events[shown]);
        var target = slot + move[1];
        button.disabled = !stage.open || target < 0 || target >= orderDraft.length;
        button.addEventListener("click", function () {
          var t = orderDraft[target];
          orderDraft[target] = orderDraft[slot];
          orderDraft[slot] = t;
          renderOrder(stage);
        });
        item.appendChild(button);
      });
      list.appendChild(item);
    });
    $("send-order").disabled = !stage.open;
  }

  $("send-order").addEventListener("click", function () {
    var letters = orderDraft.map(function (i) { return String.fromCharCode(65 + i); }).join(" ");
    send(letters);
  });

  $("estimate-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var guess = $("guess").value.trim();
    var range = $("range").value.trim();
    send(range ? (guess ? guess + " (" + range + ")" : range) : guess);
  });

  function send(text) {
    setText("answer-error", "");
    api("POST", "/api/answer", { token: token, text: text })
      .then(function (r) {
        if (r.ok) {
          setText("echo", "Read as " + r.json.read_as + ". Answer sent; you can change it until the teacher closes the stage.");
        } else if (r.status === 404 || r.status === 403) {
          showJoin(r.json.error);
        } else {
          setText("answer-error", r.json.error || "The answer could not be sent");
        }
      })
      .catch(function () { setText("answer-error", "Not sent: the teacher's computer does not answer. Try again."); });
  }

  function renderReveal(reveal) {
    show("reveal", !!reveal);
    if (!reveal) { return; }
    setText("truth", reveal.truth);
    setText("as-of", reveal.as_of);
    setText("verdict", reveal.verdict ? reveal.verdict + " · " + reveal.points + " points" : "You did not answer this stage.");
    setText("range-verdict", reveal.range || "");
    setText("explanation", reveal.explanation);
    show("disagreement", !!reveal.disagreement);
    setText("disagreement-text", reveal.disagreement || "");
    setText("source", reveal.source + (reveal.url ? " " + reveal.url : ""));
  }

  function renderDebrief(debrief) {
    setText("score", debrief.score);
    setText("tendency", debrief.tendency);
    setText("calibration", debrief.calibration);
    var body = $("rows").tBodies[0];
    body.textContent = "";
    debrief.rows.forEach(function (row) {
      var tr = document.createElement("tr");
      [row.title, row.guess, row.truth, String(row.points)].forEach(function (cell) {
        var td = document.createElement("td");
        td.textContent = cell;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  // ---- start ----

  var kept = saved();
  if (kept && kept.token) {
    token = kept.token;
    listen();
  } else {
    showJoin("");
  }
})();
