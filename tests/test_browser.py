"""The chat UI, the document view and the widget in headless Chromium, over the real model and corpus.

Needs Debian's Chromium at /usr/bin/chromium (``apt-get install -y chromium``): skipped without it, except
under CI (env ``CI`` set), where a missing browser is a failure.
"""

from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import LiveServer, free_port

from qa.api import create_app
from qa.core import DocQA
from qa.settings import Settings

pytestmark = [pytest.mark.browser, pytest.mark.e2e]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Set QA_SCREENSHOT=docs/chat.png to refresh the README's screenshot; otherwise the suite never writes
# into the checkout.
SCREENSHOT = os.environ.get("QA_SCREENSHOT")
XSS_QUESTION = "<script>alert('q')</script> <img src=x onerror=alert(2)> what did Gotion propose?"
TIMEOUT_MS = 20_000
CITE_HREF = re.compile(r"^/documents/[^?]+\?start=\d+&end=\d+&h=[0-9a-f]{12}#cite$")


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """One headless Chromium for the module (skip without it, fail under CI)."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: apt-get install -y chromium")
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class HostPage:
    """A second, unrelated origin serving one HTML page that embeds the widget (stdlib http.server)."""

    def __init__(self, directory: Path) -> None:
        self.port = free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        handler = functools.partial(_QuietHandler, directory=str(directory))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.directory = directory

    def write_page(self, api_url: str) -> str:
        """Write the host page (with host CSS that must not leak into the widget) and return its URL."""
        page = (
            "<!doctype html><html><head><title>Host page</title>"
            "<style>input, button, p { font-size: 40px; color: red; }</style></head><body>"
            "<h1>Someone else's site</h1>"
            f'<script src="{api_url}/widget.js" data-docqa-title="Ask the docs"></script>'
            "</body></html>"
        )
        (self.directory / "index.html").write_text(page, encoding="utf-8")
        return f"{self.origin}/index.html"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        """Keep test output clean."""


@pytest.fixture(scope="module")
def host_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostPage]:
    """The other origin, started before the app so the app can allow it in cors_origins."""
    host = HostPage(tmp_path_factory.mktemp("host-page"))
    host.thread.start()
    yield host
    host.httpd.shutdown()
    host.httpd.server_close()


@pytest.fixture(scope="module")
def app_url(model_settings: Settings, model_docqa: DocQA, host_page: HostPage) -> Iterator[str]:
    """The real app (real model, shipped corpus) on a real port, allowing the host page's origin."""
    settings = model_settings.with_(cors_origins=(host_page.origin,))
    server = LiveServer(create_app(settings, model_docqa)).start()
    yield server.url
    server.stop()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh page that records every dialog (none may ever open) and every page error."""
    context = browser.new_context(viewport={"width": 1100, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def ask(page: object, question: str) -> object:
    """Type a question into the chat form, submit it, and return the locator of the finished turn."""
    turns_before = page.locator(".turn").count()
    page.fill("#q", question)
    page.press("#q", "Enter")
    turn = page.locator(".turn").nth(turns_before)
    turn.locator(".confidence, .not-found").first.wait_for()
    return turn


def test_answer_citation_opens_highlighted_sentence(page: object, app_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(app_url + "/")
    turn = ask(page, "what did Gotion propose?")
    cited = turn.locator(".sentence", has_text="Gotion").first
    expect(cited).to_be_visible()
    sentence = cited.inner_text()
    chip = cited.locator("xpath=following-sibling::a[contains(@class, 'chip')][1]")
    expect(chip).to_be_visible()
    if SCREENSHOT:
        page.screenshot(path=SCREENSHOT, full_page=True)

    chip.click()
    page.wait_for_url("**/documents/**#cite")
    mark = page.locator("mark#cite")
    expect(mark).to_be_in_viewport()
    assert mark.inner_text().strip() == sentence.strip()
    assert page.dialogs == []


def test_follow_up_shows_the_rewritten_question(page: object, app_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(app_url + "/")
    ask(page, "what did Gotion propose?")
    follow_up = ask(page, "And CALB?")
    rewritten = follow_up.locator(".rewritten")
    expect(rewritten).to_contain_text("Understood as:")
    expect(rewritten).to_contain_text("CALB")
    first_id = page.locator(".turn").first.get_attribute("data-conversation-id")
    assert first_id and follow_up.get_attribute("data-conversation-id") == first_id

    page.click("#new-conversation")
    expect(page.locator(".turn")).to_have_count(0)
    assert page.input_value("#conversation_id") == ""


def test_hostile_text_renders_as_text(page: object, app_url: str) -> None:
    from playwright.sync_api import expect

    page.goto(app_url + "/documents/xss-sample.txt")
    expect(page.locator(".doc-text")).to_contain_text("<script>alert(1)</script>")
    expect(page.locator(".doc-text")).to_contain_text("<img src=x onerror=alert(1)>")
    assert page.locator(".doc-text img, .doc-text script").count() == 0

    page.goto(app_url + "/")
    turn = ask(page, XSS_QUESTION)
    expect(turn.locator(".turn-question")).to_contain_text(XSS_QUESTION)
    assert page.locator("#thread img, #thread script").count() == 0

    page.goto(app_url + "/?q=" + quote(XSS_QUESTION))
    expect(page.locator(".turn-question")).to_contain_text(XSS_QUESTION)
    page.wait_for_timeout(300)
    assert page.dialogs == []


def test_widget_on_another_origin_answers(page: object, app_url: str, host_page: HostPage) -> None:
    from playwright.sync_api import expect

    page.goto(host_page.write_page(app_url))
    box = page.locator(".docqa-widget")
    box.locator("input").fill("What did CALB call for?")
    box.locator("button").click()
    answer = box.locator(".answer")
    expect(answer).to_contain_text("CALB")
    chip = answer.locator("a.chip").first
    href = chip.get_attribute("href") or ""
    assert href.startswith(f"{app_url}/documents/") and href.endswith("#cite")
    font_size = box.locator("input").evaluate("e => getComputedStyle(e).fontSize")
    assert font_size != "40px", "host CSS must not leak into the Shadow DOM"
    assert page.dialogs == []


def test_ask_form_works_without_javascript(browser: object, app_url: str) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
    try:
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.goto(app_url + "/")
        page.fill("#q", "What did CALB call for?")
        page.click("#ask-form button[type=submit]")
        page.wait_for_url("**/?q=*")
        turn = page.locator(".turn")
        expect(turn).to_have_count(1)
        expect(turn.locator(".answer-text")).to_contain_text("CALB")
        expect(turn.locator(".chip").first).to_have_attribute("href", CITE_HREF)
        conversation = page.input_value("#conversation_id")
        assert conversation
    finally:
        context.close()
