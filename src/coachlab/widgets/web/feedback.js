// The feedback under an exercise, in a live region that exists (empty) before the first check.
// Its text changes in place: the verdict and the first sentence are announced once per check
// (cleared, then filled, so the same verdict twice is announced twice); the rest of the
// feedback is shown beside it, outside the live region, for reading at one's own pace.
// A text box sends its words to the kernel only when the learner leaves it, so while they type
// the kernel cannot clear the verdict on the old words: this marks it as old at the first key.

const ANNOUNCE_DELAY = 120; // ms: long enough for a screen reader to notice the cleared text

function lines(element, text) {
  element.replaceChildren();
  text.split("\n").forEach((line, index) => {
    if (index) element.append(document.createElement("br"));
    element.append(document.createTextNode(line));
  });
}

function render({ model, el }) {
  const box = document.createElement("div");
  const live = document.createElement("span");
  live.setAttribute("role", "status");
  live.className = "coachlab-announced";
  const rest = document.createElement("span");
  rest.className = "coachlab-rest";
  const note = document.createElement("p");
  note.className = "coachlab-restored";
  const stale = document.createElement("p");
  stale.className = "coachlab-stale-note";
  stale.hidden = true;
  box.append(live, rest);
  el.append(box, note, stale);
  let checks = model.get("checks");
  let pending = null;

  function lead() {
    live.replaceChildren();
    if (model.get("verdict")) {
      const verdict = document.createElement("strong");
      verdict.textContent = model.get("verdict");
      live.append(verdict, " ");
    }
    live.append(model.get("lead"));
  }

  function edited(event) {
    const exercise = el.closest(".coachlab-exercise");
    const state = model.get("state");
    if (event.target.tagName !== "TEXTAREA" || !exercise?.contains(event.target)) return;
    if (!state || state === "unanswered" || !stale.hidden) return;
    box.classList.add("coachlab-stale");
    stale.textContent = model.get("stale");
    stale.hidden = false;
  }

  function show() {
    const state = model.get("state");
    box.className = state ? `coachlab-verdict coachlab-${state}` : "coachlab-verdict-empty";
    stale.hidden = true; // a new verdict, or none: about the words now in the box
    stale.textContent = "";
    lines(rest, model.get("rest"));
    note.textContent = model.get("note");
    note.hidden = !model.get("note");
    clearTimeout(pending);
    if (model.get("checks") !== checks) {
      checks = model.get("checks");
      live.replaceChildren();
      pending = setTimeout(() => {
        lead();
        box.scrollIntoView({ block: "nearest" }); // a keyboard user sees it too
      }, ANNOUNCE_DELAY);
    } else {
      lead();
    }
  }

  const traits = ["state", "verdict", "lead", "rest", "note", "checks"];
  let queued = false;
  const soon = () => {
    if (!queued) {
      queued = true;
      queueMicrotask(() => {
        queued = false;
        show();
      });
    }
  };
  traits.forEach((trait) => model.on(`change:${trait}`, soon));
  document.addEventListener("input", edited, true);
  show();
  return () => {
    document.removeEventListener("input", edited, true);
    clearTimeout(pending);
    traits.forEach((trait) => model.off(`change:${trait}`, soon));
  };
}

export default { render };
