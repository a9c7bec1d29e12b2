"""qa eval: loading JSONL items with clear errors, and the metrics computed from answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.evaluation import EvalFileError, evaluate, load_items
from qa.models import Answer, Chunk, Passage, Span


def _passage(text: str) -> Passage:
    chunk = Chunk("d#0", "d", 0, 0, len(text), text, [Span(0, len(text))])
    return Passage(chunk, "d", "Doc", "d.txt", 1.0)


class FakeAsker:
    """Answers from a table keyed by question; remembers which conversation each question came in."""

    def __init__(self, table: dict[str, tuple[str, bool, list[str]]]) -> None:
        self.table = table
        self.seen: list[tuple[str, str | None]] = []

    def __call__(self, question: str, conversation_id: str | None) -> Answer:
        self.seen.append((question, conversation_id))
        text, abstained, passages = self.table[question]
        return Answer(
            question,
            text,
            [],
            [_passage(p) for p in passages],
            0.9,
            abstained,
            timings={"retrieve": 1.0, "score": 2.0},
        )


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_load_items_accepts_both_kinds(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            json.dumps({"id": "a", "turns": ["q?"], "gold": ["x"]}),
            "",
            json.dumps({"id": "b", "turns": ["q?", "and?"], "abstain": True}),
        ],
    )
    assert [item["id"] for item in load_items(path)] == ["a", "b"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected an object"),
        (json.dumps({"turns": ["q"], "gold": ["x"]}), "missing 'id'"),
        (json.dumps({"id": "a", "turns": [], "gold": ["x"]}), "'turns'"),
        (json.dumps({"id": "a", "turns": ["q"]}), "needs 'gold'"),
        (json.dumps({"id": "a", "turns": ["q"], "gold": ["x"], "abstain": True}), "both"),
        (json.dumps({"id": "a", "turns": ["q"], "abstain": "yes"}), "'abstain'"),
    ],
)
def test_load_items_names_the_bad_line(tmp_path: Path, line: str, message: str) -> None:
    path = _write(tmp_path, [json.dumps({"id": "ok", "turns": ["q"], "gold": ["x"]}), line])
    with pytest.raises(EvalFileError, match=message) as error:
        load_items(path)
    assert ":2:" in str(error.value)


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    line = json.dumps({"id": "a", "turns": ["q"], "gold": ["x"]})
    with pytest.raises(EvalFileError, match="duplicate"):
        load_items(_write(tmp_path, [line, line]))


def test_metrics_and_failures() -> None:
    asker = FakeAsker(
        {
            "good?": ("The Answer is X. [1]", False, ["noise", "answer is x"]),
            "bad?": ("Something else. [1]", False, ["y here"]),
            "refused?": ("The documents don't say.", True, ["z"]),
            "nothing?": ("The documents don't say.", True, ["n"]),
            "first?": ("first answer [1]", False, ["p"]),
            "and then?": ("then Z [1]", False, ["z"]),
        }
    )
    items = [
        {"id": "1", "turns": ["good?"], "gold": ["answer is x"]},
        {"id": "2", "turns": ["bad?"], "gold": ["y"]},
        {"id": "3", "turns": ["refused?"], "gold": ["z"]},
        {"id": "4", "turns": ["nothing?"], "abstain": True},
        {"id": "5", "turns": ["first?", "and then?"], "gold": ["z"]},
    ]
    counter = iter(["c1", "c2"])
    report = evaluate(asker, items, lambda: next(counter))
    rates = report.rates()
    assert report.answerable == 4 and report.unanswerable == 1
    assert rates["answer_accuracy"] == pytest.approx(2 / 4)
    assert rates["hit@1"] == pytest.approx(3 / 4)  # items 2, 3, 5 have gold in passage 1; item 1 at rank 2
    assert rates["hit@5"] == pytest.approx(4 / 4)
    assert rates["abstention_precision"] == pytest.approx(1 / 2)
    assert rates["abstention_recall"] == pytest.approx(1.0)
    assert rates["false_refusal_rate"] == pytest.approx(1 / 4)
    assert rates["multi_turn_accuracy"] == pytest.approx(1.0)
    assert [f.id for f in report.failures] == ["2", "3"]
    assert report.failures[1].why == "abstained"
    # Both turns of item 5 went to the same, fresh conversation; single-turn items had none.
    assert ("first?", "c1") in asker.seen and ("and then?", "c1") in asker.seen
    assert ("good?", None) in asker.seen
    text = report.to_text()
    assert "answer accuracy" in text and "50.0%" in text and "2: 'bad?'" in text
    data = report.to_dict()
    assert data["rates"]["answer_accuracy"] == 0.5 and len(data["failures"]) == 2
    assert data["latency_ms"]["p50"] == 3.0
