"""The one core object, ``DocQA``: an open index plus the assistant and conversations on top of it.

The CLI and the web app are thin views over this object; both get plain dataclasses back and make JSON
only at the edge (``qa.serialize``).
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from qa.answering import Assistant
from qa.chat import ConversationStore, Turn
from qa.embedding import Embedder, load_embedder
from qa.english import word_lists
from qa.index import (
    UPLOADS_DIR,
    BuildReport,
    IndexBuilder,
    IndexBusyError,
    IndexConfig,
    IndexMismatchError,
    IndexNotFoundError,
    LoadedIndex,
    open_index,
    read_current_name,
)
from qa.models import Answer, Document, DocumentInfo, Passage, Retrieved
from qa.readers import SUPPORTED_EXTENSIONS, ReadError, document_id_for
from qa.retrieval import MODES, Retriever, SearchFilters
from qa.settings import Settings


class InvalidRequest(ValueError):
    """A caller's mistake (empty question, k out of range, unknown mode, bad filters...): a 4xx at the edge.

    ``field`` names the offending input so the API can say which one.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class WriteInProgress(RuntimeError):
    """Another upload, delete or index run holds the index; try again shortly (a 409 at the edge)."""


class DocQA:
    """An index directory brought to life: search, cited answers, chat, and incremental writes.

    Safe to share between threads: each request reads one consistent generation; writes are serialised
    (a lock in-process, a file lock across processes) and publish a new generation, which readers pick
    up through ``reload_if_changed``.
    """

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.index_dir = Path(settings.index_dir)
        self.embedder = embedder or load_embedder(settings.embedder)
        self.config = IndexConfig(
            embedder=self.embedder.name,
            dimension=self.embedder.dimension,
            max_tokens=self.embedder.max_tokens,
            chunk_tokens=settings.chunk_tokens,
            chunk_overlap=settings.chunk_overlap,
            faiss_index=settings.faiss_index,
        )
        self._write_lock = threading.Lock()
        self._reload_lock = threading.Lock()
        self._retriever: Retriever | None = None
        self.open_error: str | None = None
        self._next_expiry = 0.0
        self.assistant = Assistant.from_settings(_LiveRetriever(self), self.embedder, settings)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self.conversations = ConversationStore(
            self.index_dir / "conversations.sqlite",
            max_turns=settings.history_turns,
            ttl_seconds=settings.conversation_ttl_hours * 3600,
        )
        self._open_current()

    def prepare_for_questions(self) -> None:
        """Build what messages are read with (the word lists that tell English from other languages,
        about 1.5 s) in the background, so that a server's or a chat's first question does not wait for it;
        a command that only indexes or searches never needs them."""
        threading.Thread(target=word_lists, name="word-lists", daemon=True).start()

    # ------------------------------------------------------------------ index lifecycle
    @property
    def index(self) -> LoadedIndex | None:
        retriever = self._retriever
        return retriever.index if retriever else None

    def _open_current(self) -> None:
        """Open the published generation; one made differently leaves no index open and says why.

        Not raising here is what lets ``qa index`` rebuild an index made with another embedder.
        """
        try:
            index = open_index(self.index_dir, self.config)
        except IndexNotFoundError:
            self._retriever, self.open_error = None, None
            return
        except IndexMismatchError as error:
            self._retriever, self.open_error = None, str(error)
            return
        self._retriever, self.open_error = Retriever(index, self.embedder), None

    def reload_if_changed(self) -> bool:
        """Open a newer published generation if there is one; True when it switched.

        The swap is one attribute assignment: requests already running keep the generation they started
        with (everything they read is in memory or memory-mapped, and a build keeps the previous
        generation's files), new requests see the new one.
        """
        name = read_current_name(self.index_dir)
        current = self.index
        if name is None or (current is not None and current.name == name):
            return False
        with self._reload_lock:
            current = self.index
            if current is not None and current.name == name:
                return False
            self._open_current()
            return True

    def index_paths(
        self, paths: list[Path] | None = None, progress: bool = False, **options: Any
    ) -> BuildReport:
        """Index ``paths`` (default: what this index was built from) and switch to the new generation."""
        with self._writing(wait=True):
            return self._build(paths, progress=progress, **options)

    def _build(self, paths: list[Path] | None = None, wait: bool = True, **options: Any) -> BuildReport:
        """Build and publish a generation, then open it (the caller holds the write lock).

        ``wait=False``: another process building the same index (``qa index``) is ``WriteInProgress``.
        """
        builder = IndexBuilder(self.index_dir, self.embedder, self.config, self.settings.batch_size)
        try:
            report = builder.build(paths, loaded=self.index, wait=wait, **options)
        except IndexBusyError as error:
            raise WriteInProgress(str(error)) from error
        self.reload_if_changed()
        return report

    @contextlib.contextmanager
    def _writing(self, wait: bool) -> Iterator[None]:
        """The write lock; web writes don't queue (``WriteInProgress``) so they never tie up workers."""
        if not self._write_lock.acquire(blocking=wait):
            raise WriteInProgress("another upload, delete or index run is in progress; try again shortly")
        try:
            yield
        finally:
            self._write_lock.release()

    # ------------------------------------------------------------------ reading
    def search(
        self, query: str, k: int | None = None, mode: str | None = None, filters: dict | None = None
    ) -> list[Passage]:
        """Ranked passages for ``query``; ``InvalidRequest`` for bad arguments."""
        query = _require_text(query, "query", self.settings.max_question_chars)
        k = self._check_k(k)
        mode = mode or self.settings.search_mode
        if mode not in MODES:
            raise InvalidRequest("mode", f"mode must be one of {', '.join(MODES)}")
        filters = _check_filters(filters)
        retriever = self._require_retriever()
        if retriever is None:
            return []
        return retriever.search(query, k=k, mode=mode, filters=filters)

    def _require_retriever(self) -> Retriever | None:
        """The open retriever; None for an empty index; an index that needs re-indexing is an error."""
        retriever = self._retriever
        if retriever is None and self.open_error:
            raise IndexMismatchError(self.open_error)
        return retriever

    def ask(
        self,
        question: str,
        conversation_id: str | None = None,
        k: int | None = None,
        filters: dict | None = None,
    ) -> Answer:
        """Answer ``question`` in a conversation (a new one unless ``conversation_id`` is given)."""
        *_, answer = self.ask_in_stages(question, conversation_id, k, filters)
        return answer

    def ask_in_stages(
        self,
        question: str,
        conversation_id: str | None = None,
        k: int | None = None,
        filters: dict | None = None,
    ) -> Iterator[Retrieved | Answer]:
        """``ask`` step by step (``Retrieved``, then the ``Answer``), for streaming UIs.

        Arguments are checked here, before the first step runs, so a bad request fails at once
        (``InvalidRequest``, ``IndexMismatchError``) rather than part way through a stream.
        """
        question = _require_text(question, "question", self.settings.max_question_chars)
        k = self._check_k(k)
        if conversation_id is not None and not _CONVERSATION_ID.fullmatch(conversation_id):
            raise InvalidRequest(
                "conversation_id", "conversation_id must be 1-64 letters, digits, '-' or '_'"
            )
        filters = _check_filters(filters)
        self._require_retriever()
        return self._answer_in_stages(question, conversation_id, k, filters)

    def _answer_in_stages(
        self, question: str, conversation_id: str | None, k: int, filters: SearchFilters | None
    ) -> Iterator[Retrieved | Answer]:
        self._expire_conversations()
        conversation_id = conversation_id or self.conversations.new_id()
        history = self.conversations.turns(conversation_id)
        stages = self.assistant.answer_in_stages(
            question, history=history, k=k, filters=filters, conversation_id=conversation_id
        )
        for stage in stages:
            if isinstance(stage, Answer):
                turn = Turn(question, stage.rewritten_question, stage.answer, stage.abstained)
                self.conversations.append(conversation_id, turn)
            yield stage

    def _expire_conversations(self) -> None:
        """Drop idle conversations, at most once a minute (cheap enough to piggyback on asks)."""
        now = time.monotonic()
        if now >= self._next_expiry:
            self._next_expiry = now + 60.0
            self.conversations.expire()

    def list_documents(self, offset: int = 0, limit: int = 50) -> tuple[list[DocumentInfo], int]:
        """One page of the documents, in id order, and how many there are in all."""
        index = self.index
        if index is None:
            return [], 0
        records = list(index.records.values())
        return [_info(r.document, r.row_count) for r in records[offset : offset + limit]], len(records)

    def get_document(self, document_id: str) -> Document | None:
        """The document with its full text, or None."""
        index = self.index
        return index.document(document_id) if index else None

    def document_info(self, document_id: str) -> DocumentInfo | None:
        index = self.index
        record = index.records.get(document_id) if index else None
        return _info(record.document, record.row_count) if record else None

    def health(self) -> dict[str, Any]:
        """Whether an index is loaded, its size and generation (for /healthz and monitoring)."""
        index = self.index
        status = "ok" if index is not None else ("needs_reindex" if self.open_error else "empty")
        return {
            "status": status,
            "error": self.open_error,
            "index_loaded": index is not None,
            "documents": len(index.records) if index else 0,
            "chunks": len(index.chunks) if index else 0,
            "generation": index.generation if index else None,
            "embedder": self.config.embedder,
            "dimension": self.config.dimension,
        }

    # ------------------------------------------------------------------ writing
    def add_document(self, filename: str, data: bytes) -> DocumentInfo:
        """Store an uploaded file under the index's uploads and index it; ``ReadError`` if unreadable.

        When the call returns the document is searchable. Uploading a name that exists replaces that
        document. A file that cannot be read is removed again (and the previous upload of that name
        restored), so a bad upload never changes the index. ``WriteInProgress`` if another write runs.
        """
        name = _safe_filename(filename)
        suffix = Path(name).suffix.lower()
        if suffix not in SUPPORTED_EXTENSIONS:
            raise ReadError(Path(filename), f"unsupported file type {suffix or '(no extension)'}")
        uploads = self.index_dir / UPLOADS_DIR
        target = uploads / name
        document_id = document_id_for(f"{UPLOADS_DIR}/{name}")
        self._require_retriever()  # re-indexing a mismatched index is `qa index`'s job, not an upload's
        with self._writing(wait=False):
            uploads.mkdir(parents=True, exist_ok=True)
            previous = target.read_bytes() if target.exists() else None
            _write_atomically(target, data)
            try:
                report = self._build(include={document_id}, wait=False)
            except BaseException:
                _restore(target, previous)
                raise
            failure = next((reason for path, reason in report.skipped if Path(path) == target), None)
            if failure is not None:
                _restore(target, previous)
                self._build()
                raise ReadError(Path(filename), failure.split("; kept")[0])
        info = self.document_info(document_id)
        if info is None:  # pragma: no cover - the build above guarantees it
            raise ReadError(Path(filename), "the document was not indexed")
        return info

    def delete_document(self, document_id: str) -> bool:
        """Remove a document from every store; an uploaded file is deleted, a corpus file is excluded.

        False when there is no such document; ``WriteInProgress`` if another write runs.
        """
        self._require_retriever()
        with self._writing(wait=False):
            index = self.index
            if index is None or document_id not in index.records:
                return False
            source = index.records[document_id].document.source
            upload = self.index_dir / source
            if source.startswith(f"{UPLOADS_DIR}/") and upload.parent == self.index_dir / UPLOADS_DIR:
                upload.unlink(missing_ok=True)
                self._build(wait=False)
            else:
                self._build(exclude={document_id}, wait=False)
        return True

    def _check_k(self, k: int | None) -> int:
        if k is None:
            return self.settings.top_k
        if not 1 <= k <= self.settings.max_k:
            raise InvalidRequest("k", f"k must be between 1 and {self.settings.max_k}")
        return k


