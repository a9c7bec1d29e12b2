"""The one core object, ``DocQA``: an open index plus the assistant and conversations on top of it.

The CLI and the web app are thin views over this object; both get plain dataclasses back and make JSON
only at the edge (``qa.serialize``).
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qa.answering import Assistant
from qa.chat import ConversationStore, Turn
from qa.embedding import Embedder, load_embedder
from qa.index import (
    UPLOADS_DIR,
    BuildReport,
    IndexBuilder,
    IndexConfig,
    IndexNotFoundError,
    LoadedIndex,
    open_index,
    read_current_name,
)
from qa.models import Answer, Document, Passage
from qa.readers import SUPPORTED_EXTENSIONS, ReadError, document_id_for
from qa.retrieval import MODES, Retriever
from qa.settings import Settings


@dataclass
class DocumentInfo:
    """A document as listed: no text."""

    id: str
    title: str
    source: str
    chunks: int
    characters: int
    pages: int
    metadata: dict[str, Any]


class DocQA:
    """An index directory brought to life: search, cited answers, chat, and incremental writes.

    Safe to share between threads: each request reads one consistent generation; writes are serialised
    and publish a new generation, which readers pick up through ``reload_if_changed``.
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
        self._last_reload_check = 0.0
        self.assistant = Assistant.from_settings(_LiveRetriever(self), self.embedder, settings)
        self.index_dir.mkdir(parents=True, exist_ok=True)
        self.conversations = ConversationStore(
            self.index_dir / "conversations.sqlite",
            max_turns=settings.history_turns,
            ttl_seconds=settings.conversation_ttl_hours * 3600,
        )
        self._open_current()

    # ------------------------------------------------------------------ index lifecycle
    @property
    def index(self) -> LoadedIndex | None:
        retriever = self._retriever
        return retriever.index if retriever else None

    def _open_current(self) -> None:
        try:
            index = open_index(self.index_dir, self.config)
        except IndexNotFoundError:
            self._retriever = None
            return
        self._retriever = Retriever(index, self.embedder)

    def reload_if_changed(self) -> bool:
        """Open a newer published generation if there is one; True when it switched.

        The swap is one attribute assignment: requests already running keep the generation they started
        with (its files stay on disk until the next build), new requests see the new one.
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

    def maybe_reload(self) -> None:
        """``reload_if_changed`` at most every ``settings.reload_interval`` seconds (cheap per request)."""
        now = time.monotonic()
        if now - self._last_reload_check >= self.settings.reload_interval:
            self._last_reload_check = now
            self.reload_if_changed()

    def index_paths(
        self, paths: list[Path] | None = None, progress: bool = False, **options: Any
    ) -> BuildReport:
        """Index ``paths`` (default: what this index was built from) and switch to the new generation."""
        with self._write_lock:
            builder = IndexBuilder(self.index_dir, self.embedder, self.config, self.settings.batch_size)
            report = builder.build(paths, progress=progress, **options)
            self.reload_if_changed()
        return report

    # ------------------------------------------------------------------ reading
    def search(
        self, query: str, k: int | None = None, mode: str | None = None, filters: dict | None = None
    ) -> list[Passage]:
        query = _require_text(query, "query", self.settings.max_question_chars)
        k = self._check_k(k)
        mode = mode or self.settings.search_mode
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}")
        retriever = self._retriever
        if retriever is None:
            return []
        return retriever.search(query, k=k, mode=mode, filters=filters)

    def ask(
        self,
        question: str,
        conversation_id: str | None = None,
        k: int | None = None,
        filters: dict | None = None,
    ) -> Answer:
        """Answer ``question`` in a conversation (a new one unless ``conversation_id`` is given)."""
        question = _require_text(question, "question", self.settings.max_question_chars)
        k = self._check_k(k)
        if conversation_id is None:
            conversation_id = self.conversations.new_id()
        elif not _CONVERSATION_ID.fullmatch(conversation_id):
            raise ValueError("conversation_id must be 1-64 letters, digits, '-' or '_'")
        history = self.conversations.turns(conversation_id)
        answer = self.assistant.answer(
            question, history=history, k=k, filters=filters, conversation_id=conversation_id
        )
        self.conversations.append(
            conversation_id,
            Turn(
                question=question,
                rewritten_question=answer.rewritten_question,
                answer=answer.answer,
                abstained=answer.abstained,
            ),
        )
        return answer

    def list_documents(self, offset: int = 0, limit: int = 50) -> tuple[list[DocumentInfo], int]:
        index = self.index
        if index is None:
            return [], 0
        records = list(index.records.values())
        return [_info(r.document, r.row_count) for r in records[offset : offset + limit]], len(records)

    def get_document(self, document_id: str) -> Document | None:
        index = self.index
        return index.document(document_id) if index else None

    def document_info(self, document_id: str) -> DocumentInfo | None:
        index = self.index
        record = index.records.get(document_id) if index else None
        return _info(record.document, record.row_count) if record else None

    def health(self) -> dict[str, Any]:
        index = self.index
        return {
            "status": "ok" if index is not None else "empty",
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

        When the call returns the document is searchable. A file that cannot be read is removed again (and a
        previous upload of the same name restored), so a bad upload never changes the index.
        """
        name = _safe_filename(filename)
        suffix = Path(name).suffix.lower()
        if suffix not in SUPPORTED_EXTENSIONS:
            raise ReadError(Path(name), f"unsupported file type {suffix or '(no extension)'}")
        uploads = self.index_dir / UPLOADS_DIR
        uploads.mkdir(parents=True, exist_ok=True)
        target = uploads / name
        with self._write_lock:
            previous = target.read_bytes() if target.exists() else None
            target.write_bytes(data)
            document_id = _upload_id(name)
            builder = IndexBuilder(self.index_dir, self.embedder, self.config, self.settings.batch_size)
            report = builder.build(include={document_id})
            failure = next((reason for path, reason in report.skipped if Path(path) == target), None)
            if failure is not None:
                if previous is None:
                    target.unlink(missing_ok=True)
                else:
                    target.write_bytes(previous)
                builder.build()
                self.reload_if_changed()
                raise ReadError(Path(name), failure.split("; kept")[0])
            self.reload_if_changed()
        info = self.document_info(document_id)
        if info is None:  # pragma: no cover - the build above guarantees it
            raise ReadError(Path(name), "the document was not indexed")
        return info

    def delete_document(self, document_id: str) -> bool:
        """Remove a document from every store; an uploaded file is deleted, a corpus file is excluded."""
        with self._write_lock:
            index = self.index
            if index is None or document_id not in index.records:
                return False
            source = Path(index.records[document_id].document.source)
            builder = IndexBuilder(self.index_dir, self.embedder, self.config, self.settings.batch_size)
            if source.parent == (self.index_dir / UPLOADS_DIR).resolve():
                source.unlink(missing_ok=True)
                builder.build()
            else:
                builder.build(exclude={document_id})
            self.reload_if_changed()
        return True

    def _check_k(self, k: int | None) -> int:
        if k is None:
            return self.settings.top_k
        if not 1 <= k <= self.settings.max_k:
            raise ValueError(f"k must be between 1 and {self.settings.max_k}")
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


_CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _require_text(value: str, name: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must not be empty")
    if len(value) > limit:
        raise ValueError(f"{name} is too long ({len(value)} characters; the limit is {limit})")
    return value.strip()


def _safe_filename(filename: str) -> str:
    """The base name only, with characters outside a conservative set replaced."""
    name = Path(filename.replace("\\", "/")).name.strip()
    name = re.sub(r"[^A-Za-z0-9._ -]", "_", name).strip(" .")
    if not name:
        raise ReadError(Path(filename or "upload"), "the file name is empty")
    return name[:200]


def _upload_id(name: str) -> str:
    return document_id_for(f"{UPLOADS_DIR}/{name}")


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
