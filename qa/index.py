"""Index generations on disk: FAISS vectors, BM25, SQLite metadata and a manifest, published atomically.

Layout of an index directory::

    CURRENT            one line: the generation readers open (switched by atomic rename)
    gen-000007/        a complete generation: manifest.json, meta.sqlite, vectors.npy, faiss.index, bm25/
    uploads/           files added through the API (indexed like any other source)

A build writes a whole new generation into a temporary directory, fsyncs it, renames it into place and only
then switches ``CURRENT``; so a reader never sees a half-written index, and killing the indexer at any moment
leaves the previous generation complete and serving. Unchanged documents (same content hash) keep their chunks
and vectors; changed ones are re-chunked and only chunks whose embedded text is new are embedded.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import functools
import hashlib
import json
import os
import re
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from qa.chunking import ChunkingParams, chunk_document
from qa.embedding import Embedder
from qa.lexical import LexicalIndex
from qa.models import Chunk, Document, Span
from qa.readers import ReadError, discover_files, document_id_for, read_document
from qa.vectorstore import VectorStore

FORMAT_VERSION = 1
# Raised when the readers or the chunker change what a file becomes (2: Markdown front matter kept as the
# text's header), so that an existing index re-reads its files; vectors of unchanged chunks are reused.
READING_VERSION = 2
CURRENT_FILE = "CURRENT"
UPLOADS_DIR = "uploads"
GENERATION_PREFIX = "gen-"


class IndexNotFoundError(Exception):
    """No published index generation in the directory yet."""


class IndexBusyError(Exception):
    """Another process is building this index right now (only raised when asked not to wait)."""


class IndexMismatchError(Exception):
    """The index was built with another embedder or format version than the one configured now."""


@dataclass(frozen=True)
class IndexConfig:
    """What a generation was built with; a reader refuses a generation whose config differs."""

    embedder: str
    dimension: int
    max_tokens: int
    chunk_tokens: int = 200
    chunk_overlap: int = 1
    faiss_index: str = "flat"

    def chunking(self) -> ChunkingParams:
        return ChunkingParams(
            max_tokens=self.max_tokens,
            target_tokens=min(self.chunk_tokens, self.max_tokens),
            overlap_sentences=self.chunk_overlap,
        )

    def chunking_key(self) -> str:
        """What decides a file's chunks: a generation built under another key is re-read, not reused."""
        parts = (self.embedder, self.max_tokens, self.chunk_tokens, self.chunk_overlap, f"r{READING_VERSION}")
        return "|".join(map(str, parts))


@dataclass
class DocumentRecord:
    """A document as stored in a generation, with the rows of its chunks."""

    document: Document
    fingerprint: str
    first_row: int
    row_count: int


@dataclass
class BuildReport:
    """What one build did: counts, and every file that could not be read with the reason."""

    documents: int = 0
    chunks: int = 0
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    embedded_chunks: int = 0
    generation: int | None = None
    published: bool = False
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        line = (
            f"{self.documents} documents, {self.chunks} chunks "
            f"({len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed, "
            f"{self.unchanged} unchanged; {self.embedded_chunks} chunks embedded), "
            f"{len(self.skipped)} skipped"
        )
        if self.skipped:
            line += ": " + "; ".join(f"{path} ({reason})" for path, reason in self.skipped)
        return line


# --------------------------------------------------------------------------------------------- reading


class LoadedIndex:
    """One open generation: chunks, vectors, BM25 and documents in memory, ready to search."""

    def __init__(
        self,
        directory: Path,
        manifest: dict[str, Any],
        records: dict[str, DocumentRecord],
        chunks: list[Chunk],
        vectors: np.ndarray,
        vector_store: VectorStore,
        lexical: LexicalIndex,
    ) -> None:
        self.directory = directory
        self.manifest = manifest
        self.records = records
        self.chunks = chunks
        self.vectors = vectors
        self.vector_store = vector_store
        self.lexical = lexical

    @property
    def generation(self) -> int:
        return int(self.manifest["generation"])

    @property
    def name(self) -> str:
        return self.directory.name

    def document(self, document_id: str) -> Document | None:
        record = self.records.get(document_id)
        return record.document if record else None

    def documents(self) -> list[Document]:
        return [r.document for r in self.records.values()]

    @functools.cached_property
    def names(self) -> frozenset[str]:
        """Words the documents only ever write capitalised ("Gotion", "Xiaomi", "CPPCC"): their names, for
        a question that half remembers one ("Go-something"). Read from the chunks once, on first use."""
        return names_in(chunk.text for chunk in self.chunks)

    @functools.cached_property
    def words(self) -> dict[str, int]:
        """The documents' lowercase words and how often each occurs (``words_in``), read once."""
        return words_in(chunk.text for chunk in self.chunks)


