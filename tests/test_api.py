"""The web service over a real index: every endpoint, every error shape, keys, CORS, headers, escaping."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from qa.api import ReloadState, _reload_loop, create_app
from qa.core import DocQA
from qa.serialize import quote_hash
from qa.settings import Settings

NEW_DOC = (
    "Zeppelin maintenance log\n\n"
    "The quartermaster inspected the zeppelin hangar on Tuesday. "
    "Helium levels in the airship were within limits.\n"
)


def sha256(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """The response is the one JSON error shape with this status (and code, when given)."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code
    return body["error"]


def parse_sse(text: str) -> list[tuple[str, dict[str, Any]]]:
    """``(event, data)`` for each event of a Server-Sent Events body (comments skipped)."""
    events = []
    for block in text.split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith(":")]
        if not lines:
            continue
        name = next(line[6:].strip() for line in lines if line.startswith("event:"))
        data = "\n".join(line[5:].strip() for line in lines if line.startswith("data:"))
        events.append((name, json.loads(data)))
    return events


def doc_ids(client: TestClient) -> set[str]:
    return {d["id"] for d in client.get("/api/v1/documents", params={"limit": 500}).json()["documents"]}


# ------------------------------------------------------------------------------------------------ ask


def test_ask_returns_cited_answer_and_issues_conversation_id(client: TestClient) -> None:
    response = client.post("/api/v1/ask", json={"question": "What did Gotion propose?"})
    assert response.status_code == 200
    answer = response.json()
    for field in (
        "question",
        "answer",
        "citations",
        "passages",
        "confidence",
        "abstained",
        "rewritten_question",
        "conversation_id",
        "timings",
    ):
        assert field in answer
    assert answer["question"] == "What did Gotion propose?"
    assert answer["conversation_id"]
    assert answer["passages"], "the hash index should still retrieve passages"
    for citation in answer["citations"]:
        document = client.get(f"/api/v1/documents/{citation['document_id']}").json()
        assert document["text"][citation["start"] : citation["end"]].strip() == citation["quote"].strip()


def test_follow_up_stays_in_the_conversation(client: TestClient) -> None:
    first = client.post("/api/v1/ask", json={"question": "What did Gotion propose?"}).json()
    second = client.post(
        "/api/v1/ask", json={"question": "And CALB?", "conversation_id": first["conversation_id"]}
    ).json()
    assert second["conversation_id"] == first["conversation_id"]
    other = client.post("/api/v1/ask", json={"question": "What did Gotion propose?"}).json()
    assert other["conversation_id"] != first["conversation_id"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"question": ""}, "invalid_question"),
        ({"question": "   \n "}, "invalid_question"),
        ({"question": "x" * 1001}, "invalid_question"),
        ({"question": "ok", "k": 0}, "invalid_k"),
        ({"question": "ok", "k": 51}, "invalid_k"),
        ({"question": "ok", "conversation_id": "../../etc"}, "invalid_conversation_id"),
        ({"question": "ok", "filters": {"source": {"$where": "1"}}}, "invalid_filters"),
        ({"question": "ok", "filters": {"document_id": 7}}, "invalid_filters"),
        ({}, "invalid_request"),
        ({"question": 12}, "invalid_request"),
        ({"question": "ok", "k": "many"}, "invalid_request"),
    ],
)
def test_ask_rejects_bad_input_with_422(client: TestClient, body: dict[str, Any], code: str) -> None:
    assert_error(client.post("/api/v1/ask", json=body), 422, code)
    assert_error(client.post("/api/v1/ask/stream", json=body), 422, code)


def test_filters_restrict_the_passages(client: TestClient) -> None:
    body = {"question": "What happened?", "k": 10, "filters": {"document_id": ["river-report.txt"]}}
    answer = client.post("/api/v1/ask", json=body).json()
    assert answer["passages"]
    assert {p["document_id"] for p in answer["passages"]} == {"river-report.txt"}


def test_question_limit_is_a_setting(make_client: Callable[..., TestClient], hash_settings: Settings) -> None:
    settings = hash_settings.with_(max_question_chars=10)
    client = make_client(settings=settings, docqa=DocQA(settings))
    assert_error(client.post("/api/v1/ask", json={"question": "x" * 11}), 422, "invalid_question")
    assert client.post("/api/v1/ask", json={"question": "Gotion?"}).status_code == 200


@pytest.mark.parametrize("raw", [b"{bad json", b'{"question": "unterminated'])
def test_malformed_json_is_400(client: TestClient, raw: bytes) -> None:
    response = client.post("/api/v1/ask", content=raw, headers={"Content-Type": "application/json"})
    assert_error(response, 400, "malformed_json")


