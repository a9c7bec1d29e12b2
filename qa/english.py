"""What is left of a message written in a language nobody wrote a reader for: its English words, numbers
and names.

Each reader of ``qa.languages`` puts one language in English. A message in any other language ("wie zei
iets over lithium battery transport?", "cosa ha proposto Gotion?") would be asked with its foreign words as
terms the documents never use, every one of them unsupported, and refused although the words it shares
with the documents say what it is about. Read as the bag of those words ("lithium battery transport?",
"Gotion?"), it is answered as well as they allow, and the rewrite shown says so.

Word frequencies tell the languages apart (wordfreq, installed with the package; read only once a message
has a word that is not English):
- a word is English when English text uses it now and then, a short word often, since English text is full
  of other languages' short words in names, quotes and abbreviations ("de" 5.2, "ki" 3.9 on the Zipf
  scale), or when the documents use it; a name, an acronym or a number is kept whatever its language;
- a message is read as a bag when ``FOREIGN_WORDS`` words that are not English make ``FOREIGN_SHARE`` of
  its words ("Gotion wa nani o teian shita?"), or when one of them is a common word of another language
  written in Latin letters and far rarer in English ("proposto", "navrhl", "tehtävät"). An English
  question with one unusual word keeps it ("what about perovskite cells?", "what did northvolt propose?"):
  that word is what it asks about;
- in a message read as a bag, what is kept is judged more strictly (``KEPT_ZIPF``): there, "ville" or
  "cine" is more likely Swedish or Romanian than English. A word of no language wordfreq knows is dropped
  only from a message mostly of such words: alone, it may be the name the question turns on.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterator

from qa.wording import CURRENCY_NAMES

# Zipf frequencies (log10 of uses in a billion words) for a word of four letters or more, and of three or
# fewer: English enough to count as English in any message ("carmakers" 2.7, "standardised" 2.6)...
ENGLISH_ZIPF = (2.5, 4.5)
# ... and to be kept in a message read as a bag of its English words ("new" 6.1, "who" 5.7, "ask" 4.9 no)
KEPT_ZIPF = (3.0, 5.5)
FOREIGN_WORDS = 2
FOREIGN_SHARE = 0.3
# A common word of another language: this often there, and less often than this in English ("proposto" 0,
# "alors" 2.0; not "situate" 2.4, "cuando" 2.2, the misspelt "companys" 2.2)
OTHER_LANGUAGE_ZIPF = 4.0
RARE_IN_ENGLISH_ZIPF = 2.0
# The languages wordfreq knows that are written in Latin letters (a word in any other script is no English)
LATIN_LANGUAGES = (
    "ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt",
    "lv", "ms", "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi",
)  # fmt: skip

_CURRENCY = re.compile(CURRENCY_NAMES, re.I)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# "xiaomi's", "what'd", "they're": the word without its English ending
_ENDING = re.compile(r"['’](?:s|d|ll|re|ve|m|t)$", re.I)


def _zipf_lists(language: str) -> Iterator[tuple[float, list[str]]]:
    """wordfreq's words of ``language`` by Zipf frequency, most frequent first."""
    from wordfreq import get_frequency_list  # (its data is read only when a message is first checked)

    for centibels, words in enumerate(get_frequency_list(language, "best")):
        yield 9 - centibels / 100, words


@functools.cache
def english_words(least: tuple[float, float] = ENGLISH_ZIPF) -> frozenset[str]:
    """The words English uses at least as often as ``least`` says (for long words, for short ones) on
    wordfreq's Zipf scale, lowercased; read once (about 0.1 s)."""
    long_least, short_least = least
    found: set[str] = set()
    for zipf, words in _zipf_lists("en"):
        if zipf < long_least:
            break
        found.update(word for word in words if zipf >= short_least or len(word) > 3)
    return frozenset(found)


@functools.cache
def other_languages_words() -> frozenset[str]:
    """The words common in a language of ``LATIN_LANGUAGES`` and rare in English ("proposto", "navrhl",
    "zei", "tehtävät", "hoeveel"; not "die", "also" or "battery"), about 150,000; built once (about 1 s),
    wordfreq's lists let go of after."""
    from wordfreq import get_frequency_list

    english = {word: zipf for zipf, words in _zipf_lists("en") for word in words}
    found: set[str] = set()
    for language in LATIN_LANGUAGES:
        for zipf, words in _zipf_lists(language):
            if zipf < OTHER_LANGUAGE_ZIPF:
                break
            found.update(
                word for word in words if word.isalpha() and english.get(word, 0.0) < RARE_IN_ENGLISH_ZIPF
            )
    get_frequency_list.cache_clear()  # (some 100 MB of lists no longer needed)
    return frozenset(found)


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
        if bare in english or bare in known or word.lower() in english:
            continue
        if _as_english(bare, known) != bare or _CURRENCY.fullmatch(bare):  # ("dollár", "reais")
            continue
        elided = text[match.end() : match.end() + 1] in ("'", "’")  # "good ol' greenbacks", "goin'"
        abbreviated = len(word) <= 4 and not re.search(r"[aeiouyäöüåéèáíóú]", word, re.I)  # "gdp", "tgt"
        if not elided and not abbreviated and not any(letter.isupper() for letter in word):
            found.append(match)
    return found


