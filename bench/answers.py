"""Answer-quality bench: dev questions on the news corpus, abstention calibration data, SciFact citations.

Usage (from the repo root, real model, offline):

    .venv/bin/python bench/answers.py --corpus corpus --shared ../shared [--corpus-index DIR] [--json OUT]

* news: seed_dev.jsonl + bench/dev_questions.jsonl asked of the news corpus (accuracy, hit@k, abstention,
  multi-turn, latency p50/p95 of warm asks);
* cross-corpus: news questions asked of SciFact and SciFact claims asked of the news corpus (all should
  abstain), SciFact claims with evidence asked of SciFact (should answer);
* SciFact citation check: for claims with rationales, how often a cited sentence is a gold rationale sentence.

With ``--corpus-index`` the lead's ``DocQA`` index is used for the news corpus when it is functional;
otherwise (and always for SciFact) a small in-bench hybrid retriever (MiniLM cosine + BM25, reciprocal rank
fusion) over sentence-aligned chunks is used. SciFact chunk vectors are cached under /tmp.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.answering import Assistant  # noqa: E402
from qa.chat import ConversationStore  # noqa: E402
from qa.embedding import Embedder  # noqa: E402
from qa.evaluation import EvalReport, evaluate, load_items  # noqa: E402
from qa.models import Answer, Chunk, Passage, Span  # noqa: E402

os.environ.setdefault("HF_HUB_OFFLINE", "1")
BENCH_DIR = Path(__file__).resolve().parent
CACHE_DIR = Path("/tmp/docqa-bench")


# ------------------------------------------------------------------------------------------ retrieval
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans: qa.sentences when available, else paragraphs split after . ! ? before a capital."""
    try:
        from qa.sentences import split_sentences as shared_splitter  # type: ignore[import-not-found]

        return list(shared_splitter(text))
    except ImportError:
        pass
    spans: list[Span] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        start = paragraph.start()
        for boundary in _SENTENCE_END.finditer(paragraph.group()):
            end = paragraph.start() + boundary.start()
            spans.append(Span(start, end))
            start = paragraph.start() + boundary.end()
        if start < paragraph.end():
            spans.append(Span(start, paragraph.end()))
    return spans


def make_chunks(document_id: str, text: str, max_words: int = 140, overlap: int = 1) -> list[Chunk]:
    """Runs of whole sentences of at most ``max_words`` words, consecutive chunks sharing ``overlap``."""
    sentences = split_sentences(text)
    chunks: list[Chunk] = []
    first = 0
    while first < len(sentences):
        last, words = first, 0
        while last < len(sentences):
            size = len(text[sentences[last].start : sentences[last].end].split())
            if last > first and words + size > max_words:
                break
            words += size
            last += 1
        start, end = sentences[first].start, sentences[last - 1].end
        chunks.append(
            Chunk(f"{document_id}#{len(chunks)}", document_id, len(chunks), start, end, text[start:end],
                  sentences[first:last])
        )
        if last >= len(sentences):
            break
        first = max(first + 1, last - overlap)
    return chunks


@dataclass
class DocInfo:
    title: str
    source: str


class SimpleRetriever:
    """Hybrid retrieval for the bench: cosine over chunk vectors + BM25, fused by reciprocal rank."""

    def __init__(
        self, chunks: list[Chunk], docs: dict[str, DocInfo], vectors: np.ndarray, embedder: Embedder
    ) -> None:
        from qa.lexical import LexicalIndex

        self.chunks = chunks
        self.docs = docs
        self.vectors = vectors
        self.embedder = embedder
        self.lexical = LexicalIndex.build([c.text for c in chunks])

    def search(
        self, query: str, k: int = 5, mode: str = "hybrid", filters: dict | None = None
    ) -> list[Passage]:
        query_vector = self.embedder.encode([query])[0]
        dense = self.vectors @ query_vector
        lexical = self.lexical.scores(query)
        depth = min(len(self.chunks), max(50, k))
        dense_order = np.argsort(-dense)[:depth]
        fused: dict[int, float] = {}
        if mode in ("hybrid", "dense"):
            for rank, row in enumerate(dense_order):
                fused[int(row)] = fused.get(int(row), 0.0) + 1.0 / (60 + rank)
        if mode in ("hybrid", "lexical"):
            lexical_order = [r for r in np.argsort(-lexical)[:depth] if lexical[r] > 0]
            for rank, row in enumerate(lexical_order):
                fused[int(row)] = fused.get(int(row), 0.0) + 1.0 / (60 + rank)
        best = sorted(fused.items(), key=lambda item: -item[1])[:k]
        passages = []
        for rank, (row, score) in enumerate(best, start=1):
            chunk = self.chunks[row]
            info = self.docs[chunk.document_id]
            passages.append(
                Passage(chunk, chunk.document_id, info.title, info.source, score,
                        float(dense[row]), float(lexical[row]), rank)
            )
        return passages