def test_empty_body_is_422_missing_body(client: TestClient) -> None:
    response = client.post("/api/v1/ask", content=b"", headers={"Content-Type": "application/json"})
    assert "body" in assert_error(response, 422, "invalid_request")["message"]


def test_json_that_is_not_an_object_is_422(client: TestClient) -> None:
    response = client.post("/api/v1/ask", content=b"[1, 2]", headers={"Content-Type": "application/json"})
    assert_error(response, 422, "invalid_request")


def test_a_failure_after_the_passages_is_an_error_event(
    make_client: Callable[..., TestClient], fresh_hash_docqa: tuple[Settings, DocQA], monkeypatch: Any
) -> None:
    settings, docqa = fresh_hash_docqa
    client = make_client(settings=settings, docqa=docqa)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("scoring exploded")

    monkeypatch.setattr(docqa.assistant, "assess", broken)
    response = client.post("/api/v1/ask/stream", json={"question": "What did Gotion propose?"})
    assert response.status_code == 200  # the status line was sent with the passages
    events = parse_sse(response.text)
    assert [name for name, _ in events] == ["passages", "error"]
    assert events[1][1]["error"]["code"] == "internal_error" and "exploded" not in response.text


def test_stream_sends_passages_then_sentences_then_done(client: TestClient) -> None:
    response = client.post("/api/v1/ask/stream", json={"question": "What did Gotion propose?"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = parse_sse(response.text)
    names = [name for name, _ in events]
    assert names[0] == "passages" and names[-1] == "done"
    assert set(names[1:-1]) <= {"sentence"}
    done = events[-1][1]
    assert events[0][1]["passages"] == done["passages"]
    assert events[0][1]["conversation_id"] == done["conversation_id"]
    sentences = [data for name, data in events if name == "sentence"]
    if not done["abstained"]:
        assert [s["text"] for s in sentences] == done["sentences"]
        assert [c for s in sentences for c in s["citations"]] == done["citations"]


# --------------------------------------------------------------------------------------------- search


def test_search_returns_passages_like_the_cli(client: TestClient) -> None:
    response = client.get("/api/v1/search", params={"q": "battery plant Michigan", "k": 2, "mode": "lexical"})
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == "battery plant Michigan" and body["mode"] == "lexical"
    assert 1 <= len(body["passages"]) <= 2
    top = body["passages"][0]
    assert top["document_id"] == "battery-plants.md"
    for field in ("rank", "text", "start", "end", "page", "score", "chunk_id", "sentences"):
        assert field in top


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"q": "x", "mode": "fuzzy"}, "invalid_mode"),
        ({"q": "x", "k": 0}, "invalid_k"),
        ({"q": "x", "k": 500}, "invalid_k"),
        ({"q": ""}, "invalid_query"),
        ({"q": "x" * 1001}, "invalid_query"),
        ({}, "invalid_request"),
        ({"q": "x", "k": "ten"}, "invalid_request"),
    ],
)
def test_search_rejects_bad_parameters(client: TestClient, params: dict[str, Any], code: str) -> None:
    assert_error(client.get("/api/v1/search", params=params), 422, code)


# ------------------------------------------------------------------------------------------ documents


def test_documents_are_paged_with_total(client: TestClient) -> None:
    everything = client.get("/api/v1/documents").json()
    assert everything["total"] == 3 and len(everything["documents"]) == 3
    page = client.get("/api/v1/documents", params={"offset": 1, "limit": 1}).json()
    assert page["total"] == 3 and page["offset"] == 1 and page["limit"] == 1
    assert [d["id"] for d in page["documents"]] == [everything["documents"][1]["id"]]
    assert_error(client.get("/api/v1/documents", params={"limit": 0}), 422)
    assert_error(client.get("/api/v1/documents", params={"offset": -1}), 422)


def test_get_document_has_text_and_metadata(client: TestClient) -> None:
    body = client.get("/api/v1/documents/river-report.txt").json()
    assert body["id"] == "river-report.txt"
    assert "The river flooded the lower town in April." in body["text"]
    assert body["characters"] == len(body["text"])
    assert "metadata" in body


def test_unknown_document_is_404(client: TestClient) -> None:
    assert_error(client.get("/api/v1/documents/no-such-doc"), 404, "document_not_found")
    assert client.get("/documents/no-such-doc").status_code == 404


