// Loads the game: checks for WebGL2, downloads the .wasm with a progress bar, starts it. The
// loading screen hides when the game sets data-ready="true" on the body (src/game/web.rs).
// Its words are in the page's language: ?lang=, else the browser's (web/words.js, made from
// assets/lang/*.ftl), as the game itself chooses.
import { WORDS } from "./words.js";

const LANGS = ["en", "fr", "nl", "de"];
const asked = [new URLSearchParams(location.search).get("lang"), ...(navigator.languages || [navigator.language])];
const lang = asked.map((tag) => String(tag || "").toLowerCase().split(/[-_]/)[0])
  .find((code) => LANGS.includes(code)) || "en";
document.documentElement.lang = lang;
// A word of the page in its language, with its places filled in.
function say(id, fill) {
  return (WORDS[lang][id] || WORDS.en[id] || id)
    .replace(/\{(\w+)\}/g, (all, name) => (fill && name in fill ? String(fill[name]) : all));
}
// A number of megabytes as the language writes it: 12.3, 12,3.
const megabytes = (bytes) => (bytes / 1e6).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const status = document.getElementById("status");
const fill = document.getElementById("fill");
const bar = document.getElementById("bar");
status.textContent = say("loading");
bar.setAttribute("aria-label", say("loading"));
document.getElementById("takedown").setAttribute("aria-label", say("canvas"));
document.querySelector(".tagline").textContent = say("tagline");

function problem(text) {
  status.textContent = text;
  status.className = "problem";
  bar.hidden = true;
}
function progress(share, text) {
  fill.style.width = Math.round(share * 100) + "%";
  bar.setAttribute("aria-valuenow", String(Math.round(share * 100)));
  status.textContent = text;
}

// Browsers start sound only after the player touches the page: the game's audio contexts are
// created at start-up, so keep them and resume them at the first key press, click or touch.
// A running context keeps the CPU (and a phone's audio hardware) busy even while the game is
// silent, so it rests 10 s after the last key press, click or touch (every sound the game
// makes answers one, and lasts about a second) and while the page is hidden. The body's
// data-sound says what the context is doing ("running" or "suspended").
const audioContexts = [];
const REST_AFTER_MS = 10000;
let restTimer = 0;
const BrowserAudioContext = window.AudioContext || window.webkitAudioContext;
if (BrowserAudioContext) {
  window.AudioContext = class extends BrowserAudioContext {
    constructor(...options) {
      super(...options);
      audioContexts.push(this);
      this.addEventListener("statechange", () => { document.body.dataset.sound = this.state; });
    }
  };
  const rest = () => {
    clearTimeout(restTimer);
    for (const context of audioContexts) {
      if (context.state === "running") { context.suspend(); }
    }
  };
  const wake = () => {
    for (const context of audioContexts) {
      if (context.state === "suspended") { context.resume(); }
    }
    clearTimeout(restTimer);
    restTimer = setTimeout(rest, REST_AFTER_MS);
  };
  for (const event of ["pointerdown", "keydown", "touchend"]) {
    document.addEventListener(event, wake, { capture: true });
  }
  document.addEventListener("visibilitychange", () => { if (document.hidden) { rest(); } });
}

// The game draws with WebGL2: say so plainly where the browser has none.
const probe = document.createElement("canvas");
if (!probe.getContext("webgl2")) {
  problem(say("no-webgl"));
} else {
  start().catch((error) => {
    // winit ends its start-up on the web by throwing this on purpose; the game runs on.
    if (String(error && error.message).includes("Using exceptions for control flow")) { return; }
    console.error(error);
    problem(say("failed", { error: error.message }));
  });
}

// Download the game with a progress bar (the .wasm is most of it) and compile it while it
// downloads (streaming compilation): the bytes pass through a stream that counts them.
async function start() {
  const response = await fetch("takedown_bg.wasm");
  if (!response.ok) { throw new Error("the game file did not download (" + response.status + ")"); }
  // A server that compresses the file sends the compressed length, while the stream counts
  // the file's own bytes: then the length says nothing about progress.
  const encoding = (response.headers.get("Content-Encoding") || "identity").toLowerCase();
  const length = Number(response.headers.get("Content-Length")) || 0;
  const total = encoding === "identity" ? length : 0;
  let received = 0;
  const counting = new TransformStream({
    transform(chunk, controller) {
      received += chunk.length;
      const mb = megabytes(received);
      const known = total && received <= total;
      progress(known ? 0.9 * received / total : Math.min(0.9, 0.9 * received / 20e6),
        known ? say("progress", { mb, total: megabytes(total) }) : say("progress-unknown", { mb }));
      controller.enqueue(chunk);
    },
    flush() { progress(0.95, say("starting")); },
  });
  const counted = new Response(response.body.pipeThrough(counting), {
    headers: { "Content-Type": "application/wasm" },
  });
  const { default: init } = await import("./takedown.js");
  await init({ module_or_path: counted });
  document.getElementById("takedown").focus();
}
