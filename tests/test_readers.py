"""Tests for ``qa.readers``: every format, encodings, and every way a file can be unreadable.

All fixture files are built in ``tmp_path`` at test time (PDFs are written byte by byte, DOCX files
with python-docx), so the tests need no network and no shared corpus.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfWriter

from qa.readers import (
    SUPPORTED_EXTENSIONS,
    ReadError,
    decode_html,
    discover_files,
    document_id_for,
    normalise_text,
    read_document,
)

# --------------------------------------------------------------------------------------------------
# Fixture builders
# --------------------------------------------------------------------------------------------------


def _pdf_string(text: str) -> bytes:
    """A PDF literal string for ``text`` (Latin-1 only), with the three special characters escaped."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("latin-1") + b")"


def build_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A minimal valid PDF with one Helvetica text line per string on each page.

    Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream per page, and an
    optional info dictionary; the xref table offsets are computed from the bytes as they are written.
    """
    page_count = len(pages)
    page_ids = [4 + 2 * index for index in range(page_count)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % pid for pid in page_ids)
        + b"] /Count %d >>" % page_count,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    for page_id, lines in zip(page_ids, pages, strict=True):
        commands = [b"BT /F1 12 Tf 72 720 Td 16 TL"]
        commands += [_pdf_string(line) + b" Tj T*" for line in lines]
        commands.append(b"ET")
        stream = b"\n".join(commands)
        objects[page_id] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        objects[page_id + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    info_id = None
    if title is not None:
        info_id = 4 + 2 * page_count
        objects[info_id] = b"<< /Title " + _pdf_string(title) + b" >>"

    output = bytearray(b"%PDF-1.4\n")
    offsets: dict[int, int] = {}
    for object_id in sorted(objects):
        offsets[object_id] = len(output)
        output += b"%d 0 obj\n" % object_id + objects[object_id] + b"\nendobj\n"
    xref_offset = len(output)
    size = max(objects) + 1
    output += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for object_id in range(1, size):
        output += b"%010d 00000 n \n" % offsets[object_id]
    trailer = b"<< /Size %d /Root 1 0 R" % size + (b" /Info %d 0 R" % info_id if info_id else b"") + b" >>"
    output += b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % xref_offset
    return bytes(output)


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    """Write text (in ``encoding``) or raw bytes to ``path``, creating its folders, and return it."""
    if isinstance(content, str):
        content = content.encode(encoding)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def read(path: Path) -> object:
    """Read a fixture with a fixed id and source, as the indexer would."""
    return read_document(path, document_id_for(path.name), str(path))


def assert_clean_text(text: str) -> None:
    """The invariants every reader promises for ``Document.text``."""
    assert "\r" not in text and "\ufeff" not in text and "\x00" not in text
    assert "\n\n\n" not in text
    assert text == text.strip("\n")
    assert all(line == line.rstrip() for line in text.split("\n"))


# --------------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------------


def test_txt_keeps_text_verbatim_and_uses_short_first_line_as_title(tmp_path: Path) -> None:
    raw = "\ufeffBattery Guide\r\n\r\n\r\n\r\nKeep cells cool.   \r\nCharge\tslowly.\x07\r\n\r\n"
    document = read(write(tmp_path / "guide.txt", raw))

    assert document.title == "Battery Guide"
    assert document.text == "Battery Guide\n\nKeep cells cool.\nCharge\tslowly."
    assert document.metadata == {"filename": "guide.txt", "format": "txt"}
    assert document.headings == [] and document.page_starts == []
    assert document.id == "guide.txt"
    assert_clean_text(document.text)


def test_txt_with_long_first_line_is_titled_by_file_stem(tmp_path: Path) -> None:
    document = read(write(tmp_path / "notes.txt", "word " * 40 + "\n\nSecond paragraph."))

    assert document.title == "notes"


def test_cp1252_text_is_decoded_correctly(tmp_path: Path) -> None:
    document = read(write(tmp_path / "legacy.txt", "Le café – naïve\n", encoding="cp1252"))

    assert document.text == "Le café – naïve"


def test_latin1_text_is_decoded_correctly(tmp_path: Path) -> None:
    document = read(write(tmp_path / "latin.txt", "Grüße aus Köln, façade.", encoding="latin-1"))

    assert document.text == "Grüße aus Köln, façade."


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    document = read(write(tmp_path / "wide.txt", "Ünïcode text\r\nsecond line", encoding="utf-16"))

    assert document.text == "Ünïcode text\nsecond line"


def test_a_stray_nul_does_not_make_text_binary(tmp_path: Path) -> None:
    document = read(write(tmp_path / "stray.txt", "Mostly fine text\x00 with one NUL byte in it."))

    assert document.text == "Mostly fine text with one NUL byte in it."


def test_utf16_without_bom_is_recognised(tmp_path: Path) -> None:
    document = read(write(tmp_path / "wide-le.txt", "plain ascii in utf-16", encoding="utf-16-le"))

    assert document.text == "plain ascii in utf-16"


def test_normalise_text_replaces_control_characters_and_collapses_blank_lines() -> None:
    assert normalise_text("\n\n a\x00b\x01c \n \n\n\n\fd\r\ne\re  \n") == " ab c\n\nd\ne\ne"


# --------------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------------

MARKDOWN = """---
title: Power Handbook
date: 2024-03-05
tags: [energy, batteries]
---

