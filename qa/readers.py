"""Turn files on disk into ``Document`` records with clean, offset-stable plain text.

Every reader produces text that is already normalised (``"\\n"`` newlines, no control characters,
paragraphs separated by one blank line, no trailing whitespace), because chunking, citations and page
numbers all point into ``Document.text`` by character offset: any later cleanup would shift them.

A file that cannot be read never stops indexing: ``read_document`` raises ``ReadError`` carrying the
path and a human-readable reason, and the indexer records it as skipped.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qa.models import Document

SUPPORTED_EXTENSIONS: frozenset[str] = frozenset(
    {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}
)

FORMAT_BY_EXTENSION: dict[str, str] = {
    ".txt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}

# Short first lines of a .txt file make a good title; long ones are prose, not a title.
MAX_TXT_TITLE_LENGTH = 120
# How much of a file we inspect to decide whether it is binary or which charset it declares.
SNIFF_BYTES = 8192
# Share of control bytes above which a file is treated as binary rather than text.
MAX_CONTROL_BYTE_RATIO = 0.05
SKIPPED_DIRECTORY_NAMES = frozenset({"__pycache__"})


class ReadError(Exception):
    """A file could not be turned into a document; ``path`` and ``reason`` say which and why."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


# --------------------------------------------------------------------------------------------------
# Ids and discovery
# --------------------------------------------------------------------------------------------------

_UNSAFE_ID_CHARACTERS = re.compile(r"[^a-z0-9._-]+")
_REPEATED_DASHES = re.compile(r"-{2,}")


def document_id_for(relative_path: str) -> str:
    """A stable, URL-safe id derived from a path relative to the indexed root.

    Accents are folded to ASCII first (``café.md`` -> ``cafe.md``) so ids stay readable; every other
    character outside ``[a-z0-9._-]`` (including ``/``) becomes ``-`` and runs of ``-`` collapse.
    Ids made only of dots would be read as ``.``/``..`` URL segments, so their dots become dashes.
    """
    decomposed = unicodedata.normalize("NFKD", relative_path)
    without_accents = "".join(char for char in decomposed if not unicodedata.combining(char))
    document_id = _UNSAFE_ID_CHARACTERS.sub("-", without_accents.lower())
    if set(document_id) <= {"."}:
        document_id = document_id.replace(".", "-")
    return _REPEATED_DASHES.sub("-", document_id) or "-"


def discover_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """Expand files and directories into ``(file, relative path)`` pairs, in a stable order.

    Directories are walked recursively (sorted, skipping hidden entries and ``__pycache__``) and each
    file's relative path is taken from that directory, in POSIX form so ids match across systems. A file
    given directly is its own name. Files of unknown type and missing paths are kept on purpose so that
    ``read_document`` reports them as skipped instead of them vanishing silently.
    """
    discovered: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    for path in paths:
        entries = _walk_directory(path) if path.is_dir() else [(path, path.name)]
        for file_path, relative_path in entries:
            key = file_path.resolve()
            if key not in seen:
                seen.add(key)
                discovered.append((file_path, relative_path))
    return discovered


def _walk_directory(root: Path) -> list[tuple[Path, str]]:
    """Every visible file under ``root`` with its POSIX path relative to ``root``, sorted by that path."""
    found: list[tuple[Path, str]] = []
    for directory, subdirectories, filenames in os.walk(root):
        subdirectories[:] = sorted(name for name in subdirectories if not _is_skipped_name(name))
        for filename in filenames:
            if _is_skipped_name(filename):
                continue
            file_path = Path(directory) / filename
            found.append((file_path, file_path.relative_to(root).as_posix()))
    return sorted(found, key=lambda entry: entry[1])


def _is_skipped_name(name: str) -> bool:
    """Hidden entries (``.git``, ``.DS_Store``) and bytecode caches are never documents."""
    return name.startswith(".") or name in SKIPPED_DIRECTORY_NAMES


# --------------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------------


