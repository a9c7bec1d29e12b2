"""BM25 over the same chunks as the vectors (bm25s; saved as plain .npy/.json, never pickle)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def stem_word(word: str) -> str:
    """One word, Snowball-stemmed like the index's tokens (PyStemmer keeps its own bounded cache)."""
    return _stemmer().stemWord(word)


def tokenize(texts: list[str]) -> list[list[str]]:
    """Lower-cased, English stop words removed, Snowball-stemmed tokens (the index's own vocabulary)."""
    return bm25s.tokenize(texts, stopwords="en", stemmer=_stemmer(), return_ids=False, show_progress=False)


class LexicalIndex:
    """BM25 scores for every chunk row; rebuilt whole on each generation (bm25s has no incremental add)."""

    def __init__(self, retriever: bm25s.BM25 | None, size: int) -> None:
        self.retriever = retriever
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> LexicalIndex:
        if not texts:
            return cls(None, 0)
        retriever = bm25s.BM25()
        retriever.index(tokenize(texts), show_progress=False)
        return cls(retriever, len(texts))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of the query against every row (0 where no query word occurs)."""
        if self.retriever is None:
            return np.zeros(0, dtype=np.float32)
        tokens = tokenize([query])[0]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.retriever.get_scores(tokens), dtype=np.float32)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "size.txt").write_text(str(self.size))
        if self.retriever is not None:
            self.retriever.save(str(directory))

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        size = int((directory / "size.txt").read_text())
        if size == 0:
            return cls(None, 0)
        return cls(bm25s.BM25.load(str(directory), mmap=True, allow_pickle=False), size)
