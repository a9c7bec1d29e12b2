"""Chunking: offsets, window limits, overlap, headings and pages, with the fake and the real tokenizer."""

from __future__ import annotations

import os
import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.chunking import ChunkingParams, chunk_document, content_hash
from qa.embedding import HashEmbedder
from qa.models import Chunk, Document
from qa.sentences import split_sentences


def make_document(text: str, **extra: object) -> Document:
    return Document(id="doc-1", source="memory://doc-1", title="A Title", text=text, **extra)  # type: ignore[arg-type]


def assert_chunk_invariants(document: Document, chunks: list[Chunk], window: int, count) -> None:
    """Offsets exact, sentences inside and trimmed, ids/ordinals right, nothing over the window."""
    for ordinal, chunk in enumerate(chunks):
        assert chunk.ordinal == ordinal
        assert chunk.document_id == document.id
        assert document.text[chunk.start : chunk.end] == chunk.text
        assert chunk.sentences and chunk.sentences[0].start == chunk.start
        assert chunk.sentences[-1].end == chunk.end
        previous_end = chunk.start
        for sentence in chunk.sentences:
            assert previous_end <= sentence.start < sentence.end <= chunk.end
            piece = document.text[sentence.start : sentence.end]
            assert piece == piece.strip() and piece
            previous_end = sentence.end
        expected_id = content_hash(f"{document.id}\n{chunk.start}\n{chunk.embedding_text()}")[:20]
        assert chunk.id == expected_id
        assert chunk.pages == document.pages_between(chunk.start, chunk.end)
    counts = count([chunk.embedding_text() for chunk in chunks])
    assert all(tokens <= window for tokens in counts), max(counts)


def assert_covers_in_order(document: Document, chunks: list[Chunk]) -> None:
    """Every non-space character is in some chunk, and chunks advance through the text."""
    covered = [False] * len(document.text)
    for chunk in chunks:
        for sentence in chunk.sentences:
            covered[sentence.start : sentence.end] = [True] * (sentence.end - sentence.start)
    assert all(flag or char.isspace() for flag, char in zip(covered, document.text, strict=True))
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert before.start < after.start and before.end < after.end


def test_content_hash_is_sha256_hex() -> None:
    assert content_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_empty_document_has_no_chunks() -> None:
    assert chunk_document(make_document(" \n\n "), HashEmbedder(), ChunkingParams()) == []


def test_params_are_validated() -> None:
    with pytest.raises(ValueError):
        ChunkingParams(target_tokens=0)
    with pytest.raises(ValueError):
        ChunkingParams(overlap_sentences=-1)
    with pytest.raises(ValueError):
        chunk_document(make_document("Hello."), HashEmbedder().count_tokens, ChunkingParams())


def test_window_is_clamped_to_the_embedder() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(60))
    document = make_document(text)
    embedder = HashEmbedder(max_tokens=32)
    chunks = chunk_document(document, embedder, ChunkingParams(max_tokens=500, target_tokens=500))
    assert_chunk_invariants(document, chunks, 32, embedder.count_tokens)
    assert len(chunks) > 1


def test_bare_counter_needs_and_uses_max_tokens() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(30))
    document = make_document(text)
    count = HashEmbedder().count_tokens
    chunks = chunk_document(document, count, ChunkingParams(max_tokens=25, target_tokens=20))
    assert_chunk_invariants(document, chunks, 25, count)


def test_overlap_shares_exactly_the_requested_sentences() -> None:
    text = " ".join(f"Sentence {i} has exactly six words." for i in range(40))
    document = Document(id="d", source="s", title="", text=text)
    embedder = HashEmbedder(max_tokens=64)
    for overlap in (0, 1, 2):
        params = ChunkingParams(target_tokens=40, overlap_sentences=overlap)
        chunks = chunk_document(document, embedder, params)
        assert len(chunks) > 3
        for before, after in zip(chunks, chunks[1:], strict=False):
            shared = [span for span in after.sentences if span in before.sentences]
            assert len(shared) == overlap
            assert before.sentences[len(before.sentences) - overlap :] == shared


def test_target_size_is_approached() -> None:
    text = " ".join(f"Sentence {i} has exactly six words." for i in range(40))  # 6 words, 8 tokens alone
    chunks = chunk_document(make_document(text), HashEmbedder(), ChunkingParams(target_tokens=40))
    sizes = HashEmbedder().count_tokens([chunk.embedding_text() for chunk in chunks[:-1]])
    assert all(34 <= size <= 46 for size in sizes), sizes