@dataclass
class ExtractedContent:
    """What a format-specific reader found, before it becomes a ``Document``."""

    text: str
    title: str
    metadata: dict[str, Any] = field(default_factory=dict)
    page_starts: list[int] = field(default_factory=list)
    headings: list[tuple[int, int, str]] = field(default_factory=list)
    header_end: int = 0


def read_document(path: Path, document_id: str, source: str) -> Document:
    """Read one file into a ``Document``; raise ``ReadError`` (path and reason) if that is impossible.

    Any unexpected exception from a parser is converted to ``ReadError`` too, so that one bad file
    can never abort an indexing run.
    """
    extension = path.suffix.lower()
    if extension not in SUPPORTED_EXTENSIONS:
        raise ReadError(path, f"unsupported file type {extension or '(no extension)'}")
    data = _read_bytes(path)
    if not data:
        raise ReadError(path, "empty document")
    reader = _READERS[extension]
    try:
        content = reader(path, data)
    except ReadError:
        raise
    except Exception as error:  # one bad file must never stop indexing
        raise ReadError(path, f"{type(error).__name__}: {error}") from error
    if not content.text.strip():
        raise ReadError(path, "no extractable text")
    metadata = {**content.metadata, "filename": path.name, "format": FORMAT_BY_EXTENSION[extension]}
    return Document(
        id=document_id,
        source=source,
        title=content.title,
        text=content.text,
        metadata=metadata,
        page_starts=content.page_starts,
        headings=content.headings,
        header_end=content.header_end,
    )


def _read_bytes(path: Path) -> bytes:
    """The raw file content, with missing or unreadable files reported as ``ReadError``."""
    if not path.exists():
        raise ReadError(path, "file not found")
    if not path.is_file():
        raise ReadError(path, "not a regular file")
    try:
        return path.read_bytes()
    except OSError as error:
        raise ReadError(path, f"cannot read file: {error.strerror or error}") from error


# --------------------------------------------------------------------------------------------------
# Text normalisation and assembly
# --------------------------------------------------------------------------------------------------

# Line and paragraph separators other than "\n" (form feed is a page break in plain text).
_OTHER_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# C0/C1 control characters except tab and newline, which carry layout.
_CONTROL_CHARACTERS = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x9f]")
_THREE_OR_MORE_NEWLINES = re.compile(r"\n{3,}")


def normalise_text(raw: str) -> str:
    """Clean text whose offsets can be relied on: ``"\\n"`` newlines, no BOM or control characters,
    no trailing spaces, at most one blank line between paragraphs, no blank lines at either end."""
    text = raw.removeprefix("\ufeff")
    text = _OTHER_LINE_BREAKS.sub("\n", text)
    # NUL usually comes from broken extraction inside a word, so it is dropped rather than spaced.
    text = text.replace("\x00", "")
    text = _CONTROL_CHARACTERS.sub(" ", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _THREE_OR_MORE_NEWLINES.sub("\n\n", text)
    return text.strip("\n")


class BlockTextBuilder:
    """Joins text blocks (pages, paragraphs) with a blank line while recording exact offsets.

    Readers of structured formats add blocks one at a time; the builder knows where the next block
    will start, which is what page starts and heading offsets need.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.headings: list[tuple[int, int, str]] = []

    def next_offset(self) -> int:
        """Where the next non-empty block's text will begin."""
        return self._length + (2 if self._parts else 0)

    def add_block(self, raw_text: str) -> int | None:
        """Append a normalised block; return its offset, or None if it had no text."""
        block = normalise_text(raw_text)
        if not block.strip():
            return None
        offset = self.next_offset()
        if self._parts:
            self._parts.append("\n\n")
        self._parts.append(block)
        self._length = offset + len(block)
        return offset

    def add_heading(self, raw_text: str, level: int) -> None:
        """Append a heading as its own one-line block and record ``(offset, level, text)``."""
        heading = " ".join(raw_text.split())
        offset = self.add_block(heading)
        if offset is not None:
            self.headings.append((offset, level, heading))

    @property
    def text(self) -> str:
        return "".join(self._parts)


# --------------------------------------------------------------------------------------------------
# Decoding bytes to text
# --------------------------------------------------------------------------------------------------

_UNICODE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never appear in real text in any 8-bit encoding (tab, newlines, form feed and ESC do).
_BINARY_BYTES = (frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x20))) - {0x1B}
# When detection ties, the most common legacy Western encoding wins: short texts such as
# "café" decode identically in a dozen code pages and cp1252 is by far the likeliest author.
_PREFERRED_LEGACY_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")