# Overview

Intro with **bold** text.

## Batteries ##

Lithium cells age.

```bash
# not a heading
```
"""


def test_markdown_front_matter_becomes_metadata_and_headings_are_recorded(tmp_path: Path) -> None:
    document = read(write(tmp_path / "handbook.md", MARKDOWN))

    assert document.title == "Power Handbook"
    assert document.metadata == {
        "title": "Power Handbook",
        "date": "2024-03-05",
        "tags": ["energy", "batteries"],
        "filename": "handbook.md",
        "format": "md",
    }
    # The front matter's lines open the text as its header, so "author: ..." can be cited where it is.
    header = "title: Power Handbook\ndate: 2024-03-05\ntags: [energy, batteries]\n\n"
    assert document.text.startswith(header)
    assert document.header_end == len(header)
    assert document.text[document.header_end :].startswith(
        "Overview\n\nIntro with **bold** text.\n\nBatteries\n\nLithium cells age."
    )
    assert "# not a heading" in document.text
    assert [(level, heading) for _, level, heading in document.headings] == [
        (1, "Overview"),
        (2, "Batteries"),
    ]
    for offset, _, heading in document.headings:
        assert document.text[offset : offset + len(heading)] == heading
    assert "---" not in document.text
    assert_clean_text(document.text)


@pytest.mark.parametrize(
    ("first_line", "in_header"),
    [
        ("Apr 1, 2025 09:15 · Source: Harbour Daily", True),
        ("1 April 2025", True),
        ("Apr 1, 2025: the port opened its new berths.", False),  # a sentence of the text
        ("The port opened its new berths.", False),
    ],
)
def test_a_dateline_opening_a_markdown_body_is_kept_with_its_header(
    tmp_path: Path, first_line: str, in_header: bool
) -> None:
    document = read(
        write(tmp_path / "port.md", f"---\ndate: 2025-04-01\n---\n\n{first_line}\n\nCranes arrived.")
    )
    header = "date: 2025-04-01\n\n"
    assert document.text == f"{header}{first_line}\n\nCranes arrived."
    assert document.header_end == (len(f"{header}{first_line}\n\n") if in_header else len(header))


def test_markdown_title_falls_back_to_first_heading_then_stem(tmp_path: Path) -> None:
    with_heading = read(write(tmp_path / "a.markdown", "Some intro.\n\n# Real Title\n\nBody."))
    without_heading = read(write(tmp_path / "plain-notes.md", "Just a body line."))

    assert with_heading.title == "Real Title"
    assert with_heading.metadata["format"] == "md"
    assert without_heading.title == "plain-notes"


def test_markdown_with_invalid_front_matter_keeps_it_as_text(tmp_path: Path) -> None:
    document = read(write(tmp_path / "odd.md", "---\nkey: [unclosed\n---\nBody."))

    assert "key: [unclosed" in document.text
    assert document.metadata == {"filename": "odd.md", "format": "md"}
    assert document.header_end == 0


def test_markdown_without_front_matter_has_no_header(tmp_path: Path) -> None:
    document = read(write(tmp_path / "plain.md", "# Notes\n\nBody line."))

    assert document.header_end == 0
    assert document.text == "Notes\n\nBody line."


# --------------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Battery Care Guide</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/shop">Shop</a> | <a href="/login">Login to your account</a></nav>
<article>
<h1>Battery care</h1>
<p>Lithium batteries last longest when kept between twenty and eighty percent charge, which limits
stress on the electrodes and slows capacity loss over years of use.</p>
<h2>Storage</h2>
<p>Store batteries in a cool, dry place away from sunlight; heat speeds up the chemical reactions
that wear cells out, so a drawer is better than a windowsill or a car.</p>
<table><tr><td>Temperature</td><td>15 to 25 C</td></tr></table>
</article>
<footer>Copyright 2024 Example Corp. All rights reserved. Privacy policy. Cookie settings.</footer>
</body></html>
"""


