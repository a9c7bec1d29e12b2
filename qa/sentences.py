"""Sentence splitting with exact character spans, so every answer sentence can cite its source.

``split_sentences(text)`` returns absolute ``[start, end)`` spans; each span's text is non-empty and has
no surrounding whitespace, and spans come in order without overlapping.

How a text is cut, in three layers:

1. **Lines and blocks.** A sentence never crosses a blank line, and a line break is a boundary too,
   except for a *soft wrap*: a single line break inside running prose (hard-wrapped PDF text) where
   the line does not end with sentence punctuation and either the next line starts in lowercase or
   the line ends with a character no sentence ends on (``,`` ``-`` ``(`` ...). A line followed by a
   blank line, a Markdown heading, a bullet or a table row is never joined to its neighbour, so a
   short heading line such as "The EV ecosystem" is a sentence of its own.
2. **Safe boundaries (fast path).** Within a block, ``word. Next`` where ``word`` is a plain
   lowercase word that is not a known abbreviation, outside quotes and parentheses, is a boundary
   pysbd would agree with; cutting there first keeps pysbd's inputs short. pysbd's cost grows
   faster than linearly with its input, and prose with nothing ambiguous never reaches it at all.
3. **pysbd** (``pysbd==0.3.4``, English rules) on each remaining piece that still holds an
   ambiguous candidate ("U.S.", "Inc.", "Dr. Smith", "e.g.", "RMB1.3 trillion", "Mar 13, 2025").
   Its output is re-aligned to the original text here instead of with its own ``char_span`` mode,
   which is quadratic. Pieces that are too long or look pathological for pysbd (long runs of list
   markers such as "(a) (b) (c)", which took it 18 s for 36k characters) and pieces pysbd fails to
   reproduce verbatim go to a small regex splitter that knows the same abbreviations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from qa.models import Span

# pysbd's cost grows roughly with (input length x candidate count); above these bounds a piece goes to
# the regex splitter. Pieces reaching pysbd are text between safe boundaries, so ordinary prose stays
# far below them; 40k characters of worst-case input then take well under a second.
PYSBD_MAX_CHARS = 3_000
PYSBD_MAX_CANDIDATES = 24
PYSBD_MAX_LIST_MARKERS = 12
PYSBD_ALWAYS_FINE_CHARS = 400

# Every character str.splitlines() treats as a line boundary ("\r\n" is matched as one break).
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
# A line ending like this ends a sentence (or introduces a list), so the next line never continues it.
_ENDS_SENTENCE = re.compile(rf"[.!?…:][{re.escape(_CLOSERS)}]*$")
# A line ending like this cannot end a sentence, so the next line continues it whatever its case.
_ENDS_MID_SENTENCE = re.compile(r"[,(\[&\-–—]$")
# Lines that stand alone: Markdown headings, bullets, numbered items, table rows, quotes, rules,
# and YAML-style ``key: value`` lines.
_STANDALONE_LINE = re.compile(
    r"^(?:#{1,6}\s|[-*+•‣▪◦]\s|\d{1,3}[.)]\s|\(\w{1,4}\)\s|\||>|[-=*_]{3,}$|[a-z_][\w-]*:\s)"
)

# Sentence punctuation followed by a capital or digit: where a sentence may end (layer 2 checks it).
_ENDING_BEFORE_CAPITAL = re.compile(rf"[.!?]+[{re.escape(_CLOSERS)}]*(?=\s+[{re.escape(_OPENERS)}]*[A-Z0-9])")
# Endings before lowercase that pysbd may still cut at: ellipses and quoted exclamations/questions.
_OTHER_ENDING = re.compile(rf"(?:\.\.\.|…|[!?][{re.escape(_CLOSERS)}]+)(?=\s+\S)")
_NUMBER = re.compile(r"\d[\d,.]*%?")
# Sentence punctuation followed by whitespace and more text: a place pysbd might cut.
_CANDIDATE = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s+\S)")
_LIST_MARKER = re.compile(r"(?<!\w)(?:\(\w{1,4}\)|\w{1,4}\)|[ivxlcdm]{1,5}\.|[a-zA-Z]\.)(?=\s)")
_NEXT_CHAR = re.compile(rf"\s*[{re.escape(_OPENERS)}]*(\S)")
_MAX_WORD_LOOKBACK = 40


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentence spans: in order, non-overlapping, trimmed, never empty."""
    spans: list[Span] = []
    for block_start, block_end in _blocks(text):
        block = _LINE_BREAK.sub(_spaces, text[block_start:block_end])
        for start, end in _split_block(block):
            trimmed = _trim(text, block_start + start, block_start + end)
            if trimmed is not None:
                spans.append(trimmed)
    return spans


