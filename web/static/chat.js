// The chat page: upgrades the plain GET ask form to a streamed answer (fetch + ReadableStream over SSE).
// Every piece of document or user text goes into the page with textContent, never as HTML. Sentences come
// paired with their citations (``segments``) and every link (``href``, with the quote's hash) comes from the
// server, so this page, the no-JavaScript page and the widget show answers the same way.
(function () {
  "use strict";

  var form = document.getElementById("ask-form");
  var input = document.getElementById("q");
  var conversationField = document.getElementById("conversation_id");
  var thread = document.getElementById("thread");
  var statusLine = document.getElementById("status");
  var newButton = document.getElementById("new-conversation");
  var embedded = document.body.classList.contains("embedded");
  var busy = false;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function setStatus(text, kind) {
    statusLine.textContent = text || "";
    statusLine.className = "status" + (kind ? " " + kind : "");
  }

  function link(className, href, text) {
    var a = el("a", className, text);
    a.href = href;
    if (embedded) { a.target = "_blank"; a.rel = "noopener"; }
    return a;
  }

  function chip(citation) {
    var where = citation.title + (citation.page ? ", page " + citation.page : "");
    var a = link("chip", citation.href, citation.marker);
    a.title = where + ": " + citation.quote;
    a.setAttribute("aria-label", "Source " + citation.marker + ": " + where);
    return a;
  }

  function passageList(passages, open) {
    var details = el("details", "passages");
    details.open = Boolean(open);
    var count = passages.length;
    details.appendChild(el("summary", null, count + " supporting passage" + (count === 1 ? "" : "s")));
    var list = el("ol");
    passages.forEach(function (p) {
      var item = el("li", "passage");
      item.appendChild(link("passage-title", p.href, p.title));
      if (p.page) { item.appendChild(el("span", "page", "page " + p.page)); }
      item.appendChild(el("p", "passage-text", p.text));
      list.appendChild(item);
    });
    details.appendChild(list);
    return details;
  }

  // One turn in the thread; its parts are filled in as the stream's events arrive.
  function Turn(question) {
    this.node = el("article", "turn");
    var asked = el("p", "turn-question");
    asked.appendChild(el("span", "visually-hidden", "You asked: "));
    asked.appendChild(document.createTextNode(question));
    this.node.appendChild(asked);
    this.answer = el("div", "answer");
    this.text = el("p", "answer-text");
    this.answer.appendChild(this.text);
    this.node.appendChild(this.answer);
    this.passages = [];
    thread.appendChild(this.node);
  }

  Turn.prototype.onPassages = function (data) {
    this.passages = data.passages || [];
    if (data.conversation_id) { conversationField.value = data.conversation_id; }
    this.node.setAttribute("data-conversation-id", data.conversation_id || "");
    if (data.rewritten_question && data.rewritten_question !== data.question) {
      var note = el("p", "rewritten", "Understood as: " + data.rewritten_question);
      this.node.insertBefore(note, this.answer);
    }
    setStatus("Found " + this.passages.length + " passages; composing the answer…", "busy");
  };

  Turn.prototype.onSentence = function (data) {
    var text = this.text;
    if (text.childNodes.length) { text.appendChild(document.createTextNode(" ")); }
    text.appendChild(el("span", "sentence", data.text));
    (data.citations || []).forEach(function (c) { text.appendChild(chip(c)); });
  };

  Turn.prototype.onDone = function (answer) {
    if (answer.abstained) {
      this.answer.className = "answer answer-abstained";
      this.text.remove();
      var note = el("p", "not-found");
      note.appendChild(el("strong", null, "Not found in the documents."));
      note.appendChild(document.createTextNode(
        answer.passages.length ? " These passages came closest:" : " No passage came close."));
      this.answer.appendChild(note);
    } else {
      var percent = Math.round((answer.confidence || 0) * 100);
      this.answer.appendChild(el("p", "confidence", "Confidence " + percent + "%"));
    }
    if (answer.passages.length) { this.node.appendChild(passageList(answer.passages, answer.abstained)); }
    setStatus("");
  };

  Turn.prototype.onError = function (message) {
    this.answer.appendChild(el("p", "not-found", message));
    setStatus(message, "error");
  };

  // Parse "event: x\ndata: {...}\n\n" blocks; comment lines (": ...") are ignored.
  function parseEvent(block) {
    var event = "message";
    var data = [];
    block.split("\n").forEach(function (line) {
      if (line.indexOf("event:") === 0) { event = line.slice(6).trim(); }
      else if (line.indexOf("data:") === 0) { data.push(line.slice(5).replace(/^ /, "")); }
    });
    return data.length ? { event: event, data: JSON.parse(data.join("\n")) } : null;
  }

  function dispatch(turn, parsed) {
    if (parsed.event === "passages") { turn.onPassages(parsed.data); }
    else if (parsed.event === "sentence") { turn.onSentence(parsed.data); }
    else if (parsed.event === "done") { turn.onDone(parsed.data); }
    else if (parsed.event === "error") { turn.onError(parsed.data.error.message); }
  }

  async function errorMessage(response) {
    try {
      var body = await response.json();
      return body.error.message;
    } catch (e) {
      return "The server could not answer (HTTP " + response.status + ").";
    }
  }

  async function stream(question, turn) {
    var response = await fetch("/api/v1/ask/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
      body: JSON.stringify({ question: question, conversation_id: conversationField.value || null })
    });
    if (!response.ok) { turn.onError(await errorMessage(response)); return; }
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    var finished = false;
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) { break; }
      buffer += decoder.decode(chunk.value, { stream: true });
      var blocks = buffer.split("\n\n");
      buffer = blocks.pop();
      blocks.forEach(function (block) {
        var parsed = parseEvent(block);
        if (parsed) {
          dispatch(turn, parsed);
          finished = finished || parsed.event === "done" || parsed.event === "error";
        }
      });
    }
    // A stream cut short (server restart, proxy timeout) must not leave the turn waiting forever.
    if (!finished) { turn.onError("The answer was interrupted; please ask again."); }
  }

  async function ask(question) {
    busy = true;
    form.querySelector("button[type=submit]").disabled = true;
    var turn = new Turn(question);
    setStatus("Searching the documents…", "busy");
    try {
      await stream(question, turn);
    } catch (e) {
      turn.onError("The connection failed; please try again.");
    } finally {
      busy = false;
      form.querySelector("button[type=submit]").disabled = false;
      turn.node.scrollIntoView({ block: "nearest" });
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var question = input.value.trim();
    if (!question || busy) { return; }
    input.value = "";
    ask(question);
    input.focus();
  });

  newButton.addEventListener("click", function (event) {
    event.preventDefault();
    conversationField.value = "";
    thread.replaceChildren();
    setStatus("New conversation started.");
    if (window.location.search) { window.history.replaceState(null, "", window.location.pathname); }
    input.focus();
  });
})();
