// The feedback under an exercise, in a live region that exists (empty) before the first check.
// Its text changes in place: the verdict and the first sentence are announced once per check
// (cleared, then filled, so the same verdict twice is announced twice); the rest of the
// feedback is shown beside it, outside the live region, for reading at one's own pace.

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
  box.append(live, rest);
  el.append(box, note);
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

  function show() {
    const state = model.get("state");
    box.className = state ? `coachlab-verdict coachlab-${state}` : "coachlab-verdict-empty";
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
  show();
  return () => {
    clearTimeout(pending);
    traits.forEach((trait) => model.off(`change:${trait}`, soon));
  };
}

export default { render };
