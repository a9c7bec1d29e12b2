"""Words and patterns every reader of a question shares: word lists, the question words, the currencies a
sum may be asked in, and a verb's base form.

The lowest layer of the question readers: ``qa.languages`` (messages written partly in another language or
dialect) and ``qa.chat`` (follow-ups and the asked part of a message) both build on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence


def word_set(words: str) -> frozenset[str]:
    """A frozen set from a whitespace-separated word list (keeps long lists readable)."""
    return frozenset(words.split())


def whole_word(alternatives: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """A pattern for any of ``alternatives`` (patterns, in the order given) as a whole word: not inside
    another word, nor joined to one by an apostrophe or a hyphen (the word list of a language read)."""
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(alternatives) + r")(?![\w'’-])", flags)


WH = r"(?:what|which|who|whom|whose|when|where|why|how(?:\s+much|\s+many|\s+big|\s+large)?)"


# The currencies a follow-up may ask a figure in, by name or code ("... in rmb?").
CURRENCY_NAMES = (
    r"(?:dollars?|usd|eur|gbp|jpy|cny|hkd|yuan|rmb|renminbi|euros?|pounds?|yen|reais|rupees?|pesos?|roubles?|"
    r"rubles?|francs?|rand|zar|naira|ngn|shillings?|kes|dirhams?|aed|ringgit|myr|sgd|krw)"
)


IRREGULAR_PAST = {
    "said": "say",
    "set": "set",
    "put": "put",
    "made": "make",
    "gave": "give",
    "told": "tell",
    "sought": "seek",
    "thought": "think",
    "brought": "bring",
    "took": "take",
    "meant": "mean",
    "got": "get",
    "saw": "see",
    "cut": "cut",
    "led": "lead",
}


def in_base_form(verb: str) -> str:
    """ "asked for" -> "ask for", "wanted" -> "want", "want" -> "want": a verb phrase after "did"."""
    first, *rest = verb.split()
    told = first.endswith("ed") or first in IRREGULAR_PAST
    return " ".join([base_form(first) if told else first, *rest])


def base_form(verb: str) -> str:
    """ "raised" -> "raise", "wanted" -> "want", "advocated" -> "advocate", "said" -> "say"."""
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if not verb.endswith("ed"):  # "wants" -> "want", "wishes" -> "wish", "goes" -> "go", "does" -> "do"
        return verb[:-2] if verb.endswith(("shes", "ches", "sses", "oes")) else verb[:-1]
    if verb.endswith("ied"):
        return verb[:-3] + "y"
    if verb.endswith("ssed") or verb == "focused":
        return verb[:-2]  # "discussed" -> "discuss", "focused" -> "focus"
    if verb.endswith("eed"):
        return verb[:-1]  # "agreed" -> "agree"
    # ("decided", "ruled", "voted", "shared", "required", "secured", "filed", "liked": a silent e dropped)
    silent_e = verb.endswith(
        ("ided", "luded", "truded", "uled", "oted", "ored", "ared", "ired", "ured", "iled", "iked", "oked")
    )
    silent_e = silent_e and not verb.endswith(("eared", "ailed", "oiled", "oored"))
    silent_e = silent_e or (verb.endswith("ined") and not verb.endswith(("ained", "oined", "eined")))
    ends_in_e = verb.endswith(("sed", "ved", "ced", "ged", "zed", "ued", "ated")) or silent_e
    return verb[:-1] if ends_in_e else verb[:-2]


def capitalised(text: str) -> str:
    """``text`` with its first letter upper-case, the rest as written ("what is X?" -> "What is X?")."""
    return text[:1].upper() + text[1:]


# What a phrase is put in English as: a replacement string, or a function of its match.
Replacement = str | Callable[[re.Match[str]], str]


def with_phrases(text: str, phrases: Sequence[tuple[re.Pattern[str], Replacement]]) -> str:
    """``text`` with each of ``phrases`` (pattern, replacement) put in turn, as a language's readers do."""
    for pattern, english in phrases:
        text = pattern.sub(english, text)
    return text