def build_retriever(documents: list[tuple[str, str, str, str]], embedder: Embedder, cache: Path | None):
    """documents: (id, title, source, text). Vectors are cached at ``cache`` (keyed by content hash)."""
    chunks: list[Chunk] = []
    docs: dict[str, DocInfo] = {}
    for doc_id, title, source, text in documents:
        docs[doc_id] = DocInfo(title, source)
        chunks.extend(make_chunks(doc_id, text))
    vectors = cached_vectors([c.text for c in chunks], embedder, cache)
    return SimpleRetriever(chunks, docs, vectors, embedder)


def cached_vectors(texts: list[str], embedder: Embedder, cache: Path | None) -> np.ndarray:
    """Chunk vectors, reusing a per-text cache (``cache``.npz keyed by text hash) so that a changed
    sentence splitter only re-embeds the chunks whose text changed."""
    keys = [hashlib.blake2b(t.encode(), digest_size=12).hexdigest() for t in texts]
    known: dict[str, np.ndarray] = {}
    path = cache.with_suffix(".npz") if cache is not None else None
    if path is not None and path.exists():
        stored = np.load(path)
        known = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
    missing = sorted({i for i, key in enumerate(keys) if key not in known})
    if missing:
        started = time.time()
        fresh = embedder.encode([texts[i] for i in missing])
        print(f"  embedded {len(missing)} chunks in {time.time() - started:.0f}s", file=sys.stderr)
        for row, i in enumerate(missing):
            known[keys[i]] = fresh[row]
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(path, keys=np.array(list(known)), vectors=np.stack(list(known.values())))
    return np.stack([known[key] for key in keys]).astype(np.float32)


