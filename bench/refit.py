"""Refit the confidence model on every question set, through the real ask path, and cross-validate by set.

``bench/calibration.py`` fits on the features ``bench/answers.py --features`` records for single questions as
typed. This script records what ``DocQA.ask`` actually decides on: the features, the answer-type gap and the
sentences it would answer with (even when it refuses) of the last turn of every item, conversations
included, read and rewritten as in real use. Then it refits the logistic on them and reports answer
accuracy, abstention and false refusals with whole question sets held out (10 folds of sets), next to the
shipped constants, for a grid of thresholds and for candidate extra features.

    .venv/bin/python bench/refit.py record OUT.jsonl bench/*_questions.jsonl [--index DIR]
    .venv/bin/python bench/refit.py fit OUT.jsonl [OUT2.jsonl ...]

An item whose last turn needed more than one pass (a follow-up retried more broadly, a question in parts)
or was answered from the document header keeps its recorded outcome; every other one is decided again
from its features, so the shipped constants reproduce the recorded numbers exactly.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np
from calibration import fit_logistic, set_weights  # bench/calibration.py: the same fit as the shipped one

from qa.answering import ANSWER_TYPE_CAP, CALIBRATION_BIAS, CALIBRATION_WEIGHTS, Assistant

THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.65, 0.7)


# ------------------------------------------------------------------------------------------ recording
def record(out: Path, files: list[Path], index_dir: Path) -> None:
    """Ask every item as ``qa eval`` does and write one JSON line per item with its last turn's passes."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch

    from qa.answering import _with_the_whole
    from qa.core import DocQA
    from qa.settings import Settings

    torch.set_num_threads(1)
    passes: list[dict[str, Any]] = []
    assessed: list[Any] = []
    choose, confidence = Assistant._choose, Assistant.confidence

    def noting_confidence(assessment):  # type: ignore[no-untyped-def]
        assessed.append(assessment)
        return confidence(assessment)

    def noting_choice(self, spoken, standalone, passages, header_line, history):  # type: ignore[no-untyped-def]
        assessed.clear()
        chosen, sure = choose(self, spoken, standalone, passages, header_line, history)
        step: dict[str, Any] = {"header": header_line is not None, "chosen": " ".join(c.text for c in chosen)}
        last = assessed[-1] if assessed and header_line is None else None
        if last is not None and last.candidates:
            would = _with_the_whole(standalone, self.select(last), last.candidates)
            step.update(
                features=list(last.features),
                gap=bool(last.answer_type_gap),
                supports=list(last.term_supports),
                would=" ".join(c.text for c in would),
            )
        passes.append(step)
        return chosen, sure

    Assistant._choose = noting_choice  # type: ignore[method-assign]
    Assistant.confidence = staticmethod(noting_confidence)  # type: ignore[method-assign]
    docqa = DocQA(Settings(index_dir=index_dir))
    with open(out, "w", encoding="utf-8") as handle:
        for path in files:
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                conversation = None
                for number, turn in enumerate(item["turns"]):
                    if number == len(item["turns"]) - 1:
                        passes.clear()
                    answer = docqa.ask(turn, conversation_id=conversation)
                    conversation = answer.conversation_id
                gold = [g.lower() for g in item.get("gold") or []]
                correct = (
                    (not answer.abstained and any(g in answer.answer.lower() for g in gold))
                    if gold
                    else answer.abstained
                )
                handle.write(
                    json.dumps(
                        {
                            "set": path.stem,
                            "id": item["id"],
                            "abstain": bool(item.get("abstain")),
                            "gold": gold,
                            "abstained": answer.abstained,
                            "correct": correct,
                            "passes": list(passes),
                        }
                    )
                    + "\n"
                )


# ------------------------------------------------------------------------------------------ fitting
def redecidable(row: dict[str, Any]) -> bool:
    passes = row["passes"]
    return len(passes) == 1 and not passes[0]["header"] and "features" in passes[0]


def outcome(row: dict[str, Any], answered: bool) -> tuple[bool, bool]:
    """(right, refused an answerable one) when the item is answered or not."""
    if not redecidable(row):
        return row["correct"], not row["abstain"] and row["abstained"]
    if row["abstain"]:
        return not answered, False
    step = row["passes"][0]
    text = (step["chosen"] or step["would"]).lower()
    return answered and any(g in text for g in row["gold"]), not answered