_WORD_IN_TEXT = re.compile(r"\b[A-Za-z][\w&-]+")


def words_in(texts: Iterable[str]) -> dict[str, int]:
    """How often each lowercase word of letters (four or more) occurs in these texts: the documents'
    vocabulary, which a misspelt question word is put right against."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in _PLAIN_WORD.findall(text.lower()):
            counts[word] = counts.get(word, 0) + 1
    return counts


_PLAIN_WORD = re.compile(r"\b[a-z]{4,}\b")


def names_in(texts: Iterable[str]) -> frozenset[str]:
    """The words these texts only ever write capitalised: their names, not the words that open a sentence
    ("Gotion" and "CPPCC", not "The" when "the" occurs too)."""
    capitalised: set[str] = set()
    lowered: set[str] = set()
    for text in texts:
        for word in _WORD_IN_TEXT.findall(text):
            (capitalised if word[0].isupper() else lowered).add(word)
    return frozenset(word for word in capitalised if word.lower() not in lowered)


def read_current_name(index_dir: Path) -> str | None:
    """The generation name ``CURRENT`` points at, or None when nothing is published."""
    try:
        name = (index_dir / CURRENT_FILE).read_text().strip()
    except FileNotFoundError:
        return None
    return name or None


def read_manifest(index_dir: Path) -> dict[str, Any] | None:
    """The published generation's manifest, whatever it was built with (None if unreadable)."""
    name = read_current_name(index_dir)
    try:
        return json.loads((index_dir / name / "manifest.json").read_text()) if name else None
    except (OSError, ValueError):
        return None


def open_index(index_dir: Path, expected: IndexConfig | None = None) -> LoadedIndex:
    """Open the published generation; with ``expected``, refuse one built differently."""
    name = read_current_name(index_dir)
    if name is None or not (index_dir / name).is_dir():
        raise IndexNotFoundError(f"no index in {index_dir}: build one with `qa index`")
    return _load_generation(index_dir / name, expected)


def _load_generation(directory: Path, expected: IndexConfig | None) -> LoadedIndex:
    manifest = json.loads((directory / "manifest.json").read_text())
    if expected is not None:
        check_compatible(manifest, expected, directory.parent)
    dimension = int(manifest["embedder"]["dimension"])
    records, chunks = _read_metadata(directory / "meta.sqlite")
    vectors = np.load(directory / "vectors.npy", mmap_mode="r")
    store = VectorStore.load(directory / "faiss.index", dimension, manifest["faiss_index"])
    lexical = LexicalIndex.load(directory / "bm25")
    if not (len(chunks) == len(store) == lexical.size == len(vectors)):
        raise IndexMismatchError(f"{directory}: stores disagree on the number of chunks; re-index")
    return LoadedIndex(directory, manifest, records, chunks, vectors, store, lexical)


def check_compatible(manifest: dict[str, Any], expected: IndexConfig, index_dir: Path) -> None:
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise IndexMismatchError(
            f"the index in {index_dir} has format version {version}, this qa reads {FORMAT_VERSION}: "
            f"re-index with `qa index --index {index_dir}`"
        )
    built = manifest.get("embedder", {})
    if built.get("name") != expected.embedder or int(built.get("dimension", -1)) != expected.dimension:
        raise IndexMismatchError(
            f"the index in {index_dir} was built with embedder {built.get('name')!r} "
            f"({built.get('dimension')} dims) but {expected.embedder!r} ({expected.dimension} dims) is "
            f"configured: re-index with `qa index --index {index_dir}`"
        )


# --------------------------------------------------------------------------------------------- building


