"""JSON at the edge: the one place records become the contract shapes used by the CLI and the API.

Field names here are a public contract (``qa search --json``, ``qa ask --json``, ``/api/v1``): add fields
freely, never rename or drop one without a new API version.
"""

from __future__ import annotations

from typing import Any

from qa.models import Answer, Citation, Document, Passage


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
    return {
        "marker": citation.marker,
        "passage": citation.passage,
        "document_id": citation.document_id,
        "title": citation.title,
        "source": citation.source,
        "start": citation.start,
        "end": citation.end,
        "page": citation.page,
        "quote": citation.quote,
    }


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


def document_json(document: Document, include_text: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": document.id,
        "title": document.title,
        "source": document.source,
        "metadata": document.metadata,
        "characters": len(document.text),
        "pages": len(document.page_starts),
        "page_starts": list(document.page_starts),
    }
    if include_text:
        data["text"] = document.text
    return data


def _maybe_round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)
