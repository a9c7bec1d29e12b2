"""Answer-quality bench over the real pipeline: news dev questions, abstention calibration, SciFact citations.

Usage (from the repo root, real model, offline):

    .venv/bin/python bench/answers.py --shared ../shared \\
        [--corpus DIR] [--corpus-index DIR] [--scifact-index DIR] [--scifact-files DIR] \\
        [--features OUT.jsonl] [--json OUT.json] [--threshold T]

* news: seed_dev.jsonl + bench/dev_questions.jsonl asked through ``DocQA.ask`` of the news corpus
  (``--corpus``, default the shipped one) indexed by ``DocQA.index_paths`` into ``--corpus-index``:
  accuracy, hit@k, abstention, multi-turn, in-process ask latency p50/p95;
* calibration sets: news questions (answerable / not), SciFact claims with evidence asked of SciFact (should
  answer), SciFact NEI claims (reported, not fitted), news questions asked of SciFact and SciFact claims asked
  of the news corpus (should abstain); ``--features`` writes what ``bench/calibration.py`` fits on;
* SciFact citation check: for claims with rationales, how often a cited sentence is a gold rationale sentence.

SciFact goes through a real index built by ``IndexBuilder`` over one .txt file per abstract (title line,
blank line, text; document id ``<corpus id>.txt``), the files ``bench/retrieval.py`` writes. An existing
index in ``--scifact-index`` is reused (embedding all 5,183 abstracts takes ~14 min on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from qa.answering import Assistant  # noqa: E402
from qa.core import DocQA  # noqa: E402
from qa.embedding import Embedder, load_embedder  # noqa: E402
from qa.evaluation import EvalReport, evaluate, load_items  # noqa: E402
from qa.index import IndexBuilder, IndexConfig, open_index  # noqa: E402
from qa.resources import corpus_dir  # noqa: E402
from qa.retrieval import Retriever  # noqa: E402
from qa.sentences import split_sentences  # noqa: E402
from qa.settings import Settings  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_WORK = Path("/tmp/qa-bench-scifact")


# ------------------------------------------------------------------------------------------ pipelines
def news_docqa(corpus: Path, index_dir: Path, embedder: Embedder, threshold: float | None) -> DocQA:
    """The news corpus indexed by ``DocQA`` itself (incremental: an up-to-date index is not rebuilt)."""
    settings = Settings(index_dir=index_dir, corpus_dir=corpus)
    if threshold is not None:
        settings = settings.with_(abstain_threshold=threshold)
    docqa = DocQA(settings, embedder=embedder)
    report = docqa.index_paths([corpus])
    print(f"  news index {index_dir}: {report.summary()}", file=sys.stderr)
    return docqa


def scifact_assistant(
    index_dir: Path, files: Path, shared: Path, embedder: Embedder, threshold: float | None
) -> tuple[Assistant, Retriever]:
    """An Assistant over the SciFact index (built from ``files`` first if ``index_dir`` has none)."""
    config = IndexConfig(embedder.name, embedder.dimension, embedder.max_tokens)
    if not (index_dir / "CURRENT").exists():
        if not files.is_dir():
            from retrieval import load_beir, write_corpus_files  # bench/retrieval.py

            write_corpus_files(load_beir(shared / "eval/scifact", "test")[0], files)
        print(f"  building the SciFact index in {index_dir} (slow)", file=sys.stderr)
        IndexBuilder(index_dir, embedder, config).build([files], progress=True)
    retriever = Retriever(open_index(index_dir, config), embedder)
    print(f"  SciFact index {index_dir}: {len(retriever.index.chunks)} chunks", file=sys.stderr)
    settings = Settings(index_dir=index_dir)
    if threshold is not None:
        settings = settings.with_(abstain_threshold=threshold)
    return Assistant.from_settings(retriever, embedder, settings), retriever


def set_threads(threads: int) -> None:
    """Torch intra-op threads while asking. One query at a time gains nothing from them, and on a busy
    2-core machine two spinning OpenMP threads made each encode ~25x slower (measured: ~1 s vs 37 ms)."""
    if threads:
        import torch

        torch.set_num_threads(threads)


# ------------------------------------------------------------------------------------------ SciFact
def scifact_claims(shared: Path) -> list[dict[str, Any]]:
    """The 300 SciFact dev claims with evidence sets (sentence indices) per cited abstract."""
    with open(shared / "eval/scifact/claims_dev_with_rationales.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def scifact_abstracts(shared: Path) -> dict[str, str]:
    """Corpus id -> abstract text (the original sentences joined by single spaces)."""
    out = {}
    with open(shared / "eval/scifact/corpus.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            out[str(row["_id"])] = row["text"]
    return out


def cited_sentence_indices(quote: str, abstract: str) -> set[int]:
    """Indices of the abstract sentences a cited quote overlaps (approximate, see ``citation_check``)."""
    offset = abstract.find(quote)
    if offset < 0:
        offset = abstract.find(" ".join(quote.split()))
    if offset < 0:
        return set()
    end = offset + len(quote)
    spans = split_sentences(abstract)
    return {i for i, span in enumerate(spans) if span.start < end and offset < span.end}


def citation_check(
    assistant: Assistant, claims: list[dict[str, Any]], abstracts: dict[str, str]
) -> dict[str, float]:
    """Share of answered evidence claims whose citations include a gold rationale sentence.

    Rationale indices count the abstract's original sentences and the corpus text is their " ".join; the
    originals are not shipped, so a cited quote is located in the abstract text and mapped to a sentence
    index by re-splitting it with ``qa.sentences`` (boundaries can differ from the original segmentation
    here and there, which can move an index: the number is an approximation).
    """
    answered = hit = total = 0
    for claim in claims:
        if not claim["evidence"]:
            continue
        total += 1
        answer = assistant.answer(claim["claim"])
        if answer.abstained:
            continue
        answered += 1
        gold = {(doc, i) for doc, sets in claim["evidence"].items() for s in sets for i in s["sentences"]}
        cited = set()
        for citation in answer.citations:
            doc = citation.document_id.removesuffix(".txt")
            cited |= {(doc, i) for i in cited_sentence_indices(citation.quote, abstracts.get(doc, ""))}
        hit += int(bool(cited & gold))
    return {
        "claims_with_evidence": total,
        "answered": answered,
        "cited_rationale_given_answered": hit / answered if answered else 0.0,
        "cited_rationale_overall": hit / total if total else 0.0,
    }


# ------------------------------------------------------------------------------------------ measuring
@dataclass
class Outcome:
    """One calibration question: which set, whether it should abstain, and what the assistant did."""

    set_name: str
    question: str
    should_abstain: bool
    abstained: bool
    confidence: float
    features: list[float]
    answer_type_gap: bool


def record(assistant: Assistant, set_name: str, question: str, should_abstain: bool) -> Outcome:
    """Retrieve and assess once, as ``Assistant.answer`` does, keeping the confidence features."""
    passages = assistant.retriever.search(question, k=assistant.top_k, mode=assistant.search_mode)
    assessment = assistant.assess(question, passages)
    confidence = assistant.confidence(assessment)
    abstained = confidence < assistant.abstain_threshold
    return Outcome(
        set_name,
        question,
        should_abstain,
        abstained,
        confidence,
        assessment.features,
        bool(assessment.answer_type_gap),
    )


def abstention_table(outcomes: list[Outcome]) -> dict[str, float]:
    """Precision/recall of abstention and the false refusal rate over ``outcomes``."""
    tp = sum(1 for o in outcomes if o.should_abstain and o.abstained)
    fp = sum(1 for o in outcomes if not o.should_abstain and o.abstained)
    fn = sum(1 for o in outcomes if o.should_abstain and not o.abstained)
    answerable = sum(1 for o in outcomes if not o.should_abstain)
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "false_refusal": fp / answerable if answerable else 0.0,
        "n": len(outcomes),
    }


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100)."""
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def ask_latency(docqa: DocQA, questions: list[str], rounds: int = 3) -> dict[str, float]:
    """In-process ``DocQA.ask`` wall time, run before anything else is asked. ``first``: each question's
    first ask (its vector is computed; sentence vectors are warm after the first question, as in a running
    server); ``repeat``: the same questions again (query and sentence vectors all cached)."""
    docqa.ask("warm up the model")
    first = [_timed_ask(docqa, question) for question in questions]
    repeat = [_timed_ask(docqa, question) for _ in range(rounds) for question in questions]
    return {
        "first_p50": percentile(first, 50),
        "first_p95": percentile(first, 95),
        "repeat_p50": percentile(repeat, 50),
        "repeat_p95": percentile(repeat, 95),
        "n_first": len(first),
        "n_repeat": len(repeat),
    }