class IndexBuilder:
    """Builds the next generation from source paths, reusing whatever the previous one already has."""

    def __init__(self, index_dir: Path, embedder: Embedder, config: IndexConfig, batch_size: int = 64):
        self.index_dir = index_dir
        self.embedder = embedder
        self.config = config
        self.batch_size = batch_size

    @property
    def uploads_dir(self) -> Path:
        return self.index_dir / UPLOADS_DIR

    def build(
        self,
        paths: list[Path] | None = None,
        *,
        progress: bool = False,
        exclude: set[str] | None = None,
        include: set[str] | None = None,
        loaded: LoadedIndex | None = None,
        wait: bool = True,
    ) -> BuildReport:
        """Index ``paths`` (default: the roots the previous build used) and publish a generation.

        ``exclude`` adds document ids to keep out (e.g. deleted through the API); ``include`` lifts such an
        exclusion (e.g. the same file uploaded again). ``loaded``: the current generation if the caller has
        it open already (a server), which saves reading it from disk again. ``wait=False``: raise
        ``IndexBusyError`` instead of waiting for another process's build to finish.
        """
        started = time.perf_counter()
        self.index_dir.mkdir(parents=True, exist_ok=True)
        with _exclusive_lock(self.index_dir / ".lock", wait):
            _remove_stale_temporaries(self.index_dir)
            report = self._build_locked(paths, progress, exclude or set(), include or set(), loaded)
        report.seconds = time.perf_counter() - started
        return report

    def _build_locked(
        self,
        paths: list[Path] | None,
        progress: bool,
        exclude: set[str],
        include: set[str],
        loaded: LoadedIndex | None,
    ) -> BuildReport:
        report = BuildReport()
        previous = self._previous_generation(report, loaded)
        previous_manifest = previous.manifest if previous else (read_manifest(self.index_dir) or {})
        roots = (
            [p.resolve() for p in paths] if paths else [Path(p) for p in previous_manifest.get("roots", [])]
        )
        excluded = (set(previous_manifest.get("excluded", [])) | exclude) - include

        sources = self._discover(roots)
        reusable = previous if previous and self._chunks_reusable(previous.manifest) else None
        kept: dict[str, tuple[Document, str, list[Chunk], np.ndarray | None]] = {}
        to_embed: list[Chunk] = []
        files = tqdm(sources, desc="reading", unit="file", disable=not progress, file=sys.stderr)
        for path, document_id, source in files:
            if document_id in excluded:
                continue
            self._take_document(path, document_id, source, previous, reusable, kept, to_embed, report)

        report.removed = sorted(set(previous.records) - set(kept)) if previous else []
        # hashing every stored chunk is only worth it when something new is to be embedded
        vector_by_hash = self._reusable_vectors(previous) if to_embed else {}
        new_vectors = self._embed(to_embed, vector_by_hash, progress, report)

        nothing_changed = (
            previous is not None
            and not (report.added or report.changed or report.removed)
            and reusable is not None
            and excluded == set(previous_manifest.get("excluded", []))
            and previous_manifest.get("faiss_index") == self.config.faiss_index
            and [str(r) for r in roots] == previous_manifest.get("roots", [])
        )
        report.documents = len(kept)
        report.chunks = sum(len(item[2]) for item in kept.values())
        if nothing_changed:
            report.generation = previous.generation
            return report
        report.generation = self._publish(kept, new_vectors, roots, excluded, previous)
        report.published = True
        return report

    def _previous_generation(self, report: BuildReport, loaded: LoadedIndex | None) -> LoadedIndex | None:
        if loaded is not None and loaded.name == read_current_name(self.index_dir):
            try:
                check_compatible(loaded.manifest, self.config, self.index_dir)
                return loaded
            except IndexMismatchError:
                pass  # reported below, when the published generation is opened
        try:
            return open_index(self.index_dir, self.config)
        except IndexNotFoundError:
            return None
        except (IndexMismatchError, OSError, ValueError, KeyError, sqlite3.Error, RuntimeError) as error:
            report.notes.append(f"previous index not reusable ({error}); rebuilding from scratch")
            return None

    def _chunks_reusable(self, manifest: dict[str, Any]) -> bool:
        return manifest.get("chunking_key") == self.config.chunking_key()

    def _discover(self, roots: list[Path]) -> list[tuple[Path, str, str]]:
        """(file, document id, source) for every file under the roots and the uploads folder.

        The id comes from the path relative to its root; the source shown to users is that path under
        the root's own name (``corpus/report.pdf``, ``uploads/notes.md``), never a server's absolute path.
        """
        candidates: list[tuple[Path, str, str, bool]] = []
        if self.uploads_dir.is_dir():
            for path, relative in discover_files([self.uploads_dir]):
                candidates.append((path, f"{UPLOADS_DIR}/{relative}", f"{UPLOADS_DIR}/{relative}", True))
        for root in roots:
            for path, relative in discover_files([root]):
                if path.exists():
                    shown = f"{root.name}/{relative}" if root.is_dir() else relative
                    candidates.append((path, relative, shown, False))
        found: list[tuple[Path, str, str]] = []
        seen: set[str] = set()
        upload_prefix = document_id_for(f"{UPLOADS_DIR}/")
        for path, relative, shown, is_upload in candidates:
            document_id = document_id_for(relative)
            # Ids starting like an upload's are reserved for uploads, so a corpus file never takes (or
            # later changes) one; other clashes (two roots with the same relative path) get a suffix too.
            if document_id in seen or (not is_upload and document_id.startswith(upload_prefix)):
                digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:8]
                document_id = f"{document_id}-{digest}"
            seen.add(document_id)
            found.append((path, document_id, shown))
        return found

    def _take_document(
        self,
        path: Path,
        document_id: str,
        source: str,
        previous: LoadedIndex | None,
        reusable: LoadedIndex | None,
        kept: dict[str, tuple[Document, str, list[Chunk], np.ndarray | None]],
        to_embed: list[Chunk],
        report: BuildReport,
    ) -> None:
        old = previous.records.get(document_id) if previous else None
        try:
            fingerprint = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as error:
            self._keep_or_skip(
                str(path), f"cannot read file: {error.strerror or error}", old, previous, kept, report
            )
            return
        if old is not None and reusable is not None and old.fingerprint == fingerprint:
            rows = slice(old.first_row, old.first_row + old.row_count)
            document = old.document
            if document.source != source:  # same content found under another path: keep its vectors
                document = dataclasses.replace(document, source=source)
                report.changed.append(document_id)
            else:
                report.unchanged += 1
            kept[document_id] = (document, fingerprint, reusable.chunks[rows], reusable.vectors[rows])
            return
        try:
            document = read_document(path, document_id, source)
        except ReadError as error:
            self._keep_or_skip(str(path), error.reason, old, previous, kept, report)
            return
        chunks = chunk_document(document, self.embedder, self.config.chunking())
        if not chunks:
            self._keep_or_skip(str(path), "no text to index", old, previous, kept, report)
            return
        kept[document_id] = (document, fingerprint, chunks, None)
        to_embed.extend(chunks)
        (report.changed if old is not None else report.added).append(document_id)

    @staticmethod
    def _keep_or_skip(
        path: str,
        reason: str,
        old: DocumentRecord | None,
        previous: LoadedIndex | None,
        kept: dict[str, tuple[Document, str, list[Chunk], np.ndarray | None]],
        report: BuildReport,
    ) -> None:
        """An unreadable file is reported; if an earlier version was indexed, that version stays."""
        if old is not None and previous is not None:
            rows = slice(old.first_row, old.first_row + old.row_count)
            kept[old.document.id] = (
                old.document,
                old.fingerprint,
                previous.chunks[rows],
                previous.vectors[rows],
            )
            reason += "; kept the previously indexed version"
            report.unchanged += 1
        report.skipped.append((path, reason))

    @staticmethod
    def _reusable_vectors(previous: LoadedIndex | None) -> dict[str, np.ndarray]:
        if previous is None:
            return {}
        return {_embedding_key(c): previous.vectors[row] for row, c in enumerate(previous.chunks)}

    def _embed(
        self, chunks: list[Chunk], known: dict[str, np.ndarray], progress: bool, report: BuildReport
    ) -> dict[str, np.ndarray]:
        """Vectors keyed by embedded-text hash; only texts never embedded before reach the model."""
        vectors: dict[str, np.ndarray] = {}
        pending: dict[str, str] = {}
        for chunk in chunks:
            key = _embedding_key(chunk)
            if key in known:
                vectors[key] = known[key]
            else:
                pending.setdefault(key, chunk.embedding_text())
        # longest first across the whole run, so every batch holds texts of similar length (less padding)
        keys = sorted(pending, key=lambda key: len(pending[key]), reverse=True)
        report.embedded_chunks = len(keys)
        step = max(self.batch_size * 8, 1)
        bar = tqdm(
            total=len(keys), desc="embedding", unit="chunk", disable=not progress or not keys, file=sys.stderr
        )
        for offset in range(0, len(keys), step):
            batch = keys[offset : offset + step]
            encoded = self.embedder.encode([pending[k] for k in batch], batch_size=self.batch_size)
            vectors.update(zip(batch, encoded, strict=True))
            bar.update(len(batch))
        bar.close()
        return vectors

    def _publish(
        self,
        kept: dict[str, tuple[Document, str, list[Chunk], np.ndarray | None]],
        new_vectors: dict[str, np.ndarray],
        roots: list[Path],
        excluded: set[str],
        previous: LoadedIndex | None,
    ) -> int:
        generation = max(previous.generation if previous else 0, _highest_generation(self.index_dir)) + 1
        name = f"{GENERATION_PREFIX}{generation:06d}"
        temporary = self.index_dir / f".tmp-{name}-{os.getpid()}"
        temporary.mkdir(parents=True)

        records: list[tuple[Document, str, int, int]] = []
        all_chunks: list[Chunk] = []
        blocks: list[np.ndarray] = []
        for document_id in sorted(kept):
            document, fingerprint, chunks, stored = kept[document_id]
            records.append((document, fingerprint, len(all_chunks), len(chunks)))
            all_chunks.extend(chunks)
            if stored is None:
                stored = np.stack([new_vectors[_embedding_key(c)] for c in chunks])
            blocks.append(np.asarray(stored, dtype=np.float32))
        matrix = np.concatenate(blocks) if blocks else np.zeros((0, self.config.dimension), np.float32)

        _write_metadata(temporary / "meta.sqlite", records, all_chunks)
        np.save(temporary / "vectors.npy", matrix)
        store = VectorStore(self.config.dimension, self.config.faiss_index)
        store.add(matrix)
        store.save(temporary / "faiss.index")
        LexicalIndex.build([c.embedding_text() for c in all_chunks]).save(temporary / "bm25")
        manifest = {
            "format_version": FORMAT_VERSION,
            "generation": generation,
            "created_at": time.time(),
            "embedder": {
                "name": self.config.embedder,
                "dimension": self.config.dimension,
                "max_tokens": self.config.max_tokens,
            },
            "chunking": asdict(self.config.chunking()),
            "chunking_key": self.config.chunking_key(),
            "faiss_index": self.config.faiss_index,
            "roots": [str(r) for r in roots],
            "excluded": sorted(excluded),
            "counts": {"documents": len(records), "chunks": len(all_chunks)},
            "documents": {
                doc.id: {"source": doc.source, "fingerprint": fp, "chunks": count}
                for doc, fp, _, count in records
            },
        }
        _write_json(temporary / "manifest.json", manifest)
        _fsync_tree(temporary)
        os.replace(temporary, self.index_dir / name)
        _fsync_directory(self.index_dir)
        _switch_current(self.index_dir, name)
        # the previous generation stays for readers that still hold it open
        _remove_old_generations(self.index_dir, keep={name, previous.name if previous else name})
        return generation


