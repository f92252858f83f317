// dossier serve: the only script a page runs (no inline script: the Content-Security-Policy forbids it).
// Every page works without it.
"use strict";

// Ingest: with several items (a pasted text and files), send them one request each and show how far it
// has got; with one, let the form post as it is and show that it is working.
function ingestForm(form) {
  const progress = document.getElementById("progress");
  const bar = progress.querySelector("progress");
  const status = progress.querySelector("span");
  const live = document.getElementById("live");
  form.addEventListener("submit", async (event) => {
    const text = form.elements.text.value.trim();
    const files = Array.from(form.elements.files.files);
    const jobs = (text ? [null] : []).concat(files);
    const button = form.querySelector("button[type=submit]");
    progress.hidden = false;
    button.disabled = true;
    if (jobs.length < 2) return;
    event.preventDefault();
    bar.max = jobs.length;
    bar.value = 0;
    live.hidden = false;
    const list = live.querySelector("ul");
    list.replaceChildren();
    for (const [n, file] of jobs.entries()) {
      status.textContent = `Ingesting ${n + 1} of ${jobs.length}: ${file ? file.name : "the pasted text"}…`;
      const data = new FormData();
      for (const name of ["token", "published"]) data.append(name, form.elements[name].value);
      if (file) {
        data.append("files", file);
      } else {
        for (const name of ["text", "title", "outlet"]) data.append(name, form.elements[name].value);
      }
      try {
        const response = await fetch(form.action, {method: "POST", body: data});
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const rows = page.querySelectorAll("#result li");
        if (response.ok && rows.length) {
          rows.forEach((row) => list.append(document.importNode(row, true)));
        } else {
          const item = document.createElement("li");
          const why = page.querySelector(".error");
          item.textContent = `${file ? file.name : "pasted text"}: ${why ? why.textContent : response.statusText}`;
          list.append(item);
        }
      } catch (error) {
        const item = document.createElement("li");
        item.textContent = `${file ? file.name : "pasted text"}: ${error}`;
        list.append(item);
      }
      bar.value = n + 1;
    }
    status.textContent = `Done: ${jobs.length} of ${jobs.length} sent.`;
    button.disabled = false;
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("ingest-form");
  if (form) ingestForm(form);
  // Article: bring the quoted span into view and give it the keyboard focus.
  const mark = document.getElementById("hl");
  if (mark) {
    mark.scrollIntoView({block: "center"});
    mark.focus({preventScroll: true});
  }
});
