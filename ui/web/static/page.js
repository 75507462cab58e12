() => {
  // A source card's "View page" button: its data go to the hidden request box, then the hidden
  // "open" button runs the callback that renders the page beside the answer.
  document.addEventListener("click", (event) => {
    const button = event.target.closest ? event.target.closest(".rq-open-page") : null;
    if (!button) { return; }
    const box = document.querySelector("#rq-page-req textarea, #rq-page-req input");
    const go = document.querySelector("#rq-page-go");
    if (!box || !go) { return; }
    const d = button.dataset;
    const request = JSON.stringify({ doc: d.doc, chunk: d.chunk, page: d.page || null, quote: d.quote || "", at: Date.now() });
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), "value").set;
    setter.call(box, request);
    box.dispatchEvent(new Event("input", { bubbles: true }));
    setTimeout(() => go.click(), 80);
  });
}