def _embedding_key(chunk: Chunk) -> str:
    return hashlib.sha256(chunk.embedding_text().encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------------------------- SQLite


_SCHEMA = """
CREATE TABLE documents (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL, metadata TEXT NOT NULL,
    text TEXT NOT NULL, page_starts TEXT NOT NULL, headings TEXT NOT NULL, fingerprint TEXT NOT NULL,
    first_row INTEGER NOT NULL, row_count INTEGER NOT NULL, header_end INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE chunks (
    row INTEGER PRIMARY KEY, id TEXT NOT NULL, document_id TEXT NOT NULL REFERENCES documents(id),
    ordinal INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, pages TEXT NOT NULL,
    heading_path TEXT NOT NULL, sentences TEXT NOT NULL
);
CREATE INDEX chunks_by_document ON chunks(document_id);
"""


def _write_metadata(path: Path, records: list[tuple[Document, str, int, int]], chunks: list[Chunk]) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.executescript(_SCHEMA)
        connection.executemany(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc.id,
                    doc.source,
                    doc.title,
                    json.dumps(doc.metadata, default=str),
                    doc.text,
                    json.dumps(doc.page_starts),
                    json.dumps(doc.headings),
                    fingerprint,
                    first,
                    count,
                    doc.header_end,
                )
                for doc, fingerprint, first, count in records
            ],
        )
        connection.executemany(
            "INSERT INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    row,
                    c.id,
                    c.document_id,
                    c.ordinal,
                    c.start,
                    c.end,
                    json.dumps(c.pages),
                    json.dumps(c.heading_path),
                    json.dumps([[s.start, s.end] for s in c.sentences]),
                )
                for row, c in enumerate(chunks)
            ],
        )
        connection.commit()
    finally:
        connection.close()


