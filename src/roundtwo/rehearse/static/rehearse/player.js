// Playback synced to the transcript: click a word to play from there; the spoken word is lit.
(function () {
  "use strict";

  function setUp(holder) {
    const media = document.createElement(holder.dataset.video ? "video" : "audio");
    media.controls = true;
    media.preload = "auto";
    media.setAttribute("aria-label", "The recorded answer");
    holder.appendChild(media);
    // Loaded whole as a blob: recordings made by MediaRecorder carry no index, and a blob can
    // be sought anywhere without the server supporting range requests.
    fetch(holder.dataset.mediaUrl, { credentials: "same-origin" })
      .then((r) => { if (!r.ok) throw new Error(r.status); return r.blob(); })
      .then((blob) => { media.src = URL.createObjectURL(blob); })
      .catch(() => { holder.textContent = "The recording could not be loaded."; });
    media.addEventListener("loadedmetadata", function fixDuration() {
      if (media.duration === Infinity) { // makes the browser scan to the end once
        media.currentTime = 1e101;
        media.addEventListener("timeupdate", function back() {
          media.removeEventListener("timeupdate", back);
          media.currentTime = 0;
        });
      }
    }, { once: true });

    const words = Array.from(document.querySelectorAll("#transcript .word"));
    const transcript = document.getElementById("transcript");
    if (transcript) {
      transcript.addEventListener("click", (event) => {
        const word = event.target.closest(".word");
        if (!word) return;
        media.currentTime = Number(word.dataset.start);
        media.play();
      });
    }
    let lit = null;
    media.addEventListener("timeupdate", () => {
      const t = media.currentTime;
      const now = words.find((w) => Number(w.dataset.start) <= t && t < Number(w.dataset.end) + 0.15);
      if (now === lit) return;
      if (lit) lit.classList.remove("current");
      if (now) now.classList.add("current");
      lit = now || null;
    });
  }

  function init() { document.querySelectorAll(".player[data-media-url]").forEach(setUp); }
  document.addEventListener("DOMContentLoaded", init);
  // the report arrives by htmx after the page loaded
  document.addEventListener("htmx:afterSettle", init);
})();