def test_overlong_sentence_is_cut_at_word_boundaries() -> None:
    words = [f"w{i}" for i in range(300)]
    text = "Intro sentence here. " + " ".join(words) + ". Outro sentence here."
    document = make_document(text)
    embedder = HashEmbedder()
    chunks = chunk_document(document, embedder, ChunkingParams(max_tokens=30, target_tokens=25))
    assert_chunk_invariants(document, chunks, 30, embedder.count_tokens)
    assert_covers_in_order(document, chunks)
    pieces = {document.text[s.start : s.end] for chunk in chunks for s in chunk.sentences}
    assert all(not piece.startswith(("0", "1", "2", "3")) for piece in pieces)  # no cut inside "w12"
    assert "Outro sentence here." in pieces


def test_single_huge_word_is_cut_by_characters() -> None:
    text = "Start. " + "x" * 5000 + " end."
    document = make_document(text)

    def count(texts: list[str]) -> list[int]:
        return [len(text) // 10 + 2 for text in texts]  # long words cost many tokens, like word pieces

    chunks = chunk_document(document, count, ChunkingParams(max_tokens=40, target_tokens=30))
    assert_chunk_invariants(document, chunks, 40, count)
    assert_covers_in_order(document, chunks)


HEADED_TEXT = (
    "Preface line one. Preface line two.\n\n"
    "# Part One\n\n"
    "Alpha sentence one. Alpha sentence two.\n\n"
    "## Details\n\n"
    "Beta sentence one. Beta sentence two.\n\n"
    "# Part Two\n\n"
    "Gamma sentence one."
)


def headed_document() -> Document:
    text = HEADED_TEXT
    headings = [
        (text.index("# Part One"), 1, "Part One"),
        (text.index("## Details"), 2, "Details"),
        (text.index("# Part Two"), 1, "Part Two"),
    ]
    page_starts = [0, text.index("Beta sentence one"), text.index("Gamma")]
    return Document(id="h", source="s", title="Book", text=text, headings=headings, page_starts=page_starts)


def test_heading_paths_and_pages() -> None:
    document = headed_document()
    embedder = HashEmbedder()
    chunks = chunk_document(document, embedder, ChunkingParams(target_tokens=12, overlap_sentences=0))
    assert_chunk_invariants(document, chunks, 64, embedder.count_tokens)
    by_first_sentence = {document.text[c.sentences[0].start : c.sentences[0].end]: c for c in chunks}
    assert by_first_sentence["Preface line one."].heading_path == ["Book"]
    assert by_first_sentence["# Part One"].heading_path == ["Book", "Part One"]
    assert by_first_sentence["## Details"].heading_path == ["Book", "Part One", "Details"]
    assert by_first_sentence["# Part Two"].heading_path == ["Book", "Part Two"]
    assert by_first_sentence["Preface line one."].pages == [1]
    assert by_first_sentence["## Details"].pages == [1, 2]
    assert by_first_sentence["# Part Two"].pages == [2, 3]


def test_new_chunk_starts_at_heading_once_half_full_and_without_overlap() -> None:
    document = headed_document()
    heading_offsets = {offset for offset, _, _ in document.headings}
    embedder = HashEmbedder()
    # Each section is 7-8 tokens with its path: at least half of a 14-token target.
    chunks = chunk_document(document, embedder, ChunkingParams(target_tokens=14, overlap_sentences=1))
    assert heading_offsets <= {chunk.start for chunk in chunks}
    for before, after in zip(chunks, chunks[1:], strict=False):
        if after.start in heading_offsets:
            assert before.end <= after.start  # no overlap back into the previous section
        else:
            assert before.sentences[-1] == after.sentences[0]


def test_a_documents_header_is_a_chunk_of_its_own() -> None:
    header = "title: A Title\nauthor: Ann Lee\n\n"
    document = make_document(header + "Short body. It has two sentences.", header_end=len(header))
    chunks = chunk_document(document, HashEmbedder(), ChunkingParams(target_tokens=200, overlap_sentences=1))
    texts = [chunk.text for chunk in chunks]
    assert texts == ["title: A Title\nauthor: Ann Lee", "Short body. It has two sentences."]
    assert_covers_in_order(document, chunks)


def test_a_footer_of_address_lines_is_a_chunk_of_its_own() -> None:
    body = "The ferry runs hourly. Tickets cost four euros. The harbour closes at ten.\n\n"
    footer = "Source: https://example.org/ferries\n\nFor queries, please contact Ann Lee at ann@example.org\n"
    document = make_document(body + footer)
    assert document.footer_start == len(body)
    chunks = chunk_document(document, HashEmbedder(), ChunkingParams(target_tokens=200, overlap_sentences=1))
    assert [chunk.text for chunk in chunks] == [body.strip(), footer.strip()]
    assert_covers_in_order(document, chunks)


@pytest.mark.parametrize(
    ("text", "footer"),
    [
        # trailing one-line paragraphs that end with an address are the footer, however many (up to five)
        ("Body text here.\n\nMail us: desk@example.org\n", "Mail us: desk@example.org"),
        ("Body.\n\nSee www.example.org\n\nWrite to a@b.org.", "See www.example.org\n\nWrite to a@b.org."),
        # an address inside a sentence, a paragraph of prose or a text of nothing else is no footer
        ("Body text.\n\nSee https://x.org for more about the fares.", None),
        ("Body text.\n\nThe office moved.\nWrite to a@b.org", None),
        ("Just one line with a@b.org", None),
        ("Body.\n\n" + "\n\n".join(f"Line {i}: https://x.org/{i}" for i in range(6)), None),
    ],
)
def test_footer_start_finds_only_trailing_address_lines(text: str, footer: str | None) -> None:
    start = make_document(text).footer_start
    assert (text[start:].strip() if start else None) == footer


def test_small_chunks_run_on_across_headings() -> None:
    document = headed_document()
    chunks = chunk_document(document, HashEmbedder(), ChunkingParams(target_tokens=60))
    assert len(chunks) == 1
    assert chunks[0].text == document.text.strip()


def test_heading_inside_a_sentence_starts_a_new_sentence() -> None:
    text = "Some text without a stop\nTopic\nMore words follow here."
    document = Document(id="x", source="s", title="", text=text, headings=[(text.index("Topic"), 1, "Topic")])
    chunks = chunk_document(document, HashEmbedder(), ChunkingParams(target_tokens=1000))
    starts = [span.start for chunk in chunks for span in chunk.sentences]
    assert text.index("Topic") in starts


def test_long_heading_path_is_shortened_to_leave_room_for_text() -> None:
    text = "Body sentence one. Body sentence two."
    long_title = " ".join(["title"] * 100)
    document = Document(id="t", source="s", title=long_title, text=text)
    embedder = HashEmbedder()
    chunks = chunk_document(document, embedder, ChunkingParams(max_tokens=30, target_tokens=30))
    assert_chunk_invariants(document, chunks, 30, embedder.count_tokens)
    assert chunks[0].heading_path and chunks[0].heading_path[0].startswith("title")


def test_chunking_is_deterministic() -> None:
    document = headed_document()
    first = chunk_document(document, HashEmbedder(), ChunkingParams(target_tokens=15))
    second = chunk_document(document, HashEmbedder(), ChunkingParams(target_tokens=15))
    assert first == second


_PARTS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "word ",
            "Words here. ",
            "Dr. ",
            "U.S. ",
            "\n",
            "\n\n",
            "# Heading\n",
            "3.14 ",
            "!!! ",
            "\u2028",
            " ".join(["long"] * 50),
            "x" * 80,
            "   ",
            "é ",
            "日本語。",
        ]
    ),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_PARTS, max_size=30).map("".join),
    st.integers(min_value=8, max_value=40),
    st.integers(min_value=1, max_value=60),
    st.integers(min_value=0, max_value=3),
    st.lists(
        st.tuples(st.floats(0, 1), st.integers(1, 3), st.sampled_from(["H", "Sub head", ""])), max_size=4
    ),
)
def test_chunk_invariants_on_arbitrary_text(
    text: str, window: int, target: int, overlap: int, heading_specs: list[tuple[float, int, str]]
) -> None:
    headings = sorted((int(position * len(text)), level, name) for position, level, name in heading_specs)
    pages = sorted({0} | {offset for offset, _, _ in headings})
    document = Document(id="p", source="s", title="T t", text=text, headings=headings, page_starts=pages)
    embedder = HashEmbedder(max_tokens=window)
    params = ChunkingParams(target_tokens=target, overlap_sentences=overlap)
    chunks = chunk_document(document, embedder, params)
    assert_chunk_invariants(document, chunks, window, embedder.count_tokens)
    assert_covers_in_order(document, chunks)
    if split_sentences(text):
        assert chunks


