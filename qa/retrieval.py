"""Hybrid retrieval: dense (FAISS) and lexical (BM25) candidates, fused into one ranking, with filters.

Fusion: candidates from both retrievers are rescored by *both* (every candidate has a cosine and a BM25
score), each score is min-max normalised over the candidate set, and the fused score is a convex
combination. The weight was chosen on the SciFact *train* queries against reciprocal-rank fusion (RRF),
the baseline; see docs/benchmarks.md for the numbers.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np

from qa.embedding import Embedder
from qa.index import LoadedIndex
from qa.models import Chunk, Document, Passage

MODES = ("hybrid", "dense", "lexical")
FUSIONS = ("convex", "rrf")
DEFAULT_FUSION = "convex"
DEFAULT_DENSE_WEIGHT = 0.6  # best nDCG@10 on SciFact train among 0.3..0.7 (docs/benchmarks.md)
RRF_K = 60
CANDIDATES = 100


@dataclass(frozen=True)
class SearchFilters:
    """Restrict results by document id, by source path prefix, and by exact metadata values."""

    document_ids: frozenset[str] | None = None
    source_prefix: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_dict(cls, raw: dict[str, Any] | None) -> SearchFilters | None:
        """Parse ``{"document_id": str | [str], "source_prefix": str, "metadata": {key: value}}``."""
        if not raw:
            return None
        unknown = set(raw) - {"document_id", "document_ids", "source_prefix", "metadata"}
        if unknown:
            raise ValueError(f"unknown filter(s): {', '.join(sorted(unknown))}")
        if "document_id" in raw and "document_ids" in raw:
            raise ValueError("filter: give either document_id or document_ids, not both")
        ids = raw.get("document_id", raw.get("document_ids"))
        if isinstance(ids, str):
            ids = [ids]
        if ids is not None and not (isinstance(ids, list) and all(isinstance(i, str) for i in ids)):
            raise ValueError("filter document_id must be a string or a list of strings")
        prefix = raw.get("source_prefix")
        if prefix is not None and not isinstance(prefix, str):
            raise ValueError("filter source_prefix must be a string")
        metadata = raw.get("metadata") or {}
        if not isinstance(metadata, dict) or not all(
            isinstance(value, str | int | float | bool) for value in metadata.values()
        ):
            raise ValueError("filter metadata must be an object of field: text, number or boolean")
        return cls(
            document_ids=frozenset(ids) if ids is not None else None,
            source_prefix=prefix,
            metadata=tuple(sorted((str(k), str(v)) for k, v in metadata.items())),
        )

    def allowed_documents(self, index: LoadedIndex) -> set[str]:
        allowed = set()
        for document in index.documents():
            if self.document_ids is not None and document.id not in self.document_ids:
                continue
            if self.source_prefix and not document.source.startswith(self.source_prefix):
                continue
            if any(
                key not in document.metadata or str(document.metadata[key]) != value
                for key, value in self.metadata
            ):
                continue
            allowed.add(document.id)
        return allowed


class Retriever:
    """Searches one open index generation."""

    def __init__(
        self,
        index: LoadedIndex,
        embedder: Embedder,
        fusion: str = DEFAULT_FUSION,
        dense_weight: float = DEFAULT_DENSE_WEIGHT,
        candidates: int = CANDIDATES,
        query_cache_size: int = 1024,
    ) -> None:
        if fusion not in FUSIONS:
            raise ValueError(f"unknown fusion {fusion!r}: use one of {', '.join(FUSIONS)}")
        self.index = index
        self.embedder = embedder
        self.fusion = fusion
        self.dense_weight = dense_weight
        self.candidates = candidates
        self._furniture_rows = _furniture_rows(index)
        self._query_vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._query_cache_size = query_cache_size
        self._cache_lock = threading.Lock()

    def embed_query(self, query: str) -> np.ndarray:
        """Query vector, cached (chat follow-ups and the UI repeat questions); safe across threads."""
        with self._cache_lock:
            vector = self._query_vectors.get(query)
            if vector is not None:
                self._query_vectors.move_to_end(query)
                return vector
        vector = self.embedder.encode([query])[0]  # outside the lock: the model is the slow part
        with self._cache_lock:
            self._query_vectors[query] = vector
            while len(self._query_vectors) > self._query_cache_size:
                self._query_vectors.popitem(last=False)
        return vector

    def search(
        self,
        query: str,
        k: int = 5,
        mode: str = "hybrid",
        filters: SearchFilters | dict[str, Any] | None = None,
    ) -> list[Passage]:
        """The ``k`` best passages for ``query``, best first, with dense, lexical and fused scores."""
        if mode not in MODES:
            raise ValueError(f"unknown search mode {mode!r}: use one of {', '.join(MODES)}")
        if isinstance(filters, dict) or filters is None:
            filters = SearchFilters.from_dict(filters)
        total = len(self.index.chunks)
        if total == 0 or k <= 0:
            return []
        allowed = self._allowed_rows(filters)
        if allowed is not None and len(allowed) == 0:
            return []
        pool = max(self.candidates, k)

        lexical_all = self.index.lexical.scores(query) if mode != "dense" else None
        query_vector = self.embed_query(query) if mode != "lexical" else None

        dense_rows = np.zeros(0, dtype=np.int64)
        if query_vector is not None:
            _, dense_rows = self.index.vector_store.search(query_vector, pool, allowed)
        lexical_rows = np.zeros(0, dtype=np.int64)
        if lexical_all is not None:
            lexical_rows = _top_positive(lexical_all, pool, allowed)

        if mode == "dense":
            rows = dense_rows
        elif mode == "lexical":
            rows = lexical_rows
        else:
            rows = np.unique(np.concatenate([dense_rows, lexical_rows]))
        if len(self._furniture_rows):  # a header's fields or a footer's addresses would only take a place
            rows = rows[~np.isin(rows, self._furniture_rows)]
        if len(rows) == 0:
            return []
        dense = (
            np.asarray(self.index.vectors[rows] @ query_vector, dtype=np.float32)
            if query_vector is not None
            else None
        )
        lexical = lexical_all[rows] if lexical_all is not None else None
        fused = self._fuse(mode, dense, lexical)
        order = np.argsort(-fused, kind="stable")[:k]
        return [
            self._passage(
                int(rows[i]),
                float(fused[i]),
                None if dense is None else float(dense[i]),
                None if lexical is None else float(lexical[i]),
                rank,
            )
            for rank, i in enumerate(order, start=1)
        ]

    def opening_passage(self, document_id: str) -> Passage | None:
        """The first chunk of a document as a passage (rank 0, no score): where its header is, when it has
        one (``Document.header_end``)."""
        record = self.index.records.get(document_id)
        if record is None or record.row_count == 0:
            return None
        return self._passage(record.first_row, 0.0, None, None, 0)

    def closing_passage(self, document_id: str) -> Passage | None:
        """The last chunk of a document's body as a passage (rank 0, no score): where it ends, and where
        an article says where to read more."""
        body = [row for row in self._rows_of(document_id) if not self._in_footer(row)]
        return self._passage(body[-1], 0.0, None, None, 0) if body else None

    def footer_passages(self, document_id: str) -> list[Passage]:
        """The chunks of a document's footer of address lines (``Document.footer_start``) as passages
        (rank 0, no score): whom to contact, where the text came from. Never found by ``search``."""
        return [
            self._passage(row, 0.0, None, None, 0)
            for row in self._rows_of(document_id)
            if self._in_footer(row)
        ]

    def _rows_of(self, document_id: str) -> range:
        record = self.index.records.get(document_id)
        return range(record.first_row, record.first_row + record.row_count) if record else range(0)

    def _in_footer(self, row: int) -> bool:
        chunk = self.index.chunks[row]
        return _in_footer(chunk, self.index.records[chunk.document_id].document)

    def names(self) -> frozenset[str]:
        """The names the documents use (``LoadedIndex.names``)."""
        return self.index.names

    def words(self) -> dict[str, int]:
        """The documents' vocabulary with counts (``LoadedIndex.words``)."""
        return self.index.words

    def _fuse(self, mode: str, dense: np.ndarray | None, lexical: np.ndarray | None) -> np.ndarray:
        if mode == "dense":
            return dense
        if mode == "lexical":
            return lexical
        if self.fusion == "rrf":
            return _rank_scores(dense) + _rank_scores(lexical, positive_only=True)
        weight = self.dense_weight
        return weight * _min_max(dense) + (1.0 - weight) * _min_max(lexical)

    def _allowed_rows(self, filters: SearchFilters | None) -> np.ndarray | None:
        if filters is None:
            return None
        documents = filters.allowed_documents(self.index)
        rows = [
            np.arange(record.first_row, record.first_row + record.row_count)
            for doc_id, record in self.index.records.items()
            if doc_id in documents
        ]
        return np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)

    def _passage(
        self, row: int, fused: float, dense: float | None, lexical: float | None, rank: int
    ) -> Passage:
        chunk = self.index.chunks[row]
        record = self.index.records[chunk.document_id]
        return Passage(
            chunk=chunk,
            document_id=chunk.document_id,
            title=record.document.title,
            source=record.document.source,
            score=fused,
            dense_score=dense,
            lexical_score=lexical,
            rank=rank,
            metadata=record.document.metadata,
            page_starts=record.document.page_starts,
        )


