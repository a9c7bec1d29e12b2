// docqa embeddable widget. Usage on any page:
//   <script src="https://docs.example.org/widget.js" data-docqa-title="Ask the docs" async></script>
// Renders a small ask box in a Shadow DOM (isolated from the host page's CSS) right after the script tag
// (or inside the element named by data-docqa-target), and talks to the docqa API at the script's own
// origin. It holds no secret: the operator allows the host page's origin in QA_CORS_ORIGINS and keeps
// reads public. All answer and document text is inserted with textContent.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var api = new URL(script.src, window.location.href).origin;
  var options = {
    title: script.getAttribute("data-docqa-title") || "Ask the docs",
    placeholder: script.getAttribute("data-docqa-placeholder") || "Ask a question",
    target: script.getAttribute("data-docqa-target")
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // Links come from the server (relative, with the quoted text's hash); they open on the docqa site.
  function sourceLink(className, href, text) {
    var a = el("a", className, text);
    a.href = new URL(href, api).href;
    a.target = "_blank";
    a.rel = "noopener";
    return a;
  }

  function renderAnswer(answer) {
    var box = el("div", "answer");
    if (answer.rewritten_question && answer.rewritten_question !== answer.question) {
      box.appendChild(el("p", "rewritten", "Understood as: " + answer.rewritten_question));
    }
    if (answer.abstained) {
      box.appendChild(el("p", "not-found", "Not found in the documents." +
        (answer.passages.length ? " Closest passages:" : "")));
      var list = el("ul", "passages");
      answer.passages.slice(0, 3).forEach(function (p) {
        var item = el("li");
        item.appendChild(sourceLink("passage", p.href, p.title));
        list.appendChild(item);
      });
      box.appendChild(list);
      return box;
    }
    var text = el("p", "answer-text");
    // The server pairs each sentence with the citations that support it (``segments``).
    answer.segments.forEach(function (segment, i) {
      if (i) { text.appendChild(document.createTextNode(" ")); }
      text.appendChild(el("span", "sentence", segment.text));
      segment.citations.forEach(function (c) {
        var chip = sourceLink("chip", c.href, c.marker);
        chip.title = c.title + (c.page ? ", page " + c.page : "") + ": " + c.quote;
        chip.setAttribute("aria-label", "Source " + c.marker + ": " + c.title);
        text.appendChild(chip);
      });
    });
    box.appendChild(text);
    return box;
  }

  function build(root) {
    var style = el("link");
    style.rel = "stylesheet";
    style.href = api + "/static/widget.css";
    root.appendChild(style);
    var panel = el("section", "docqa");
    panel.setAttribute("aria-label", options.title);
    var form = el("form");
    var label = el("label", "title", options.title);
    label.htmlFor = "docqa-q";
    var row = el("div", "row");
    var input = el("input");
    input.id = "docqa-q";
    input.type = "text";
    input.required = true;
    input.placeholder = options.placeholder;
    input.autocomplete = "off";
    var button = el("button", null, "Ask");
    button.type = "submit";
    row.appendChild(input);
    row.appendChild(button);
    form.appendChild(label);
    form.appendChild(row);
    var output = el("div", "output");
    output.setAttribute("aria-live", "polite");
    panel.appendChild(form);
    panel.appendChild(output);
    root.appendChild(panel);
    return { form: form, input: input, button: button, output: output };
  }

  function start() {
    var host = el("div");
    host.className = "docqa-widget";
    var target = options.target ? document.querySelector(options.target) : null;
    if (target) { target.appendChild(host); } else { script.parentNode.insertBefore(host, script.nextSibling); }
    var ui = build(host.attachShadow({ mode: "open" }));
    var conversationId = null;

    ui.form.addEventListener("submit", async function (event) {
      event.preventDefault();
      var question = ui.input.value.trim();
      if (!question) { return; }
      ui.button.disabled = true;
      ui.output.replaceChildren(el("p", "status", "Searching…"));
      try {
        var response = await fetch(api + "/api/v1/ask", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ question: question, conversation_id: conversationId })
        });
        var body = await response.json();
        if (!response.ok) { throw new Error(body.error ? body.error.message : "HTTP " + response.status); }
        conversationId = body.conversation_id;
        ui.output.replaceChildren(el("p", "question", question), renderAnswer(body));
      } catch (e) {
        ui.output.replaceChildren(el("p", "error", "Could not get an answer: " + e.message));
      } finally {
        ui.button.disabled = false;
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
