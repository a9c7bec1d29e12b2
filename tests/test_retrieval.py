"""Hybrid retrieval over a real on-disk index (fake embedder): modes, fusion, filters, limits."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from qa.embedding import HashEmbedder
from qa.index import IndexBuilder, IndexConfig, LoadedIndex, open_index
from qa.retrieval import Retriever, SearchFilters

EMBEDDER = HashEmbedder()
CONFIG = IndexConfig(EMBEDDER.name, EMBEDDER.dimension, EMBEDDER.max_tokens, chunk_tokens=40)

DOCUMENTS = {
    "harbour.md": (
        "---\ntitle: Harbour\ntopic: sea\n---\n\nThe walrus committee approved the harbour budget.\n"
    ),
    "plains.md": "---\ntitle: Plains\ntopic: land\n---\n\nZebras migrate across the plains every spring.\n",
    "volcano.txt": "Volcano log\n\nThe volcano rumbled. Tremors shook the observatory near the crater.\n",
    "notes/harbour-notes.txt": "Harbour notes\n\nThe harbour master counted walrus sightings at dawn.\n",
    "ferry.txt": (
        "Ferry timetable\n\nThe ferry to the island leaves every hour from the walrus pier.\n\n"
        "For queries, please contact Ann Lee at ann@example.org\n"
    ),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> LoadedIndex:
    root = tmp_path_factory.mktemp("retrieval")
    corpus = root / "docs"
    for name, text in DOCUMENTS.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text)
    IndexBuilder(root / "index", EMBEDDER, CONFIG).build([corpus])
    return open_index(root / "index", CONFIG)


def ids(passages) -> list[str]:
    return [p.document_id for p in passages]


@pytest.mark.parametrize("mode", ["hybrid", "dense", "lexical"])
def test_each_mode_ranks_the_matching_document_first(index: LoadedIndex, mode: str) -> None:
    passages = Retriever(index, EMBEDDER).search("zebras migrate plains", k=3, mode=mode)
    assert passages[0].document_id == "plains.md"
    assert [p.rank for p in passages] == list(range(1, len(passages) + 1))
    assert all(a.score >= b.score for a, b in zip(passages, passages[1:], strict=False))
    for passage in passages:
        assert index.document(passage.document_id).text[passage.start : passage.end] == passage.text


def test_hybrid_passages_carry_both_scores(index: LoadedIndex) -> None:
    top = Retriever(index, EMBEDDER).search("walrus harbour", k=2)[0]
    assert top.dense_score is not None and top.lexical_score is not None and top.lexical_score > 0
    lexical_only = Retriever(index, EMBEDDER).search("walrus harbour", k=2, mode="lexical")[0]
    assert lexical_only.dense_score is None


def test_lexical_mode_returns_nothing_for_unknown_words(index: LoadedIndex) -> None:
    assert Retriever(index, EMBEDDER).search("xylophone quokka", k=5, mode="lexical") == []


def test_k_larger_than_the_index_returns_every_chunk_once_but_headers(index: LoadedIndex) -> None:
    passages = Retriever(index, EMBEDDER).search("the", k=100, mode="dense")
    headers = [c for c in index.chunks if c.end <= index.records[c.document_id].document.header_end]
    footers = [c for c in index.chunks if 0 < index.records[c.document_id].document.footer_start <= c.start]
    assert headers, "the corpus has a Markdown file with front matter"
    assert footers, "the corpus has a text ending with a contact line"
    assert len(passages) == len(index.chunks) - len(headers) - len(footers)
    assert len({p.chunk.id for p in passages}) == len(passages)
    assert not {c.id for c in headers} & {p.chunk.id for p in passages}


def test_a_footer_is_never_found_but_read_where_the_document_ends(index: LoadedIndex) -> None:
    retriever = Retriever(index, EMBEDDER)
    found = retriever.search("queries contact Ann Lee example", k=100, mode="lexical")
    assert "ann@example.org" not in " ".join(p.text for p in found)
    footer = retriever.footer_passages("ferry.txt")
    assert [p.text for p in footer] == ["For queries, please contact Ann Lee at ann@example.org"]
    closing = retriever.closing_passage("ferry.txt")
    assert closing is not None and closing.text.endswith("from the walrus pier.")
    assert retriever.footer_passages("plains.md") == []


@pytest.mark.parametrize("fusion", ["convex", "rrf"])
def test_a_document_matching_both_ways_wins_the_fusion(index: LoadedIndex, fusion: str) -> None:
    passages = Retriever(index, EMBEDDER, fusion=fusion).search("volcano tremors crater", k=3)
    assert passages[0].document_id == "volcano.txt"


def test_filters_by_document_source_prefix_and_metadata(index: LoadedIndex) -> None:
    retriever = Retriever(index, EMBEDDER)
    by_id = retriever.search("walrus", k=5, filters={"document_id": "notes-harbour-notes.txt"})
    assert set(ids(by_id)) == {"notes-harbour-notes.txt"}
    by_prefix = retriever.search("walrus", k=5, filters={"source_prefix": "docs/notes/"})
    assert set(ids(by_prefix)) == {"notes-harbour-notes.txt"}
    by_metadata = retriever.search("walrus harbour", k=5, filters={"metadata": {"topic": "sea"}})
    assert set(ids(by_metadata)) == {"harbour.md"}
    assert retriever.search("walrus", k=5, filters={"document_id": "no-such-doc"}) == []
    # a document without the field never matches it (not even the text "None")
    assert retriever.search("walrus", k=5, filters={"metadata": {"author": "None"}}) == []


@pytest.mark.parametrize(
    "raw",
    [
        {"colour": "red"},
        {"document_id": 3},
        {"document_id": "a", "document_ids": ["b"]},
        {"metadata": ["topic"]},
        {"metadata": {"topic": None}},
        {"metadata": {"topic": ["sea"]}},
        {"source_prefix": 7},
    ],
)
def test_malformed_filters_are_refused_with_a_reason(raw: dict) -> None:
    with pytest.raises(ValueError, match="filter"):
        SearchFilters.from_dict(raw)


def test_unknown_mode_and_fusion_are_refused(index: LoadedIndex) -> None:
    with pytest.raises(ValueError, match="mode"):
        Retriever(index, EMBEDDER).search("walrus", mode="fuzzy")
    with pytest.raises(ValueError, match="fusion"):
        Retriever(index, EMBEDDER, fusion="max")


def test_the_query_cache_is_safe_across_threads(index: LoadedIndex) -> None:
    retriever = Retriever(index, EMBEDDER, query_cache_size=4)
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for n in range(200):
                retriever.search(f"walrus {(n + offset) % 9}", k=2)
        except BaseException as error:  # noqa: BLE001 - the assertion below reports it
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(retriever._query_vectors) <= 4


def test_source_is_relative_to_the_indexed_folder(index: LoadedIndex) -> None:
    sources = {record.document.source for record in index.records.values()}
    assert "docs/notes/harbour-notes.txt" in sources
    assert not any(Path(source).is_absolute() for source in sources)
