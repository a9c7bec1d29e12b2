"""Fit the Assistant's confidence model (logistic regression) and pick the abstain threshold from data.

Input: the features file written by ``bench/answers.py --features FILE`` (one JSON object per asked
question: set name, should_abstain, the ``Assessment.features``). Output: weights and bias to paste
into ``qa/answering.py`` (CALIBRATION_WEIGHTS / CALIBRATION_BIAS), and a table of abstention precision,
recall and false refusals per threshold so the default threshold is chosen by measurement.

    .venv/bin/python bench/calibration.py /tmp/docqa-bench/features.jsonl [--include-nei]

SciFact NEI claims are excluded from the fit by default: they are about the very abstracts retrieved (the
SciFact annotators found the topic but no verdict), which sentence scoring cannot tell from support; their
abstention rate is still reported.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np


def load(path: Path, include_nei: bool) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Feature matrix X, labels y (1 = answerable) and set names."""
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    if not include_nei:
        rows = [r for r in rows if r["set"] != "scifact-nei"]
    x = np.array([r["features"] for r in rows], dtype=np.float64)
    y = np.array([0.0 if r["should_abstain"] else 1.0 for r in rows])
    return x, y, [r["set"] for r in rows]


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
    args = parser.parse_args(argv)
    x, y, sets = load(args.features, args.include_nei)
    weights, bias = fit_logistic(x, y, set_weights(y, sets))
    print("CALIBRATION_WEIGHTS =", tuple(round(float(w), 3) for w in weights))
    print("CALIBRATION_BIAS =", round(bias, 3))
    confidence = 1 / (1 + np.exp(-(x @ weights + bias)))
    print("\nthreshold  abst.precision  abst.recall  false refusals")
    for threshold, precision, recall, refusal in threshold_table(confidence, y):
        print(f"  {threshold:.2f}      {precision:.3f}          {recall:.3f}        {refusal:.3f}")
    names = sorted(set(sets))
    print("\nshare abstained per set at 0.5:")
    for name in names:
        mask = np.array([s == name for s in sets])
        print(f"  {name:18s} n={mask.sum():4d} abstained {np.mean(confidence[mask] < 0.5):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