def decode_text(data: bytes, path: Path) -> str:
    """Decode file bytes sensibly: BOM, UTF-8, UTF-16 hints, charset detection, then cp1252/latin-1.

    Raises ``ReadError`` for content that is clearly binary, since indexing random bytes as text
    would only produce garbage passages.
    """
    for bom, encoding in _UNICODE_BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    bomless_utf16 = _bomless_utf16_encoding(data[:SNIFF_BYTES])
    if bomless_utf16:
        return data.decode(bomless_utf16, errors="replace")
    if _looks_binary(data[:SNIFF_BYTES]):
        raise ReadError(path, "not a text file (binary content)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_legacy_encoding(data)


def _looks_binary(sample: bytes) -> bool:
    """True if too many of the sample's bytes are NULs or other controls that text never uses.

    A ratio rather than "any NUL" so that one stray NUL in an otherwise fine text file is tolerated
    (``normalise_text`` drops it).
    """
    if not sample:
        return False
    control_bytes = sum(1 for byte in sample if byte in _BINARY_BYTES)
    return control_bytes / len(sample) > MAX_CONTROL_BYTE_RATIO


def _bomless_utf16_encoding(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` if the sample looks like ASCII-range UTF-16 saved without a BOM."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    if odd_nuls >= 0.9 * pairs and even_nuls == 0:
        return "utf-16-le"
    if even_nuls >= 0.9 * pairs and odd_nuls == 0:
        return "utf-16-be"
    return None


def _decode_legacy_encoding(data: bytes) -> str:
    """Decode non-UTF-8 bytes with charset detection, falling back to cp1252 and then latin-1."""
    detected = _detect_encoding(data)
    if detected:
        try:
            return data.decode(detected)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _detect_encoding(data: bytes) -> str | None:
    """Best single-byte encoding per ``charset_normalizer``, preferring Western code pages on ties.

    UTF-16/32 guesses are ignored: without a BOM or the NUL pattern checked earlier they are
    almost always wrong for short 8-bit texts.
    """
    try:
        import charset_normalizer
    except ImportError:  # it ships with requests, but decoding must still work without it
        return None
    matches = [
        match
        for match in charset_normalizer.from_bytes(data[: SNIFF_BYTES * 4])
        if not match.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not matches:
        return None
    least_chaos = min(match.chaos for match in matches)
    plausible = [match.encoding for match in matches if match.chaos <= least_chaos]
    for encoding in _PREFERRED_LEGACY_ENCODINGS:
        if encoding in plausible:
            return encoding
    return plausible[0]


# --------------------------------------------------------------------------------------------------
# Plain text and Markdown
# --------------------------------------------------------------------------------------------------


def read_txt(path: Path, data: bytes) -> ExtractedContent:
    """Plain text, kept verbatim apart from normalisation; a short first line is the title."""
    text = normalise_text(decode_text(data, path))
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = first_line if 0 < len(first_line) < MAX_TXT_TITLE_LENGTH else path.stem
    return ExtractedContent(text=text, title=title)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?:(.*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_CODE_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def read_markdown(path: Path, data: bytes) -> ExtractedContent:
    """Markdown: front matter becomes metadata, heading markers are removed and headings recorded.

    The rest of the body is kept verbatim so that quotes match what the author wrote. The front matter's
    own lines (without the ``---`` fences) open the text as its header, so that "Who wrote this article?"
    is answered by citing ``author: ...`` where the file says it; a file with nothing but front matter
    still has no text.
    """
    text = normalise_text(decode_text(data, path))
    front_matter, body = split_front_matter(text)
    body_text, headings = strip_markdown_headings(normalise_text(body))
    title = _front_matter_title(front_matter) or _first_top_level_heading(headings) or path.stem
    header = _front_matter_lines(text) if front_matter and body_text.strip() else ""
    if header:
        header += "\n\n"
        headings = [(offset + len(header), level, heading) for offset, level, heading in headings]
    # (a dateline opening the body, "Mar 13, 2025 14:28 · Source: SMM", is the page's header too: it is
    # cited for the date but is no passage of the text)
    first = re.match(r"([^\n]*)(?:\n+|\Z)", body_text)
    dateline = (
        bool(header)
        and written_date(first.group(1)) is not None
        and not first.group(1).rstrip().endswith((".", "!", "?"))
    )
    return ExtractedContent(
        text=header + body_text,
        title=title,
        metadata=front_matter,
        headings=headings,
        header_end=len(header) + (first.end() if dateline else 0),
    )


_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
# "Mar 13, 2025 14:28", "March 13, 2025", "13 March 2025": a dateline's date, at the start of a short line.
_DATELINE = re.compile(
    r"^\W*(?:(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})|"
    r"(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2,8})\.?,?\s+(?P<year2>\d{4}))\b"
)


def written_date(line: str) -> tuple[int, int, int] | None:
    """The (year, month, day) a short line opens with, written in words ("Mar 13, 2025 ..."), or None."""
    match = _DATELINE.match(line)
    if match is None or len(line.split()) > 12:
        return None
    month = (match.group("month") or match.group("month2")).lower()
    number = next((i for i, name in enumerate(_MONTH_NAMES, start=1) if name.startswith(month)), None)
    if number is None:
        return None
    return (
        int(match.group("year") or match.group("year2")),
        number,
        int(match.group("day") or match.group("day2")),
    )


def _front_matter_lines(text: str) -> str:
    """The front matter block's lines as written, without its fences and blank edges."""
    match = _FRONT_MATTER.match(text)
    return (match.group(1) or "").strip("\n") if match else ""


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split YAML front matter (``---`` ... ``---``) from the body.

    Text that merely looks like front matter (invalid YAML, or YAML that is not a mapping, such as
    two horizontal rules around a sentence) is left in the body rather than lost.
    """
    import yaml

    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        parsed = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError:
        return {}, text
    if parsed is None:
        parsed = {}
    if not isinstance(parsed, dict):
        return {}, text
    return {str(key): json_friendly(value) for key, value in parsed.items()}, text[match.end() :]


def json_friendly(value: Any) -> Any:
    """YAML values as JSON-ready data: dates become ISO strings, odd scalars become strings."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): json_friendly(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [json_friendly(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def strip_markdown_headings(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Replace ATX heading lines (``## Batteries``) by their text and record where each one starts.

    Lines inside fenced code blocks are left alone: ``# comment`` in a shell snippet is not a heading.
    """
    lines: list[str] = []
    headings: list[tuple[int, int, str]] = []
    offset = 0
    in_code_fence = False
    for line in text.split("\n"):
        if _CODE_FENCE.match(line):
            in_code_fence = not in_code_fence
        heading = None if in_code_fence else _ATX_HEADING.match(line)
        if heading:
            line = heading.group(2).strip()
            headings.append((offset, len(heading.group(1)), line))
        lines.append(line)
        offset += len(line) + 1
    return "\n".join(lines), headings


def _front_matter_title(front_matter: dict[str, Any]) -> str | None:
    title = front_matter.get("title")
    if title is None or isinstance(title, dict | list):
        return None
    return " ".join(str(title).split()) or None


def _first_top_level_heading(headings: list[tuple[int, int, str]]) -> str | None:
    return next((heading for _, level, heading in headings if level == 1), None)


# --------------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------------

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_HTML_HEADING_LEVEL = re.compile(r"h([1-6])")
# Elements whose text is page furniture, not content, when we fall back to the raw <body> text.
_HTML_BOILERPLATE_TAGS = (
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template",
)  # fmt: skip
_HTML_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "li", "ul", "ol", "table", "tr", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "figcaption",
)  # fmt: skip


def read_html(path: Path, data: bytes) -> ExtractedContent:
    """HTML: the main content (no navigation, footers or ads) via trafilatura, headings kept.

    If trafilatura finds no main content (tiny or unusual pages) the visible ``<body>`` text minus
    obvious page furniture is used instead, so a valid page is never dropped.
    """
    html = _XML_DECLARATION.sub("", decode_html(data, path))
    builder, trafilatura_meta = _extract_main_content(html)
    if not builder.text.strip():
        builder = BlockTextBuilder()
        builder.add_block(_body_text_fallback(html))
    title = trafilatura_meta.pop("title", None) or _html_title_element(html) or path.stem
    return ExtractedContent(
        text=builder.text, title=title, metadata=trafilatura_meta, headings=builder.headings
    )


def decode_html(data: bytes, path: Path) -> str:
    """Decode HTML, trusting a ``<meta charset>`` declaration when the bytes agree with it."""
    declared = _DECLARED_CHARSET.search(data[:SNIFF_BYTES])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, path)


def _extract_main_content(html: str) -> tuple[BlockTextBuilder, dict[str, Any]]:
    """Main text via trafilatura's XML output, which keeps headings and paragraphs apart, unescaped."""
    import trafilatura
    from lxml import etree

    builder = BlockTextBuilder()
    extracted = trafilatura.extract(
        html,
        output_format="xml",
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        favor_precision=True,
    )
    if not extracted:
        return builder, {}
    root = etree.fromstring(extracted.encode("utf-8"))
    for container in root.iter("main"):
        _add_trafilatura_blocks(container, builder)
    metadata = {key: root.get(key) for key in ("title", "author", "date", "sitename", "url") if root.get(key)}
    return builder, metadata


def _add_trafilatura_blocks(container: Any, builder: BlockTextBuilder) -> None:
    """Walk trafilatura's XML (``head``, ``p``, ``list``, ``table``, ...) adding one block each."""
    for element in container:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "head":
            level = _HTML_HEADING_LEVEL.fullmatch(element.get("rend", ""))
            builder.add_heading(_xml_inline_text(element), int(level.group(1)) if level else 2)
        elif tag in ("list", "div"):
            _add_trafilatura_blocks(element, builder)
        elif tag == "table":
            builder.add_block(_xml_table_text(element))
        elif tag:
            builder.add_block(_xml_inline_text(element))


def _xml_inline_text(element: Any) -> str:
    """All text inside an element, with ``<lb/>`` line breaks kept as newlines."""
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _xml_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _xml_table_text(table: Any) -> str:
    """A table as one line per row with cells separated by `` | ``."""
    rows = []
    for row in table.iter("row"):
        cells = [" ".join(_xml_inline_text(cell).split()) for cell in row.iter("cell")]
        rows.append(" | ".join(cells))
    return "\n".join(rows)


def _body_text_fallback(html: str) -> str:
    """Visible ``<body>`` text with block elements separated, used when trafilatura finds nothing."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    for element in list(root.iter(*_HTML_BOILERPLATE_TAGS)):
        element.drop_tree()
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_HTML_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    body = root.find("body")
    return (body if body is not None else root).text_content()


def _html_title_element(html: str) -> str | None:
    """The ``<title>`` text, whitespace-collapsed, if there is one."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    title = root.findtext(".//title")
    return " ".join(title.split()) if title and title.strip() else None


# --------------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------------


def read_pdf(path: Path, data: bytes) -> ExtractedContent:
    """PDF: page texts joined by a blank line, with the offset at which every page starts."""
    reader = _open_pdf(path, data)
    builder = BlockTextBuilder()
    page_starts: list[int] = []
    for page_number, page in enumerate(reader.pages, start=1):
        # An empty page starts where the next text would, so page_at() never points at it wrongly.
        page_starts.append(builder.next_offset())
        builder.add_block(_pdf_page_text(path, page, page_number))
    if not builder.text.strip():
        raise ReadError(path, "no extractable text (scanned PDF?)")
    title, metadata = _pdf_title_and_metadata(reader)
    metadata["pages"] = len(page_starts)
    return ExtractedContent(
        text=builder.text, title=title or path.stem, metadata=metadata, page_starts=page_starts
    )


def _open_pdf(path: Path, data: bytes) -> Any:
    """A ``PdfReader`` over the file bytes, decrypted if it only has an empty user password."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(path, "encrypted PDF (password required)")
        _ = len(reader.pages)  # broken page trees only show up when the pages are counted
    except ReadError:
        raise
    except Exception as error:  # pypdf raises many types for broken files
        raise ReadError(path, f"corrupt or unreadable PDF: {error}") from error
    return reader


def _pdf_page_text(path: Path, page: Any, page_number: int) -> str:
    """One page's text; a page pypdf cannot parse fails the whole file rather than losing it silently."""
    try:
        return page.extract_text() or ""
    except Exception as error:  # content-stream errors come in many types
        raise ReadError(path, f"corrupt or unreadable PDF: page {page_number}: {error}") from error


def _pdf_title_and_metadata(reader: Any) -> tuple[str | None, dict[str, Any]]:
    """Title and author from the PDF information dictionary, tolerating broken metadata."""
    try:
        info = reader.metadata
    except Exception:  # a damaged info dictionary must not cost us the text
        info = None
    if info is None:
        return None, {}
    title = " ".join(str(info.title or "").split()) or None
    author = " ".join(str(info.author or "").split())
    return title, ({"author": author} if author else {})


# --------------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------------

_DOCX_HEADING_STYLE = re.compile(r"heading\s*([1-9])", re.IGNORECASE)


def read_docx(path: Path, data: bytes) -> ExtractedContent:
    """DOCX: paragraphs and tables in document order, ``Heading N``/``Title`` paragraphs recorded."""
    document = _open_docx(path, data)
    builder = BlockTextBuilder()
    first_heading: str | None = None
    for block in _docx_blocks(document):
        if isinstance(block, str):
            builder.add_block(block)
            continue
        text, level = block
        builder.add_heading(text, level)
        first_heading = first_heading or (" ".join(text.split()) or None)
    core_title = " ".join((document.core_properties.title or "").split())
    return ExtractedContent(
        text=builder.text, title=core_title or first_heading or path.stem, headings=builder.headings
    )


def _open_docx(path: Path, data: bytes) -> Any:
    """A python-docx ``Document``, with anything that is not a valid package reported as corrupt."""
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # zip, XML and package errors all mean "corrupt"
        raise ReadError(path, f"corrupt or unreadable DOCX: {type(error).__name__}: {error}") from error


def _docx_blocks(document: Any) -> Iterator[str | tuple[str, int]]:
    """Body content in order: plain paragraph/table text as ``str``, headings as ``(text, level)``."""
    from docx.table import Table

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            yield _docx_table_text(item)
            continue
        level = _docx_heading_level(item)
        yield (item.text, level) if level is not None else item.text


def _docx_heading_level(paragraph: Any) -> int | None:
    """Heading level from the paragraph style: ``Heading N`` is N, ``Title`` counts as level 1."""
    try:
        style_name = paragraph.style.name if paragraph.style is not None else ""
    except (KeyError, ValueError, AttributeError):
        return None
    if style_name.strip().lower() == "title":
        return 1
    match = _DOCX_HEADING_STYLE.fullmatch(style_name.strip())
    return int(match.group(1)) if match else None


def _docx_table_text(table: Any) -> str:
    """A table as one line per row; merged cells (the same cell repeated) appear once."""
    rows = []
    for row in table.rows:
        cells: list[str] = []
        seen_cell_elements: list[Any] = []
        for cell in row.cells:
            if any(cell._tc is seen for seen in seen_cell_elements):
                continue
            seen_cell_elements.append(cell._tc)
            cells.append(" ".join(cell.text.split()))
        rows.append(" | ".join(cells))
    return "\n".join(rows)


_READERS: dict[str, Callable[[Path, bytes], ExtractedContent]] = {
    ".txt": read_txt,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}