def _furniture_rows(index: LoadedIndex) -> np.ndarray:
    """The rows of the chunks that hold nothing but a document's header (``Document.header_end``) or its
    footer of address lines (``Document.footer_start``)."""
    rows = [
        record.first_row + offset
        for record in index.records.values()
        if record.document.header_end or record.document.footer_start
        for offset, chunk in enumerate(index.chunks[record.first_row : record.first_row + record.row_count])
        if chunk.end <= record.document.header_end or _in_footer(chunk, record.document)
    ]
    return np.asarray(rows, dtype=np.int64)


def _in_footer(chunk: Chunk, document: Document) -> bool:
    """Whether ``chunk`` holds nothing but the document's footer of address lines."""
    return bool(document.footer_start) and chunk.start >= document.footer_start


def _top_positive(scores: np.ndarray, k: int, allowed: np.ndarray | None) -> np.ndarray:
    """Rows of the ``k`` highest positive scores (BM25 gives 0 where no query word occurs)."""
    if allowed is not None:
        masked = np.full_like(scores, 0.0)
        masked[allowed] = scores[allowed]
        scores = masked
    positive = np.flatnonzero(scores > 0)
    if len(positive) > k:
        positive = positive[np.argpartition(-scores[positive], k - 1)[:k]]
    return positive


def _min_max(values: np.ndarray) -> np.ndarray:
    low, high = float(values.min()), float(values.max())
    if high - low < 1e-12:
        return np.ones_like(values) if high > 0 else np.zeros_like(values)
    return (values - low) / (high - low)


def _rank_scores(values: np.ndarray, positive_only: bool = False) -> np.ndarray:
    """Reciprocal-rank contribution ``1 / (60 + rank)`` of each candidate within one retriever."""
    order = np.argsort(-values, kind="stable")
    ranks = np.empty(len(values), dtype=np.float64)
    ranks[order] = np.arange(1, len(values) + 1)
    scores = 1.0 / (RRF_K + ranks)
    if positive_only:
        scores[values <= 0] = 0.0
    return scores.astype(np.float32)
