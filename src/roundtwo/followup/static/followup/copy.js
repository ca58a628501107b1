// "Copy" for a note: the clipboard when the browser allows it, else the text is selected in
// its box so the user can copy it by hand. Without JavaScript the box is there to copy from.
(function () {
  "use strict";

  function say(button, text) {
    var status = document.getElementById(button.getAttribute("data-status"));
    if (status) { status.textContent = text; }
  }

  function selectBox(box) {
    var details = box.closest("details");
    if (details) { details.open = true; }
    box.focus();
    box.select();
  }

  function copy(button) {
    var box = document.getElementById(button.getAttribute("data-copy"));
    if (!box) { return; }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(box.value).then(
        function () { say(button, "Copied."); },
        function () { selectBox(box); say(button, "Selected: press Ctrl+C (⌘C on a Mac) to copy."); }
      );
      return;
    }
    selectBox(box);
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    say(button, done ? "Copied." : "Selected: press Ctrl+C (⌘C on a Mac) to copy.");
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { copy(button); });
    });
  });
})();
