"""Index generations: FAISS, BM25 and SQLite stay consistent through incremental builds and crashes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from qa.embedding import HashEmbedder
from qa.index import (
    CURRENT_FILE,
    IndexBuilder,
    IndexConfig,
    IndexMismatchError,
    IndexNotFoundError,
    LoadedIndex,
    open_index,
)
from qa.retrieval import Retriever

EMBEDDER = HashEmbedder()
CONFIG = IndexConfig(EMBEDDER.name, EMBEDDER.dimension, EMBEDDER.max_tokens, chunk_tokens=40)

ALPHA = "Alpha report. The walrus committee approved the harbour budget. Funding rises next year.\n"
BETA = "# Beta notes\n\nZebras migrate across the plains in spring. Observers counted many herds.\n"
GAMMA = "Gamma memo. Quarterly volcano monitoring found no unusual tremors this season.\n"


def build(index_dir: Path, paths: list[Path] | None = None, **options):
    return IndexBuilder(index_dir, EMBEDDER, CONFIG).build(paths, **options)


def assert_consistent(index: LoadedIndex) -> None:
    """Every store agrees on every chunk, and every chunk is an exact slice of its document."""
    assert len(index.chunks) == len(index.vector_store) == index.lexical.size == len(index.vectors)
    assert index.manifest["counts"] == {"documents": len(index.records), "chunks": len(index.chunks)}
    expected = EMBEDDER.encode([c.embedding_text() for c in index.chunks]) if index.chunks else None
    if expected is not None:
        np.testing.assert_allclose(np.asarray(index.vectors), expected, atol=1e-6)
    for record in index.records.values():
        rows = index.chunks[record.first_row : record.first_row + record.row_count]
        assert rows and all(c.document_id == record.document.id for c in rows)
        for chunk in rows:
            assert record.document.text[chunk.start : chunk.end] == chunk.text
    assert sum(r.row_count for r in index.records.values()) == len(index.chunks)


def lexical_hits(index: LoadedIndex, word: str) -> set[str]:
    return {p.document_id for p in Retriever(index, EMBEDDER).search(word, k=10, mode="lexical")}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "alpha.txt").write_text(ALPHA)
    (folder / "beta.md").write_text(BETA)
    return folder


def test_first_build_publishes_a_consistent_generation(tmp_path: Path, corpus: Path) -> None:
    report = build(tmp_path / "index", [corpus])
    assert report.published and report.generation == 1
    assert sorted(report.added) == ["alpha.txt", "beta.md"]
    index = open_index(tmp_path / "index", CONFIG)
    assert_consistent(index)
    assert (tmp_path / "index" / CURRENT_FILE).read_text().strip() == index.name
    assert lexical_hits(index, "walrus") == {"alpha.txt"}
    assert not list((tmp_path / "index").glob(".tmp-*"))


def test_rebuild_without_changes_embeds_nothing_and_keeps_the_generation(
    tmp_path: Path, corpus: Path
) -> None:
    build(tmp_path / "index", [corpus])
    again = build(tmp_path / "index")  # no paths: the roots of the previous build
    assert not again.published and again.generation == 1
    assert again.embedded_chunks == 0 and again.unchanged == 2


def test_incremental_add_change_delete_keeps_all_stores_consistent(tmp_path: Path, corpus: Path) -> None:
    index_dir = tmp_path / "index"
    build(index_dir, [corpus])

    (corpus / "gamma.txt").write_text(GAMMA)
    added = build(index_dir, [corpus])
    assert added.added == ["gamma.txt"] and added.unchanged == 2
    index = open_index(index_dir, CONFIG)
    assert added.embedded_chunks == index.records["gamma.txt"].row_count
    assert_consistent(index)
    assert lexical_hits(index, "volcano") == {"gamma.txt"}

    (corpus / "alpha.txt").write_text(ALPHA.replace("walrus", "penguin"))
    changed = build(index_dir, [corpus])
    assert changed.changed == ["alpha.txt"] and changed.unchanged == 2
    gamma_chunks = index.records["gamma.txt"].row_count
    assert 0 < changed.embedded_chunks <= len(open_index(index_dir, CONFIG).chunks) - gamma_chunks
    index = open_index(index_dir, CONFIG)
    assert_consistent(index)
    assert lexical_hits(index, "walrus") == set()
    assert lexical_hits(index, "penguin") == {"alpha.txt"}

    (corpus / "beta.md").unlink()
    removed = build(index_dir, [corpus])
    assert removed.removed == ["beta.md"]
    index = open_index(index_dir, CONFIG)
    assert_consistent(index)
    assert set(index.records) == {"alpha.txt", "gamma.txt"}
    assert lexical_hits(index, "zebras") == set()
    assert index.generation == 4
    # only the current and the previous generation stay on disk
    assert sorted(p.name for p in index_dir.glob("gen-*")) == ["gen-000003", "gen-000004"]


def test_unchanged_text_is_never_embedded_again(tmp_path: Path, corpus: Path) -> None:
    index_dir = tmp_path / "index"
    build(index_dir, [corpus])
    # same content under a new name: a new document, but its chunk texts were embedded before
    (corpus / "alpha-copy.txt").write_text(ALPHA)
    report = build(index_dir, [corpus])
    assert report.added == ["alpha-copy.txt"]
    index = open_index(index_dir, CONFIG)
    copy_chunks = index.records["alpha-copy.txt"].row_count
    # the title line differs (file stem), so only chunks whose embedded text is new are embedded
    assert report.embedded_chunks <= copy_chunks
    assert_consistent(index)


def test_unreadable_files_are_reported_and_the_rest_is_indexed(tmp_path: Path, corpus: Path) -> None:
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "data.xyz").write_text("unknown format")
    report = build(tmp_path / "index", [corpus])
    skipped = {Path(path).name: reason for path, reason in report.skipped}
    assert set(skipped) == {"broken.pdf", "empty.txt", "data.xyz"}
    assert all(reason for reason in skipped.values())
    assert "unsupported" in skipped["data.xyz"]
    assert report.documents == 2
    assert_consistent(open_index(tmp_path / "index", CONFIG))


def test_a_file_that_becomes_unreadable_keeps_its_indexed_version(tmp_path: Path, corpus: Path) -> None:
    index_dir = tmp_path / "index"
    build(index_dir, [corpus])
    (corpus / "alpha.txt").write_bytes(b"")
    report = build(index_dir, [corpus])
    assert [Path(p).name for p, _ in report.skipped] == ["alpha.txt"]
    assert "kept the previously indexed version" in report.skipped[0][1]
    assert lexical_hits(open_index(index_dir, CONFIG), "walrus") == {"alpha.txt"}


def test_excluded_documents_stay_out_until_included(tmp_path: Path, corpus: Path) -> None:
    index_dir = tmp_path / "index"
    build(index_dir, [corpus])
    build(index_dir, exclude={"alpha.txt"})
    index = open_index(index_dir, CONFIG)
    assert set(index.records) == {"beta.md"} and lexical_hits(index, "walrus") == set()
    build(index_dir)  # the exclusion is remembered
    assert set(open_index(index_dir, CONFIG).records) == {"beta.md"}
    build(index_dir, include={"alpha.txt"})
    assert set(open_index(index_dir, CONFIG).records) == {"alpha.txt", "beta.md"}


def test_opening_an_index_made_with_another_embedder_says_to_reindex(tmp_path: Path, corpus: Path) -> None:
    build(tmp_path / "index", [corpus])
    other = HashEmbedder(dimension=32)
    with pytest.raises(IndexMismatchError, match="re-index"):
        open_index(tmp_path / "index", IndexConfig(other.name, other.dimension, other.max_tokens))
    # re-indexing with the new embedder rebuilds from scratch and then opens fine
    config = IndexConfig(other.name, other.dimension, other.max_tokens)
    report = IndexBuilder(tmp_path / "index", other, config).build([corpus])
    assert report.published and any("rebuilding" in note for note in report.notes)
    assert open_index(tmp_path / "index", config).vector_store.dimension == 32


def test_opening_an_index_of_another_format_version_says_to_reindex(tmp_path: Path, corpus: Path) -> None:
    build(tmp_path / "index", [corpus])
    index = open_index(tmp_path / "index", CONFIG)
    manifest_path = index.directory / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["format_version"] = 999
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatchError, match="format version 999.*re-index"):
        open_index(tmp_path / "index", CONFIG)


FRONT_MATTER_NOTE = (
    "---\ntitle: Harbour note\nauthor: Ann Lee\n---\n\n"
    "The walrus committee met at dawn. It approved dredging.\n"
)


def test_a_markdown_header_is_kept_chunked_apart_and_read_back(tmp_path: Path, corpus: Path) -> None:
    (corpus / "note.md").write_text(FRONT_MATTER_NOTE)
    build(tmp_path / "index", [corpus])
    index = open_index(tmp_path / "index", CONFIG)
    document = index.document("note.md")
    assert document is not None and document.text.startswith("title: Harbour note\nauthor: Ann Lee\n\n")
    assert document.header_end == len("title: Harbour note\nauthor: Ann Lee\n\n")
    retriever = Retriever(index, EMBEDDER)
    opening = retriever.opening_passage("note.md")
    assert opening is not None and opening.chunk.text == "title: Harbour note\nauthor: Ann Lee"
    # Searching never returns the header: it holds fields, not prose, and would take a passage's place.
    for mode in ("lexical", "dense", "hybrid"):
        found = retriever.search("Harbour note author Ann Lee walrus", k=10, mode=mode)
        assert found and all(p.chunk.id != opening.chunk.id for p in found)
    assert_consistent(index)


def test_an_index_written_before_headers_were_kept_is_read_then_re_read(tmp_path: Path, corpus: Path) -> None:
    import sqlite3

    (corpus / "note.md").write_text(FRONT_MATTER_NOTE)
    build(tmp_path / "index", [corpus])
    directory = open_index(tmp_path / "index", CONFIG).directory
    connection = sqlite3.connect(directory / "meta.sqlite")
    connection.execute("ALTER TABLE documents DROP COLUMN header_end")  # as the previous version wrote it
    connection.commit()
    connection.close()
    manifest = json.loads((directory / "manifest.json").read_text())
    manifest["chunking_key"] = manifest["chunking_key"].rsplit("|", 1)[0]  # nor did its key say how it read
    (directory / "manifest.json").write_text(json.dumps(manifest))
    old = open_index(tmp_path / "index", CONFIG).document("note.md")
    assert old is not None and old.header_end == 0
    report = build(tmp_path / "index", [corpus])
    assert "note.md" in report.changed and report.unchanged == 0
    new = open_index(tmp_path / "index", CONFIG).document("note.md")
    assert new is not None and new.header_end > 0


def test_switching_to_hnsw_republishes_without_embedding_again(tmp_path: Path, corpus: Path) -> None:
    build(tmp_path / "index", [corpus])
    hnsw = IndexConfig(
        EMBEDDER.name, EMBEDDER.dimension, EMBEDDER.max_tokens, chunk_tokens=40, faiss_index="hnsw"
    )
    report = IndexBuilder(tmp_path / "index", EMBEDDER, hnsw).build()
    assert report.published and report.embedded_chunks == 0
    index = open_index(tmp_path / "index", hnsw)
    assert index.manifest["faiss_index"] == "hnsw" and index.vector_store.kind == "hnsw"
    assert_consistent(index)
    top = Retriever(index, EMBEDDER).search("walrus committee harbour budget", k=1, mode="dense")
    assert top[0].document_id == "alpha.txt"


def test_missing_index_is_reported(tmp_path: Path) -> None:
    with pytest.raises(IndexNotFoundError, match="qa index"):
        open_index(tmp_path / "nothing", CONFIG)


def test_killing_the_indexer_at_any_moment_leaves_the_previous_index_serving(tmp_path: Path) -> None:
    """kill -9 a real `qa index` subprocess part way through, several times; the old index still answers."""
    corpus = tmp_path / "big"
    corpus.mkdir()
    words = [
        "harbour",
        "budget",
        "walrus",
        "plains",
        "zebra",
        "volcano",
        "tremor",
        "season",
        "committee",
        "funding",
    ]
    for number in range(400):
        body = " ".join(words[(number + i) % len(words)] for i in range(120))
        (corpus / f"doc{number:04d}.txt").write_text(f"Document {number}. {body}.\n")
    index_dir = tmp_path / "index"
    env = {**os.environ, "QA_EMBEDDER": "hash", "QA_INDEX_DIR": str(index_dir), "QA_CHUNK_TOKENS": "40"}
    command = [sys.executable, "-m", "qa.cli", "index", str(corpus), "--quiet"]
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    baseline = open_index(index_dir, CONFIG)
    assert len(baseline.records) == 400

    (corpus / "doc0000.txt").write_text("Document zero now talks about a lighthouse keeper.\n")
    for extra in range(50):
        (corpus / f"new{extra:03d}.txt").write_text(f"New document {extra} about lighthouses.\n")
    for delay in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        index = open_index(index_dir, CONFIG)
        assert_consistent_counts(index)
        assert len(index.records) in (400, 450)
        hits = Retriever(index, EMBEDDER).search("walrus harbour", k=3)
        assert hits and all(
            h.text == index.records[h.document_id].document.text[h.start : h.end] for h in hits
        )
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    final = open_index(index_dir, CONFIG)
    assert len(final.records) == 450
    assert "lighthouse" in final.records["doc0000.txt"].document.text


def assert_consistent_counts(index: LoadedIndex) -> None:
    assert len(index.chunks) == len(index.vector_store) == index.lexical.size == len(index.vectors)
