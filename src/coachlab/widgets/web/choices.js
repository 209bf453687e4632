// One group of choices: radio buttons (one answer) or checkboxes (several), named by the
// question, the statement or the dimension it belongs to. Native inputs give the states a
// screen reader announces ("2 of 4, checked"); the group is one Tab stop and arrow keys move
// within it. JupyterLab would take the arrow keys for its notebook shortcuts (move to the next
// cell); it reads them when they bubble up to the document, so they stop at the group. Every
// other shortcut (Ctrl+S, Shift+Enter) still works. No framework, no build step.

let groups = 0;
const NEXT = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
const OURS = new Set([...Object.keys(NEXT), "Home", "End"]);

function render({ model, el }) {
  // Unique on the page: each widget may load this module afresh, so a counter alone is not.
  const name = `coachlab-choices-${++groups}-${Math.random().toString(36).slice(2, 10)}`;
  const group = document.createElement("div");
  const caption = document.createElement("div");
  caption.id = `${name}-caption`;
  caption.className = "coachlab-choices-caption";
  const list = document.createElement("div");
  list.className = "coachlab-choices-list";
  group.append(caption, list);
  el.append(group);
  let inputs = [];

  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const chosen = () => {
    const value = model.get("value");
    return model.get("multiple") ? value || [] : value === null ? [] : [value];
  };

  function build() {
    const multiple = model.get("multiple");
    group.className = "coachlab-choices" + (model.get("horizontal") ? " coachlab-horizontal" : "");
    group.setAttribute("role", multiple ? "group" : "radiogroup");
    caption.textContent = model.get("caption");
    caption.hidden = !model.get("caption");
    if (model.get("caption")) {
      group.setAttribute("aria-labelledby", caption.id);
      group.removeAttribute("aria-label");
    } else {
      group.setAttribute("aria-label", model.get("label"));
      group.removeAttribute("aria-labelledby");
    }
    list.replaceChildren();
    inputs = model.get("options").map(([text, value], index) => {
      const option = document.createElement("label");
      option.className = "coachlab-choice";
      const input = document.createElement("input");
      input.type = multiple ? "checkbox" : "radio";
      input.name = name;
      input.value = String(index);
      input.addEventListener("change", () => picked(value, input.checked));
      const words = document.createElement("span");
      words.textContent = text; // content is text, never markup
      option.append(input, words);
      list.append(option);
      return input;
    });
    update();
  }

  function update() {
    if (local) return;
    const echo = sent.indexOf(JSON.stringify(model.get("value")));
    if (echo >= 0) {
      sent.splice(0, echo + 1);
      if (sent.length) return; // an earlier pick coming back: the latest is still on its way
    }
    const values = chosen();
    model.get("options").forEach(([, value], index) => {
      inputs[index].checked = values.some((v) => same(v, value));
    });
    if (model.get("multiple")) rove(inputs.find((input) => input.tabIndex === 0) || inputs[0]);
  }

  // A pick goes to the kernel as a message, at once: ipywidgets holds a state update back while
  // an earlier one is unanswered, so after two quick arrow keys and Tab, Enter, "Check answer"
  // would reach the kernel before the last pick did. Messages keep their order.
  const sent = []; // picks sent, not yet echoed back by the kernel
  let local = false; // a pick being set here: the inputs already show it

  function picked(value, checked) {
    let next = value;
    if (model.get("multiple")) {
      const options = model.get("options").map(([, v]) => v);
      const kept = chosen().filter((v) => !same(v, value));
      const ticked = checked ? [...kept, value] : kept;
      next = options.filter((v) => ticked.some((n) => same(n, v)));
    }
    local = true;
    model.set("value", next); // here only; the kernel sets it and sends it back
    local = false;
    sent.push(JSON.stringify(next));
    model.send({ picked: next });
  }

  // Checkboxes: one Tab stop (the last one focused), arrows move focus, Space ticks.
  // Radios need none of this: the browser does it for inputs sharing a name.
  function rove(target) {
    inputs.forEach((input) => (input.tabIndex = input === target ? 0 : -1));
  }

  function keydown(event) {
    const at = inputs.indexOf(event.target);
    if (!OURS.has(event.key) || at < 0) return;
    event.stopPropagation(); // the browser still moves a radio selection: that is its default
    if (!model.get("multiple")) return;
    const step = NEXT[event.key];
    let to = null;
    if (step) to = (at + step + inputs.length) % inputs.length;
    if (event.key === "Home") to = 0;
    if (event.key === "End") to = inputs.length - 1;
    if (to === null) return;
    event.preventDefault();
    rove(inputs[to]);
    inputs[to].focus();
  }

  group.addEventListener("keydown", keydown);
  group.addEventListener("focusin", (event) => {
    if (model.get("multiple") && inputs.includes(event.target)) rove(event.target);
  });
  model.on("change:value", update);
  for (const trait of ["options", "multiple", "label", "caption", "horizontal"]) {
    model.on(`change:${trait}`, build);
  }
  build();
  return () => {
    model.off("change:value", update);
    for (const trait of ["options", "multiple", "label", "caption", "horizontal"]) {
      model.off(`change:${trait}`, build);
    }
  };
}

export default { render };