def test_upload_makes_document_searchable_and_delete_removes_it(writable_client: TestClient) -> None:
    client = writable_client
    before = client.get("/healthz").json()
    upload = {"file": ("zeppelin.txt", NEW_DOC.encode(), "text/plain")}
    response = client.post("/api/v1/documents", files=upload)
    assert response.status_code == 201, response.text
    new_id = response.json()["id"]
    assert new_id in doc_ids(client)
    after_upload = client.get("/healthz").json()
    assert after_upload["documents"] == before["documents"] + 1
    assert after_upload["chunks"] > before["chunks"]
    hits = client.get("/api/v1/search", params={"q": "zeppelin quartermaster", "mode": "lexical"}).json()
    assert hits["passages"][0]["document_id"] == new_id

    assert client.delete(f"/api/v1/documents/{new_id}").json() == {"deleted": new_id}
    assert new_id not in doc_ids(client)
    hits = client.get("/api/v1/search", params={"q": "zeppelin quartermaster", "k": 10}).json()
    assert all(p["document_id"] != new_id for p in hits["passages"])
    assert client.get("/healthz").json()["documents"] == before["documents"]
    assert_error(client.delete(f"/api/v1/documents/{new_id}"), 404, "document_not_found")
    assert_error(client.get(f"/api/v1/documents/{new_id}"), 404)


def test_oversize_upload_is_413(
    make_client: Callable[..., TestClient], fresh_hash_docqa: tuple[Settings, DocQA]
) -> None:
    settings, docqa = fresh_hash_docqa
    client = make_client(settings=settings, docqa=docqa, max_upload_bytes=100)
    response = client.post("/api/v1/documents", files={"file": ("big.txt", b"word " * 100, "text/plain")})
    assert_error(response, 413, "upload_too_large")
    assert "big.txt" not in " ".join(doc_ids(client))


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("broken.pdf", b"this is not a pdf at all", "unreadable_document"),
        ("program.exe", b"MZ\x90\x00binary", "unreadable_document"),
        ("empty.txt", b"", "empty_upload"),
    ],
)
def test_unreadable_upload_is_422_with_reason(
    writable_client: TestClient, name: str, data: bytes, code: str
) -> None:
    before = doc_ids(writable_client)
    error = assert_error(writable_client.post("/api/v1/documents", files={"file": (name, data)}), 422, code)
    reason = error["message"].removeprefix("the file could not be read: ")
    assert len(reason) > 5, "the message names the reason"
    assert doc_ids(writable_client) == before


def test_upload_without_file_is_422(writable_client: TestClient) -> None:
    assert_error(writable_client.post("/api/v1/documents", data={"x": "y"}), 422)


# ------------------------------------------------------------------------------------------- API keys


