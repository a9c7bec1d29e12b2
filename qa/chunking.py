"""Sentence-aware chunking sized by the embedder's own tokenizer, so nothing is silently truncated.

A chunk is a run of whole sentences (``split_sentences``) of one document. Its size is measured in
the embedder's tokens over exactly what gets embedded, ``chunk.embedding_text()`` (heading path, a
newline, the text, plus the model's special tokens): it aims at ``target_tokens`` and never exceeds
``max_tokens``. Consecutive chunks share ``overlap_sentences`` whole sentences, except across a
section start (a new chunk begins at a heading once the current one is at least half the target, and
does not drag the previous section's last sentence along). A sentence longer than the window is cut
at word boundaries into pieces that fit; each piece then counts as a sentence.

Tokens are counted once per sentence in one batched call and added up (word-piece counts are additive
across whitespace); the finished chunks are verified with one more batched call and re-packed tighter
in the rare case the sum was optimistic.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from qa.models import Chunk, Document, Span
from qa.sentences import split_sentences

TokenCounter = Callable[[list[str]], list[int]]
HEADING_SEPARATOR = " > "
CHUNK_ID_LENGTH = 20
# Re-packing rounds after verification; each round only tightens, one is nearly always enough.
_MAX_REPACK_ROUNDS = 8
# Characters per token assumed for the first window when cutting inside a long word; it only has to
# hold more than the piece for one count to do, and grows when it does not.
_CHARS_PER_TOKEN = 8
_WORD_END = re.compile(r"\S(?=\s)")


class _CountsTokens(Protocol):
    def count_tokens(self, texts: list[str]) -> list[int]: ...


@dataclass(frozen=True)
class ChunkingParams:
    """How to cut documents into chunks.

    ``max_tokens`` is the hard window for the embedded text (special tokens included); None means the
    embedder's own ``max_tokens``, and a larger value is clamped to it. ``target_tokens`` is the size
    aimed at; ``overlap_sentences`` the whole sentences consecutive chunks share.
    """

    max_tokens: int | None = None
    target_tokens: int = 200
    overlap_sentences: int = 1

    def __post_init__(self) -> None:
        if self.max_tokens is not None and self.max_tokens < 1:
            raise ValueError(f"max_tokens must be positive, got {self.max_tokens}")
        if self.target_tokens < 1:
            raise ValueError(f"target_tokens must be positive, got {self.target_tokens}")
        if self.overlap_sentences < 0:
            raise ValueError(f"overlap_sentences must be >= 0, got {self.overlap_sentences}")


def content_hash(text: str) -> str:
    """SHA-256 hex digest of ``text`` (UTF-8): chunk ids and document fingerprints."""
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def chunk_document(
    document: Document, embedder_or_counter: _CountsTokens | TokenCounter, params: ChunkingParams
) -> list[Chunk]:
    """Cut ``document`` into chunks of whole sentences whose embedding text fits the window.

    ``embedder_or_counter`` is an embedder (anything with ``count_tokens`` and usually ``max_tokens``)
    or a bare ``count_tokens``-like callable, in which case ``params.max_tokens`` is required.
    """
    count, window = _resolve_counter(embedder_or_counter, params)
    special = count([""])[0]
    if window <= special:
        raise ValueError(f"a window of {window} tokens leaves no room next to {special} special tokens")
    return _Planner(document, count, special, window - special, params).chunks()


def _resolve_counter(
    embedder_or_counter: _CountsTokens | TokenCounter, params: ChunkingParams
) -> tuple[TokenCounter, int]:
    """The token-counting function and the effective hard window."""
    count: TokenCounter
    if hasattr(embedder_or_counter, "count_tokens"):
        count = embedder_or_counter.count_tokens
    else:
        count = embedder_or_counter  # type: ignore[assignment]
    model_window: int | None = getattr(embedder_or_counter, "max_tokens", None)
    windows = [w for w in (params.max_tokens, model_window) if w is not None]
    if not windows:
        raise ValueError("max_tokens is required when chunking with a bare token counter")
    return count, min(windows)


@dataclass
class _Unit:
    """One sentence (or piece of an over-long sentence) with its token cost and context."""

    span: Span
    cost: int  # tokens of its text, special tokens excluded
    path: tuple[str, ...]
    path_cost: int  # tokens of the heading path plus separator newline, special tokens excluded
    starts_section: bool
    # the first sentence after the document's header, or of its footer: never in the chunk before it
    starts_body: bool = False


class _Planner:
    """Turns one document into chunks; holds what the steps share (counter, budgets, heading paths)."""

    def __init__(
        self, document: Document, count: TokenCounter, special: int, room: int, params: ChunkingParams
    ) -> None:
        self.document = document
        self.text = document.text
        self.count = count
        self.special = special
        self.room = room  # tokens for heading path + text, special tokens excluded
        self.target = max(1, min(params.target_tokens, room + self.special) - self.special)
        self.overlap = params.overlap_sentences
        self.headings = sorted(document.headings)
        self._heading_offsets = [offset for offset, _, _ in self.headings]
        self._paths = _heading_paths(document.title, self.headings)
        self._path_costs: dict[tuple[str, ...], tuple[tuple[str, ...], int]] = {}
        self._path_counts: dict[tuple[str, ...], int] = {}  # raw counts, special tokens included

    def chunks(self) -> list[Chunk]:
        """Pack, verify with one batched count, and re-pack tighter if any chunk came out too big."""
        units = self._units()
        penalties: dict[int, int] = {}  # first unit index -> tokens to hold back for that chunk
        window = self.room + self.special
        for _ in range(_MAX_REPACK_ROUNDS):
            ranges = self._pack(units, penalties)
            chunks = [self._make_chunk(ordinal, units[a:b]) for ordinal, (a, b) in enumerate(ranges)]
            counts = self.count([chunk.embedding_text() for chunk in chunks]) if chunks else []
            over = [(a, b, n - window) for (a, b), n in zip(ranges, counts, strict=True) if n > window]
            if not over:
                return chunks
            single = [(a, excess) for a, b, excess in over if b - a == 1]
            if single:
                # From the back, so the indices of the units still to recut don't move.
                for first, excess in reversed(single):
                    units = self._recut(units, first, units[first].cost - excess)
                penalties.clear()  # unit indices moved; penalties are re-learned if still needed
                continue
            for first, _, excess in over:
                penalties[first] = penalties.get(first, 0) + excess
        raise RuntimeError(f"could not fit chunks of {self.document.id!r} into the token window")

    # --- sentences to units ---------------------------------------------------------------------

    def _units(self) -> list[_Unit]:
        """Sentences split at heading starts, counted in one batch, over-long ones cut into pieces."""
        spans = _split_at(split_sentences(self.text), self._heading_offsets, self.text)
        if not spans:
            return []
        paths = sorted({self._paths[bisect_right(self._heading_offsets, s.start)] for s in spans})
        counted = self.count([self.text[s.start : s.end] for s in spans] + [_path_text(p) for p in paths])
        costs = counted[: len(spans)]
        self._path_counts.update(zip(paths, counted[len(spans) :], strict=True))
        units: list[_Unit] = []
        section_index = -1
        # (the positions of the body's first sentence after a header and of a footer's first line)
        parts_first = {
            next((i for i, s in enumerate(spans) if s.start >= offset), -1)
            for offset in (self.document.header_end, self.document.footer_start)
            if offset
        }
        for position, (span, tokens) in enumerate(zip(spans, costs, strict=True)):
            heading_index = bisect_right(self._heading_offsets, span.start) - 1
            path, path_cost = self._fitted_path(self._paths[heading_index + 1])
            starts_body = position in parts_first
            starts_section = heading_index > section_index or starts_body
            section_index = heading_index
            budget = self.room - path_cost
            pieces = [(span, tokens - self.special)]
            if tokens - self.special > budget:
                pieces = self._cut(span, budget, tokens - self.special)
            for index, (piece, cost) in enumerate(pieces):
                first = index == 0
                units.append(
                    _Unit(piece, cost, path, path_cost, starts_section and first, starts_body and first)
                )
        return units

    def _recut(self, units: list[_Unit], index: int, budget: int) -> list[_Unit]:
        """Replace ``units[index]`` (which overflowed on its own) by pieces of at most ``budget`` tokens."""
        unit = units[index]
        if budget < 1:
            raise RuntimeError(f"window too small for the heading path of {self.document.id!r}")
        pieces = self._cut(unit.span, budget, unit.cost)
        replacement = [
            replace(
                unit,
                span=span,
                cost=cost,
                starts_section=unit.starts_section and not i,
                starts_body=unit.starts_body and not i,
            )
            for i, (span, cost) in enumerate(pieces)
        ]
        return units[:index] + replacement + units[index + 1 :]

    def _cut(self, span: Span, budget: int, cost: int) -> list[tuple[Span, int]]:
        """Cut an over-long sentence into pieces of at most ``budget`` tokens, at word ends if possible.

        Word ends are found once; each piece is searched for in a window just ahead of its start that
        only grows while its far end still fits, so the work stays about linear in the sentence length.
        """
        pieces: list[tuple[Span, int]] = []
        start, end = span.start, span.end
        ends = _word_ends(self.text, start, end) + [end]  # sorted cut candidates; the sentence end last
        reach = budget * _CHARS_PER_TOKEN  # a first window that usually holds more than ``budget`` tokens
        while start < end:
            first = bisect_right(ends, start)
            word_end = ends[first]
            found: tuple[int, int] | None = None
            if word_end - start > reach:
                # A long first word is probed by characters, so it is not counted whole for every piece;
                # only when all of it fits (the search reaches its end) are further words tried.
                found = self._grow(range(start + 1, word_end + 1), 0, start, budget, reach)
                if found is not None and found[0] == word_end:
                    found = self._grow(ends, first, start, budget, budget + 1) or found
            else:
                found = self._grow(ends, first, start, budget, budget + 1)
                if found is None:
                    found = self._grow(range(start + 1, word_end), 0, start, budget, reach)
            if found is None:
                raise ValueError(
                    f"a single character of {self.document.id!r} needs more than {budget} tokens"
                )
            cut, tokens = found
            pieces.append((Span(start, cut), tokens))
            start = cut
            while start < end and self.text[start].isspace():
                start += 1
        return pieces

    def _grow(
        self, candidates: Sequence[int], first: int, start: int, budget: int, size: int
    ) -> tuple[int, int] | None:
        """Last of the sorted cut ``candidates[first:]`` whose prefix from ``start`` fits, with its cost.

        Only a window of ``size`` candidates is searched; it doubles while its last candidate still fits,
        so every count covers at most about twice the piece found (plus the first window), whatever the
        counter. Token counts are nearly monotonic in length, and every returned prefix was counted to fit.
        """
        known: tuple[int, int] | None = None  # the last window end that fitted
        while first < len(candidates):
            window = candidates[first : first + size]
            tokens = self.count([self.text[start : window[-1]]])[0] - self.special
            if tokens <= budget:
                known = (window[-1], tokens)
                if first + size >= len(candidates):
                    return known
                size *= 2
                continue
            guess = start + (window[-1] - start) * budget // tokens
            found = self._search(window[:-1], start, budget, guess)
            if found is None or (known is not None and found[0] < known[0]):
                return known
            return found
        return None

    def _search(
        self, candidates: Sequence[int], start: int, budget: int, guess: int
    ) -> tuple[int, int] | None:
        """Last of the sorted cut ``candidates`` whose prefix fits, with its cost; None if none fits.

        Gallops outwards from the candidate nearest ``guess`` to bracket the answer, then bisects, so
        a good guess costs only a few counts.
        """

        def cost_if_fits(index: int) -> int | None:
            tokens = self.count([self.text[start : candidates[index]]])[0] - self.special
            return tokens if tokens <= budget else None

        if not candidates:
            return None
        low, low_tokens = -1, 0  # last index known to fit (-1: none yet)
        high = len(candidates)  # first index known not to fit
        probe = min(max(0, bisect_right(candidates, guess) - 1), high - 1)
        step = 1
        tokens = cost_if_fits(probe)
        if tokens is not None:
            low, low_tokens = probe, tokens
            while low + step < high:
                tokens = cost_if_fits(low + step)
                if tokens is None:
                    high = low + step
                    break
                low, low_tokens, step = low + step, tokens, step * 2
        else:
            high = probe
            while high - step > low:
                tokens = cost_if_fits(high - step)
                if tokens is not None:
                    low, low_tokens = high - step, tokens
                    break
                high, step = high - step, step * 2
        while high - low > 1:
            middle = (low + high) // 2
            tokens = cost_if_fits(middle)
            if tokens is None:
                high = middle
            else:
                low, low_tokens = middle, tokens
        return (candidates[low], low_tokens) if low >= 0 else None

    # --- heading paths --------------------------------------------------------------------------

    def _fitted_path(self, path: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
        """``path`` shortened to at most half the room, with its token cost; cached per distinct path.

        Outer headings after the title go first, then the tail of the last remaining entry, so the
        text always keeps at least half the window.
        """
        if path not in self._path_costs:
            budget = self.room // 2
            fitted = list(path)
            cost = self._path_cost(fitted)
            while cost > budget and len(fitted) > 2:
                del fitted[1]
                cost = self._path_cost(fitted)
            while cost > budget and fitted:
                fitted = self._shorten_last(fitted)
                cost = self._path_cost(fitted)
            self._path_costs[path] = (tuple(fitted), cost)
        return self._path_costs[path]

    def _path_cost(self, path: list[str]) -> int:
        """Tokens the path adds in front of the text (counted with the sentences when possible)."""
        if not path:
            return 0
        key = tuple(path)
        if key not in self._path_counts:
            self._path_counts[key] = self.count([_path_text(key)])[0]
        return self._path_counts[key] - self.special

    @staticmethod
    def _shorten_last(path: list[str]) -> list[str]:
        """Drop the last word of the last entry (or the entry itself when one word is left)."""
        words = path[-1].split()
        if len(words) <= 1:
            return path[:-1]
        return path[:-1] + [" ".join(words[:-1])]

    # --- packing --------------------------------------------------------------------------------

    def _pack(self, units: list[_Unit], penalties: dict[int, int]) -> list[tuple[int, int]]:
        """Greedy runs ``[first, last)`` of units: near the target, within the window, with overlap."""
        ranges: list[tuple[int, int]] = []
        first, must_reach = 0, 1
        while first < len(units):
            last = self._extend(units, first, must_reach, penalties.get(first, 0))
            ranges.append((first, last))
            if last >= len(units):
                break
            first, must_reach = self._next_first(units, first, last, penalties), last + 1
        return ranges

    def _extend(self, units: list[_Unit], first: int, must_reach: int, penalty: int) -> int:
        """How far a chunk starting at ``first`` goes: at least to ``must_reach`` (one unit the previous
        chunk doesn't have), then while that brings it closer to the target and fits the window.
        """
        head = units[first].path_cost
        hard = self.room - head - penalty
        soft = self.target - head
        total = sum(unit.cost for unit in units[first:must_reach])
        last = must_reach
        while last < len(units):
            cost = units[last].cost
            if units[last].starts_body or (units[last].starts_section and head + total >= self.target / 2):
                break
            if total + cost > hard:
                break
            if total + cost > soft and (total + cost - soft) > (soft - total):
                break
            total += cost
            last += 1
        return last

    def _next_first(self, units: list[_Unit], first: int, last: int, penalties: dict[int, int]) -> int:
        """Where the next chunk starts: ``overlap`` units back, if they still leave room for a new one.

        No overlap into a new section, and always past ``first`` so packing makes progress.
        """
        if units[last].starts_section:
            return last
        candidate = max(first + 1, last - self.overlap)
        while candidate < last:
            head = units[candidate].path_cost + penalties.get(candidate, 0)
            if head + sum(unit.cost for unit in units[candidate : last + 1]) <= self.room:
                break
            candidate += 1
        return candidate

    # --- chunks ---------------------------------------------------------------------------------

    def _make_chunk(self, ordinal: int, units: list[_Unit]) -> Chunk:
        start, end = units[0].span.start, units[-1].span.end
        chunk = Chunk(
            id="",
            document_id=self.document.id,
            ordinal=ordinal,
            start=start,
            end=end,
            text=self.text[start:end],
            sentences=[unit.span for unit in units],
            pages=self.document.pages_between(start, end),
            heading_path=list(units[0].path),
        )
        chunk.id = content_hash(f"{self.document.id}\n{start}\n{chunk.embedding_text()}")[:CHUNK_ID_LENGTH]
        return chunk


def _path_text(path: Sequence[str]) -> str:
    """The heading path as ``Chunk.embedding_text`` puts it in front of the text."""
    return HEADING_SEPARATOR.join(path) + "\n" if path else ""


def _heading_paths(title: str, headings: list[tuple[int, int, str]]) -> list[tuple[str, ...]]:
    """Path in effect before any heading (index 0) and after each heading (index i + 1).

    A heading of level L replaces the open headings of level >= L. Empty titles/headings are skipped.
    """
    base = (title.strip(),) if title.strip() else ()
    stack: list[tuple[int, str]] = []
    paths = [base]
    for _, level, text in headings:
        stack = [(open_level, name) for open_level, name in stack if open_level < level]
        if text.strip():
            stack.append((level, text.strip()))
        paths.append(base + tuple(name for _, name in stack))
    return paths


def _split_at(spans: list[Span], offsets: list[int], text: str) -> list[Span]:
    """Split sentence spans so that every offset (a heading start) falls at a span start."""
    if not offsets:
        return spans
    result: list[Span] = []
    for span in spans:
        start = span.start
        inner = offsets[bisect_right(offsets, span.start) : bisect_right(offsets, span.end - 1)]
        for offset in inner:
            result.extend(_trimmed(text, start, offset))
            start = offset
        result.extend(_trimmed(text, start, span.end))
    return result


def _trimmed(text: str, start: int, end: int) -> list[Span]:
    """``[Span]`` of ``text[start:end]`` without surrounding whitespace, or ``[]`` if only whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end)] if start < end else []


def _word_ends(text: str, start: int, end: int) -> list[int]:
    """Positions in ``(start, end)`` where a word ends and whitespace begins (``\\s`` is ``str.isspace``)."""
    return [match.end() for match in _WORD_END.finditer(text, start, end)]
