"""Sentence splitting: hard abbreviation/number cases, line structure, invariants, and speed guards."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. economy grew. It was fine.",
            ["The U.S. economy grew.", "It was fine."],
        ),
        (
            "He works in the U.S. He lives in Washington.",
            ["He works in the U.S.", "He lives in Washington."],
        ),
        (
            "China will issue RMB1.3 trillion (USD179 billion). Of this RMB300 billion (USD41.3 billion) "
            "will be used.",
            [
                "China will issue RMB1.3 trillion (USD179 billion).",
                "Of this RMB300 billion (USD41.3 billion) will be used.",
            ],
        ),
        (
            "On Mar 13, 2025, the bank cut the reserve requirement ratio (RRR). Markets rose.",
            ["On Mar 13, 2025, the bank cut the reserve requirement ratio (RRR).", "Markets rose."],
        ),
        (
            "Apple Inc. said revenue rose 3.5% in Q2. Shares fell.",
            ["Apple Inc. said revenue rose 3.5% in Q2.", "Shares fell."],
        ),
        (
            "Dr. Smith arrived late. He apologised.",
            ["Dr. Smith arrived late.", "He apologised."],
        ),
        (
            "Use simple tools, e.g. hammers and saws. The value was 3.14 today.",
            ["Use simple tools, e.g. hammers and saws.", "The value was 3.14 today."],
        ),
        (
            'She said, "It is done." He nodded.',
            ['She said, "It is done."', "He nodded."],
        ),
        (
            "Growth was 5.2 per cent in 2024. Inflation was 0.3%.",
            ["Growth was 5.2 per cent in 2024.", "Inflation was 0.3%."],
        ),
    ],
)
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_heading_lines_and_paragraphs() -> None:
    text = (
        "### The EV ecosystem\n\nTianneng brought up a suggestion. Geely agreed.\n\n"
        "The EV ecosystem\n\nBoth Geely and GAC mentioned swapping.\n"
    )
    assert sentences(text) == [
        "### The EV ecosystem",
        "Tianneng brought up a suggestion.",
        "Geely agreed.",
        "The EV ecosystem",
        "Both Geely and GAC mentioned swapping.",
    ]


def test_blank_line_always_ends_a_sentence() -> None:
    assert sentences("no punctuation here\n\nand a lowercase paragraph") == [
        "no punctuation here",
        "and a lowercase paragraph",
    ]


def test_soft_wrapped_pdf_lines_are_joined() -> None:
    text = "The cells were grown in a\nmedium for three days, and\nthen we measured them. Results\nfollowed."
    assert sentences(text) == [
        "The cells were grown in a\nmedium for three days, and\nthen we measured them.",
        "Results\nfollowed.",
    ]


def test_line_break_after_sentence_punctuation_or_before_capital_is_a_boundary() -> None:
    text = "First line ends here.\nsecond starts lowercase\nThird Line Title\n- a bullet\n- another"
    assert sentences(text) == [
        "First line ends here.",
        "second starts lowercase",
        "Third Line Title",
        "- a bullet",
        "- another",
    ]


def test_spans_are_absolute_and_trimmed() -> None:
    text = "  \n  Hello there.   General Kenobi!  \n\n\t"
    spans = split_sentences(text)
    assert [(span.start, span.end) for span in spans] == [(5, 17), (20, 35)]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \r\n"])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []


@pytest.mark.parametrize(
    "pathological",
    [
        " ".join(f"({chr(97 + i % 26)})" for i in range(10_000))[:40_000],
        "\n".join(" ".join(f"({chr(97 + i % 26)})" for i in range(100))[:400] for _ in range(100)),
        "\n\n".join(" ".join(f"{i}." for i in range(800))[:2_900] for _ in range(14)),
        "\n\n".join(("Mr. " * 800)[:2_900] for _ in range(14)),
        ("a. " * 14_000)[:40_000],
    ],
    ids=["parens-one-paragraph", "parens-short-lines", "numbers", "titles", "initials"],
)
def test_pathological_input_is_fast(pathological: str) -> None:
    began = time.perf_counter()
    spans = split_sentences(pathological)
    assert time.perf_counter() - began < 2.0
    assert spans
    assert_span_invariants(pathological, spans)


def assert_span_invariants(text: str, spans: list) -> None:
    previous_end = 0
    for span in spans:
        piece = text[span.start : span.end]
        assert 0 <= previous_end <= span.start < span.end <= len(text)
        assert piece == piece.strip() and piece
        previous_end = span.end
    # Nothing but whitespace is left out.
    covered = set()
    for span in spans:
        covered.update(range(span.start, span.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


_TEXT_PARTS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            ". ",
            "! ",
            "? ",
            "...",
            "\n",
            "\n\n",
            "\r\n",
            " U.S. ",
            " Dr. ",
            " e.g. ",
            "(a) ",
            "3.14",
            '"',
            "“",
            "”",
            ")",
            "(",
            "Inc. ",
            " The ",
            " the ",
            "\u2028",
            "\x0c",
            "## Head\n",
            "- item\n",
            "   ",
        ]
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT_PARTS, max_size=40).map("".join))
def test_span_invariants_on_arbitrary_text(text: str) -> None:
    assert_span_invariants(text, split_sentences(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", "\n", "\n\n", ".", "A", "B", "Dr", "?"]), max_size=60))
def test_sentences_never_cross_a_blank_line(parts: list[str]) -> None:
    text = "".join(parts)
    for span in split_sentences(text):
        lines = text[span.start : span.end].split("\n")
        assert all(line.strip() for line in lines)
