"""Embedders: contextual token vectors line up with the text, for the fake and the real model."""

from __future__ import annotations

import numpy as np
import pytest

from qa.core import DocQA
from qa.embedding import HashEmbedder

TEXT = "Gotion mentioned that lithium battery transportation regulations should be altered."


def _check_token_vectors(embedder: object, texts: list[str]) -> None:
    token_sets = embedder.token_vectors(texts)  # type: ignore[attr-defined]
    sentences = embedder.encode(texts)  # type: ignore[attr-defined]
    assert len(token_sets) == len(texts)
    for text, tokens, sentence in zip(texts, token_sets, sentences, strict=True):
        assert tokens.vectors.shape == (len(tokens.spans), embedder.dimension)  # type: ignore[attr-defined]
        assert np.allclose(np.linalg.norm(tokens.vectors, axis=1), 1.0, atol=1e-4)
        np.testing.assert_allclose(tokens.sentence, sentence, atol=1e-5)
        covered = "".join(text[start:end] for start, end in tokens.spans)
        assert covered == "".join(text.split())  # every character but spaces, in order
        assert all(0 <= start < end <= len(text) for start, end in tokens.spans)


def test_hash_token_vectors_are_one_per_word_and_match_only_the_same_word() -> None:
    embedder = HashEmbedder()
    first, second = embedder.token_vectors(["port safety port", "safety"])
    assert [tuple(span) for span in first.spans] == [(0, 4), (5, 11), (12, 16)]
    assert float(first.vectors[0] @ first.vectors[2]) == pytest.approx(1.0)
    assert float(first.vectors[1] @ second.vectors[0]) == pytest.approx(1.0)
    assert abs(float(first.vectors[0] @ first.vectors[1])) < 0.5
    assert embedder.token_vectors([""])[0].vectors.shape == (0, embedder.dimension)


def test_real_model_token_vectors_cover_the_text_and_share_the_sentence_pass(model_docqa: DocQA) -> None:
    embedder = model_docqa.embedder
    texts = [TEXT, "What did Gotion propose?", "Short."]  # different lengths: padding must not leak in
    _check_token_vectors(embedder, texts)
    question, sentence = embedder.token_vectors(["Which rules should change?", TEXT])
    # In context, "rules" is closer to "regulations" than to any other word of the sentence.
    rules = question.vectors[1]
    best = int(np.argmax(sentence.vectors @ rules))
    start, end = sentence.spans[best]
    assert TEXT[start:end].startswith("regul")