class _LiveRetriever:
    """Always searches the generation the DocQA has open right now (it changes on reload)."""

    def __init__(self, owner: DocQA) -> None:
        self.owner = owner

    def search(
        self, query: str, k: int = 5, mode: str = "hybrid", filters: dict | None = None
    ) -> list[Passage]:
        retriever = self.owner._retriever
        if retriever is None:
            return []
        return retriever.search(query, k=k, mode=mode, filters=filters)

    def opening_passage(self, document_id: str) -> Passage | None:
        retriever = self.owner._retriever
        return retriever.opening_passage(document_id) if retriever is not None else None

    def closing_passage(self, document_id: str) -> Passage | None:
        retriever = self.owner._retriever
        return retriever.closing_passage(document_id) if retriever is not None else None

    def footer_passages(self, document_id: str) -> list[Passage]:
        retriever = self.owner._retriever
        return retriever.footer_passages(document_id) if retriever is not None else []

    def names(self) -> frozenset[str]:
        retriever = self.owner._retriever
        return retriever.names() if retriever is not None else frozenset()

    def words(self) -> dict[str, int]:
        retriever = self.owner._retriever
        return retriever.words() if retriever is not None else {}


_CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _require_text(value: str, name: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequest(name, f"{name} must not be empty")
    if len(value) > limit:
        raise InvalidRequest(name, f"{name} is too long ({len(value)} characters; the limit is {limit})")
    return value.strip()


MAX_FILENAME_CHARS = 120


def _safe_filename(filename: str) -> str:
    """The base name only, lower-cased, accents dropped, other characters outside ``[a-z0-9._-]`` made
    ``_``; a long name loses the end of its stem, never its extension.

    Lower-casing means names differing only in case are the same upload (a replacement), so two uploads
    can never map to one document id.
    """
    name = Path(filename.replace("\\", "/")).name.strip()
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    name = re.sub(r"[^a-z0-9._-]+", "_", name).strip("._ ")
    stem, suffix = os.path.splitext(name)
    if not stem:
        raise ReadError(Path(filename or "upload"), "the file name is empty")
    return stem[: MAX_FILENAME_CHARS - len(suffix)] + suffix


def _write_atomically(path: Path, data: bytes) -> None:
    """Write via a hidden temporary file and rename, so an indexer never reads half a file."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _restore(path: Path, previous: bytes | None) -> None:
    """Put back what a failed upload replaced (or remove what it added)."""
    if previous is None:
        path.unlink(missing_ok=True)
    else:
        _write_atomically(path, previous)


def _check_filters(filters: dict[str, Any] | None) -> SearchFilters | None:
    try:
        return SearchFilters.from_dict(filters)
    except ValueError as error:
        raise InvalidRequest("filters", str(error)) from error


def _info(document: Document, chunks: int) -> DocumentInfo:
    return DocumentInfo(
        id=document.id,
        title=document.title,
        source=document.source,
        chunks=chunks,
        characters=len(document.text),
        pages=len(document.page_starts),
        metadata=document.metadata,
    )