def _timed_ask(docqa: DocQA, question: str) -> float:
    """Milliseconds one ``DocQA.ask`` takes (new conversation each time, as a one-off question)."""
    started = time.perf_counter()
    docqa.ask(question)
    return (time.perf_counter() - started) * 1000


# ------------------------------------------------------------------------------------------ running
def run_news(docqa: DocQA, items: list[dict[str, Any]]) -> EvalReport:
    """The dev questions through ``DocQA.ask`` (multi-turn items in one conversation)."""
    return evaluate(docqa.ask, items, docqa.conversations.new_id)


def calibration_outcomes(
    news: Assistant, scifact: Assistant | None, single: list[dict[str, Any]], claims: list[dict[str, Any]]
) -> list[Outcome]:
    """Every calibration question asked of the corpus it belongs to, and across corpora."""
    outcomes = [
        record(
            news,
            "news-unanswerable" if it.get("abstain") else "news-answerable",
            it["turns"][0],
            bool(it.get("abstain")),
        )
        for it in single
    ]
    if scifact is None:
        return outcomes
    for claim in claims:
        has_evidence = bool(claim["evidence"])
        name = "scifact-evidence" if has_evidence else "scifact-nei"
        outcomes.append(record(scifact, name, claim["claim"], not has_evidence))
        outcomes.append(record(news, "scifact-vs-news", claim["claim"], True))
    outcomes.extend(record(scifact, "news-vs-scifact", it["turns"][0], True) for it in single)
    return outcomes