def english_part(text: str, known: Collection[str] = frozenset()) -> str:
    """``text`` as the bag of its English words, numbers and names when it is written in another language
    ("Gotion wa nani o teian shita?" -> "Gotion?", "och CALB då?" -> "CALB?", "cosa ha proposto Gotion?" ->
    "Gotion?"), else unchanged; unchanged too when nothing that names a thing would be left ("varför då?",
    "wanneer is dit artikel gepubliceerd?": "is")."""
    unread = foreign_words(text, known)
    if not unread:
        return text
    words = list(_WORD.finditer(text))
    others = [match for match in unread if _of_another_language(match.group())]
    # (many words not English, or, with a common word of another language, many not English enough to
    # keep: "cosa ha proposto Gotion?" ("cosa", "ha"); inside plain English, that word may be the thing
    # asked about, a name typed in lowercase: "how many delegates does renda have?")
    mostly = _are_many(unread, words) or (
        bool(others) and _are_many(foreign_words(text, known, KEPT_ZIPF), words)
    )
    # (or that word alone, opening or closing the message: "hoeveel in dollars?", "NPC tehtävät?")
    edges = {words[0].start(), words[-1].start()}
    if not mostly and not any(match.start() in edges for match in others):
        return text
    kept, last = [], 0
    for match in _dropped(text, known, mostly):
        kept.append(text[last : match.start()])
        last = match.end()
    kept.append(text[last:])
    left = re.sub(r"\s+(?=[,?.!;:])", "", " ".join("".join(kept).split()))
    left = re.sub(r"^[\s,;:.!?-]+", "", left)
    left = re.sub(r"(?:\s*[,;:-])+(?=\s*[?.!]*$)|(?<=[,;:])(?:\s*[,;:])+", "", left).strip()
    left = _WORD.sub(lambda match: _as_english(match.group(), known), left)
    if not any(_names_a_thing(match.group(), known) for match in _WORD.finditer(left)) and not re.search(
        r"\d", left
    ):
        return text
    asked = text.rstrip().endswith("?") and not left.endswith("?")
    return left + "?" if asked else left


def _are_many(some: list[re.Match[str]], words: list[re.Match[str]]) -> bool:
    """``FOREIGN_WORDS`` or more, making ``FOREIGN_SHARE`` of ``words``."""
    return len(some) >= FOREIGN_WORDS and len(some) >= FOREIGN_SHARE * len(words)


def _of_another_language(word: str) -> bool:
    """ "proposto", "tehtävät": a word of four letters or more common in another language (a shorter one
    may as well be a name typed in lowercase: Swedish "nio" is nine)."""
    return len(word) >= 4 and word.lower() in other_languages_words()


def _names_a_thing(word: str, known: Collection[str]) -> bool:
    """A name, a word of the documents or an English word of four letters or more: not "is", "on", "of"."""
    return any(letter.isupper() for letter in word) or word.lower() in known or len(word) >= 4


def _as_english(word: str, known: Collection[str]) -> str:
    """ "dollár" -> "dollar", "bätteries" -> "batteries": a currency or a word of the documents, written as
    another language writes it, as English writes it (any other word as it is: Swedish "många" is no
    "manga")."""
    plain = _unaccented(word)
    if plain == word or not (_CURRENCY.fullmatch(plain) or plain.lower() in known):
        return word
    return plain


def _unaccented(word: str) -> str:
    """ "dollár" -> "dollar", "baterías" -> "baterias": the word's letters without their marks."""
    return "".join(
        character for character in unicodedata.normalize("NFKD", word) if not unicodedata.combining(character)
    )


def _dropped(text: str, known: Collection[str], mostly: bool) -> list[re.Match[str]]:
    """The words of a message read as a bag that go: those not English enough to keep (``KEPT_ZIPF``), but,
    unless the message is ``mostly`` of such words, only those of another language; and a word of one letter
    next to one ("mit javasolt a Gotion a lítium ...": Hungarian's "the", which may as well be English's)."""
    foreign = {
        match.start()
        for match in foreign_words(text, known, KEPT_ZIPF)
        if mostly or match.group().lower() in other_languages_words()
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
