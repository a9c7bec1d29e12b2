"""Plain records that cross layers. No JSON here: the edges (CLI, API) turn these into JSON."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


def page_of(page_starts: list[int], offset: int) -> int | None:
    """1-based page holding character ``offset`` given each page's start offset (None: no pages)."""
    if not page_starts:
        return None
    return bisect.bisect_right(page_starts, offset) or 1


# A paragraph of one short line that ends with an address: an email, or a web address.
_ADDRESS_LINE = re.compile(
    r"[^\n]{0,200}(?:\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+|\bwww\.[\w-]+\.\S+)\W{0,3}"
)
_MOST_FOOTER_LINES = 5


def footer_start(text: str, body_start: int = 0) -> int:
    """Where the text's footer starts, or 0 when it has none: the trailing paragraphs that are each one
    short line ending with an address ("Source: https://...", "For queries, please contact Ann Lee at
    ann@example.org"), at most five of them, after a body that is not all such lines.

    A page's contact lines and links are its furniture, not its content: kept in one passage of their own
    they are cited for whom to contact, but never dilute the last section's passage or take a passage's
    place in a search.
    """
    paragraphs = list(re.finditer(r"[^\n]+(?:\n[^\n]+)*", text[body_start:]))
    lines = 0
    while lines < len(paragraphs) and _ADDRESS_LINE.fullmatch(paragraphs[-1 - lines].group().strip()):
        lines += 1
    if not 0 < lines <= _MOST_FOOTER_LINES or lines == len(paragraphs):  # (a list of links is content)
        return 0
    return body_start + paragraphs[-lines].start()


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` in a document's text."""

    start: int
    end: int


@dataclass
class Document:
    """A readable document: its full plain text plus what we know about it.

    ``page_starts`` holds the character offset at which each page begins (page 1 starts at
    ``page_starts[0] == 0``); it is empty for formats without pages. ``headings`` lists
    ``(offset, level, heading text)`` for every heading found in the text, in order, so a chunk can
    know the heading path it sits under. ``header_end`` is where the body starts when the text opens
    with the document's own header (Markdown front matter, kept verbatim so that "Who wrote this
    article?" can be answered with a cited span): the header is chunked apart from the body, and so is
    a footer of address lines (``footer_start``).
    """

    id: str
    source: str
    title: str
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    page_starts: list[int] = field(default_factory=list)
    headings: list[tuple[int, int, str]] = field(default_factory=list)
    header_end: int = 0

    @cached_property
    def footer_start(self) -> int:
        """Where the document's footer of address lines starts (0: none); see ``footer_start``."""
        return footer_start(self.text, self.header_end)

    def page_at(self, offset: int) -> int | None:
        """1-based page number holding character ``offset``, or None for page-less documents."""
        return page_of(self.page_starts, offset)

    def pages_between(self, start: int, end: int) -> list[int]:
        """Every 1-based page touched by ``[start, end)``; empty for page-less documents."""
        if not self.page_starts:
            return []
        first = self.page_at(start) or 1
        last = self.page_at(max(start, end - 1)) or first
        return list(range(first, last + 1))


@dataclass
class DocumentInfo:
    """A document as listed: what it is and how big, without its text."""

    id: str
    title: str
    source: str
    chunks: int
    characters: int
    pages: int
    metadata: dict[str, Any]


@dataclass
class Chunk:
    """A run of whole sentences of one document, small enough for the embedder's window.

    ``text == document.text[start:end]`` always. ``sentences`` are absolute spans in the document
    text. ``heading_path`` (title and headings above the chunk) may be prepended to what is
    embedded but is never part of the cited text.
    """

    id: str
    document_id: str
    ordinal: int
    start: int
    end: int
    text: str
    sentences: list[Span]
    pages: list[int] = field(default_factory=list)
    heading_path: list[str] = field(default_factory=list)

    @property
    def page(self) -> int | None:
        return self.pages[0] if self.pages else None

    def embedding_text(self) -> str:
        """What the embedder sees: heading path as context, then the chunk text."""
        if not self.heading_path:
            return self.text
        return " > ".join(self.heading_path) + "\n" + self.text


@dataclass
class Passage:
    """A retrieved chunk with the scores that ranked it."""

    chunk: Chunk
    document_id: str
    title: str
    source: str
    score: float
    dense_score: float | None = None
    lexical_score: float | None = None
    rank: int = 0
    metadata: dict[str, Any] = field(default_factory=dict)
    page_starts: list[int] = field(default_factory=list)
    """The document's page starts, so any offset inside the passage maps to its exact page."""

    def page_at(self, offset: int) -> int | None:
        """1-based page of document offset ``offset`` (None for page-less documents)."""
        return page_of(self.page_starts, offset)

    @property
    def text(self) -> str:
        return self.chunk.text

    @property
    def start(self) -> int:
        return self.chunk.start

    @property
    def end(self) -> int:
        return self.chunk.end

    @property
    def page(self) -> int | None:
        return self.chunk.page


@dataclass
class Retrieved:
    """The first stage of an answer: the question as understood and the passages it will come from."""

    question: str
    rewritten_question: str | None
    conversation_id: str | None
    passages: list[Passage]


@dataclass
class Citation:
    """One answer sentence traced to its exact place: passage number (1-based), document span, page."""

    marker: int
    passage: int
    document_id: str
    title: str
    source: str
    start: int
    end: int
    page: int | None
    quote: str


@dataclass
class Answer:
    """What the assistant says, with everything needed to check it."""

    question: str
    answer: str
    citations: list[Citation]
    passages: list[Passage]
    confidence: float
    abstained: bool
    rewritten_question: str | None = None
    conversation_id: str | None = None
    sentences: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