def rates(rows: list[dict[str, Any]], answered: list[bool]) -> tuple[float, float, float]:
    """Answer accuracy, abstention, false refusals (%)."""
    answerable = [outcome(r, a) for r, a in zip(rows, answered, strict=True) if not r["abstain"]]
    unanswerable = [outcome(r, a)[0] for r, a in zip(rows, answered, strict=True) if r["abstain"]]
    return (
        100 * sum(right for right, _ in answerable) / len(answerable),
        100 * sum(unanswerable) / len(unanswerable),
        100 * sum(refused for _, refused in answerable) / len(answerable),
    )


def features(step: dict[str, Any], extra: str) -> list[float]:
    base = list(step["features"])
    supports = step.get("supports") or []
    extras = {
        "": [],
        "lowest-support": [min(supports) if supports else 1.0],
        "share-unsupported": [sum(s < 0.35 for s in supports) / len(supports) if supports else 0.0],
        "question-length": [math.log1p(len(supports))],
        "gap-as-feature": [float(step["gap"])],
    }
    return base + extras[extra]


def decide(
    rows: list[dict[str, Any]], weights: np.ndarray, bias: float, threshold: float, extra: str
) -> list[bool]:
    answered = []
    for row in rows:
        if not redecidable(row):
            answered.append(not row["abstained"])
            continue
        step = row["passes"][0]
        p = 1 / (1 + math.exp(-(np.dot(features(step, extra), weights) + bias)))
        capped = step["gap"] and extra != "gap-as-feature"
        answered.append((min(p, ANSWER_TYPE_CAP) if capped else p) >= threshold)
    return answered


def fit(rows: list[dict[str, Any]], extra: str, l2: float = 0.01) -> tuple[np.ndarray, float]:
    """Set-balanced, class-balanced L2 logistic regression (Newton) on the redecidable, uncapped rows."""
    kept = [r for r in rows if redecidable(r) and (extra == "gap-as-feature" or not r["passes"][0]["gap"])]
    x = np.array([features(r["passes"][0], extra) for r in kept])
    y = np.array([0.0 if r["abstain"] else 1.0 for r in kept])
    return fit_logistic(x, y, set_weights(y, [r["set"] for r in kept]), l2=l2)


def held_out_by_set(rows: list[dict[str, Any]], extra: str, folds: int = 10) -> dict[float, tuple]:
    """Rates at each threshold, every set decided by a fit on the other folds of sets."""
    sets = sorted({r["set"] for r in rows})
    order = np.random.default_rng(0).permutation(len(sets))
    fold_of = {sets[i]: k % folds for k, i in enumerate(order)}
    answered: dict[float, dict[int, bool]] = {t: {} for t in THRESHOLDS}
    for fold in range(folds):
        test = [i for i, r in enumerate(rows) if fold_of[r["set"]] == fold]
        weights, bias = fit([r for r in rows if fold_of[r["set"]] != fold], extra)
        for threshold in THRESHOLDS:
            decided = decide([rows[i] for i in test], weights, bias, threshold, extra)
            answered[threshold].update(zip(test, decided, strict=True))
    return {t: rates(rows, [answered[t][i] for i in range(len(rows))]) for t in THRESHOLDS}


def report(paths: list[Path]) -> None:
    rows = [json.loads(line) for path in paths for line in path.read_text().splitlines() if line.strip()]
    print(
        f"{len(rows)} items in {len({r['set'] for r in rows})} sets; "
        f"{sum(map(redecidable, rows))} decided again from their features"
    )
    shipped = np.array(CALIBRATION_WEIGHTS)
    print("\nshipped constants (in sample: the reading rules were written on these sets)")
    print("threshold  accuracy  abstention  refused")
    for threshold in THRESHOLDS:
        accuracy, abstention, refused = rates(rows, decide(rows, shipped, CALIBRATION_BIAS, threshold, ""))
        print(f"  {threshold:.2f}     {accuracy:5.1f}     {abstention:5.1f}      {refused:5.1f}")
    for extra in ("", "lowest-support", "share-unsupported", "question-length", "gap-as-feature"):
        print(f"\nrefit{' + ' + extra if extra else ''}, whole sets held out (10 folds)")
        for threshold, (accuracy, abstention, refused) in held_out_by_set(rows, extra).items():
            print(f"  {threshold:.2f}     {accuracy:5.1f}     {abstention:5.1f}      {refused:5.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    recording = commands.add_parser("record")
    recording.add_argument("out", type=Path)
    recording.add_argument("files", type=Path, nargs="+")
    recording.add_argument("--index", type=Path, default=Path("/tmp/docqa-bench/news-index"))
    fitting = commands.add_parser("fit")
    fitting.add_argument("records", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.out, args.files, args.index)
    else:
        report(args.records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