def test_html_keeps_main_text_and_headings_and_drops_boilerplate(tmp_path: Path) -> None:
    document = read(write(tmp_path / "care.html", HTML))

    assert "Lithium batteries last longest" in document.text
    assert "a drawer is better than a windowsill" in document.text
    assert "Temperature | 15 to 25 C" in document.text
    for boilerplate in ("Login to your account", "Copyright 2024", "Cookie settings"):
        assert boilerplate not in document.text
    assert document.title in {"Battery care", "Battery Care Guide"}
    assert [(level, heading) for _, level, heading in document.headings] == [
        (1, "Battery care"),
        (2, "Storage"),
    ]
    for offset, _, heading in document.headings:
        assert document.text[offset : offset + len(heading)] == heading
    assert document.metadata["format"] == "html"
    assert_clean_text(document.text)


@pytest.mark.parametrize(
    ("charset", "heading"), [("windows-1252", "Stockage café"), ("koi8-r", "Хранение батарей")]
)
def test_html_in_declared_legacy_charset_is_decoded(tmp_path: Path, charset: str, heading: str) -> None:
    html = HTML.replace('charset="utf-8"', f'charset="{charset}"').replace("Storage", heading)
    document = read(write(tmp_path / "care.htm", html, encoding=charset))

    assert heading in document.text


def test_declared_charset_wins_over_detection_for_short_pages(tmp_path: Path) -> None:
    data = '<meta charset="koi8-r"><p>Привет, это короткий текст.</p>'.encode("koi8-r")

    assert "Привет, это короткий текст." in decode_html(data, tmp_path / "short.html")


def test_html_without_main_content_falls_back_to_visible_body_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Tiny</title><style>p {color: red}</style></head>"
        "<body><nav>Menu links</nav><span>Short</span> words<br>here</body></html>"
    )
    document = read(write(tmp_path / "tiny.html", html))

    assert document.text == "Short words\nhere"
    assert document.title == "Tiny"


def test_html_with_no_visible_text_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="no extractable text"):
        read(write(tmp_path / "blank.html", "<html><body><nav>Menu</nav><script>x()</script></body></html>"))


# --------------------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------------------


def test_pdf_keeps_the_page_of_every_offset(tmp_path: Path) -> None:
    pdf = build_pdf(
        [["Chapter one about voltage."], ["Second page mentions capacitors."], ["Third page."]],
        title="Circuits Manual",
    )
    document = read(write(tmp_path / "manual.pdf", pdf))

    assert document.title == "Circuits Manual"
    assert document.metadata == {"pages": 3, "filename": "manual.pdf", "format": "pdf"}
    assert document.page_starts[0] == 0 and len(document.page_starts) == 3
    assert document.page_at(document.text.index("voltage")) == 1
    assert document.page_at(document.text.index("capacitors")) == 2
    assert document.page_at(document.text.index("Third")) == 3
    assert document.text[document.page_starts[1] :].startswith("Second page")
    assert_clean_text(document.text)


def test_pdf_without_title_metadata_is_titled_by_stem(tmp_path: Path) -> None:
    document = read(write(tmp_path / "untitled.pdf", build_pdf([["Only page."]])))

    assert document.title == "untitled"
    assert document.page_at(0) == 1


def test_pdf_with_no_text_is_reported_as_probably_scanned(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)

    with pytest.raises(ReadError, match=r"no extractable text \(scanned PDF\?\)") as error:
        read(path)
    assert error.value.path == str(path)