def _read_metadata(path: Path) -> tuple[dict[str, DocumentRecord], list[Chunk]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        records: dict[str, DocumentRecord] = {}
        columns = {column[1] for column in connection.execute("PRAGMA table_info(documents)")}
        header_end = "header_end" if "header_end" in columns else "0"  # written before headers were kept
        for row in connection.execute(
            "SELECT id, source, title, metadata, text, page_starts, headings, fingerprint, first_row, "
            f"row_count, {header_end} FROM documents ORDER BY first_row"
        ):
            document = Document(
                id=row[0],
                source=row[1],
                title=row[2],
                metadata=json.loads(row[3]),
                text=row[4],
                page_starts=json.loads(row[5]),
                headings=[tuple(h) for h in json.loads(row[6])],
                header_end=row[10],
            )
            records[document.id] = DocumentRecord(document, row[7], row[8], row[9])
        chunks = []
        for row in connection.execute(
            'SELECT id, document_id, ordinal, start, "end", pages, heading_path, sentences FROM chunks '
            "ORDER BY row"
        ):
            text = records[row[1]].document.text
            chunks.append(
                Chunk(
                    id=row[0],
                    document_id=row[1],
                    ordinal=row[2],
                    start=row[3],
                    end=row[4],
                    text=text[row[3] : row[4]],
                    sentences=[Span(s, e) for s, e in json.loads(row[7])],
                    pages=json.loads(row[5]),
                    heading_path=json.loads(row[6]),
                )
            )
        return records, chunks
    finally:
        connection.close()


# --------------------------------------------------------------------------------------------- files


@contextlib.contextmanager
def _exclusive_lock(path: Path, wait: bool = True) -> Iterator[None]:
    """One writer at a time per index directory (the CLI and the API may both build)."""
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IndexBusyError(f"{path.parent} is being indexed by another process; try again") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True, default=str))


