"""Retrieval quality and speed on a BEIR-format data set (e.g. SciFact), plus the default-corpus latency.

    .venv/bin/python bench/retrieval.py ../shared/eval/scifact [--split test] [--work /tmp/qa-bench-scifact]

Prints nDCG@10, Recall@10, Recall@100 for lexical, dense and hybrid (and the fusion variants with
``--tune``), the index build throughput beside plain ``SentenceTransformer.encode`` on the same chunk
texts in the same run, and query latency p50/p95. The built index is cached in ``--work``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

from qa.embedding import load_embedder  # noqa: E402
from qa.index import IndexBuilder, IndexConfig, LoadedIndex, open_index  # noqa: E402
from qa.resources import corpus_dir  # noqa: E402
from qa.retrieval import Retriever  # noqa: E402
from qa.vectorstore import VectorStore  # noqa: E402


def load_beir(root: Path, split: str) -> tuple[dict[str, dict], dict[str, str], dict[str, set[str]]]:
    corpus = {}
    with open(root / "corpus.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            corpus[str(row["_id"])] = row
    queries = {}
    with open(root / "queries.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            queries[str(row["_id"])] = row["text"]
    qrels: dict[str, set[str]] = {}
    with open(root / "qrels" / f"{split}.tsv", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            query_id, doc_id, score = line.rstrip("\n").split("\t")
            if int(score) > 0:
                qrels.setdefault(query_id, set()).add(doc_id)
    return corpus, {q: queries[q] for q in qrels}, qrels


def write_corpus_files(corpus: dict[str, dict], directory: Path) -> None:
    """One .txt file per BEIR document: title line, blank line, text (what a user would index)."""
    directory.mkdir(parents=True, exist_ok=True)
    for doc_id, row in corpus.items():
        path = directory / f"{doc_id}.txt"
        if not path.exists():
            title = (row.get("title") or "").strip()
            path.write_text(f"{title}\n\n{row['text']}\n" if title else f"{row['text']}\n", encoding="utf-8")


def ndcg_at(ranked: list[str], relevant: set[str], k: int) -> float:
    gain = sum(1.0 / math.log2(i + 2) for i, d in enumerate(ranked[:k]) if d in relevant)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    return gain / ideal if ideal else 0.0


def recall_at(ranked: list[str], relevant: set[str], k: int) -> float:
    return len(set(ranked[:k]) & relevant) / len(relevant)


def ranked_documents(retriever: Retriever, query: str, mode: str, depth: int = 100) -> list[str]:
    """Document ids by their best passage (BEIR scores documents, we retrieve chunks)."""
    seen: list[str] = []
    for passage in retriever.search(query, k=depth * 2, mode=mode):
        doc = passage.document_id.removesuffix(".txt")
        if doc not in seen:
            seen.append(doc)
    return seen[:depth]


def evaluate(retriever: Retriever, queries: dict[str, str], qrels: dict[str, set[str]], mode: str) -> dict:
    ndcg, r10, r100, latencies = [], [], [], []
    for query_id, text in queries.items():
        started = time.perf_counter()
        ranked = ranked_documents(retriever, text, mode)
        latencies.append((time.perf_counter() - started) * 1000)
        ndcg.append(ndcg_at(ranked, qrels[query_id], 10))
        r10.append(recall_at(ranked, qrels[query_id], 10))
        r100.append(recall_at(ranked, qrels[query_id], 100))
    return {
        "ndcg@10": statistics.mean(ndcg),
        "recall@10": statistics.mean(r10),
        "recall@100": statistics.mean(r100),
        "p50_ms": percentile(latencies, 50),
        "p95_ms": percentile(latencies, 95),
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def build(embedder, files: Path, index_dir: Path, faiss_kind: str) -> tuple[float, int, int]:
    config = IndexConfig(embedder.name, embedder.dimension, embedder.max_tokens, faiss_index=faiss_kind)
    started = time.perf_counter()
    report = IndexBuilder(index_dir, embedder, config).build([files], progress=True)
    return time.perf_counter() - started, report.chunks, report.embedded_chunks


def with_hnsw(index: LoadedIndex) -> LoadedIndex:
    """The same generation searched through an HNSW graph built from its stored vectors."""
    store = VectorStore(index.vectors.shape[1], "hnsw")
    started = time.perf_counter()
    store.add(np.asarray(index.vectors))
    print(f"# HNSW graph over {len(store)} vectors built in {time.perf_counter() - started:.1f}s")
    return LoadedIndex(
        index.directory, index.manifest, index.records, index.chunks, index.vectors, store, index.lexical
    )


def plain_encode_seconds(embedder, texts: list[str]) -> float:
    started = time.perf_counter()
    embedder.model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    return time.perf_counter() - started


def measure_throughput(embedder, corpus: dict[str, dict], work: Path, count: int) -> None:
    """A fresh build of ``count`` documents beside plain ``encode`` of the very same chunk texts."""
    import shutil

    files = work / f"throughput-files-{count}"
    write_corpus_files(dict(list(corpus.items())[:count]), files)
    index_dir = work / "throughput-index"
    shutil.rmtree(index_dir, ignore_errors=True)
    embedder.encode(["warm up the model"] * 8)
    seconds, chunks, _ = build(embedder, files, index_dir, "flat")
    index = open_index(index_dir, IndexConfig(embedder.name, embedder.dimension, embedder.max_tokens))
    encode_seconds = plain_encode_seconds(embedder, [c.embedding_text() for c in index.chunks])
    print(f"\n| indexing {count} documents from scratch | seconds | chunks/s |\n|---|---:|---:|")
    print(f"| qa index (read, chunk, embed, BM25, write) | {seconds:.1f} | {chunks / seconds:.1f} |")
    print(
        f"| plain SentenceTransformer.encode, same {chunks} chunks | {encode_seconds:.1f} | "
        f"{chunks / encode_seconds:.1f} |"
    )
    print(f"| pipeline overhead | {100 * (seconds / encode_seconds - 1):+.1f}% | |")


def default_corpus_latency(embedder, work: Path) -> dict:
    index_dir = work / "default-corpus-index"
    config = IndexConfig(embedder.name, embedder.dimension, embedder.max_tokens)
    IndexBuilder(index_dir, embedder, config).build([corpus_dir()])
    retriever = Retriever(open_index(index_dir, config), embedder)
    questions = [
        "what did Gotion propose?",
        "What is the CPPCC?",
        "reserve requirement ratio",
        "How much is the ultra-long-term special government bond issuance?",
        "Who advocated autonomous vehicles?",
        "What did CATL ask for on safety?",
        "embodied intelligence",
        "battery swapping stations",
    ]
    latencies = []
    for round_ in range(3):
        for question in questions:
            started = time.perf_counter()
            # a fresh string each time so the query-vector cache never answers
            retriever.search(f"{question} {' ' * round_}".strip() + "?" * round_, k=5)
            latencies.append((time.perf_counter() - started) * 1000)
    return {"p50_ms": percentile(latencies, 50), "p95_ms": percentile(latencies, 95), "n": len(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("beir_dir", type=Path)
    parser.add_argument("--split", default="test")
    parser.add_argument("--work", type=Path, default=Path("/tmp/qa-bench-scifact"))
    parser.add_argument("--tune", action="store_true", help="also compare fusion methods and weights")
    parser.add_argument("--hnsw", action="store_true", help="also measure an HNSW index")
    parser.add_argument(
        "--throughput-docs",
        type=int,
        default=1000,
        help="time a fresh build of this many documents (0: skip)",
    )
    args = parser.parse_args()

    embedder = load_embedder("all-MiniLM-L6-v2")
    corpus, queries, qrels = load_beir(args.beir_dir, args.split)
    files = args.work / "files"
    write_corpus_files(corpus, files)
    print(
        f"# {platform.node()} {platform.machine()} {os.cpu_count()} cpus, {date.today()}, "
        f"{len(corpus)} documents, {len(queries)} {args.split} queries"
    )
    print(f"# command: {' '.join([Path(sys.executable).name] + sys.argv)}")

    if args.throughput_docs:
        measure_throughput(embedder, corpus, args.work, args.throughput_docs)

    index_dir = args.work / "index-flat"
    build(embedder, files, index_dir, "flat")
    config = IndexConfig(embedder.name, embedder.dimension, embedder.max_tokens)
    index = open_index(index_dir, config)

    variants: list[tuple[str, Retriever, str]] = [
        ("lexical (BM25)", Retriever(index, embedder), "lexical"),
        ("dense (FAISS flat)", Retriever(index, embedder), "dense"),
        ("hybrid RRF (baseline)", Retriever(index, embedder, fusion="rrf"), "hybrid"),
        ("hybrid (default)", Retriever(index, embedder), "hybrid"),
    ]
    if args.tune:
        for weight in (0.3, 0.4, 0.5, 0.6, 0.7):
            variants.append(
                (f"hybrid convex w={weight}", Retriever(index, embedder, dense_weight=weight), "hybrid")
            )
    if args.hnsw:
        hnsw = with_hnsw(index)
        variants.append(("dense (FAISS HNSW)", Retriever(hnsw, embedder), "dense"))
        variants.append(("hybrid (FAISS HNSW)", Retriever(hnsw, embedder), "hybrid"))

    print(
        f"\n| {args.split} | nDCG@10 | Recall@10 | Recall@100 | p50 ms | p95 ms |\n"
        "|---|---:|---:|---:|---:|---:|"
    )
    for name, retriever, mode in variants:
        for text in queries.values():
            retriever.embed_query(text)  # warm the query cache so latency compares search, not the model
        m = evaluate(retriever, queries, qrels, mode)
        print(
            f"| {name} | {m['ndcg@10']:.3f} | {m['recall@10']:.3f} | {m['recall@100']:.3f} | "
            f"{m['p50_ms']:.1f} | {m['p95_ms']:.1f} |"
        )

    latency = default_corpus_latency(embedder, args.work)
    print(
        f"\n| default corpus, hybrid search incl. query embedding | p50 ms | p95 ms |\n|---|---:|---:|\n"
        f"| {latency['n']} queries, in-process | {latency['p50_ms']:.1f} | {latency['p95_ms']:.1f} |"
    )


if __name__ == "__main__":
    main()