def news_documents(corpus: Path) -> list[tuple[str, str, str, str]]:
    """The news corpus read with the project's own readers (front matter dropped, headings as lines)."""
    from qa.readers import read_document

    out = []
    for path in sorted(corpus.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            document = read_document(path, path.stem, str(path))
            out.append((document.id, document.title, document.source, document.text))
    return out


class DocQARetriever:
    """The lead's ``DocQA.search`` behind the Retriever protocol (used with ``--corpus-index``)."""

    def __init__(self, docqa: Any) -> None:
        self.docqa = docqa

    def search(
        self, query: str, k: int = 5, mode: str = "hybrid", filters: dict | None = None
    ) -> list[Passage]:
        return self.docqa.search(query, k=k, mode=mode, filters=filters)


def news_retriever(args: argparse.Namespace, embedder: Embedder) -> Any:
    """The real index when ``--corpus-index`` is given (built from ``--corpus`` if empty), else in-bench."""
    if args.corpus_index is None:
        return build_retriever(news_documents(args.corpus), embedder, None)
    from qa.core import DocQA
    from qa.settings import Settings

    docqa = DocQA(Settings.from_env(index_dir=args.corpus_index), embedder=embedder)
    if docqa.index is None:
        docqa.index_paths([args.corpus])
    print(f"  using DocQA index at {args.corpus_index}: {docqa.health()}", file=sys.stderr)
    return DocQARetriever(docqa)


def scifact_documents(shared: Path, limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """SciFact abstracts; with ``limit``, every abstract cited by a dev claim plus the first ``limit``
    others (a smaller haystack for quick runs)."""
    cited = {str(d) for claim in scifact_claims(shared) for d in claim["cited_doc_ids"]}
    out = []
    others = 0
    with open(shared / "eval/scifact/corpus.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            doc_id = str(row["_id"])
            if limit is not None and doc_id not in cited:
                if others >= limit:
                    continue
                others += 1
            out.append((doc_id, row["title"], f"scifact:{doc_id}", row["text"]))
    return out


# ------------------------------------------------------------------------------------------ asking
class Asker:
    """``ask(question, conversation_id)`` over an Assistant and an in-memory conversation store."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.store = ConversationStore(Path(":memory:"), max_turns=20, ttl_seconds=3600)

    def new_conversation(self) -> str:
        return self.store.new_id()

    def __call__(self, question: str, conversation_id: str | None) -> Answer:
        if conversation_id is None:
            return self.assistant.answer(question)
        return self.assistant.converse(question, self.store, conversation_id)


def scifact_claims(shared: Path) -> list[dict[str, Any]]:
    with open(shared / "eval/scifact/claims_dev_with_rationales.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def citation_check(
    assistant: Assistant, claims: list[dict[str, Any]], texts: dict[str, str]
) -> dict[str, float]:
    """Share of answered evidence claims whose citations include a gold rationale sentence.

    Rationale indices refer to the abstract's original sentences; the corpus text is their " ".join, so
    sentence i is located by re-splitting the text (boundaries may differ slightly from the original).
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
        gold_spans = []
        for doc_id, sets in claim["evidence"].items():
            spans = split_sentences(texts.get(doc_id, ""))
            for evidence in sets:
                for index in evidence["sentences"]:
                    if index < len(spans):
                        gold_spans.append((doc_id, spans[index].start, spans[index].end))
        cited = [(c.document_id, c.start, c.end) for c in answer.citations]
        if any(d == gd and s < ge and gs < e for d, s, e in cited for gd, gs, ge in gold_spans):
            hit += 1
    return {
        "claims_with_evidence": total,
        "answered": answered,
        "cited_rationale_given_answered": hit / answered if answered else 0.0,
        "cited_rationale_overall": hit / total if total else 0.0,
    }


def abstention_table(rows: list[tuple[str, bool, bool]]) -> dict[str, float]:
    """rows: (set name, should_abstain, abstained) -> precision/recall of abstention and false refusals."""
    tp = sum(1 for _, want, got in rows if want and got)
    fp = sum(1 for _, want, got in rows if not want and got)
    fn = sum(1 for _, want, got in rows if want and not got)
    answerable = sum(1 for _, want, _ in rows if not want)
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "false_refusal": fp / answerable if answerable else 0.0,
        "n": len(rows),
    }


def latency(asker: Asker, questions: list[str], rounds: int = 3) -> dict[str, float]:
    """Warm in-process ask latency (retrieve + score + compose), p50 and p95 over ``rounds`` passes."""
    for question in questions:
        asker.assistant.answer(question)
    samples = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            asker.assistant.answer(question)
            samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return {"p50": statistics.median(samples), "p95": samples[int(0.95 * (len(samples) - 1))]}


def set_threads(threads: int) -> None:
    """Torch intra-op threads while asking. One query at a time gains nothing from them, and on a busy
    2-core machine two spinning OpenMP threads made each encode ~25x slower (measured: ~1 s vs 37 ms)."""
    if threads:
        import torch

        torch.set_num_threads(threads)


def print_report(name: str, report: EvalReport) -> None:
    print(f"\n== {name} ==")
    print(report.to_text())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="news corpus directory")
    parser.add_argument("--corpus-index", type=Path, default=None, help="DocQA index dir (optional)")
    parser.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared data directory")
    parser.add_argument("--threshold", type=float, default=None, help="override the abstain threshold")
    parser.add_argument("--scifact-claims", type=int, default=300, help="how many SciFact claims to use")
    parser.add_argument("--features", type=Path, default=None, help="write calibration features (JSONL)")
    parser.add_argument("--json", type=Path, default=None, help="write all numbers as JSON")
    parser.add_argument("--scifact-docs", type=int, default=None,
                        help="use only cited abstracts + this many others (default: all 5,183)")
    parser.add_argument("--no-scifact", action="store_true", help="skip the SciFact parts")
    parser.add_argument("--threads", type=int, default=1, help="torch threads while asking (0: default)")
    args = parser.parse_args(argv)

    from qa.embedding import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder()
    news = news_retriever(args, embedder)
    scifact_docs: list[tuple[str, str, str, str]] = []
    scifact = None
    if not args.no_scifact:
        scifact_docs = scifact_documents(args.shared, args.scifact_docs)
        print(f"  SciFact corpus: {len(scifact_docs)} abstracts", file=sys.stderr)
        scifact = build_retriever(scifact_docs, embedder, CACHE_DIR / "scifact")
    set_threads(args.threads)
    kwargs = {} if args.threshold is None else {"abstain_threshold": args.threshold}
    news_assistant = Assistant(news, embedder, **kwargs)
    results: dict[str, Any] = {}

    items = load_items(args.shared / "eval/seed_dev.jsonl") + load_items(BENCH_DIR / "dev_questions.jsonl")
    asker = Asker(news_assistant)
    report = evaluate(asker, items, asker.new_conversation)
    print_report("news: seed_dev + bench/dev_questions", report)
    results["news"] = report.to_dict()
    results["latency_ms"] = latency(asker, [it["turns"][-1] for it in items if len(it["turns"]) == 1])
    warm = results["latency_ms"]
    print(f"\nwarm ask latency: p50 {warm['p50']:.1f} ms, p95 {warm['p95']:.1f} ms")

    features: list[dict[str, Any]] = []
    rows: list[tuple[str, bool, bool]] = []
    single = [it for it in items if len(it["turns"]) == 1]
    for item in single:
        name = "news-unanswerable" if item.get("abstain") else "news-answerable"
        _record(news_assistant, name, item["turns"][0], bool(item.get("abstain")), features, rows)

    if scifact is not None:
        sci_assistant = Assistant(scifact, embedder, **kwargs)
        claims = scifact_claims(args.shared)[: args.scifact_claims]
        for claim in claims:
            _record(sci_assistant, "scifact-evidence" if claim["evidence"] else "scifact-nei",
                    claim["claim"], not claim["evidence"], features, rows)
            _record(news_assistant, "scifact-vs-news", claim["claim"], True, features, rows)
        for item in single:
            _record(sci_assistant, "news-vs-scifact", item["turns"][0], True, features, rows)
        texts = {doc_id: text for doc_id, _, _, text in scifact_docs}
        results["scifact_citations"] = citation_check(sci_assistant, claims, texts)

    print("\n== abstention by set (should_abstain -> share abstained) ==")
    for name in sorted({r[0] for r in rows}):
        subset = [r for r in rows if r[0] == name]
        share = sum(1 for r in subset if r[2]) / len(subset)
        want = "abstain" if subset[0][1] else "answer"
        print(f"  {name:18s} n={len(subset):4d}  should {want:7s}  abstained {share:6.1%}")
    clean = [r for r in rows if r[0] != "scifact-nei"]
    results["abstention_without_nei"] = abstention_table(clean)
    results["abstention_all"] = abstention_table(rows)
    for key in ("abstention_without_nei", "abstention_all"):
        t = results[key]
        print(f"  {key}: precision {t['precision']:.3f} recall {t['recall']:.3f} "
              f"false refusals {t['false_refusal']:.3f} (n={t['n']})")
    if "scifact_citations" in results:
        c = results["scifact_citations"]
        print(f"\nSciFact citation check: {c['answered']}/{c['claims_with_evidence']} answered;"
              f" cited a gold rationale sentence in {c['cited_rationale_given_answered']:.1%} of answered "
              f"({c['cited_rationale_overall']:.1%} of all)")
    if args.features:
        with open(args.features, "w", encoding="utf-8") as handle:
            for row in features:
                handle.write(json.dumps(row) + "\n")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


def _record(assistant: Assistant, name: str, question: str, should_abstain: bool,
            features: list[dict[str, Any]], rows: list[tuple[str, bool, bool]]) -> None:
    """Ask once, keep the abstention outcome and the confidence features (for bench/calibration.py)."""
    passages = assistant.retriever.search(question, k=assistant.top_k, mode=assistant.search_mode)
    assessment = assistant.assess(question, passages)
    confidence = assistant.confidence(assessment)
    abstained = confidence < assistant.abstain_threshold
    rows.append((name, should_abstain, abstained))
    features.append({"set": name, "question": question, "should_abstain": should_abstain,
                     "features": assessment.features, "confidence": confidence})


if __name__ == "__main__":
    raise SystemExit(main())