def _fsync_tree(root: Path) -> None:
    for path in sorted(root.rglob("*"), reverse=True):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
        elif path.is_dir():
            _fsync_directory(path)
    _fsync_directory(root)


def _fsync_directory(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _switch_current(index_dir: Path, name: str) -> None:
    temporary = index_dir / f".{CURRENT_FILE}.{os.getpid()}.tmp"
    with open(temporary, "w") as handle:
        handle.write(name + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, index_dir / CURRENT_FILE)
    _fsync_directory(index_dir)


def _generation_dirs(index_dir: Path) -> list[Path]:
    return sorted(p for p in index_dir.glob(f"{GENERATION_PREFIX}*") if p.is_dir())


def _highest_generation(index_dir: Path) -> int:
    numbers = [
        int(p.name[len(GENERATION_PREFIX) :])
        for p in _generation_dirs(index_dir)
        if p.name[len(GENERATION_PREFIX) :].isdigit()
    ]
    return max(numbers, default=0)


def _remove_old_generations(index_dir: Path, keep: set[str]) -> None:
    for path in _generation_dirs(index_dir):
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)


def _remove_stale_temporaries(index_dir: Path) -> None:
    """Leftovers of a killed build (never published, so never read)."""
    for path in index_dir.glob(".tmp-*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in index_dir.glob(f".{CURRENT_FILE}.*.tmp"):
        path.unlink(missing_ok=True)
