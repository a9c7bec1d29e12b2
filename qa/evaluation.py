"""``qa eval``: ask a JSONL file of questions (multi-turn allowed) and score answers, passages and abstention.

Each line is ``{"id", "turns": [...], "gold": [substring, ...]}`` (answerable) or
``{"id", "turns": [...], "abstain": true}`` (the documents don't say). Earlier turns are asked first in
the same conversation; only the last turn is scored. The caller supplies ``ask(question,
conversation_id)`` and ``new_conversation()`` so the CLI decides how conversations are stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from qa.models import Answer

AskFunction = Callable[[str, "str | None"], Answer]


class EvalFileError(ValueError):
    """A malformed evaluation file: names the line and what is wrong with it."""


@dataclass
class Failure:
    """One item that was not answered right, with enough context to see why."""

    id: str
    question: str
    rewritten: str | None
    answer: str
    why: str


@dataclass
class EvalReport:
    """Counts and rates of one evaluation run, plus every failure."""

    items: int = 0
    answerable: int = 0
    unanswerable: int = 0
    answer_correct: int = 0
    hit_at_1: int = 0
    hit_at_5: int = 0
    abstained_total: int = 0
    abstained_correct: int = 0
    abstained_wrongly: int = 0
    multi_turn: int = 0
    multi_turn_correct: int = 0
    failures: list[Failure] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)

    @property
    def answer_accuracy(self) -> float:
        """Share of answerable items whose answer text holds a gold substring (abstaining is wrong)."""
        return _rate(self.answer_correct, self.answerable)

    @property
    def abstention_precision(self) -> float:
        """Of all abstentions, the share on items that really are unanswerable."""
        return _rate(self.abstained_correct, self.abstained_total)

    @property
    def abstention_recall(self) -> float:
        """Of all unanswerable items, the share the assistant abstained on."""
        return _rate(self.abstained_correct, self.unanswerable)

    @property
    def false_refusal_rate(self) -> float:
        """Of all answerable items, the share the assistant wrongly refused."""
        return _rate(self.abstained_wrongly, self.answerable)

    @property
    def multi_turn_accuracy(self) -> float:
        """Correct items (answered right, or rightly abstained) among items with more than one turn."""
        return _rate(self.multi_turn_correct, self.multi_turn)

    def rates(self) -> dict[str, float]:
        return {
            "answer_accuracy": self.answer_accuracy,
            "hit@1": _rate(self.hit_at_1, self.answerable),
            "hit@5": _rate(self.hit_at_5, self.answerable),
            "abstention_precision": self.abstention_precision,
            "abstention_recall": self.abstention_recall,
            "false_refusal_rate": self.false_refusal_rate,
            "multi_turn_accuracy": self.multi_turn_accuracy,
        }

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready dict (for ``qa eval --json``)."""
        counts = {k: v for k, v in asdict(self).items() if k not in ("failures", "latencies_ms")}
        return {
            "counts": counts,
            "rates": {k: round(v, 4) for k, v in self.rates().items()},
            "latency_ms": _latency_summary(self.latencies_ms),
            "failures": [asdict(f) for f in self.failures],
        }

    def to_text(self) -> str:
        """A readable table of the rates, then one line per failure."""
        rows = [
            ("items", f"{self.items} ({self.answerable} answerable, {self.unanswerable} unanswerable)"),
            ("answer accuracy", _fraction(self.answer_correct, self.answerable)),
            ("passage hit@1", _fraction(self.hit_at_1, self.answerable)),
            ("passage hit@5", _fraction(self.hit_at_5, self.answerable)),
            ("abstention precision", _fraction(self.abstained_correct, self.abstained_total)),
            ("abstention recall", _fraction(self.abstained_correct, self.unanswerable)),
            ("wrongly refused", _fraction(self.abstained_wrongly, self.answerable)),
            ("multi-turn accuracy", _fraction(self.multi_turn_correct, self.multi_turn)),
        ]
        latency = _latency_summary(self.latencies_ms)
        if latency:
            rows.append(("ask latency p50/p95", f"{latency['p50']:.1f} / {latency['p95']:.1f} ms"))
        width = max(len(name) for name, _ in rows)
        lines = [f"{name.ljust(width)}  {value}" for name, value in rows]
        if self.failures:
            lines.append("")
            lines.append(f"failures ({len(self.failures)}):")
            for f in self.failures:
                rewritten = f" -> {f.rewritten!r}" if f.rewritten else ""
                lines.append(f"  {f.id}: {f.question!r}{rewritten}: {f.why}; answer: {f.answer[:160]!r}")
        return "\n".join(lines)