def _spaces(match: re.Match[str]) -> str:
    """As many spaces as the match is long: soft-wrapped lines become one line with the same offsets."""
    return " " * len(match.group())


def _trim(text: str, start: int, end: int) -> Span | None:
    """The span without surrounding whitespace (as ``str.strip`` sees it), or None if nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if start < end else None


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of every line's content, line break excluded."""
    position = 0
    for match in _LINE_BREAK.finditer(text):
        yield position, match.start()
        position = match.end()
    yield position, len(text)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Runs of lines that read as one piece of prose (soft-wrapped lines joined), blank lines dropped."""
    block: tuple[int, int] | None = None
    previous_line = ""
    for start, end in _lines(text):
        line = text[start:end].strip()
        if not line:
            if block is not None:
                yield block
            block, previous_line = None, ""
            continue
        if block is not None and _continues(previous_line, line):
            block = (block[0], end)
        else:
            if block is not None:
                yield block
            block = (start, end)
        previous_line = line
    if block is not None:
        yield block


def _continues(line: str, next_line: str) -> bool:
    """Whether ``next_line`` continues the sentence ``line`` left open (a soft wrap, as in PDF text).

    Both arguments are stripped, non-empty lines.
    """
    if _STANDALONE_LINE.match(line) or _STANDALONE_LINE.match(next_line):
        return False
    if _ENDS_SENTENCE.search(line):
        return False
    return next_line[0].islower() or bool(_ENDS_MID_SENTENCE.search(line))


def _split_block(block: str) -> Iterator[tuple[int, int]]:
    """Sentence ranges (relative, untrimmed) of one block of single-line text."""
    if len(block) > PYSBD_ALWAYS_FINE_CHARS and len(_CANDIDATE.findall(block)) > len(block) / 25:
        # Not prose (prose has about one candidate per 100 characters): a list or a numbers dump,
        # which would otherwise send thousands of tiny pieces through pysbd.
        yield from _regex_split(block)
        return
    for start, end in _safe_pieces(block):
        piece = block[start:end]
        for piece_start, piece_end in _split_piece(piece):
            yield start + piece_start, start + piece_end


def _safe_pieces(block: str) -> Iterator[tuple[int, int]]:
    """Cut ``block`` at boundaries any splitter agrees on; see the module docstring (layer 2)."""
    start = 0
    balance = _Balance()
    for match in _ENDING_BEFORE_CAPITAL.finditer(block):
        balance.advance(block, match.end())
        if balance.is_open() or not _is_safe_boundary(block, start, match.start(), match.end()):
            continue
        yield start, match.end()
        start = match.end()
        balance = _Balance(start)
    yield start, len(block)


class _Balance:
    """Running count of open parentheses and quotations from a start position (linear overall)."""

    def __init__(self, start: int = 0) -> None:
        self.position = start
        self.parentheses = 0
        self.curly_quotes = 0
        self.straight_quotes = 0

    def advance(self, text: str, end: int) -> None:
        piece = text[self.position : end]
        self.parentheses += piece.count("(") - piece.count(")")
        self.curly_quotes += piece.count("“") - piece.count("”")
        self.straight_quotes += piece.count('"')
        self.position = end

    def is_open(self) -> bool:
        return self.parentheses != 0 or self.curly_quotes != 0 or self.straight_quotes % 2 == 1


def _is_safe_boundary(block: str, piece_start: int, punct_start: int, punct_end: int) -> bool:
    """Whether the punctuation before a capital surely ends a sentence: the word before it is plain.

    Plain means a lowercase word (3+ letters), a capitalised or all-caps word (4+ / 3+ letters), or a
    number that doesn't open the piece (not a list number), and no abbreviation pysbd knows. Dotted
    abbreviations, initials, ellipses and "Yahoo!" stay ambiguous and go to pysbd.
    """
    punctuation = block[punct_start:punct_end].rstrip(_CLOSERS)
    if punctuation not in (".", "!", "?", "?!", "!?", "!!", "??"):
        return False
    before = block[max(piece_start, punct_start - _MAX_WORD_LOOKBACK) : punct_start]
    if not before or before[-1].isspace():
        return False
    token = before.split()[-1]
    word = token.lstrip(_OPENERS).rstrip(_CLOSERS)
    if _NUMBER.fullmatch(word):
        return bool(block[piece_start : punct_start - len(token)].strip())
    if not word.isalpha() or word.lower() in _abbreviations():
        return False
    if word.islower() or word.isupper():
        return len(word) >= 3
    return word[0].isupper() and word[1:].islower() and len(word) >= 4


def _split_piece(piece: str) -> list[tuple[int, int]]:
    """Sentence ranges of a piece: itself if nothing could end a sentence inside, else pysbd or regex."""
    if not _ENDING_BEFORE_CAPITAL.search(piece) and not _OTHER_ENDING.search(piece):
        return [(0, len(piece))]
    if _too_hard_for_pysbd(piece):
        return _regex_split(piece)
    spans = _pysbd_split(piece)
    return spans if spans is not None else _regex_split(piece)


def _too_hard_for_pysbd(piece: str) -> bool:
    """Whether pysbd might be slow on ``piece``: long, or dense with list markers or candidates."""
    if len(piece) < PYSBD_ALWAYS_FINE_CHARS:
        return False
    return (
        len(piece) > PYSBD_MAX_CHARS
        or len(_LIST_MARKER.findall(piece)) > PYSBD_MAX_LIST_MARKERS
        or len(_CANDIDATE.findall(piece)) > PYSBD_MAX_CANDIDATES
    )


@cache
def _abbreviations() -> frozenset[str]:
    """Lowercase abbreviations (without their final period) that don't end a sentence, from pysbd."""
    from pysbd.lang.english import English

    return frozenset(English.Abbreviation.ABBREVIATIONS) | {"approx", "cf", "ca", "resp", "vol"}


