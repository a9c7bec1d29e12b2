"""Fit the Assistant's confidence model (logistic regression) and pick the abstain threshold from data.

Input: the features file written by ``bench/answers.py --features FILE`` (one JSON object per asked
question: set name, should_abstain, the ``Assessment.features``). Output: weights and bias to paste
into ``qa/answering.py`` (CALIBRATION_WEIGHTS / CALIBRATION_BIAS), and a table of abstention precision,
recall and false refusals per threshold so the default threshold is chosen by measurement.

    .venv/bin/python bench/calibration.py /tmp/docqa-bench/features.jsonl [--include-nei] [--drop 5,6]

``--drop`` fits without some features (their weight is 0), for ablations. The cross-validated table (5
folds, stratified by set) shows what the fit does on questions it was not fit on, which matters because
the news sets are small.

SciFact NEI claims are excluded from the fit by default: they are about the very abstracts retrieved (the
SciFact annotators found the topic but no verdict), which sentence scoring cannot tell from support; their
abstention rate is still reported.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np

from qa.answering import ANSWER_TYPE_CAP, CALIBRATION_WEIGHTS


def load(path: Path, include: Callable[[str], bool]) -> tuple[np.ndarray, np.ndarray, list[str], np.ndarray]:
    """Feature matrix X, labels y (1 = answerable), set names and the answer-type gap of each row, for the
    sets ``include`` accepts."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    rows = [r for r in rows if include(r["set"])]
    x = np.array([r["features"] for r in rows], dtype=np.float64)
    if len(rows) and x.shape[1] != len(CALIBRATION_WEIGHTS):
        raise SystemExit(
            f"{path}: {x.shape[1]} features per row, the model has {len(CALIBRATION_WEIGHTS)}:"
            " record the features again with bench/answers.py --features"
        )
    y = np.array([0.0 if r["should_abstain"] else 1.0 for r in rows])
    gap = np.array([bool(r.get("answer_type_gap")) for r in rows])
    return x, y, [r["set"] for r in rows], gap


