"""What is left of a message written in a language nobody wrote a reader for: its English words, numbers
and names.

Each reader of ``qa.languages`` puts one language in English. A message in any other language ("wie zei
iets over lithium battery transport?", "cosa ha proposto Gotion?") would be asked with its foreign words as
terms the documents never use, every one of them unsupported, and refused although the words it shares
with the documents say what it is about. Read as the bag of those words ("lithium battery transport?",
"Gotion?"), it is answered as well as they allow, and the rewrite shown says so.

Word frequencies tell the languages apart (wordfreq's lists, installed with the package, of English and of
the 26 other languages it knows that are written in Latin letters):
- a word is English when English text uses it now and then (a short word more often), unless it is far
  more common in another language ("de", "und", "jest", "yang", "cosa": English text is full of other
  languages' words, in names, quotes and loans); a word of the documents, a currency, a number, an
  abbreviation ("gdp") and a name are kept whatever their language, and so are an English word with another
  language's ending or article ("forum'da", "l'article", "forumil") and one misspelt by a slip of the finger
  ("propsoe", "hwo");
- a message is read as a bag when ``FOREIGN_WORDS`` of its words are not English and make
  ``FOREIGN_SHARE`` of it, one of them known to be another language's (``UNKNOWN_SHARE`` when none is:
  "what's the efficiency of perovskite tandems" is English), or when a word of another language opens or
  closes it ("hoeveel in dollars?", "NPC tehtävät?") or stands beside a name alone ("und CALB?"). An
  English question with one unusual word keeps it ("what did northvolt propose?"): that word is what it
  asks about;
- what is kept of such a message is judged more strictly (``KEPT_ZIPF``): there, "ville" is more likely
  French than English. A word of no language wordfreq knows is dropped only from a message mostly of such
  words: alone, it may be the name the question turns on.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from qa.wording import CURRENCY_NAMES

# Zipf frequencies (log10 of uses in a billion words) for a word of four letters or more, and of three or
# fewer: English enough to count as English in any message ("carmakers" 2.7, "standardised" 2.6, "ion"
# 4.2)...
ENGLISH_ZIPF = (2.5, 3.5)
# ... and to be kept in a message read as a bag of its English words ("won" 5.2, "bid" 4.4, "wat" 3.4 no)
KEPT_ZIPF = (3.0, 4.0)
# A word as common as this in another language, and more common there than in English by this much (for a
# long word, for a short one), is that language's: "cosa" (3.6 more common in Italian), "pour" (2.9 in
# French), "und", "ki"; not "dare" (1.1 in Italian), "cap" (1.7 in Catalan), "no", "was", "ore".
OTHER_LANGUAGE_ZIPF = 4.0
MORE_COMMON_BY = (2.5, 2.0)
# A word of another language rare in English (under this): one alone is enough to tell the language
# ("proposto" 0, "alors" 2.0; not "situate" 2.4, "cuando" 2.2, the misspelt "companys" 2.2)
RARE_IN_ENGLISH_ZIPF = 2.0
# English's most common words ("what" 6.6, "about" 6.5), which name nothing alone
COMMON_ZIPF = 6.0
FOREIGN_WORDS = 2
FOREIGN_SHARE = 0.3
UNKNOWN_SHARE = 0.4
# The languages wordfreq knows that are written in Latin letters (a word in any other script is no English)
LATIN_LANGUAGES = (
    "ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt",
    "lv", "ms", "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi",
)  # fmt: skip

_CURRENCY = re.compile(CURRENCY_NAMES, re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# "xiaomi's", "what'd", "they're": the word without its English ending
_ENDING = re.compile(r"['’](?:s|d|ll|re|ve|m|t)$", re.I)
_VOWEL = re.compile(r"[aeiouyäöüåéèáíóúàìòùâêîôûãõ]", re.I)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class WordLists:
    """The words that tell English from other languages (built once by ``word_lists``)."""

    english: frozenset[str]  # English enough in any message (``ENGLISH_ZIPF``)
    kept: frozenset[str]  # English enough to keep in a bag (``KEPT_ZIPF``)
    other_language: frozenset[str]  # far more common in another language ("und", "cosa", "jest")
    rare_in_english: frozenset[str]  # of those, rare in English ("proposto", "tehtävät")
    common: frozenset[str]  # English's most common words, which name nothing alone ("what", "about")


def _zipf_lists(language: str) -> Iterator[tuple[float, list[str]]]:
    """wordfreq's words of ``language`` by Zipf frequency, most frequent first."""
    from wordfreq import get_frequency_list  # (its data is read only when the lists are first needed)

    for centibels, words in enumerate(get_frequency_list(language, "best")):
        yield 9 - centibels / 100, words


