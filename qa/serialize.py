"""JSON at the edge: the one place records become the contract shapes used by the CLI and the API.

Field names here are a public contract (``qa search --json``, ``qa ask --json``, ``/api/v1``): add fields
freely, never rename or drop one without a new API version.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from typing import Any
from urllib.parse import quote

from qa.models import Answer, Citation, Document, DocumentInfo, Passage, Retrieved


def passage_json(passage: Passage) -> dict[str, Any]:
    chunk = passage.chunk
    return {
        "rank": passage.rank,
        "document_id": passage.document_id,
        "title": passage.title,
        "source": passage.source,
        "text": chunk.text,
        "start": chunk.start,
        "end": chunk.end,
        "page": chunk.page,
        "pages": list(chunk.pages),
        "heading_path": list(chunk.heading_path),
        "chunk_id": chunk.id,
        "score": round(float(passage.score), 6),
        "dense_score": _maybe_round(passage.dense_score),
        "lexical_score": _maybe_round(passage.lexical_score),
        "sentences": [[s.start, s.end] for s in chunk.sentences],
    }


def search_json(query: str, passages: list[Passage], mode: str) -> dict[str, Any]:
    return {"query": query, "mode": mode, "passages": [passage_json(p) for p in passages]}


def citation_json(citation: Citation) -> dict[str, Any]:
    """``marker``, ``passage`` (1-based), ``document_id``, ``title``, ``source``, ``start``, ``end``,
    ``page``, ``quote``."""
    return asdict(citation)


def answer_json(answer: Answer) -> dict[str, Any]:
    return {
        "question": answer.question,
        "rewritten_question": answer.rewritten_question,
        "conversation_id": answer.conversation_id,
        "answer": answer.answer,
        "sentences": list(answer.sentences),
        "citations": [citation_json(c) for c in answer.citations],
        "passages": [passage_json(p) for p in answer.passages],
        "confidence": round(float(answer.confidence), 4),
        "abstained": answer.abstained,
        "timings": {name: round(ms, 3) for name, ms in answer.timings.items()},
    }


def document_info_json(info: DocumentInfo) -> dict[str, Any]:
    """``id``, ``title``, ``source``, ``chunks``, ``characters``, ``pages``, ``metadata``."""
    return asdict(info)


def document_json(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "source": document.source,
        "metadata": document.metadata,
        "characters": len(document.text),
        "pages": len(document.page_starts),
        "page_starts": list(document.page_starts),
        "text": document.text,
    }


def quote_hash(text: str) -> str:
    """First 12 hex digits of the sha256 of ``text`` with its whitespace collapsed.

    Links to a cited span carry it, so the document view can tell whether ``[start, end)`` still holds
    the quoted text after a re-index.
    """
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def span_href(document_id: str, start: int, end: int, text: str) -> str:
    """The document view's link to ``[start, end)``, with the hash of the text it is meant to cover."""
    return f"/documents/{quote(document_id, safe='')}?start={start}&end={end}&h={quote_hash(text)}#cite"


def linked_citation_json(citation: Citation) -> dict[str, Any]:
    """``citation_json`` plus ``quote_hash`` and ``href`` (the highlighted-span link) for the web UIs."""
    return {
        **citation_json(citation),
        "quote_hash": quote_hash(citation.quote),
        "href": span_href(citation.document_id, citation.start, citation.end, citation.quote),
    }


def linked_passage_json(passage: Passage) -> dict[str, Any]:
    """``passage_json`` plus ``quote_hash`` and ``href`` (the highlighted-span link) for the web UIs."""
    return {
        **passage_json(passage),
        "quote_hash": quote_hash(passage.text),
        "href": span_href(passage.document_id, passage.start, passage.end, passage.text),
    }


def answer_segments(answer: Answer) -> list[tuple[str, list[Citation]]]:
    """Answer sentences paired with the citations that support them: the i-th citation, the i-th sentence.

    When the counts differ (an answerer citing several passages per sentence), all citations go under the
    last sentence so none is lost. An answer without sentences is one sentence.
    """
    sentences = list(answer.sentences) or ([answer.answer] if answer.answer else [])
    if len(sentences) == len(answer.citations):
        return [(text, [citation]) for text, citation in zip(sentences, answer.citations, strict=True)]
    last = len(sentences) - 1
    return [(text, list(answer.citations) if i == last else []) for i, text in enumerate(sentences)]


def segments_json(answer: Answer) -> list[dict[str, Any]]:
    """``answer_segments`` as JSON: ``[{"index", "text", "citations": [...]}]`` (what the UIs render)."""
    return [
        {"index": i, "text": text, "citations": [linked_citation_json(c) for c in citations]}
        for i, (text, citations) in enumerate(answer_segments(answer))
    ]


def ask_json(answer: Answer) -> dict[str, Any]:
    """The web API's answer: ``answer_json`` with linked citations and passages, plus ``segments``."""
    return {
        **answer_json(answer),
        "citations": [linked_citation_json(c) for c in answer.citations],
        "passages": [linked_passage_json(p) for p in answer.passages],
        "segments": segments_json(answer),
    }


def retrieved_json(retrieved: Retrieved) -> dict[str, Any]:
    """The first streamed event: the question as understood and its linked passages."""
    return {
        "question": retrieved.question,
        "rewritten_question": retrieved.rewritten_question,
        "conversation_id": retrieved.conversation_id,
        "passages": [linked_passage_json(p) for p in retrieved.passages],
    }


def health_json(health: dict[str, Any], reload_error: str | None, reload_failures: int) -> dict[str, Any]:
    """``DocQA.health()`` plus the web server's background reload state."""
    return {**health, "reload_error": reload_error, "reload_failures": reload_failures}


def _maybe_round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)