def print_sets(outcomes: list[Outcome]) -> None:
    """Share abstained per calibration set, then precision/recall with and without SciFact NEI."""
    print("\n| set | n | should | abstained |\n|---|---:|---|---:|")
    for name in sorted({o.set_name for o in outcomes}):
        subset = [o for o in outcomes if o.set_name == name]
        share = sum(o.abstained for o in subset) / len(subset)
        want = "abstain" if subset[0].should_abstain else "answer"
        print(f"| {name} | {len(subset)} | {want} | {share:.1%} |")
    for label, rows in (
        ("all sets but SciFact NEI", [o for o in outcomes if o.set_name != "scifact-nei"]),
        ("all sets", outcomes),
    ):
        t = abstention_table(rows)
        print(
            f"\n{label} (n={t['n']}): abstention precision {t['precision']:.3f}, recall {t['recall']:.3f},"
            f" false refusals {t['false_refusal']:.1%}"
        )


def print_news(report: EvalReport, latency: dict[str, float]) -> None:
    """The news evaluation table and latency."""
    print("\n== news: seed_dev + bench/dev_questions (DocQA.ask) ==")
    print(report.to_text())
    print(
        f"\nDocQA.ask latency in-process: first ask p50 {latency['first_p50']:.1f} ms, p95 "
        f"{latency['first_p95']:.1f} ms (n={latency['n_first']}); repeated p50 {latency['repeat_p50']:.1f}"
        f" ms, p95 {latency['repeat_p95']:.1f} ms (n={latency['n_repeat']})"
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=corpus_dir(), help="news corpus directory")
    parser.add_argument(
        "--corpus-index",
        type=Path,
        default=Path("/tmp/docqa-bench/news-index"),
        help="index dir DocQA builds the news corpus into (reused when up to date)",
    )
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data directory")
    parser.add_argument("--scifact-index", type=Path, default=DEFAULT_WORK / "index-flat")
    parser.add_argument("--scifact-files", type=Path, default=DEFAULT_WORK / "files")
    parser.add_argument(
        "--dev",
        type=Path,
        default=BENCH_DIR / "dev_questions.jsonl",
        help="news questions asked besides <shared>/eval/seed_dev.jsonl",
    )
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="another question file, reported on its own and recorded as its own sets "
        "(<name>-answerable / <name>-unanswerable) that calibration.py can leave out",
    )
    parser.add_argument("--threshold", type=float, default=None, help="override the abstain threshold")
    parser.add_argument("--scifact-claims", type=int, default=300, help="how many SciFact claims to use")
    parser.add_argument("--features", type=Path, default=None, help="write calibration features (JSONL)")
    parser.add_argument("--json", type=Path, default=None, help="write all numbers as JSON")
    parser.add_argument("--no-scifact", action="store_true", help="skip the SciFact parts")
    parser.add_argument("--threads", type=int, default=1, help="torch threads while asking (0: default)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    print(f"# {platform.machine()}, {os.cpu_count()} cores, {date.today()}")
    print(f"# command: {' '.join([Path(sys.executable).name] + sys.argv)}")
    embedder = load_embedder("all-MiniLM-L6-v2")
    docqa = news_docqa(args.corpus, args.corpus_index, embedder, args.threshold)
    scifact = None
    if not args.no_scifact:
        scifact, _ = scifact_assistant(
            args.scifact_index, args.scifact_files, args.shared, embedder, args.threshold
        )
    set_threads(args.threads)

    items = load_items(args.shared / "eval/seed_dev.jsonl") + load_items(args.dev)
    single = [it for it in items if len(it["turns"]) == 1]
    latency = ask_latency(docqa, [it["turns"][0] for it in single])
    report = run_news(docqa, items)
    print_news(report, latency)
    results: dict[str, Any] = {"news": report.to_dict(), "latency_ms": latency}

    extra_outcomes: list[Outcome] = []
    for path in args.extra:
        extra_items = load_items(path)
        print(f"\n== {path.name} (DocQA.ask) ==")
        extra_report = run_news(docqa, extra_items)
        print(extra_report.to_text())
        results[path.stem] = extra_report.to_dict()
        extra_outcomes += [
            record(
                docqa.assistant,
                f"{path.stem}-{'unanswerable' if it.get('abstain') else 'answerable'}",
                it["turns"][0],
                bool(it.get("abstain")),
            )
            for it in extra_items
            if len(it["turns"]) == 1
        ]

    claims = scifact_claims(args.shared)[: args.scifact_claims]
    outcomes = calibration_outcomes(docqa.assistant, scifact, single, claims) + extra_outcomes
    print_sets(outcomes)
    results["abstention_without_nei"] = abstention_table([o for o in outcomes if o.set_name != "scifact-nei"])
    results["abstention_all"] = abstention_table(outcomes)
    if scifact is not None:
        c = citation_check(scifact, claims, scifact_abstracts(args.shared))
        results["scifact_citations"] = c
        print(
            f"\nSciFact citation check: {c['answered']}/{c['claims_with_evidence']} evidence claims "
            f"answered; a cited sentence is a gold rationale sentence in "
            f"{c['cited_rationale_given_answered']:.1%} of answered "
            f"({c['cited_rationale_overall']:.1%} of all)"
        )
    if args.features:
        with open(args.features, "w", encoding="utf-8") as handle:
            for o in outcomes:
                handle.write(
                    json.dumps(
                        {
                            "set": o.set_name,
                            "question": o.question,
                            "should_abstain": o.should_abstain,
                            "features": o.features,
                            "answer_type_gap": o.answer_type_gap,
                            "confidence": o.confidence,
                        }
                    )
                    + "\n"
                )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
