// Loads the game: checks for WebGL2, downloads the .wasm with a progress bar, starts it. The
// loading screen hides when the game sets data-ready="true" on the body (src/game/web.rs).
const status = document.getElementById("status");
const fill = document.getElementById("fill");
const bar = document.getElementById("bar");

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
  problem("This browser cannot show the game: it needs WebGL2, which current versions of " +
    "Firefox, Chrome, Edge and Safari have. If yours is current, check that hardware " +
    "acceleration is turned on in its settings.");
} else {
  start().catch((error) => {
    // winit ends its start-up on the web by throwing this on purpose; the game runs on.
    if (String(error && error.message).includes("Using exceptions for control flow")) { return; }
    console.error(error);
    problem("The game could not start: " + error.message + ". Reload the page to try again.");
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
      const mb = (received / 1e6).toFixed(1);
      const known = total && received <= total;
      progress(known ? 0.9 * received / total : Math.min(0.9, 0.9 * received / 20e6),
        known ? "Loading the game… " + mb + " of " + (total / 1e6).toFixed(1) + " MB"
          : "Loading the game… " + mb + " MB");
      controller.enqueue(chunk);
    },
    flush() { progress(0.95, "Starting…"); },
  });
  const counted = new Response(response.body.pipeThrough(counting), {
    headers: { "Content-Type": "application/wasm" },
  });
  const { default: init } = await import("./takedown.js");
  await init({ module_or_path: counted });
  document.getElementById("takedown").focus();
}
