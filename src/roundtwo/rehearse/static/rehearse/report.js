// After "Stop", the recorder opens the report page at #attempt-body. The focus goes to the
// status while the report is prepared, then to the report when it arrives, so a keyboard or
// screen-reader user is told what happens instead of being left at the top of the page.
(function () {
  "use strict";

  if (window.location.hash !== "#attempt-body") return;
  let shown = null; // the status the focus was last moved for

  function land() {
    const body = document.getElementById("attempt-body");
    if (!body || body.dataset.status === shown) return;
    const active = document.activeElement;
    // the user moved on (a link, the player): leave the focus with them
    if (shown !== null && active && active !== document.body && !body.contains(active)) return;
    shown = body.dataset.status;
    const target = body.querySelector("h3, [role=status], [role=alert]");
    if (!target) return;
    target.setAttribute("tabindex", "-1");
    target.focus();
  }

  document.addEventListener("DOMContentLoaded", land);
  // the report replaces the status by htmx when it is ready
  document.addEventListener("htmx:afterSettle", land);
})();
