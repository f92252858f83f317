// dossier serve: the only script a page runs (no inline script: the Content-Security-Policy forbids it).
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Ingest: show progress while the articles are extracted, and keep the form from being sent twice.
  const form = document.getElementById("ingest-form");
  if (form) {
    form.addEventListener("submit", () => {
      const progress = document.getElementById("progress");
      if (progress) progress.hidden = false;
      const button = form.querySelector("button[type=submit]");
      if (button) button.disabled = true;
    });
  }
  // Article: bring the quoted span into view and give it the keyboard focus.
  const mark = document.getElementById("hl");
  if (mark) {
    mark.scrollIntoView({block: "center"});
    mark.focus({preventScroll: true});
  }
});