@functools.cache
def word_lists() -> WordLists:
    """The word lists, built once from wordfreq's (about 1.5 s; the lists it read are let go of after)."""
    from wordfreq import get_frequency_list

    english = {word: zipf for zipf, words in _zipf_lists("en") for word in words}
    other, rare = set(), set()
    for language in LATIN_LANGUAGES:
        for zipf, words in _zipf_lists(language):
            if zipf < OTHER_LANGUAGE_ZIPF:
                break
            for word in words:
                in_english = english.get(word, 0.0)
                if zipf - in_english >= MORE_COMMON_BY[len(word) <= 3] and word.isalpha():
                    other.add(word)
                    if in_english < RARE_IN_ENGLISH_ZIPF:
                        rare.add(word)
    get_frequency_list.cache_clear()  # (some 100 MB of lists no longer needed)

    def at_least(least: tuple[float, float]) -> frozenset[str]:
        return frozenset(
            word for word, zipf in english.items() if zipf >= least[len(word) <= 3] and word not in other
        )

    common = frozenset(word for word, zipf in english.items() if zipf >= COMMON_ZIPF)
    return WordLists(at_least(ENGLISH_ZIPF), at_least(KEPT_ZIPF), frozenset(other), frozenset(rare), common)


def foreign_words(text: str, known: Collection[str] = frozenset(), kept: bool = False) -> list[re.Match[str]]:
    """The words of ``text`` that are not English (``kept``: not English enough to keep in a bag), not
    among ``known`` (the documents' words and names, lowercased) and no name: a word with a capital is taken
    for one ("Nio", "CATL", "eBus"), even opening a message, where the other languages' words of a message
    typed in haste are rarely capitalised and a name the documents do not know is what a question about it
    turns on ("Nio battery swap stations kaç tane var"); but not a noun as German writes it, capitalised
    ("Bericht")."""
    lists = word_lists()
    english = lists.kept if kept else lists.english
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word[:1].isupper() and word[1:].islower() and len(word) >= 4 and word.lower() not in known:
            if word.lower() in lists.rare_in_english:  # ("Bericht", "Artikel")
                found.append(match)
            continue
        if any(letter.isupper() for letter in word) or text[match.end() : match.end() + 1] in ("'", "’"):
            continue  # (a name, or an English word with its last letters left out: "good ol' greenbacks")
        if _english_form(word, known, english, lists) is None:
            found.append(match)
    return found


def _english_form(
    word: str, known: Collection[str], english: Collection[str], lists: WordLists
) -> str | None:
    """The word of English or of the documents ``word`` is written for, or None: itself ("battery",
    "gdp", "reais"), without another language's marks, article or ending ("dollár" -> "dollar", "l'article"
    -> "article", "forum'da" -> "forum", "forumil" -> "forum"), or misspelt ("propsoe")."""
    lower = word.lower()
    bare = _ENDING.sub("", lower)
    if bare in known or lower in known or _CURRENCY.fullmatch(bare):
        return word
    plain = _unaccented(bare)
    if plain != bare and (plain in known or _CURRENCY.fullmatch(plain)):
        return plain
    if lower in lists.other_language:
        return None
    if bare in english or lower in english or (len(word) <= 4 and not _VOWEL.search(word)):  # ("gdp")
        return word
    if "'" in lower or "’" in lower:  # ("l'article", "forum'da")
        head, tail = re.split(r"['’]", lower, maxsplit=1)
        for part, other in ((head, tail), (tail, head)):
            if len(part) >= 3 and len(other) <= 3 and (part in known or part in english):
                return part
    for cut in (1, 2, 3):  # ("forumil", "forumon", "Arvexek")
        if len(lower) - cut >= 4 and lower[:-cut] in known:
            return word[:-cut]
    if any(variant in lists.kept for variant in _slips(lower)):
        return word
    return None


def _slips(word: str) -> Iterator[str]:
    """The words ``word`` may be a slip of the finger for: two letters swapped ("hwo", "propsoe"), or, in
    a longer word, one left out ("amont"; in a short one, too many words of other languages would be)."""
    for place in range(len(word) - 1):
        yield word[:place] + word[place + 1] + word[place] + word[place + 2 :]
    if len(word) >= 5:
        for place in range(len(word) + 1):
            for letter in _LETTERS:
                yield word[:place] + letter + word[place:]


