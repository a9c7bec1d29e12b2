"""What is left of a message written mostly in a language nobody wrote a reader for: its English words,
numbers and names.

Each reader of ``qa.languages`` puts one language in English. A message in any other language ("wie zei
iets over lithium battery transport?", "kuka ehdotti battery swapping") would be asked with its foreign
words as terms the documents never use, every one of them unsupported, and refused although the words it
shares with the documents say what it is about. Read as the bag of those words ("lithium battery
transport?", "battery swapping"), it is answered as well as they allow, and the rewrite shown says so.

A word is English when English text uses it now and then (wordfreq's Zipf frequency; a short word must be
common, since English text is full of other languages' short words in names, quotes and abbreviations:
"de" 5.2, "ki" 3.9, "och" 2.9) or when the documents do; a name, an acronym or a number is kept whatever
its language. Only a message with ``FOREIGN_WORDS`` foreign words making ``FOREIGN_SHARE`` of its words is
read so: an English question with one unusual word ("what about perovskite cells?") keeps it, since that
word is what it asks about. What is kept of such a message is judged more strictly (``KEPT_ZIPF``): in a
message known to be foreign, "ville" or "cine" is more likely Swedish or Romanian than English.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection

# Zipf frequencies (log10 of uses in a billion words) for a word of four letters or more, and of three or
# fewer: English enough to count as English in any message ("carmakers" 2.7, "standardised" 2.6)...
ENGLISH_ZIPF = (2.5, 4.5)
# ... and to be kept in a message read as a bag of its English words ("new" 6.1, "who" 5.7, "ask" 4.9 no)
KEPT_ZIPF = (3.0, 5.5)
FOREIGN_WORDS = 2
FOREIGN_SHARE = 0.3

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# "xiaomi's", "what'd", "they're": the word without its English ending
_ENDING = re.compile(r"['’](?:s|d|ll|re|ve|m|t)$", re.I)


@functools.cache
def english_words(least: tuple[float, float] = ENGLISH_ZIPF) -> frozenset[str]:
    """The words English uses at least as often as ``least`` says (for long words, for short ones) on
    wordfreq's Zipf scale, lowercased; read once (about 0.2 s)."""
    from wordfreq import get_frequency_dict  # (its data is read only when a message is first checked)

    long_least, short_least = (10 ** (zipf - 9) for zipf in least)
    return frozenset(
        word
        for word, frequency in get_frequency_dict("en", "best").items()
        if frequency >= (short_least if len(word) <= 3 else long_least)
    )


def foreign_words(
    text: str, known: Collection[str] = frozenset(), least: tuple[float, float] = ENGLISH_ZIPF
) -> list[re.Match[str]]:
    """The words of ``text`` that are neither English (``least``) nor among ``known`` (the documents' words
    and names, lowercased), and are no name: a word with a capital is taken for one ("Nio", "CATL", "eBus"),
    even opening a message, where the other languages' words of a message typed in haste are rarely
    capitalised and a name the documents do not know is what a question about it turns on ("Nio battery swap
    stations kaç tane var")."""
    english = english_words(least)
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        bare = _ENDING.sub("", word).lower()
        if bare in english or bare in known or word.lower() in english or _unaccented(bare) in english:
            continue
        if not any(letter.isupper() for letter in word):
            found.append(match)
    return found


def english_part(text: str, known: Collection[str] = frozenset()) -> str:
    """``text`` as the bag of its English words, numbers and names when it has ``FOREIGN_WORDS`` foreign
    words making ``FOREIGN_SHARE`` of its words ("Gotion wa nani o teian shita?" -> "Gotion?", "och CALB
    då?" -> "CALB?"), else unchanged; unchanged too when nothing would be left ("varför då?")."""
    foreign = foreign_words(text, known)
    if len(foreign) < FOREIGN_WORDS or len(foreign) < FOREIGN_SHARE * len(_WORD.findall(text)):
        return text
    kept, last = [], 0
    for match in _dropped(text, known):
        kept.append(text[last : match.start()])
        last = match.end()
    kept.append(text[last:])
    left = re.sub(r"\s+(?=[,?.!;:])", "", " ".join("".join(kept).split()))
    left = re.sub(r"^[\s,;:.!?-]+", "", left)
    left = re.sub(r"(?:\s*[,;:-])+(?=\s*[?.!]*$)|(?<=[,;:])(?:\s*[,;:])+", "", left).strip()
    if not _WORD.search(left):
        return text
    english = english_words(KEPT_ZIPF)
    left = _WORD.sub(lambda match: _as_english(match.group(), english), left)
    asked = text.rstrip().endswith("?") and not left.endswith("?")
    return left + "?" if asked else left


def _as_english(word: str, english: Collection[str]) -> str:
    """ "dollár" -> "dollar": a word borrowed from English, written as its language writes it, as English
    writes it (any other word as it is)."""
    plain = _unaccented(word)
    return plain if word.lower() not in english and plain.lower() in english else word


def _unaccented(word: str) -> str:
    """ "dollár" -> "dollar", "baterías" -> "baterias": the word's letters without their marks."""
    return "".join(
        character for character in unicodedata.normalize("NFKD", word) if not unicodedata.combining(character)
    )


def _dropped(text: str, known: Collection[str]) -> list[re.Match[str]]:
    """The foreign words of a message read as a bag, and a word of one letter next to one: "a" or "i" may
    be English or not ("mit javasolt a Gotion a lítium ...": Hungarian's "the")."""
    foreign = {match.start() for match in foreign_words(text, known, KEPT_ZIPF)}
    words = list(_WORD.finditer(text))
    places = [place for place, match in enumerate(words) if match.start() in foreign]
    beside_foreign = {near for place in places for near in (place - 1, place + 1)}
    return [
        match
        for place, match in enumerate(words)
        if match.start() in foreign
        or (len(match.group()) == 1 and match.group().islower() and place in beside_foreign)
    ]