def test_writes_need_a_key_when_keys_are_set(
    make_client: Callable[..., TestClient], fresh_hash_docqa: tuple[Settings, DocQA]
) -> None:
    settings, docqa = fresh_hash_docqa
    client = make_client(settings=settings, docqa=docqa, api_keys=(sha256("s3cret"),))
    upload = {"file": ("zeppelin.txt", NEW_DOC.encode(), "text/plain")}
    missing = assert_error(client.post("/api/v1/documents", files=upload), 401, "api_key_missing")
    assert "Authorization: Bearer <key>" in missing["message"]
    wrong = client.post("/api/v1/documents", files=upload, headers={"Authorization": "Bearer nope"})
    assert assert_error(wrong, 401, "api_key_invalid")["message"] == "the API key is not valid"
    assert_error(client.delete("/api/v1/documents/river-report.txt"), 401)
    assert "river-report.txt" in doc_ids(client)

    ok = client.post("/api/v1/documents", files=upload, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 201
    deleted = client.delete(f"/api/v1/documents/{ok.json()['id']}", headers={"X-API-Key": "s3cret"})
    assert deleted.status_code == 200
    # reads stay public by default
    assert client.post("/api/v1/ask", json={"question": "Gotion?"}).status_code == 200


def test_reads_need_a_key_when_not_public(make_client: Callable[..., TestClient]) -> None:
    client = make_client(api_keys=(sha256("reader"),), public_reads=False)
    for response in (
        client.post("/api/v1/ask", json={"question": "Gotion?"}),
        client.get("/api/v1/search", params={"q": "Gotion"}),
        client.get("/api/v1/documents"),
        client.get("/api/v1/documents/river-report.txt"),
    ):
        assert_error(response, 401, "api_key_missing")
    assert_error(client.get("/api/v1/documents", headers={"X-API-Key": "wrong"}), 401, "api_key_invalid")
    good = client.get("/api/v1/search", params={"q": "Gotion"}, headers={"Authorization": "Bearer reader"})
    assert good.status_code == 200
    assert client.get("/healthz").status_code == 200


# ------------------------------------------------------------------------------------- CORS and CSRF


def test_cors_headers_only_for_allowed_origins(make_client: Callable[..., TestClient]) -> None:
    client = make_client(cors_origins=("http://allowed.example",))
    allowed = client.post(
        "/api/v1/ask", json={"question": "Gotion?"}, headers={"Origin": "http://allowed.example"}
    )
    assert allowed.headers.get("access-control-allow-origin") == "http://allowed.example"
    other = client.post(
        "/api/v1/ask", json={"question": "Gotion?"}, headers={"Origin": "http://evil.example"}
    )
    assert "access-control-allow-origin" not in other.headers
    preflight = client.options(
        "/api/v1/ask",
        headers={
            "Origin": "http://allowed.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == "http://allowed.example"
    denied = client.options(
        "/api/v1/ask", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in denied.headers


def test_no_cors_by_default(client: TestClient) -> None:
    response = client.get("/api/v1/search", params={"q": "x"}, headers={"Origin": "http://allowed.example"})
    assert "access-control-allow-origin" not in response.headers


def test_cross_site_writes_are_refused(
    make_client: Callable[..., TestClient], fresh_hash_docqa: tuple[Settings, DocQA]
) -> None:
    settings, docqa = fresh_hash_docqa
    client = make_client(settings=settings, docqa=docqa, cors_origins=("http://allowed.example",))
    for origin in ("http://allowed.example", "http://evil.example"):
        response = client.post(
            "/documents/river-report.txt/delete", headers={"Origin": origin}, follow_redirects=False
        )
        assert response.status_code == 403
        assert_error(client.delete("/api/v1/documents/river-report.txt", headers={"Origin": origin}), 403)
    assert "river-report.txt" in doc_ids(client)


# --------------------------------------------------------------------------------- health and metrics


def test_healthz_reports_the_index(client: TestClient, hash_docqa: DocQA) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert body["documents"] == 3 and body["chunks"] >= 3
    assert body["generation"] == hash_docqa.health()["generation"]


def test_metrics_has_route_histograms_and_index_gauges(client: TestClient) -> None:
    client.get("/api/v1/documents/river-report.txt")
    client.get("/api/v1/documents/battery-plants.md")
    client.get("/api/v1/documents/nope")
    text = client.get("/metrics").text
    route = 'method="GET",route="/api/v1/documents/{document_id}"'
    assert f"docqa_http_request_duration_seconds_count{{{route}}} 3.0" in text
    assert f'docqa_http_request_duration_seconds_bucket{{le="0.005",{route}}}' in text
    assert f'docqa_http_requests_total{{{route},status="404"}} 1.0' in text
    assert "river-report.txt" not in text, "labels are route templates, not raw paths"
    assert "docqa_index_documents 3.0" in text
    assert "docqa_index_chunks" in text and "docqa_index_generation" in text


def test_each_app_has_its_own_metrics(make_client: Callable[..., TestClient]) -> None:
    first, second = make_client(), make_client()
    first.get("/healthz")
    first.get("/healthz")
    expected = 'docqa_http_requests_total{method="GET",route="/healthz",status="200"} 2.0'
    assert expected in first.get("/metrics").text
    assert 'route="/healthz"' not in second.get("/metrics").text


def test_openapi_and_offline_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/v1/ask", "/api/v1/ask/stream", "/api/v1/search", "/api/v1/documents", "/healthz"):
        assert path in spec["paths"]
    page = client.get("/docs")
    assert page.status_code == 200 and "/api/v1/ask/stream" in page.text
    assert "cdn" not in page.text.lower() and "<script" not in page.text


def test_server_picks_up_a_new_generation(
    make_client: Callable[..., TestClient], fresh_hash_docqa: tuple[Settings, DocQA]
) -> None:
    settings, docqa = fresh_hash_docqa
    client = make_client(settings=settings, docqa=docqa, reload_interval=0.1)
    before = client.get("/healthz").json()
    other_process = DocQA(settings)  # another writer (like `qa index`) publishing a new generation
    other_process.add_document("zeppelin.txt", NEW_DOC.encode())
    deadline = time.monotonic() + 10
    while client.get("/healthz").json()["documents"] == before["documents"]:
        assert time.monotonic() < deadline, "the server never switched to the new generation"
        time.sleep(0.05)
    assert client.get("/healthz").json()["generation"] != before["generation"]


# ----------------------------------------------------------------------------------- HTML and headers


@pytest.mark.parametrize(
    "path", ["/", "/documents", "/documents/river-report.txt", "/docs", "/embed", "/?q=Gotion"]
)
def test_html_pages_send_security_headers(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    for directive in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
    ):
        assert directive in csp
    expected_ancestors = "frame-ancestors 'none'"
    assert expected_ancestors in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"]
    assert "<script>" not in response.text and " style=" not in response.text, "no inline scripts or styles"


def test_embed_may_be_framed_by_allowed_origins(make_client: Callable[..., TestClient]) -> None:
    client = make_client(cors_origins=("https://a.example", "https://b.example"))
    csp = client.get("/embed").headers["content-security-policy"]
    assert "frame-ancestors https://a.example https://b.example" in csp
    assert "frame-ancestors 'none'" in client.get("/").headers["content-security-policy"]


def test_document_view_escapes_hostile_text(client: TestClient) -> None:
    html = client.get("/documents/xss-sample.txt").text
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


def test_document_view_highlights_the_cited_span(client: TestClient) -> None:
    text = client.get("/api/v1/documents/xss-sample.txt").json()["text"]
    start = text.index("The payload")
    end = text.index("Neither")
    html = client.get("/documents/xss-sample.txt", params={"start": start, "end": end}).text
    cited = "The payload &lt;script&gt;alert(1)&lt;/script&gt; must never run. "
    assert f'<mark id="cite" tabindex="-1">{cited}</mark>' in html
    assert "<script>alert" not in html


def test_document_view_shows_the_page_of_a_paged_document(
    make_client: Callable[..., TestClient], hash_docqa: DocQA
) -> None:
    from dataclasses import replace

    document = hash_docqa.get_document("river-report.txt")
    assert document is not None
    paged = replace(document, page_starts=[0, 20])

    class PagedDocQA:
        def __getattr__(self, name: str) -> Any:
            return getattr(hash_docqa, name)

        def get_document(self, document_id: str) -> Any:
            return paged if document_id == "river-report.txt" else None

    client = make_client(docqa=PagedDocQA())
    html = client.get("/documents/river-report.txt", params={"start": 30, "end": 50}).text
    assert "Cited on page 2" in html
    assert "2 pages" in html


@pytest.mark.parametrize(("start", "end"), [("abc", "5"), ("-1", "4")])
def test_document_view_rejects_bad_spans(client: TestClient, start: str, end: str) -> None:
    response = client.get("/documents/river-report.txt", params={"start": start, "end": end})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")


def test_form_get_renders_answer_without_javascript(client: TestClient) -> None:
    response = client.get("/", params={"q": "Where did Gotion propose a factory?"})
    assert response.status_code == 200
    html = response.text
    assert "Where did Gotion propose a factory?" in html
    assert 'class="turn"' in html
    assert 'name="conversation_id" id="conversation_id" value="' in html
    if 'class="chip"' in html:
        assert "#cite" in html
    else:
        assert "Not found in the documents" in html


def test_form_get_escapes_the_question(client: TestClient) -> None:
    html = client.get("/", params={"q": "<img src=x onerror=alert(1)> and <script>alert(2)</script>"}).text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<img src=x" not in html and "<script>alert(2)" not in html


def test_form_get_with_overlong_question_shows_error(client: TestClient) -> None:
    response = client.get("/", params={"q": "x" * 1001})
    assert response.status_code == 422
    assert "the limit is 1000" in response.text


def test_html_forms_upload_and_delete(writable_client: TestClient) -> None:
    client = writable_client
    uploaded = client.post(
        "/documents", files={"file": ("zeppelin.txt", NEW_DOC.encode(), "text/plain")}, follow_redirects=False
    )
    assert uploaded.status_code == 303
    listing = client.get(uploaded.headers["location"]).text
    assert "Added and indexed" in listing and "Zeppelin maintenance log" in listing
    new_id = next(i for i in doc_ids(client) if "zeppelin" in i)
    deleted = client.post(f"/documents/{new_id}/delete", follow_redirects=False)
    assert deleted.status_code == 303
    assert new_id not in doc_ids(client)
    bad = client.post("/documents", files={"file": ("broken.pdf", b"not a pdf")})
    assert bad.status_code == 422 and "could not be read" in bad.text


def test_widget_script_is_served(client: TestClient) -> None:
    response = client.get("/widget.js")
    assert response.status_code == 200
    assert "javascript" in response.headers["content-type"]
    assert "attachShadow" in response.text and "currentScript" in response.text
    assert "innerHTML" not in response.text


def test_static_scripts_never_use_inner_html(client: TestClient) -> None:
    for name in ("chat.js", "document.js", "documents.js", "widget.js"):
        body = client.get(f"/static/{name}").text
        assert body and "innerHTML" not in body and "insertAdjacentHTML" not in body


# ---------------------------------------------------------------------------- upload guard (before body)


class SpyDocQA:
    """The shared DocQA, recording add_document calls (to prove a refused upload never reached it)."""

    def __init__(self, docqa: DocQA) -> None:
        self.docqa = docqa
        self.added: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.docqa, name)

    def add_document(self, filename: str, data: bytes) -> Any:
        self.added.append(filename)
        return self.docqa.add_document(filename, data)


def call_asgi(
    app: Any, path: str, headers: dict[str, str], chunks: list[bytes]
) -> tuple[int, dict[str, str], bytes, int]:
    """POST straight into the ASGI app; (status, headers, body, how many body chunks the app read)."""
    read = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal read
        if read < len(chunks):
            read += 1
            return {"type": "http.request", "body": chunks[read - 1], "more_body": read < len(chunks)}
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "client": ("127.0.0.1", 5000),
        "server": ("testserver", 80),
    }
    asyncio.run(app(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    response_headers = {k.decode(): v.decode() for k, v in start["headers"]}
    return start["status"], response_headers, body, read


MULTIPART = {"Content-Type": "multipart/form-data; boundary=XyZ", "Host": "testserver"}


def file_part(name: str = "file") -> bytes:
    return (
        f'--XyZ\r\nContent-Disposition: form-data; name="{name}"; filename="big.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()


@pytest.mark.parametrize("path", ["/api/v1/documents", "/documents"])
def test_announced_oversize_upload_is_413_before_the_body_is_read(
    hash_settings: Settings, hash_docqa: DocQA, path: str
) -> None:
    spy = SpyDocQA(hash_docqa)
    app = create_app(hash_settings.with_(max_upload_bytes=1000), spy)  # type: ignore[arg-type]
    headers = {**MULTIPART, "Content-Length": str(1000 + 64 * 1024 + 1)}
    status, _, body, read = call_asgi(app, path, headers, [file_part(), b"x" * 1000, b"x" * 1000])
    assert status == 413 and b"larger than 1000 bytes" in body
    assert read == 0, "the body was read"
    assert spy.added == []


@pytest.mark.parametrize("path", ["/api/v1/documents", "/documents"])
def test_upload_without_a_key_is_401_before_the_body_is_read(
    hash_settings: Settings, hash_docqa: DocQA, path: str
) -> None:
    spy = SpyDocQA(hash_docqa)
    app = create_app(hash_settings.with_(api_keys=(sha256("s3cret"),)), spy)  # type: ignore[arg-type]
    chunks = [file_part(), b"x" * 10_000, b"x" * 10_000, b"--XyZ--\r\n"]
    status, headers, body, read = call_asgi(app, path, MULTIPART, chunks)
    assert status == 401 and headers["www-authenticate"].startswith("Bearer")
    # the API route needs the key in a header: nothing read; the HTML form may send it as its first
    # field, so only the first chunk (holding the first part's headers) was looked at
    assert read == (0 if path.startswith("/api/") else 1)
    status, _, _, read = call_asgi(app, path, {**MULTIPART, "X-API-Key": "wrong"}, chunks)
    assert status == 401 and read == 0
    assert spy.added == []


@pytest.mark.parametrize("path", ["/api/v1/documents", "/documents"])
def test_chunked_upload_is_stopped_with_413_as_soon_as_it_passes_the_limit(
    hash_settings: Settings, hash_docqa: DocQA, path: str
) -> None:
    spy = SpyDocQA(hash_docqa)
    app = create_app(hash_settings.with_(max_upload_bytes=100), spy)  # type: ignore[arg-type]
    chunks = [file_part()] + [b"y" * 4096] * 100 + [b"\r\n--XyZ--\r\n"]  # no Content-Length
    status, _, body, read = call_asgi(app, path, MULTIPART, chunks)
    assert status == 413 and b"larger than 100 bytes" in body
    # 100 bytes + 64 KiB framing allowance = 17 chunks of 4 KiB: reading stops right after
    assert read == 18, read
    assert spy.added == []


def test_html_form_key_must_come_first_and_be_valid(
    make_client: Callable[..., TestClient], fresh_hash_docqa: tuple[Settings, DocQA]
) -> None:
    settings, docqa = fresh_hash_docqa
    client = make_client(settings=settings, docqa=docqa, api_keys=(sha256("s3cret"),))
    upload = {"file": ("zeppelin.txt", NEW_DOC.encode(), "text/plain")}
    wrong = client.post("/documents", data={"api_key": "nope"}, files=upload, follow_redirects=False)
    assert wrong.status_code == 401 and "not valid" in wrong.text
    file_first = (
        file_part() + NEW_DOC.encode() + b"\r\n--XyZ\r\nContent-Disposition: form-data; "
        b'name="api_key"\r\n\r\ns3cret\r\n--XyZ--\r\n'
    )
    assert client.post("/documents", content=file_first, headers=MULTIPART).status_code == 401
    ok = client.post("/documents", data={"api_key": "s3cret"}, files=upload, follow_redirects=False)
    assert ok.status_code == 303, ok.text
    page = client.get("/documents").text
    assert page.index('name="api_key"') < page.index('name="file"'), "the form sends the key first"


# ------------------------------------------------------------------------------ writes while busy


def test_writes_while_another_write_runs_are_409_with_retry_after(writable_client: TestClient) -> None:
    docqa = writable_client.app.state.ctx.docqa  # type: ignore[attr-defined]
    upload = {"file": ("zeppelin.txt", NEW_DOC.encode(), "text/plain")}
    with docqa._write_lock:
        responses = [
            writable_client.post("/api/v1/documents", files=upload),
            writable_client.delete("/api/v1/documents/river-report.txt"),
        ]
        form = writable_client.post("/documents", files=upload, follow_redirects=False)
    for response in responses:
        assert_error(response, 409, "write_in_progress")
        assert response.headers["retry-after"] == "1"
    assert form.status_code == 409 and form.headers["retry-after"] == "1"
    assert "retry in a moment" in form.text
    assert "river-report.txt" in doc_ids(writable_client)
    assert writable_client.post("/api/v1/documents", files=upload).status_code == 201


def test_asks_while_an_upload_runs_never_fail(writable_client: TestClient) -> None:
    statuses: list[int] = []
    failures: list[BaseException] = []

    def asker() -> None:
        try:
            for question in ("What did Gotion propose?", "When did the river flood?", "CALB?"):
                statuses.append(writable_client.post("/api/v1/ask", json={"question": question}).status_code)
                statuses.append(writable_client.get("/api/v1/search", params={"q": "river"}).status_code)
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=asker) for _ in range(4)]
    for thread in threads:
        thread.start()
    uploaded = writable_client.post(
        "/api/v1/documents", files={"file": ("zeppelin.txt", NEW_DOC.encode(), "text/plain")}
    )
    for thread in threads:
        thread.join(timeout=60)
    assert not failures
    assert uploaded.status_code == 201
    assert statuses == [200] * 24


# ------------------------------------------------------------------------------- index needing re-index


def test_stale_index_is_503_and_health_says_needs_reindex(
    make_client: Callable[..., TestClient], tmp_path: Any
) -> None:
    settings = Settings(embedder="hash", index_dir=tmp_path / "index", corpus_dir=tmp_path, reload_interval=0)
    docqa = DocQA(settings)
    docqa.open_error = "the index was built with another-model; run `qa index` to re-index"
    client = make_client(settings=settings, docqa=docqa)
    response = client.get("/healthz")
    health = response.json()
    assert response.status_code == 503
    assert health["status"] == "needs_reindex" and "re-index" in health["error"]
    for response in (
        client.post("/api/v1/ask", json={"question": "Gotion?"}),
        client.post("/api/v1/ask/stream", json={"question": "Gotion?"}),
        client.get("/api/v1/search", params={"q": "Gotion"}),
    ):
        assert "re-index" in assert_error(response, 503, "index_needs_reindex")["message"]


# ---------------------------------------------------------------------------------- reload loop


def test_reload_loop_logs_backs_off_and_recovers(caplog: pytest.LogCaptureFixture) -> None:
    outcomes = [RuntimeError("disk gone")] * 4 + [False]
    delays: list[float] = []
    state = ReloadState()
    seen: list[tuple[str | None, int]] = []

    class Flaky:
        def reload_if_changed(self) -> bool:
            outcome = outcomes.pop(0)
            if isinstance(outcome, Exception):
                raise outcome
            return outcome

    async def sleep(seconds: float) -> None:
        delays.append(seconds)
        seen.append((state.error, state.failures))
        if not outcomes:
            raise asyncio.CancelledError

    with caplog.at_level(logging.WARNING, logger="qa.api"), pytest.raises(asyncio.CancelledError):
        asyncio.run(_reload_loop(Flaky(), 10.0, state, sleep=sleep))  # type: ignore[arg-type]
    assert delays == [10.0, 20.0, 30.0, 30.0, 30.0, 10.0]
    assert seen[4] == ("RuntimeError: disk gone", 4)
    assert state.error is None and state.failures == 0
    assert sum("index reload failed" in r.getMessage() for r in caplog.records) == 4


def test_healthz_shows_the_last_reload_error(
    make_client: Callable[..., TestClient], hash_docqa: DocQA
) -> None:
    class Broken:
        def __getattr__(self, name: str) -> Any:
            return getattr(hash_docqa, name)

        def reload_if_changed(self) -> bool:
            raise OSError("CURRENT is unreadable")

    client = make_client(docqa=Broken(), reload_interval=0.02)
    deadline = time.monotonic() + 10
    while (health := client.get("/healthz").json())["reload_error"] is None:
        assert time.monotonic() < deadline, "the reload error never showed"
        time.sleep(0.02)
    assert health["reload_error"] == "OSError: CURRENT is unreadable" and health["reload_failures"] >= 1
    assert health["status"] == "ok"


# ------------------------------------------------------------------------ citation links and highlights


def test_answer_segments_pair_sentences_with_hashed_links(client: TestClient) -> None:
    answer = client.post("/api/v1/ask", json={"question": "What did Gotion propose?"}).json()
    segments = answer["segments"]
    assert [c for s in segments for c in s["citations"]] == answer["citations"]
    if not answer["abstained"]:
        assert [s["text"] for s in segments] == answer["sentences"]
    for citation in answer["citations"]:
        assert citation["quote_hash"] == quote_hash(citation["quote"])
        assert citation["href"].endswith(f"&h={citation['quote_hash']}#cite")
        page = client.get(citation["href"])
        assert '<mark id="cite"' in page.text and "has changed" not in page.text
    for passage in answer["passages"]:
        assert '<mark id="cite"' in client.get(passage["href"]).text


def test_highlight_only_when_the_span_still_holds_the_quote(client: TestClient) -> None:
    text = client.get("/api/v1/documents/river-report.txt").json()["text"]
    flooded = "The river flooded the lower town in April."
    volunteers = "Volunteers filled sandbags for three days."
    start, end = text.index(flooded), text.index(flooded) + len(flooded)

    def view(h: str) -> str:
        return client.get("/documents/river-report.txt", params={"start": start, "end": end, "h": h}).text

    assert f'<mark id="cite" tabindex="-1">{flooded}</mark>' in view(quote_hash(flooded))
    moved = view(quote_hash(volunteers))  # the quote now sits elsewhere: found and highlighted there
    assert f'<mark id="cite" tabindex="-1">{volunteers}</mark>' in moved and "found at a new place" in moved
    two = f"{flooded} {volunteers}"  # a multi-sentence passage whose offsets shifted is found as well
    params = {"start": 0, "end": len(two), "h": quote_hash(two)}
    moved_passage = client.get("/documents/river-report.txt", params=params).text
    assert f'<mark id="cite" tabindex="-1">{two}</mark>' in moved_passage
    gone = view(quote_hash("A sentence that is in no document."))
    assert "<mark" not in gone and "The cited passage has changed since this answer" in gone
    assert flooded in gone, "the document is still shown"
    bad = client.get("/documents/river-report.txt", params={"start": start, "end": end, "h": "<x>"})
    assert bad.status_code == 422


# ---------------------------------------------------------------------------- proxies and locked reads


def test_same_host_write_behind_a_tls_proxy_is_allowed(
    make_client: Callable[..., TestClient], fresh_hash_docqa: tuple[Settings, DocQA]
) -> None:
    settings, docqa = fresh_hash_docqa
    client = make_client(settings=settings, docqa=docqa)
    upload = {"file": ("zeppelin.txt", NEW_DOC.encode(), "text/plain")}
    proxied = client.post("/api/v1/documents", files=upload, headers={"Origin": "https://testserver"})
    assert proxied.status_code == 201, proxied.text
    other_port = client.post("/api/v1/documents", files=upload, headers={"Origin": "http://testserver:8080"})
    assert_error(other_port, 403, "cross_origin_write")
    assert_error(client.delete("/api/v1/documents/river-report.txt", headers={"Origin": "null"}), 403)


def test_pages_explain_that_locked_reads_need_a_key(make_client: Callable[..., TestClient]) -> None:
    client = make_client(api_keys=(sha256("reader"),), public_reads=False)
    for path in ("/", "/documents", "/documents/river-report.txt"):
        page = client.get(path, headers={"Accept": "text/html"})
        assert page.status_code == 401 and page.headers["content-type"].startswith("text/html")
        assert "QA_PUBLIC_READS=false" in page.text and "Authorization: Bearer" in page.text
    assert client.get("/", headers={"X-API-Key": "reader"}).status_code == 200


# ------------------------------------------------------------------------ one HTTP end-to-end, real model


@pytest.mark.e2e
def test_http_end_to_end_with_the_real_model(
    serve: Callable[..., Any], model_settings: Settings, model_docqa: DocQA
) -> None:
    server = serve(create_app(model_settings, model_docqa))
    with httpx.Client(base_url=server.url, timeout=30) as http:
        answer = http.post("/api/v1/ask", json={"question": "What did Gotion propose?"}).json()
        assert not answer["abstained"]
        assert "Gotion" in answer["answer"]
        assert answer["citations"] and "transportation" in answer["citations"][0]["quote"]
        follow = http.post(
            "/api/v1/ask", json={"question": "And CALB?", "conversation_id": answer["conversation_id"]}
        ).json()
        assert follow["rewritten_question"] and "CALB" in follow["rewritten_question"]
        assert "patent" in follow["answer"]
        assert http.get("/healthz").json()["documents"] >= 2