def english_part(text: str, known: Collection[str] = frozenset()) -> str:
    """``text`` as the bag of its English words, numbers and names when it is written in another language
    ("mitä Gotion ehdotti?" -> "Gotion?", "och CALB då?" -> "CALB?", "cosa ha proposto Gotion?" ->
    "Gotion?"), else unchanged; unchanged too when nothing that names a thing would be left ("varför då?",
    "wanneer is dit artikel gepubliceerd?": "is")."""
    unread = foreign_words(text, known)
    if not unread:
        return text
    lists = word_lists()
    words = list(_WORD.finditer(text))
    others = [match for match in unread if match.group().lower() in lists.other_language]
    share = FOREIGN_SHARE if others else UNKNOWN_SHARE
    mostly = len(unread) >= FOREIGN_WORDS and len(unread) >= share * len(words)
    # (or a word of another language opening or closing the message, or beside a name alone: "hoeveel in
    # dollars?", "NPC tehtävät?", "und CALB?"; inside plain English, it may be the thing asked about, a
    # name typed in lowercase: "how many delegates does renda have?")
    edges = {words[0].start(), words[-1].start()}
    alone = [
        m
        for m in others
        if m.start() in edges and len(m.group()) >= 4 and m.group().lower() in lists.rare_in_english
    ]
    unread_at = {match.start() for match in unread}
    named = [m for m in words if m.start() not in unread_at and _is_name(m.group(), known, lists)]
    if not mostly and not alone and not (others and named and len(words) <= 3):
        return text
    left = _bag(text, known, mostly)
    if not any(
        _names_a_thing(match.group(), known, lists) for match in _WORD.finditer(left)
    ) and not re.search(r"\d", left):
        return text
    asked = text.rstrip().endswith("?") and not left.endswith("?")
    return left + "?" if asked else left


def _bag(text: str, known: Collection[str], mostly: bool) -> str:
    """``text`` without the words that go (``_dropped``), its English words as English writes them."""
    lists = word_lists()
    kept, last = [], 0
    for match in _dropped(text, known, mostly):
        kept.append(text[last : match.start()])
        last = match.end()
    kept.append(text[last:])
    left = " ".join("".join(kept).split())
    left = " ".join(re.sub(r"(?<!\w)-+|-+(?!\w)", " ", left).split())  # ("sang-ayon": "sang-")
    left = re.sub(r"\s+(?=[,?.!;:])", "", left)
    left = re.sub(r"^[\s,;:.!?-]+", "", left)
    left = re.sub(r"(?:\s*[,;:-])+(?=\s*[?.!]*$)|(?<=[,;:])(?:\s*[,;:])+", "", left).strip()
    return _WORD.sub(
        lambda match: _english_form(match.group(), known, lists.kept, lists) or match.group(), left
    )


def _is_name(word: str, known: Collection[str], lists: WordLists) -> bool:
    """A name: capitalised, or one of the documents' words that is not among English's most common."""
    return word[:1].isupper() or (word.lower() in known and word.lower() not in lists.common)


def _names_a_thing(word: str, known: Collection[str], lists: WordLists) -> bool:
    """A name, or a word of the documents or an English word of four letters or more that is not among
    English's most common ("what", "about", "is", "on")."""
    lower = word.lower()
    return any(letter.isupper() for letter in word) or (
        lower not in lists.common and (lower in known or len(word) >= 4)
    )


def _unaccented(word: str) -> str:
    """ "dollár" -> "dollar", "baterías" -> "baterias": the word's letters without their marks."""
    return "".join(
        character for character in unicodedata.normalize("NFKD", word) if not unicodedata.combining(character)
    )


def _dropped(text: str, known: Collection[str], mostly: bool) -> list[re.Match[str]]:
    """The words of a message read as a bag that go: those not English enough to keep (``KEPT_ZIPF``), but,
    unless the message is ``mostly`` of such words, only those of another language; and a word of one letter
    next to one ("mit javasolt a Gotion a lítium ...": Hungarian's "the", which may as well be English's)."""
    other_language = word_lists().other_language
    foreign = {
        match.start()
        for match in foreign_words(text, known, kept=True)
        if mostly or match.group().lower() in other_language
    }
    words = list(_WORD.finditer(text))
    places = [place for place, match in enumerate(words) if match.start() in foreign]
    beside_foreign = {near for place in places for near in (place - 1, place + 1)}
    return [
        match
        for place, match in enumerate(words)
        if match.start() in foreign
        or (len(match.group()) == 1 and match.group().islower() and place in beside_foreign)
    ]