def test_chunking_many_abstracts_is_fast() -> None:
    random.seed(7)
    vocabulary = [
        "the", "of", "model", "cells", "results", "protein", "we", "show",
        "that", "in", "2023", "U.S.", "Dr.", "e.g.", "3.5%", "data",
    ]  # fmt: skip
    documents = [
        make_document(
            " ".join(
                " ".join(random.choice(vocabulary) for _ in range(random.randint(8, 30))).capitalize() + "."
                for _ in range(10)
            )
        )
        for _ in range(500)
    ]
    embedder = HashEmbedder(max_tokens=256)
    began = time.perf_counter()
    total = sum(len(chunk_document(d, embedder, ChunkingParams())) for d in documents)
    assert total >= len(documents)
    assert time.perf_counter() - began < 3.0


def _chunk_long_line(text: str, count) -> tuple[list[Chunk], float, int]:
    """Chunks of a one-line document, the seconds it took and the characters handed to the counter."""
    document = make_document(text)
    counted = [0]

    def counting(texts: list[str]) -> list[int]:
        counted[0] += sum(len(text) for text in texts)
        return count(texts)

    began = time.perf_counter()
    chunks = chunk_document(document, counting, ChunkingParams(max_tokens=64))
    elapsed = time.perf_counter() - began
    assert_chunk_invariants(document, chunks, 64, count)
    assert_covers_in_order(document, chunks)
    return chunks, elapsed, counted[0]