def probability(x: np.ndarray, gap: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    """What ``Assistant.confidence`` computes: the logistic, capped where the answer type is missing."""
    logistic = 1 / (1 + np.exp(-(x @ weights + bias)))
    return np.where(gap, np.minimum(logistic, ANSWER_TYPE_CAP), logistic)


def set_weights(y: np.ndarray, sets: list[str]) -> np.ndarray:
    """Every question set weighs the same in total (the few news questions count as much as the many
    SciFact claims), then answerable and unanswerable weigh the same."""
    names = np.array(sets)
    weight = np.zeros(len(y))
    for name in set(sets):
        mask = names == name
        weight[mask] = 1.0 / mask.sum()
    for label in (0.0, 1.0):
        mask = y == label
        weight[mask] *= 0.5 / weight[mask].sum()
    return weight * len(y)


def fit_logistic(
    x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray, l2: float = 0.01, steps: int = 200
) -> tuple[np.ndarray, float]:
    """Weighted, L2-regularised logistic regression by Newton's method (weights, bias)."""
    design = np.hstack([x, np.ones((len(x), 1))])
    sample_weight = sample_weight / len(y)
    theta = np.zeros(design.shape[1])
    penalty = l2 * np.eye(design.shape[1])
    penalty[-1, -1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-design @ theta))
        gradient = design.T @ (sample_weight * (p - y)) + penalty @ theta
        hessian = (design * (sample_weight * p * (1 - p))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return theta[:-1], float(theta[-1])


def fit(
    x: np.ndarray, y: np.ndarray, sets: list[str], gap: np.ndarray, drop: list[int]
) -> tuple[np.ndarray, float]:
    """Weights (0 for the dropped features) and bias of the set-balanced fit, on the rows the answer-type
    rule leaves to the logistic (a capped row says nothing about how to weigh the features)."""
    keep = [i for i in range(x.shape[1]) if i not in drop]
    rows = ~gap
    kept_sets = [name for name, row in zip(sets, rows, strict=True) if row]
    weights, bias = fit_logistic(x[rows][:, keep], y[rows], set_weights(y[rows], kept_sets))
    full = np.zeros(x.shape[1])
    full[keep] = weights
    return full, bias


def cross_validated(
    x: np.ndarray, y: np.ndarray, sets: list[str], gap: np.ndarray, drop: list[int], folds: int = 5
) -> np.ndarray:
    """Out-of-fold confidence of every row: each fold scored by a fit on the others (folds cut per set)."""
    rng = np.random.default_rng(0)
    fold_of = np.zeros(len(y), dtype=int)
    names = np.array(sets)
    for name in sorted(set(sets)):  # sorted: set order changes between runs (string hashing)
        rows = np.flatnonzero(names == name)
        fold_of[rng.permutation(rows)] = np.arange(len(rows)) % folds
    confidence = np.zeros(len(y))
    for fold in range(folds):
        train = fold_of != fold
        train_sets = [s for s, t in zip(sets, train, strict=True) if t]
        weights, bias = fit(x[train], y[train], train_sets, gap[train], drop)
        confidence[~train] = probability(x[~train], gap[~train], weights, bias)
    return confidence


def per_set(confidence: np.ndarray, sets: list[str], threshold: float) -> None:
    """Share abstained per set at ``threshold``."""
    for name in sorted(set(sets)):
        mask = np.array([s == name for s in sets])
        print(f"  {name:18s} n={mask.sum():4d} abstained {np.mean(confidence[mask] < threshold):.3f}")


def threshold_table(confidence: np.ndarray, y: np.ndarray) -> list[tuple[float, float, float, float]]:
    """(threshold, abstention precision, abstention recall, false refusal rate) for a grid of thresholds."""
    table = []
    for threshold in np.arange(0.1, 0.91, 0.05):
        abstain = confidence < threshold
        tp = np.sum(abstain & (y == 0))
        fp = np.sum(abstain & (y == 1))
        precision = tp / max(1, tp + fp)
        recall = tp / max(1, np.sum(y == 0))
        refusal = fp / max(1, np.sum(y == 1))
        table.append((float(threshold), float(precision), float(recall), float(refusal)))
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("features", type=Path)
    parser.add_argument("--include-nei", action="store_true", help="fit on SciFact NEI claims too")
    parser.add_argument("--drop", default="", help="comma-separated feature indices to leave out")
    parser.add_argument(
        "--held-out",
        action="append",
        default=[],
        metavar="PREFIX",
        help="sets whose name starts with PREFIX are not fit on, only scored (repeatable)",
    )
    parser.add_argument("--threshold", type=float, default=0.5, help="threshold for the per-set tables")
    args = parser.parse_args(argv)
    drop = [int(i) for i in args.drop.split(",") if i.strip()]

    def held_out(name: str) -> bool:
        return name.startswith(tuple(args.held_out)) or (name == "scifact-nei" and not args.include_nei)

    x, y, sets, gap = load(args.features, lambda name: not held_out(name))
    weights, bias = fit(x, y, sets, gap, drop)
    print("CALIBRATION_WEIGHTS =", tuple(round(float(w), 3) for w in weights))
    print("CALIBRATION_BIAS =", round(bias, 3))
    confidence = probability(x, gap, weights, bias)
    print("\nthreshold  abst.precision  abst.recall  false refusals")
    for threshold, precision, recall, refusal in threshold_table(confidence, y):
        print(f"  {threshold:.2f}      {precision:.3f}          {recall:.3f}        {refusal:.3f}")
    print(f"\nshare abstained per set at {args.threshold} (fit on all):")
    per_set(confidence, sets, args.threshold)
    print(f"\nshare abstained per set at {args.threshold}, 5-fold cross-validated:")
    per_set(cross_validated(x, y, sets, gap, drop), sets, args.threshold)
    x_out, _, sets_out, gap_out = load(args.features, held_out)
    if sets_out:
        print(f"\nshare abstained per held-out set at {args.threshold} (not fit on):")
        per_set(probability(x_out, gap_out, weights, bias), sets_out, args.threshold)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