@cache
def _prepositive_abbreviations() -> frozenset[str]:
    """Abbreviations always followed by a name or number ("Dr. Smith", "No. 5"): never a boundary."""
    from pysbd.lang.english import English

    abbreviation = English.Abbreviation
    return frozenset(abbreviation.PREPOSITIVE_ABBREVIATIONS) | frozenset(abbreviation.NUMBER_ABBREVIATIONS)


def _pysbd_split(piece: str) -> list[tuple[int, int]] | None:
    """pysbd's sentences aligned back onto ``piece``; None if pysbd fails or changed the text."""
    try:
        from pysbd.languages import Language
        from pysbd.processor import Processor

        sentences = Processor(piece, Language.get_language_code("en")).process()
    except Exception:  # pysbd is a heuristic library: any failure of it means "use the regex splitter"
        return None
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in sentences or []:
        sentence = sentence.strip()
        if not sentence:
            continue
        found = piece.find(sentence, cursor)
        if found < 0 or piece[cursor:found].strip():
            return None
        spans.append((found, found + len(sentence)))
        cursor = found + len(sentence)
    if piece[cursor:].strip():
        return None
    return spans


def _regex_split(piece: str) -> list[tuple[int, int]]:
    """Fast fallback: cut after sentence punctuation unless an abbreviation or lowercase word follows."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(piece):
        if _is_regex_boundary(piece, match.start(), match.end()):
            spans.append((start, match.end()))
            start = match.end()
    spans.append((start, len(piece)))
    return spans


def _is_regex_boundary(piece: str, punct_start: int, punct_end: int) -> bool:
    """Whether the punctuation at ``piece[punct_start:punct_end]`` ends a sentence (heuristic).

    Only looks at a bounded window around the punctuation so the whole split stays linear.
    """
    following = _NEXT_CHAR.match(piece, punct_end)
    first = following.group(1) if following else ""
    if not first or first.islower():
        return False
    if piece[punct_start] != ".":
        return True
    before = piece[max(0, punct_start - _MAX_WORD_LOOKBACK) : punct_start]
    word = before.split()[-1].lstrip(_OPENERS).lower() if before and not before[-1].isspace() else ""
    if word in _prepositive_abbreviations():
        return False
    # Initials and dotted abbreviations ("J.", "U.S", "e.g") rarely end a sentence before a capital.
    if re.fullmatch(r"(?:\w\.)*\w", word) and not word.isdigit():
        return False
    return word not in _abbreviations()