def load_items(path: Path | str) -> list[dict[str, Any]]:
    """Read and validate an evaluation JSONL file; raises ``EvalFileError`` naming the bad line."""
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as error:
                raise EvalFileError(f"{path}:{number}: not valid JSON ({error.msg})") from error
            _validate(item, f"{path}:{number}")
            if str(item["id"]) in seen:
                raise EvalFileError(f"{path}:{number}: duplicate id {item['id']!r}")
            seen.add(str(item["id"]))
            items.append(item)
    return items


def _validate(item: Any, where: str) -> None:
    if not isinstance(item, dict):
        raise EvalFileError(f"{where}: expected an object, got {type(item).__name__}")
    if "id" not in item:
        raise EvalFileError(f"{where}: missing 'id'")
    turns = item.get("turns")
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) and t.strip() for t in turns):
        raise EvalFileError(f"{where}: 'turns' must be a non-empty list of non-empty strings")
    gold = item.get("gold")
    abstain = item.get("abstain", False)
    if abstain is not True and abstain is not False:
        raise EvalFileError(f"{where}: 'abstain' must be true or false")
    if abstain and gold:
        raise EvalFileError(f"{where}: an item cannot have both 'gold' and 'abstain': true")
    if not abstain and (
        not isinstance(gold, list) or not gold or not all(isinstance(g, str) and g for g in gold)
    ):
        raise EvalFileError(f"{where}: needs 'gold' (non-empty list of strings) or 'abstain': true")


def evaluate(
    ask: AskFunction,
    items: list[dict[str, Any]],
    new_conversation: Callable[[], str | None] = lambda: None,
) -> EvalReport:
    """Ask every item (earlier turns first, same conversation) and score the last turn's answer."""
    report = EvalReport()
    for item in items:
        conversation_id = new_conversation() if len(item["turns"]) > 1 else None
        answer: Answer | None = None
        for turn in item["turns"]:
            answer = ask(turn, conversation_id)
            if answer.conversation_id:
                conversation_id = answer.conversation_id
            report.latencies_ms.append(sum(answer.timings.values()))
        assert answer is not None
        _score(report, item, answer)
    return report


def _score(report: EvalReport, item: dict[str, Any], answer: Answer) -> None:
    report.items += 1
    multi = len(item["turns"]) > 1
    report.multi_turn += int(multi)
    if answer.abstained:
        report.abstained_total += 1
    if item.get("abstain"):
        report.unanswerable += 1
        correct = answer.abstained
        report.abstained_correct += int(correct)
        why = "answered instead of abstaining"
    else:
        report.answerable += 1
        gold = [g.lower() for g in item["gold"]]
        texts = [p.text.lower() for p in answer.passages]
        report.hit_at_1 += int(bool(texts) and any(g in texts[0] for g in gold))
        report.hit_at_5 += int(any(g in t for g in gold for t in texts[:5]))
        correct = not answer.abstained and any(g in answer.answer.lower() for g in gold)
        report.answer_correct += int(correct)
        report.abstained_wrongly += int(answer.abstained)
        why = "abstained" if answer.abstained else f"no gold substring ({', '.join(item['gold'])})"
    report.multi_turn_correct += int(multi and correct)
    if not correct:
        report.failures.append(
            Failure(str(item["id"]), item["turns"][-1], answer.rewritten_question, answer.answer, why)
        )


def _rate(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _fraction(numerator: int, denominator: int) -> str:
    if not denominator:
        return "n/a"
    return f"{numerator / denominator:6.1%}  ({numerator}/{denominator})"


def _latency_summary(latencies: list[float]) -> dict[str, float]:
    if not latencies:
        return {}
    ordered = sorted(latencies)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]

    return {"p50": round(pick(0.5), 2), "p95": round(pick(0.95), 2), "n": len(ordered)}
