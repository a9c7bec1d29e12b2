"""DocQA, the core object: re-indexing over a mismatched index, uploads, deletes, validation, stages."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_readers import build_pdf

from qa.core import DocQA, InvalidRequest, WriteInProgress
from qa.index import IndexMismatchError
from qa.models import Answer, Retrieved
from qa.readers import ReadError
from qa.settings import Settings


def make_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "harbour.txt").write_text(
        "Harbour report\n\nThe walrus committee approved the harbour budget.\n"
    )
    (folder / "plains.txt").write_text("Plains report\n\nZebras migrate across the plains every spring.\n")
    return folder


@pytest.fixture
def docqa(tmp_path: Path) -> DocQA:
    settings = Settings(embedder="hash", index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus")
    core = DocQA(settings)
    core.index_paths([make_corpus(tmp_path / "corpus")])
    return core


def test_an_index_built_with_another_embedder_is_reported_then_rebuilt(tmp_path: Path, docqa: DocQA) -> None:
    other = DocQA(docqa.settings.with_(embedder="hash-32"))
    assert other.index is None and "re-index" in (other.open_error or "")
    assert other.health()["status"] == "needs_reindex"
    with pytest.raises(IndexMismatchError):
        other.search("walrus")
    report = other.index_paths()  # no paths: the roots recorded by the previous build
    assert report.published and report.documents == 2
    assert other.open_error is None and other.search("walrus", k=1)[0].document_id == "harbour.txt"


def test_upload_names_differing_only_in_case_replace_one_document(docqa: DocQA) -> None:
    first = docqa.add_document("Notes.TXT", b"Notes\n\nThe lighthouse keeper logged three storms.\n")
    second = docqa.add_document("notes.txt", b"Notes\n\nThe lighthouse keeper logged five storms.\n")
    assert first.id == second.id == "uploads-notes.txt"
    assert [d.id for d in docqa.list_documents()[0]].count(first.id) == 1
    assert "five storms" in docqa.get_document(first.id).text
    assert docqa.get_document(first.id).source == "uploads/notes.txt"


def test_a_long_upload_name_keeps_its_extension(docqa: DocQA) -> None:
    info = docqa.add_document("x" * 300 + ".md", b"# Long\n\nA document with a very long file name.\n")
    assert info.id.endswith(".md") and len(info.id) <= 140


def test_an_unreadable_upload_changes_nothing(docqa: DocQA) -> None:
    before = docqa.health()["generation"]
    with pytest.raises(ReadError, match="binary"):
        docqa.add_document("junk.txt", bytes(range(256)) * 40)
    assert docqa.get_document("uploads-junk.txt") is None
    assert not (docqa.index_dir / "uploads" / "junk.txt").exists()
    assert docqa.health()["documents"] == 2 and docqa.health()["generation"] >= before


def test_deleting_a_corpus_document_keeps_the_file_and_excludes_it(tmp_path: Path, docqa: DocQA) -> None:
    assert docqa.delete_document("plains.txt")
    assert (tmp_path / "corpus" / "plains.txt").exists()
    assert docqa.get_document("plains.txt") is None
    docqa.index_paths()  # a later re-index remembers the deletion
    assert docqa.get_document("plains.txt") is None
    assert not docqa.delete_document("plains.txt")


def test_writes_do_not_queue_behind_another_write(docqa: DocQA) -> None:
    with docqa._writing(wait=True), pytest.raises(WriteInProgress):
        docqa.add_document("late.txt", b"Late\n\nThis upload arrives while another write runs.\n")


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"question": "  "}, "question"),
        ({"question": "x" * 5000}, "question"),
        ({"question": "walrus?", "k": 0}, "k"),
        ({"question": "walrus?", "conversation_id": "../etc"}, "conversation_id"),
        ({"question": "walrus?", "filters": {"colour": "red"}}, "filters"),
    ],
)
def test_bad_arguments_fail_before_any_stage_runs(docqa: DocQA, arguments: dict, field: str) -> None:
    with pytest.raises(InvalidRequest) as raised:
        docqa.ask_in_stages(**arguments)
    assert raised.value.field == field


def test_stages_come_in_order_and_the_turn_is_remembered(docqa: DocQA) -> None:
    stages = list(docqa.ask_in_stages("What did the walrus committee approve?", conversation_id="chat-1"))
    assert [type(s) for s in stages] == [Retrieved, Answer]
    assert stages[0].passages == stages[1].passages
    turns = docqa.conversations.turns("chat-1")
    assert [t.question for t in turns] == ["What did the walrus committee approve?"]


def test_filters_restrict_what_an_answer_may_cite(docqa: DocQA) -> None:
    answer = docqa.ask("What happens every spring?", filters={"document_id": "harbour.txt"})
    assert {p.document_id for p in answer.passages} == {"harbour.txt"}
    assert all(c.document_id == "harbour.txt" for c in answer.citations)


def test_an_uploaded_pdf_is_cited_on_the_right_page(docqa: DocQA) -> None:
    pdf = build_pdf(
        [
            ["Fleet review.", "The ferry fleet was repainted in blue during the winter."],
            ["Engines.", "The quartermaster ordered twelve hydrogen engines for the tugboats."],
        ],
        title="Fleet review",
    )
    info = docqa.add_document("fleet.pdf", pdf)
    assert info.pages == 2
    answer = docqa.ask("What did the quartermaster order for the tugboats?")
    assert not answer.abstained, answer
    citation = next(c for c in answer.citations if "hydrogen engines" in c.quote)
    assert citation.document_id == info.id and citation.page == 2
    document = docqa.get_document(info.id)
    assert document.text[citation.start : citation.end] == citation.quote
    assert document.page_at(citation.start) == 2


def test_writes_do_not_wait_for_another_process_building_the_index(docqa: DocQA) -> None:
    import fcntl

    with open(docqa.index_dir / ".lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # as a running `qa index` would
        with pytest.raises(WriteInProgress, match="another process"):
            docqa.add_document("busy.txt", b"Busy\n\nThis upload meets a running indexer.\n")
        fcntl.flock(handle, fcntl.LOCK_UN)
    assert not (docqa.index_dir / "uploads" / "busy.txt").exists()


def test_writes_are_refused_while_the_index_needs_reindexing(docqa: DocQA) -> None:
    other = DocQA(docqa.settings.with_(embedder="hash-32"))
    with pytest.raises(IndexMismatchError):
        other.add_document("late.txt", b"Late\n\nAn upload must not trigger a full re-index.\n")
    with pytest.raises(IndexMismatchError):
        other.delete_document("harbour.txt")


def test_uploads_own_their_ids_even_beside_a_lookalike_corpus_file(tmp_path: Path, docqa: DocQA) -> None:
    (tmp_path / "corpus" / "uploads-notes.txt").write_text(
        "Corpus notes\n\nA corpus file named like an upload.\n"
    )
    info = docqa.add_document("notes.txt", b"Upload notes\n\nThe uploaded notes mention a lighthouse.\n")
    assert info.id == "uploads-notes.txt" and docqa.get_document(info.id).source == "uploads/notes.txt"
    corpus_ids = [d.id for d in docqa.list_documents()[0] if d.source == "corpus/uploads-notes.txt"]
    assert len(corpus_ids) == 1 and corpus_ids[0] != info.id
    assert docqa.delete_document(info.id)
    assert not (docqa.index_dir / "uploads" / "notes.txt").exists()
    assert (tmp_path / "corpus" / "uploads-notes.txt").exists() and docqa.get_document(corpus_ids[0])


def test_a_moved_folder_updates_sources_without_embedding_again(tmp_path: Path, docqa: DocQA) -> None:
    moved = tmp_path / "library"
    (tmp_path / "corpus").rename(moved)
    report = docqa.index_paths([moved])
    assert report.embedded_chunks == 0 and sorted(report.changed) == ["harbour.txt", "plains.txt"]
    assert docqa.get_document("harbour.txt").source == "library/harbour.txt"