def test_encrypted_pdf_is_reported(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "locked.pdf"
    with path.open("wb") as handle:
        writer.write(handle)

    with pytest.raises(ReadError, match="encrypted PDF"):
        read(path)


# --------------------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------------------


def test_docx_keeps_headings_paragraphs_and_tables(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Solar Report", level=0)
    word.add_paragraph("Panels convert light.")
    word.add_heading("Inverters", level=2)
    word.add_paragraph("They make AC power.")
    table = word.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Efficiency"
    table.rows[0].cells[1].text = "97%"
    word.add_paragraph("")
    word.add_paragraph("Closing words.")
    path = tmp_path / "report.docx"
    word.save(str(path))

    document = read(path)

    assert document.text == (
        "Solar Report\n\nPanels convert light.\n\nInverters\n\nThey make AC power.\n\n"
        "Efficiency | 97%\n\nClosing words."
    )
    assert document.headings == [(0, 1, "Solar Report"), (37, 2, "Inverters")]
    assert document.text[37:46] == "Inverters"
    assert document.title == "Solar Report"
    assert document.metadata == {"filename": "report.docx", "format": "docx"}


def test_docx_title_prefers_core_properties(tmp_path: Path) -> None:
    word = docx.Document()
    word.core_properties.title = "Official Title"
    word.add_heading("Body Heading", level=1)
    path = tmp_path / "titled.docx"
    word.save(str(path))

    assert read(path).title == "Official Title"


# --------------------------------------------------------------------------------------------------
# Unreadable files
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filename", "content", "reason"),
    [
        ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf\x00\x01\x02", r"corrupt or unreadable PDF"),
        ("junk.pdf", b"GIF89a random other format", r"corrupt or unreadable PDF"),
        ("fake.docx", b"plain text pretending to be a docx", r"corrupt or unreadable DOCX"),
        ("noise.txt", random.Random(7).randbytes(4096), r"not a text file \(binary content\)"),
        ("empty.md", b"", r"empty document"),
        ("blank.txt", b"  \r\n\r\n\t \n", r"no extractable text"),
        ("only-front-matter.md", b"---\ntitle: x\n---\n", r"no extractable text"),
        ("data.xyz", b"some content", r"unsupported file type \.xyz"),
        ("Makefile", b"all:\n", r"unsupported file type \(no extension\)"),
    ],
)
def test_unreadable_files_raise_read_error_with_path_and_reason(
    tmp_path: Path, filename: str, content: bytes, reason: str
) -> None:
    path = write(tmp_path / filename, content)

    with pytest.raises(ReadError, match=reason) as error:
        read(path)

    assert error.value.path == str(path)
    assert re.search(reason, error.value.reason)
    assert str(error.value) == f"{path}: {error.value.reason}"


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="file not found"):
        read(tmp_path / "gone.txt")


def test_unexpected_reader_failure_becomes_read_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import qa.readers as readers

    def explode(path: Path, data: bytes) -> readers.ExtractedContent:
        raise RuntimeError("parser blew up")

    monkeypatch.setitem(readers._READERS, ".txt", explode)
    path = write(tmp_path / "fine.txt", "hello")

    with pytest.raises(ReadError) as error:
        read(path)
    assert error.value.reason == "RuntimeError: parser blew up"


# --------------------------------------------------------------------------------------------------
# Discovery and ids
# --------------------------------------------------------------------------------------------------


def test_discover_files_walks_sorted_and_skips_hidden_entries(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    visible = ("b.txt", "a/z.md", "a/y.pdf", "notes.xyz")
    hidden = (".secret.txt", ".git/config.txt", "__pycache__/x.txt", "a/.hidden/inner.md")
    for relative in visible + hidden:
        write(root / relative, "x")
    single = write(tmp_path / "single.md", "# One")

    found = discover_files([root, single])

    assert [relative for _, relative in found] == ["a/y.pdf", "a/z.md", "b.txt", "notes.xyz", "single.md"]
    assert found[0][0] == root / "a" / "y.pdf"
    assert found[-1][0] == single


def test_discover_files_keeps_missing_paths_so_they_are_reported(tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"

    assert discover_files([missing]) == [(missing, "missing.md")]


def test_discover_files_lists_each_file_once(tmp_path: Path) -> None:
    path = write(tmp_path / "one.txt", "x")

    assert discover_files([path, path, tmp_path]) == [(path, "one.txt")]


def test_document_id_examples() -> None:
    assert document_id_for("Docs/Power Guide (v2).PDF") == "docs-power-guide-v2-.pdf"
    assert document_id_for("café/naïve.md") == "cafe-naive.md"
    assert document_id_for("..") == "-"
    assert document_id_for("a//b") == "a-b"


@given(st.text(min_size=1))
def test_document_id_is_url_safe_non_empty_and_stable(relative_path: str) -> None:
    document_id = document_id_for(relative_path)

    assert re.fullmatch(r"[a-z0-9._-]+", document_id)
    assert "--" not in document_id
    assert document_id not in {".", ".."}
    assert document_id_for(relative_path) == document_id


def test_supported_extensions_are_exactly_the_documented_set() -> None:
    assert frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}) == SUPPORTED_EXTENSIONS
