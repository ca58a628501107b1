// The rehearsal recorder: microphone (and camera if wanted) -> pieces sent while you speak.
// The server transcribes the pieces as they arrive, so the report is ready soon after "Stop".
(function () {
  "use strict";

  const PIECE_MS = 4000;
  const MAX_SECONDS = 10 * 60; // the speech engine's limit
  const AUDIO_TYPES = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/mp4"];
  const VIDEO_TYPES = ["video/webm;codecs=vp8,opus", "video/webm", "video/mp4"];

  const card = document.getElementById("answer");
  if (!card) return;
  const $ = (id) => document.getElementById(id);
  const status = $("record-status");
  const say = (text) => { status.textContent = text; };
  const csrf = () => (document.querySelector("input[name=csrfmiddlewaretoken]") || {}).value || "";

  function unavailable(text) {
    const box = $("recorder-unavailable");
    box.textContent = text + " You can type your answer or upload a recording below.";
    box.hidden = false;
    $("recorder").hidden = true;
    const typed = $("type-answer");
    if (typed) typed.open = true;
    box.focus(); // the button that had the focus is gone: the keyboard lands on the reason
  }

  // --- reading the question aloud, a distinct voice per interviewer -----------------------
  function speakQuestion() {
    if (!("speechSynthesis" in window)) return;
    const text = $("question-text").textContent;
    const utterance = new SpeechSynthesisUtterance(text);
    const index = Number(card.dataset.voice || 0);
    const voices = speechSynthesis.getVoices().filter((v) => v.lang.startsWith("en"));
    if (voices.length) utterance.voice = voices[index % voices.length];
    // with few voices installed, pitch and rate still tell the interviewers apart
    utterance.pitch = [1.0, 0.8, 1.25, 0.9][index % 4];
    utterance.rate = [1.0, 0.95, 1.05, 0.9][index % 4];
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
  }
  if ("speechSynthesis" in window) {
    const button = $("speak-question");
    button.hidden = false;
    button.addEventListener("click", speakQuestion);
    if (card.dataset.readAloud) {
      // browsers may refuse speech before the first click on the page; the button remains
      speechSynthesis.onvoiceschanged = () => { speechSynthesis.onvoiceschanged = null; speakQuestion(); };
      if (speechSynthesis.getVoices().length) speakQuestion();
    }
  }

  // --- recording ---------------------------------------------------------------------------
  if (!window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    unavailable("This browser cannot record here (no MediaRecorder or microphone access; a page opened over plain http from another machine cannot record).");
    return;
  }
  $("recorder").hidden = false;

  let recorder = null, stream = null, audioContext = null, urls = null;
  let sending = Promise.resolve(), index = 0, failed = false, started = 0, clock = null, cueShown = false;

  function pickType(video) {
    return (video ? VIDEO_TYPES : AUDIO_TYPES).find((t) => MediaRecorder.isTypeSupported(t)) || "";
  }

  async function post(url, body, headers) {
    const response = await fetch(url, {
      method: "POST", body, credentials: "same-origin",
      headers: Object.assign({ "X-CSRFToken": csrf() }, headers || {}),
    });
    if (!response.ok) {
      let message = "The server refused the recording (" + response.status + ").", body = {};
      try { body = await response.json(); message = body.error || message; } catch (e) { /* not JSON */ }
      const error = new Error(message);
      error.expected = body.expected;
      throw error;
    }
    return response.json();
  }

  function sendPiece(blob) {
    const n = index++;
    sending = sending.then(async () => {
      if (failed) return;
      for (let tries = 0; ; tries++) {
        try {
          await post(urls.chunk_url, blob, { "X-Chunk-Index": String(n), "Content-Type": "application/octet-stream" });
          return;
        } catch (error) {
          // a retried piece the server had stored (its answer was lost) is not an error
          if (typeof error.expected === "number" && error.expected > n) return;
          if (tries >= 2) { failed = true; say(error.message + " The recording was stopped."); stop(); return; }
          await new Promise((r) => setTimeout(r, 500 * (tries + 1)));
        }
      }
    });
  }

  function meter() {
    const analyser = audioContext.createAnalyser();
    analyser.fftSize = 1024;
    audioContext.createMediaStreamSource(stream).connect(analyser);
    const data = new Float32Array(analyser.fftSize);
    const bar = $("level-bar"), note = $("level-note");
    (function draw() {
      if (!recorder || recorder.state === "inactive") { bar.style.width = "0"; return; }
      analyser.getFloatTimeDomainData(data);
      let sum = 0;
      for (const v of data) sum += v * v;
      const level = Math.min(1, Math.sqrt(sum / data.length) * 6);
      bar.style.width = Math.round(level * 100) + "%";
      if (level > 0.08) note.hidden = false;
      requestAnimationFrame(draw);
    })();
  }

  function tick() {
    const seconds = Math.floor((Date.now() - started) / 1000);
    $("timer").textContent = Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
    if (!cueShown && seconds >= Number(card.dataset.target)) { cueShown = true; $("record-cue").hidden = false; }
    if (seconds >= MAX_SECONDS) { say("Ten minutes is the longest answer we analyse; the recording stopped."); stop(); }
  }

  async function start() {
    const video = $("use-camera").checked;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: video });
    } catch (error) {
      if (error.name === "NotAllowedError" || error.name === "SecurityError") {
        unavailable("Microphone access was refused. Allow it from the icon in the address bar and reload the page.");
      } else if (error.name === "NotFoundError" || error.name === "OverconstrainedError") {
        unavailable("No microphone" + (video ? " or camera" : "") + " was found.");
      } else {
        unavailable("The microphone could not be opened (" + error.name + ").");
      }
      return;
    }
    const type = pickType(video);
    try {
      const form = new FormData();
      form.append("media_type", type);
      form.append("video", video ? "1" : "0");
      urls = await post(card.dataset.beginUrl, form);
    } catch (error) {
      say(error.message);
      stream.getTracks().forEach((t) => t.stop());
      return;
    }
    const options = type ? { mimeType: type } : {};
    if (video) options.videoBitsPerSecond = 600000; // keeps ten minutes under the 50 MB limit
    recorder = new MediaRecorder(stream, options);
    recorder.ondataavailable = (event) => { if (event.data && event.data.size) sendPiece(event.data); };
    recorder.onstop = finish;
    if (video) { const preview = $("preview"); preview.srcObject = stream; preview.hidden = false; preview.play(); }
    audioContext = new (window.AudioContext || window.webkitAudioContext)();
    recorder.start(PIECE_MS);
    started = Date.now();
    clock = setInterval(tick, 250);
    meter();
    $("record-start").hidden = true;
    $("record-stop").hidden = false;
    $("record-stop").focus();
    say("Recording. Take a breath, then answer as you would in the room.");
  }

  function stop() {
    if (recorder && recorder.state !== "inactive") recorder.stop();
  }

  async function finish() {
    clearInterval(clock);
    stream.getTracks().forEach((t) => t.stop());
    if (audioContext) audioContext.close();
    $("record-stop").hidden = true;
    say("Sending the last part…");
    status.focus(); // the Stop button had the focus: keep the keyboard on what happens next
    await sending;
    if (failed) { $("record-start").hidden = false; $("record-start").focus(); return; }
    say("Preparing your report…");
    try {
      const done = await post(urls.finish_url, new FormData());
      // #attempt-body: the report page then puts the focus on the report (report.js)
      window.location.assign(done.report_url + "#attempt-body");
    } catch (error) {
      say(error.message);
    }
  }

  $("record-start").addEventListener("click", start);
  $("record-stop").addEventListener("click", stop);
})();
