"""A tiny vector-store interface with FAISS behind it: ``add``, ``search``, ``save``, ``load``.

Vectors are unit-norm, so inner product is cosine similarity. ``flat`` is exact; ``hnsw`` trades a little
recall for speed on large corpora (measured in docs/benchmarks.md).
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

KINDS = ("flat", "hnsw")
HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128


class VectorStore:
    """Vectors addressed by their row number (= the chunk's position in the index)."""

    def __init__(self, dimension: int, kind: str = "flat") -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown FAISS index kind {kind!r}: use one of {', '.join(KINDS)}")
        self.dimension = dimension
        self.kind = kind
        self.index = self._empty(dimension, kind)

    @staticmethod
    def _empty(dimension: int, kind: str) -> faiss.Index:
        if kind == "hnsw":
            index = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.hnsw.efSearch = HNSW_EF_SEARCH
            return index
        return faiss.IndexFlatIP(dimension)

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def add(self, vectors: np.ndarray) -> None:
        if len(vectors):
            self.index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def search(
        self, query: np.ndarray, k: int, allowed_rows: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Top ``k`` rows by inner product: ``(scores, rows)``, optionally only among ``allowed_rows``."""
        k = min(k, len(self))
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        params = None
        if allowed_rows is not None:
            selector = faiss.IDSelectorBatch(np.ascontiguousarray(allowed_rows, dtype=np.int64))
            params = (
                faiss.SearchParametersHNSW(sel=selector, efSearch=HNSW_EF_SEARCH)
                if self.kind == "hnsw"
                else faiss.SearchParameters(sel=selector)
            )
        scores, rows = self.index.search(
            np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k, params=params
        )
        keep = rows[0] >= 0
        return scores[0][keep], rows[0][keep]

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path, dimension: int, kind: str) -> VectorStore:
        store = cls(dimension, kind)
        store.index = faiss.read_index(str(path))
        if store.index.d != dimension:
            raise ValueError(f"{path}: vectors have {store.index.d} dimensions, expected {dimension}")
        return store