@pytest.mark.parametrize(
    "text",
    [
        " ".join(f"w{i}" for i in range(100_000)),  # a 100k-word line without punctuation (~690 KB)
        ",".join(f"v{i}" for i in range(45_000))[:300_000],  # a 300k-character line without spaces
    ],
    ids=["100k-words", "300k-chars-no-spaces"],
)
def test_long_unpunctuated_line_is_chunked_in_linear_time(text: str) -> None:
    chunks, elapsed, counted = _chunk_long_line(text, HashEmbedder().count_tokens)
    assert len(chunks) > 500
    assert counted < 20 * len(text)  # each character is counted a bounded number of times (4-9x here)
    assert elapsed < 3.0


def test_long_word_cut_by_characters_in_linear_time() -> None:
    def count(texts: list[str]) -> list[int]:
        return [len(text) // 10 + 2 for text in texts]  # long words cost many tokens, like word pieces

    text = "x" * 300_000 + " " + " ".join("y" * 5000 for _ in range(20))
    chunks, elapsed, counted = _chunk_long_line(text, count)
    assert len(chunks) > 500
    # Each piece is found by counting a few of its own prefixes (about 25x here, whatever the length);
    # re-counting the rest of the line for every piece would be hundreds of times the text.
    assert counted < 50 * len(text)
    assert elapsed < 3.0


# --- the real model -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_embedder():
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    from qa.embedding import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


def long_prose(words: int, seed: int = 3) -> str:
    """Varied prose with abbreviations, numbers and paragraphs, about ``words`` words long."""
    rng = random.Random(seed)
    subjects = ["The committee", "Dr. Smith", "Apple Inc.", "The U.S. economy", "Researchers", "China's NPC"]
    verbs = ["reported", "argued", "estimated", "suggested", "announced", "questioned"]
    objects = [
        "that growth reached 5.2 per cent in 2024",
        "a budget of RMB1.3 trillion (USD179 billion)",
        "new standards for electroencephalography and immunohistochemistry",
        "the reserve requirement ratio (RRR) cut on Mar 13, 2025",
        "results, e.g. higher yields and lower costs, across several sites",
    ]
    sentences: list[str] = []
    count = 0
    while count < words:
        sentence = f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)}."
        sentences.append(sentence)
        count += len(sentence.split())
    paragraphs = [" ".join(sentences[i : i + 6]) for i in range(0, len(sentences), 6)]
    return "\n\n".join(paragraphs)


@pytest.mark.e2e
def test_real_tokenizer_never_exceeds_the_model_window(real_embedder) -> None:
    run_on = " ".join(f"item{i} and" if i % 7 else "pseudopseudohypoparathyroidism" for i in range(600))
    text = long_prose(1500) + "\n\n" + run_on + "\n\n" + long_prose(1500, seed=4)
    document = make_document(text)
    assert real_embedder.count_tokens([run_on])[0] > 256
    chunks = chunk_document(document, real_embedder, ChunkingParams())
    assert_chunk_invariants(document, chunks, real_embedder.max_tokens, real_embedder.count_tokens)
    assert_covers_in_order(document, chunks)
    assert real_embedder.max_tokens == 256
